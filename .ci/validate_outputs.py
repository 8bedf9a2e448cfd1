#!/usr/bin/env python3
"""Opens skein's outputs with the clients users have and checks them.

Usage: validate_outputs.py OUT_DIR SHAPES.ttl

- graph.ttl loads in pyoxigraph and rdflib and conforms to the SHACL shapes
  (pyshacl);
- graph.graphml loads in networkx and python-igraph with no warning, and both
  see the same nodes and edges as the Turtle's entities and relations.
"""
import sys
import warnings


def main(out_dir, shapes):
    warnings.simplefilter("error")
    ttl = f"{out_dir}/graph.ttl"
    graphml = f"{out_dir}/graph.graphml"

    import pyoxigraph as ox
    store = ox.Store()
    store.bulk_load(path=ttl, format=ox.RdfFormat.TURTLE)
    sk = "https://w3id.org/skein/ontology#"
    entities = len(list(store.query(f"SELECT DISTINCT ?e WHERE {{ ?e <{sk}mentionCount> ?n }}")))
    relations = len(list(store.query(
        "SELECT ?st WHERE { ?st a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> }")))
    print(f"pyoxigraph: {entities} entities, {relations} relations")

    import rdflib
    g = rdflib.Graph()
    g.parse(ttl, format="turtle")
    print(f"rdflib: {len(g)} triples")

    import pyshacl
    shapes_graph = rdflib.Graph().parse(shapes, format="turtle")
    conforms, _, report = pyshacl.validate(g, shacl_graph=shapes_graph, inference="none")
    if not conforms:
        print(report)
        raise SystemExit("graph.ttl does not conform to the SHACL shapes")
    print("pyshacl: conforms")

    import networkx as nx
    n = nx.read_graphml(graphml)
    assert n.is_directed(), "GraphML must be directed"
    # Co-occurrence edges (--cooccurrence) are no typed relations.
    typed = sum(1 for _, _, d in n.edges(data=True) if d.get("label") != "coOccursWith")
    print(f"networkx: {n.number_of_nodes()} nodes, {typed} typed edges ({n.number_of_edges()} in all)")
    assert n.number_of_nodes() == entities, (n.number_of_nodes(), entities)
    assert typed == relations, (typed, relations)

    import igraph
    ig = igraph.Graph.Read_GraphML(graphml)
    print(f"igraph: {ig.vcount()} nodes, {ig.ecount()} edges")
    ig_typed = sum(1 for e in ig.es if e["label"] != "coOccursWith")
    assert ig.vcount() == entities and ig_typed == relations
    assert ig.is_directed()
    for attr in ("label", "type", "mentions", "r", "g", "b", "size"):
        assert attr in ig.vs.attributes(), f"igraph sees no node attribute {attr}"
    print("outputs: ok")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
