#!/usr/bin/env python3
"""Checks `skein stats --json` against what networkx and python-igraph compute
from the files skein wrote, and the GraphML and GEXF node measures against both.

Usage: check_stats.py OUT_DIR STATS.json

- graph.graphml (networkx and igraph) and graph.gexf (networkx) have the
  report's entities and typed relations (edges not labelled coOccursWith);
- every node's `degree` is its typed relations in and out (networkx, igraph),
  `pagerank` is igraph's PageRank of the directed typed network and
  `betweenness` networkx's normalised betweenness of its undirected simple
  view, within 1e-5; GEXF and GraphML agree node by node;
- `community` groups nodes into the report's community count and sizes, and
  networkx finds the report's modularity for that partition;
- density, components, diameter and average clustering agree with networkx,
  and the report's top lists with the node attributes.
"""
import json
import sys
import warnings

TOLERANCE = 1e-5
COOCCURRENCE = "coOccursWith"


def close(a, b, what):
    assert abs(a - b) <= TOLERANCE, f"{what}: skein {a} vs {b}"


def typed(graph):
    """The graph without co-occurrence edges."""
    import networkx as nx

    out = nx.MultiDiGraph()
    out.add_nodes_from(graph.nodes(data=True))
    out.add_edges_from((u, v, d) for u, v, d in graph.edges(data=True) if d.get("label") != COOCCURRENCE)
    return out


def check_networkx(graph, report, name):
    import networkx as nx

    g = typed(graph)
    assert g.number_of_nodes() == report["nodes"], (name, g.number_of_nodes(), report["nodes"])
    assert g.number_of_edges() == report["edges"], (name, g.number_of_edges(), report["edges"])
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    simple.add_edges_from((u, v) for u, v in g.edges() if u != v)
    betweenness = nx.betweenness_centrality(simple)
    for n, d in g.nodes(data=True):
        assert int(d["degree"]) == g.degree(n), (name, n, d["degree"], g.degree(n))
        close(float(d["betweenness"]), betweenness[n], f"{name} betweenness of {n}")
    close(report["density"], nx.density(simple), "density")
    close(report["average_clustering"], nx.average_clustering(simple), "average clustering")
    components = sorted(nx.connected_components(simple), key=len, reverse=True)
    assert report["components"]["count"] == len(components), (report["components"], len(components))
    largest = components[0] if components else set()
    assert report["components"]["largest"] == len(largest)
    diameter = nx.diameter(simple.subgraph(largest)) if len(largest) > 1 else 0
    assert report["components"]["diameter_of_largest"] == diameter, (report["components"], diameter)
    communities = {}
    for n, d in g.nodes(data=True):
        communities.setdefault(int(d["community"]), set()).add(n)
    assert len(communities) == report["communities"]["count"], (len(communities), report["communities"]["count"])
    for c in report["communities"]["largest"]:
        assert len(communities[c["id"]]) == c["size"], (c["id"], len(communities[c["id"]]), c["size"])
        assert {m["id"] for m in c["members"]} <= communities[c["id"]], c
    if simple.number_of_edges():
        modularity = nx.community.modularity(simple, communities.values())
        close(report["communities"]["modularity"], modularity, "modularity")
    print(f"networkx ({name}): {g.number_of_nodes()} nodes, {g.number_of_edges()} relations, "
          f"{len(communities)} communities: degree, betweenness, structure agree")
    return {n: d for n, d in g.nodes(data=True)}


def check_igraph(path, report):
    import igraph

    g = igraph.Graph.Read_GraphML(path)
    if g.ecount():
        g.delete_edges([e.index for e in g.es if e["label"] == COOCCURRENCE])
    assert g.vcount() == report["nodes"] and g.ecount() == report["edges"], (g.vcount(), g.ecount())
    pagerank = g.pagerank(directed=True)
    degree = g.degree()
    for v in g.vs:
        assert int(v["degree"]) == degree[v.index], (v["id"], v["degree"], degree[v.index])
        close(float(v["pagerank"]), pagerank[v.index], f"PageRank of {v['id']}")
    print(f"igraph: {g.vcount()} nodes, {g.ecount()} relations: degree and PageRank agree")


def main(out_dir, stats_path):
    warnings.simplefilter("error")
    import networkx as nx

    with open(stats_path) as f:
        report = json.load(f)
    graphml = check_networkx(nx.read_graphml(f"{out_dir}/graph.graphml"), report, "graph.graphml")
    gexf = check_networkx(nx.read_gexf(f"{out_dir}/graph.gexf"), report, "graph.gexf")
    for n, d in graphml.items():
        for key in ("degree", "pagerank", "betweenness", "community", "mentions"):
            assert float(gexf[n][key]) == float(d[key]), (n, key, gexf[n][key], d[key])
        assert "color" in gexf[n]["viz"] and "size" in gexf[n]["viz"], (n, gexf[n]["viz"])
    print("graph.gexf: the same measures as graph.graphml, with viz colour and size")
    check_igraph(f"{out_dir}/graph.graphml", report)
    for key, attribute in (("top_degree", "degree"), ("top_pagerank", "pagerank"), ("top_betweenness", "betweenness")):
        values = sorted((float(d[attribute]) for d in graphml.values()), reverse=True)
        for ranked, expected in zip(report[key], values):
            assert float(graphml[ranked["id"]][attribute]) == ranked["value"] == expected, (key, ranked, expected)
    print("stats: top lists agree with the node attributes")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
