#!/usr/bin/python3
"""Reference figures for the fixtures in testdata/formats, computed with
networkx and igraph reading (or, for survey answers, Python reading) the same
files, for kring's tests (cmd/kring/fixtures_test.go) to compare with what
kring imports. Run from testdata/formats with the Debian interpreter, which
has python3-networkx, python3-igraph and python3-openpyxl:

    /usr/bin/python3 reference.py

It writes <fixture>.reference.json next to each fixture:

    people       every person, by matching key (as graph/names.Key: NFKD,
                 accents dropped, case folded, white space folded)
    help         distinct help ties giver>receiver (all waves together)
    contacts     distinct contacts a~b (a < b)
    pairs        (yEd only) distinct unordered pairs with any tie
    out_degree, in_degree   of the help graph, by person, from networkx
    weights      the largest weight of each help tie, where the file has them
"""
import csv
import io
import json
import sys
import unicodedata
import zipfile

import igraph
import networkx as nx
import openpyxl


def key(name):
    d = unicodedata.normalize("NFKD", name)
    d = "".join(c for c in d if unicodedata.category(c) != "Mn")
    return " ".join(d.casefold().split())


def figures(people, help_graph, contacts, lib, weights=None, pairs=None):
    out = {
        "made_with": lib,
        "people": sorted(people),
        "help": sorted("%s>%s" % e for e in help_graph.edges()),
        "contacts": sorted(contacts),
        "out_degree": {v: d for v, d in sorted(help_graph.out_degree()) if d},
        "in_degree": {v: d for v, d in sorted(help_graph.in_degree()) if d},
    }
    if weights is not None:
        out["weights"] = dict(sorted(weights.items()))
    if pairs is not None:
        out["pairs"] = sorted(pairs)
    return out


def write(path, fig):
    with open(path + ".reference.json", "w", encoding="utf-8") as f:
        json.dump(fig, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(path, len(fig["people"]), "people,", len(fig.get("help", [])), "help ties,", len(fig["contacts"]), "contacts,", len(fig.get("pairs", [])), "pairs")


NX = "networkx %s" % nx.__version__
IG = "python-igraph %s" % igraph.__version__

# ---- whole networks read by networkx and igraph -------------------------


def from_multigraph(g, label=lambda v, d: v, weight=True):
    h = nx.DiGraph()
    people = set()
    for v, d in g.nodes(data=True):
        people.add(key(label(v, d)))
        h.add_node(key(label(v, d)))
    w = {}
    for a, b, d in g.edges(data=True):
        ka, kb = key(label(a, g.nodes[a])), key(label(b, g.nodes[b]))
        h.add_edge(ka, kb)
        if weight:
            w["%s>%s" % (ka, kb)] = max(w.get("%s>%s" % (ka, kb), 0), float(d.get("weight", 1)))
    return people, h, w


# Pajek: networkx and igraph must agree.
g = nx.read_pajek("pajek/advies.net")
people, h, w = from_multigraph(g)
ig = igraph.Graph.Read_Pajek("pajek/advies.net")
assert sorted(key(v["id"]) for v in ig.vs) == sorted(people), "igraph reads other vertices"
assert sorted("%s>%s" % (key(ig.vs[e.source]["id"]), key(ig.vs[e.target]["id"])) for e in ig.es) == sorted("%s>%s" % e for e in h.edges())
write("pajek/advies.net", figures(people, h, [], NX + ", " + IG, w))

# UCINET DL: igraph (networkx has no DL reader).
for path in ["ucinet/advies-edgelist.dl", "ucinet/advies-matrix.dl"]:
    ig = igraph.Graph.Read_DL(path, directed=True)
    h = nx.DiGraph()
    h.add_nodes_from(key(v["name"]) for v in ig.vs)
    w = {}
    for e in ig.es:
        a, b = key(ig.vs[e.source]["name"]), key(ig.vs[e.target]["name"])
        h.add_edge(a, b)
        w["%s>%s" % (a, b)] = float(e["weight"]) if "weight" in ig.es.attributes() else 1.0
    write(path, figures(set(h.nodes()), h, [], IG, w))

# GEXF as Gephi 0.10 writes it (version 1.3, which networkx 2.8 reads once
# told it is the 1.2 namespace: the elements it reads are the same).
text = open("gephi/netwerk.gexf", encoding="utf-8").read().replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft").replace('version="1.3"', 'version="1.2"')
g = nx.read_gexf(io.BytesIO(text.encode()), node_type=str)
people, h, w = from_multigraph(g, label=lambda v, d: d.get("label", v))
write("gephi/netwerk.gexf", figures(people, h, [], NX, w))

# yEd GraphML: networkx reads the labels yEd draws; its edges are all
# directed (yEd's arrows are drawings), so the figures are the unordered pairs.
g = nx.read_graphml("yed/netwerk.graphml")
groups = {v for v in g if any(u.startswith(v + "::") for u in g)}
people = {key(d["label"]) for v, d in g.nodes(data=True) if v not in groups}
pairs = {"~".join(sorted((key(g.nodes[a]["label"]), key(g.nodes[b]["label"])))) for a, b in g.edges()}
h = nx.DiGraph()
h.add_nodes_from(people)
fig = figures(people, h, [], NX, pairs=pairs)
del fig["help"], fig["out_degree"], fig["in_degree"]
write("yed/netwerk.graphml", fig)

# ---- tables read with Python's csv and openpyxl, counted by networkx -----


def edge_list(rows, giver, receiver, kind=None, weight=None):
    h, contacts, w = nx.DiGraph(), set(), {}
    for r in rows:
        a, b = key(r[giver]), key(r[receiver])
        h.add_node(a)
        h.add_node(b)
        if kind and r[kind].lower() == "undirected":
            contacts.add("~".join(sorted((a, b))))
            continue
        h.add_edge(a, b)
        if weight:
            x = float(r[weight].replace(",", "."))
            w["%s>%s" % (a, b)] = max(w.get("%s>%s" % (a, b), 0), x)
    return set(h.nodes()), h, contacts, w


with open("gephi/edges.csv", encoding="utf-8", newline="") as f:
    people, h, c, w = edge_list(list(csv.DictReader(f)), "Source", "Target", "Type", "Weight")
write("gephi/edges.csv", figures(people, h, c, NX, w))

with open("dutch-excel/hulp.csv", encoding="cp1252", newline="") as f:
    people, h, c, w = edge_list(list(csv.DictReader(f, delimiter=";")), "gever", "ontvanger", weight="gewicht")
write("dutch-excel/hulp.csv", figures(people, h, c, NX, w))

with open("matrix/adjacency.csv", encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
names = rows[0][1:]
h, w = nx.DiGraph(), {}
h.add_nodes_from(key(n) for n in names)
for r in rows[1:]:
    for n, cell in zip(names, r[1:]):
        if cell and float(cell) > 0 and key(r[0]) != key(n):
            h.add_edge(key(r[0]), key(n))
            w["%s>%s" % (key(r[0]), key(n))] = float(cell)
write("matrix/adjacency.csv", figures(set(h.nodes()), h, [], NX, w))

wb = openpyxl.load_workbook("xlsx/netwerk.xlsx")
ws = wb["Hulp"]
header = [c.value for c in ws[1]]
rows = [dict(zip(header, [c.value for c in r])) for r in ws.iter_rows(min_row=2)]
people, h, c, _ = edge_list(rows, "Gever", "Ontvanger")
for r in wb["Deelnemers"].iter_rows(min_row=2, values_only=True):
    people.add(key(r[0]))
    h.add_node(key(r[0]))
write("xlsx/netwerk.xlsx", figures(people, h, c, NX))

# Kumu JSON: elements are people; connections help ties from "from" to "to",
# except "asked" ones (the other way), undirected ones (contacts) and mutual
# ones (both ways).
for path in ["kumu/blueprint.json", "kumu/project-export.json"]:
    data = json.load(open(path, encoding="utf-8"))
    attrs = lambda x: {**x, **x.get("attributes", {})}
    label = {}
    h, contacts = nx.DiGraph(), set()
    for e in data["elements"]:
        e = attrs(e)
        label[e.get("_id", e["label"])] = e["label"]
        label[e["label"]] = e["label"]
        h.add_node(key(e["label"]))
    for c in data["connections"]:
        c = attrs(c)
        a, b = key(label[c["from"]]), key(label[c["to"]])
        typ = (c.get("type") or c.get("connection type") or "").lower()
        direction = (c.get("direction") or c.get("connection direction") or "directed").lower()
        if direction == "undirected" or "works with" in typ:
            contacts.add("~".join(sorted((a, b))))
            continue
        if "ask" in typ:
            a, b = b, a
        h.add_edge(a, b)
        if direction == "mutual":
            h.add_edge(b, a)
    write(path, figures(set(h.nodes()), h, contacts, NX))

# ---- survey answers: each row as "kring record" records it ---------------

NOBODY = {"-", "nobody", "none", "niemand", "geen"}


def names_in(cell):
    out = []
    for part in (cell or "").replace(";", ",").replace("\n", ",").split(","):
        part = " ".join(part.split())
        if part and key(part) not in NOBODY and key(part) not in [key(x) for x in out]:
            out.append(part)
    return out


def survey(rows, me, asked, gave, contact):
    h, contacts = nx.DiGraph(), set()
    for r in rows:
        m = key(r[me])
        h.add_node(m)
        for col, kind in [(asked, "asked"), (gave, "gave"), (contact, "contact")]:
            for other in names_in(r[col]):
                o = key(other)
                if o == m:
                    continue  # a respondent who ticks their own name
                h.add_node(o)
                if kind == "asked":
                    h.add_edge(o, m)
                elif kind == "gave":
                    h.add_edge(m, o)
                else:
                    contacts.add("~".join(sorted((m, o))))
    return set(h.nodes()), h, contacts


path = "google-forms/Netwerk in kaart - bijeenkomst 1.csv"
with open(path, encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
p, h, c = survey(rows, "Your name", "Whom did you ask for help or information?", "Whom did you help or give information to?",
                 "With whom do you work or have contact?")
write(path, figures(p, h, c, "Python csv, " + NX))

path = "ms-forms/Netwerk in kaart(1-5).xlsx"
ws = openpyxl.load_workbook(path).active
header = [c.value for c in ws[1]]
rows = [dict(zip(header, [c.value for c in r])) for r in ws.iter_rows(min_row=2)]
p, h, c = survey(rows, "Wat is je naam?", "Aan wie heb je hulp of informatie gevraagd?", "Aan wie heb je hulp of informatie gegeven?",
                 "Met wie werk je samen of heb je contact?")
write(path, figures(p, h, c, "openpyxl %s, %s" % (openpyxl.__version__, NX)))

# Network Canvas: each ego names people (a contact, or help when support_asked
# or support_gave is true), and sees ties between them (edge type help: a
# help tie from source to target; knows: a contact).
path = "network-canvas/networkCanvasExport.zip"
z = zipfile.ZipFile(path)
read = lambda n: list(csv.DictReader(io.StringIO(z.read(n).decode("utf-8"))))
egos, alters = {}, {}
h, contacts = nx.DiGraph(), set()
for n in z.namelist():
    if n.endswith("_ego.csv"):
        for r in read(n):
            egos[r["networkCanvasEgoUUID"]] = key(r["name"])
            h.add_node(key(r["name"]))
for n in z.namelist():
    if "_attributeList_" in n:
        for r in read(n):
            me, other = egos[r["networkCanvasEgoUUID"]], key(r["name"])
            alters[(r["networkCanvasEgoUUID"], r["networkCanvasUUID"])] = other
            h.add_node(other)
            if r["support_asked"] == "true":
                h.add_edge(other, me)
            if r["support_gave"] == "true":
                h.add_edge(me, other)
            if r["support_asked"] != "true" and r["support_gave"] != "true":
                contacts.add("~".join(sorted((me, other))))
for n in z.namelist():
    if "_edgeList_" in n:
        for r in read(n):
            a = alters[(r["networkCanvasEgoUUID"], r["networkCanvasSourceUUID"])]
            b = alters[(r["networkCanvasEgoUUID"], r["networkCanvasTargetUUID"])]
            if n.endswith("_edgeList_help.csv"):
                h.add_edge(a, b)
            else:
                contacts.add("~".join(sorted((a, b))))
write(path, figures(set(h.nodes()), h, contacts, "Python csv and zipfile, " + NX))
