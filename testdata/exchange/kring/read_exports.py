#!/usr/bin/python3
"""Reads kring's Pajek and GraphML exports (export.net, export.graphml, made
by graph/exchange's TestExportsReadByNetworkxAndIgraph) with networkx and
igraph, and prints what they find as JSON; the test compares it with the
network kring wrote. Run with the Debian interpreter (python3-networkx,
python3-igraph):

    /usr/bin/python3 read_exports.py [FOLDER] > export.reference.json
"""
import json
import os
import sys

import igraph
import networkx as nx

folder = sys.argv[1] if len(sys.argv) > 1 else "."
net = os.path.join(folder, "export.net")
gml = os.path.join(folder, "export.graphml")
out = {"networkx": nx.__version__, "igraph": igraph.__version__}

g = nx.read_pajek(net)
out["pajek_networkx"] = {
    "nodes": sorted(g.nodes()),
    "edges": sorted([a, b, d.get("weight", 1.0)] for a, b, d in g.edges(data=True)),
}
ig = igraph.Graph.Read_Pajek(net)
out["pajek_igraph"] = {
    "nodes": sorted(v["id"] for v in ig.vs),
    "edges": sorted([ig.vs[e.source]["id"], ig.vs[e.target]["id"], e["weight"]] for e in ig.es),
}

g = nx.read_graphml(gml)
out["graphml_networkx"] = {
    "directed": g.is_directed(),
    "nodes": sorted([v, d.get("label"), d.get("org", ""), d.get("aliases", "")] for v, d in g.nodes(data=True)),
    "edges": sorted([a, b, d["kind"], d.get("wave", ""), d["weight"], d.get("topic", ""), d.get("reporters", ""), d["confirmed"]]
                    for a, b, d in g.edges(data=True)),
}
ig = igraph.Graph.Read_GraphML(gml)
out["graphml_igraph"] = {
    "directed": ig.is_directed(),
    "nodes": sorted([v["id"], v["label"]] for v in ig.vs),
    "edges": sorted([ig.vs[e.source]["id"], ig.vs[e.target]["id"], e["kind"], e["weight"]] for e in ig.es),
}
json.dump(out, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
sys.stdout.write("\n")
