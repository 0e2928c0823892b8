// Package analysis computes the metrics of a learning network on its help
// graph (giver → receiver) and returns plain structs; it does no I/O.
//
// Every function states its formula and the direction it works in. The
// numbers agree with networkx and igraph on the same graph (see the tests,
// which compare with reference output of ../shared/peers/peer_metrics.py).
package analysis
