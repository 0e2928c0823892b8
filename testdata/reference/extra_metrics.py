#!/usr/bin/python3
"""Reference values that ../../shared/peers/peer_metrics.py does not print,
from networkx, for kring's analysis tests. Run from testdata/:

    python3 reference/extra_metrics.py

It writes krackhardt/advice.extra.json and karate/karate.extra.json. kring's
help graph of Krackhardt's advice data is the advice graph reversed (a row
asker,adviser is the help tie adviser -> asker); karate is undirected, so its
help graph has both directions of every tie.

- constraint: Burt's constraint (networkx `constraint`) on the undirected help
  graph; isolated nodes are left out (networkx gives NaN).
- in/out_centralization: Freeman degree centralization of the help graph,
  sum(max - d_i) / (n-1)^2 (igraph centr_degree with loops=FALSE).
- louvain: networkx louvain_communities(seed=s) on the undirected help graph
  for seeds 0..19; the best partition, its modularity, and the range.
"""
import csv
import json
import networkx as nx


def read_edges(path):
    with open(path) as f:
        r = csv.DictReader(f)
        return [(row["source"], row["target"]) for row in r]


def read_nodes(path):
    with open(path) as f:
        return [row["id"] for row in csv.DictReader(f)]


def extra(help_graph):
    und = nx.Graph(help_graph.to_undirected())
    n = help_graph.number_of_nodes()
    out = {"nodes": {}}
    cons = nx.constraint(und)
    for v in help_graph.nodes():
        out["nodes"][v] = {"constraint": None if cons[v] != cons[v] else cons[v]}
    ind = dict(help_graph.in_degree())
    outd = dict(help_graph.out_degree())
    out["in_centralization"] = sum(max(ind.values()) - d for d in ind.values()) / (n - 1) ** 2
    out["out_centralization"] = sum(max(outd.values()) - d for d in outd.values()) / (n - 1) ** 2
    runs = []
    for seed in range(20):
        parts = nx.community.louvain_communities(und, seed=seed)
        runs.append((nx.community.modularity(und, parts), [sorted(p) for p in parts]))
    runs.sort(key=lambda r: -r[0])
    out["louvain"] = {
        "seeds": 20,
        "best_modularity": runs[0][0],
        "worst_modularity": runs[-1][0],
        "best_partition": sorted(runs[0][1], key=lambda p: (-len(p), p)),
    }
    out["networkx"] = nx.__version__
    return out


def main():
    nodes = read_nodes("krackhardt/nodes.csv")
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    for asker, adviser in read_edges("krackhardt/advice.csv"):
        g.add_edge(adviser, asker)  # help flows from adviser to asker
    with open("krackhardt/advice.extra.json", "w") as f:
        json.dump(extra(g), f, indent=1, sort_keys=True)
        f.write("\n")

    nodes = read_nodes("karate/nodes.csv")
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    for a, b in read_edges("karate/karate.csv"):
        g.add_edge(a, b)
        g.add_edge(b, a)
    with open("karate/karate.extra.json", "w") as f:
        json.dump(extra(g), f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
