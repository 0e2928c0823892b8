package web

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// hosts are the hosts of the participants' and the facilitator's
// addresses for a server listening on addr: on every interface, the
// laptop's address on the room's network (Wi-Fi, a phone's hotspot) for
// the participants and 127.0.0.1 for the facilitator; on one address, that
// one for both.
func hosts(addr net.Addr) (participants, facilitator string) {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok || !tcp.IP.IsUnspecified() {
		host, _, _ := net.SplitHostPort(addr.String())
		return host, host
	}
	if lan := lanIPs(); len(lan) > 0 {
		return lan[0].String(), "127.0.0.1"
	}
	return "127.0.0.1", "127.0.0.1"
}

// lanIPs are the laptop's IPv4 addresses on local networks, the likeliest
// one for the room first: private addresses (192.168.x, 10.x, 172.16–31.x)
// before shared ones (100.64/10, as on some hotspots), on interfaces that
// are not virtual (containers, VPNs).
func lanIPs() []net.IP {
	ifaces, err := net.Interfaces()
	if err != nil {
		return nil
	}
	type found struct {
		ip    net.IP
		score int
	}
	var all []found
	cgnat := &net.IPNet{IP: net.IP{100, 64, 0, 0}, Mask: net.CIDRMask(10, 32)}
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagLoopback != 0 {
			continue
		}
		virtual := false
		for _, p := range []string{"docker", "br-", "veth", "virbr", "vmnet", "vboxnet", "tun", "tap", "wg", "utun", "zt", "tailscale"} {
			if strings.HasPrefix(ifc.Name, p) {
				virtual = true
			}
		}
		addrs, err := ifc.Addrs()
		if err != nil {
			continue
		}
		for _, a := range addrs {
			n, ok := a.(*net.IPNet)
			if !ok || n.IP.To4() == nil {
				continue
			}
			ip := n.IP.To4()
			score := 0
			switch {
			case ip.IsPrivate():
				score = 3
			case cgnat.Contains(ip):
				score = 2
			case ip.IsGlobalUnicast():
				score = 1
			default:
				continue
			}
			if !virtual {
				score += 10
			}
			all = append(all, found{ip, score})
		}
	}
	slices.SortStableFunc(all, func(a, b found) int { return b.score - a.score })
	var out []net.IP
	for _, f := range all {
		out = append(out, f.ip)
	}
	return out
}

// Certificate files, next to the database: the key is as private as the
// answers.
const (
	certFile = "kring-serve-cert.pem"
	keyFile  = "kring-serve-key.pem"
)

// certificate is the server's self-signed certificate, kept in dir (mode
// 0600): made the first time, and again when it expires or does not name
// host. It names localhost, 127.0.0.1, ::1 and the laptop's local
// addresses.
func certificate(dir, host string) (tls.Certificate, error) {
	certPath, keyPath := filepath.Join(dir, certFile), filepath.Join(dir, keyFile)
	if c, err := tls.LoadX509KeyPair(certPath, keyPath); err == nil && c.Leaf != nil &&
		time.Now().Add(24*time.Hour).Before(c.Leaf.NotAfter) && c.Leaf.VerifyHostname(host) == nil {
		return c, nil
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 120))
	if err != nil {
		return tls.Certificate{}, err
	}
	hostname, _ := os.Hostname()
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: "kring serve " + hostname, Organization: []string{"kring"}},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(397 * 24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		DNSNames:              []string{"localhost"},
		IPAddresses:           append([]net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback}, lanIPs()...),
	}
	if hostname != "" {
		tmpl.DNSNames = append(tmpl.DNSNames, hostname, hostname+".local")
	}
	if ip := net.ParseIP(host); ip != nil && !slices.ContainsFunc(tmpl.IPAddresses, ip.Equal) {
		tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
	} else if ip == nil && host != "" {
		tmpl.DNSNames = append(tmpl.DNSNames, host)
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, err
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return tls.Certificate{}, err
	}
	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	keyPEM := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER})
	for _, f := range []struct {
		path string
		data []byte
	}{{keyPath, keyPEM}, {certPath, certPEM}} {
		if err := writePrivate(f.path, f.data); err != nil {
			return tls.Certificate{}, err
		}
	}
	return tls.X509KeyPair(certPEM, keyPEM)
}

// writePrivate writes data to path with mode 0600, whole or not at all.
func writePrivate(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".kring-serve-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Fingerprint is the SHA-256 fingerprint of the server's certificate, as
// browsers show it ("AB:CD:…"), or "" without TLS.
func (s *Server) Fingerprint() string {
	if s.cert == nil {
		return ""
	}
	sum := sha256.Sum256(s.cert.Raw)
	parts := make([]string, len(sum))
	for i, b := range sum {
		parts[i] = fmt.Sprintf("%02X", b)
	}
	return strings.Join(parts, ":")
}

// CertFiles are the certificate's files, when the server serves HTTPS.
func (s *Server) CertFiles() (cert, key string) {
	if s.cert == nil {
		return "", ""
	}
	return filepath.Join(s.cfg.CertDir, certFile), filepath.Join(s.cfg.CertDir, keyFile)
}
