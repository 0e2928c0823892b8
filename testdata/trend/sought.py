#!/usr/bin/python3
"""Prints the reference for `sought` in trend_test.go: PageRank (damping 0.85)
on each wave's ask graph (every help tie reversed), from networkx."""
import networkx as nx

waves = {
    "W1": [("Ann", "Bob"), ("Bob", "Ann"), ("Ann", "Cas"), ("Eef", "Dora")],
    "W2": [("Eef", "Cas"), ("Eef", "Dora"), ("Dora", "Ann"), ("Ann", "Fleur")],
    "W3": [("Fleur", "Ann"), ("Ann", "Fleur"), ("Bob", "Cas"), ("Cas", "Bob"), ("Eef", "Bob")],
}
people = ["Ann", "Bob", "Cas", "Dora", "Eef", "Fleur"]
for w, ties in waves.items():
    ask = nx.DiGraph()
    ask.add_nodes_from(people)
    ask.add_edges_from([(receiver, giver) for giver, receiver in ties])
    pr = nx.pagerank(ask, alpha=0.85, tol=1e-14, max_iter=100000)
    print(w, ", ".join(repr(pr[p]) for p in people))
