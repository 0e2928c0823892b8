package csvio

import (
	"bytes"
	"fmt"
	"testing"
)

func BenchmarkRead(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString("giver,receiver\n")
	for i := 0; i < 1000000; i++ {
		fmt.Fprintf(&buf, "%d,%d\n", i%100000, (i*7)%100000)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f, err := Read(bytes.NewReader(data), "bench")
		if err != nil || len(f.Ties) != 1000000 {
			b.Fatal(err, len(f.Ties))
		}
	}
}
