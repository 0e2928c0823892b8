// Package render draws learning-network maps: it builds DOT from a network
// and lays it out in-process with go-graphviz (graphviz compiled to
// WebAssembly) to SVG.
package render
