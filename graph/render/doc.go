// Package render draws learning-network maps: it builds DOT from a network,
// lays it out in-process with go-graphviz (graphviz compiled to WebAssembly)
// and writes SVG, or PNG and PDF painted by kring from graphviz's layout, each
// with boxes sized to their labels and a margin around the map.
package render
