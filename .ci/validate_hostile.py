#!/usr/bin/env python3
"""Checks skein's build of the hostile corpus.

Usage: validate_hostile.py OUT_DIR STDERR_FILE EXPECTED_WARNINGS.tsv

- graph.ttl, graph.nt and graph.jsonld parse in pyoxigraph (which checks
  every IRI) and hold the same triples; every entity has one IRI of its own
  (one label, one mention count) whose last segment is an ASCII slug; no
  literal holds a character XML 1.0 forbids;
- graph.graphml and graph.gexf load in networkx, with one node per entity;
  both files are free of characters XML 1.0 forbids;
- every warning of EXPECTED_WARNINGS.tsv (file, line or empty, words) is on
  stderr, as `warning: FILE[:LINE]: ...words...`.
"""
import re
import sys

SK = "https://w3id.org/skein/ontology#"
PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def triples(path, fmt):
    import pyoxigraph as ox
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in ox.parse(path=path, format=fmt)}


def main(out_dir, stderr_file, expected_file):
    import pyoxigraph as ox
    import networkx as nx

    ttl = triples(f"{out_dir}/graph.ttl", ox.RdfFormat.TURTLE)
    nt = triples(f"{out_dir}/graph.nt", ox.RdfFormat.N_TRIPLES)
    jsonld = triples(f"{out_dir}/graph.jsonld", ox.RdfFormat.JSON_LD)
    assert ttl == nt, "graph.nt and graph.ttl differ"
    assert ttl == jsonld, "graph.jsonld and graph.ttl differ"
    print(f"pyoxigraph: {len(ttl)} triples in Turtle, N-Triples and JSON-LD alike")

    import pyoxigraph as ox
    store = ox.Store()
    store.bulk_load(path=f"{out_dir}/graph.ttl", format=ox.RdfFormat.TURTLE)
    entities = {}
    for row in store.query(f"SELECT ?e (COUNT(DISTINCT ?l) AS ?labels) "
                           f"WHERE {{ ?e <{SK}mentionCount> ?n . ?e <{PREF}> ?l }} GROUP BY ?e"):
        iri = row["e"].value
        assert int(row["labels"].value) == 1, f"{iri} has several labels: two entities share an IRI"
        slug = iri.rsplit("/", 1)[1]
        assert re.fullmatch(r"[a-z0-9_]+", slug), f"entity id {slug!r} is no ASCII slug"
        entities[slug] = iri
    for row in store.query("SELECT ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o)) }"):
        assert not FORBIDDEN.search(row["o"].value), f"a literal holds a forbidden character: {row['o']!r}"
    print(f"pyoxigraph: {len(entities)} entities, each with one IRI")

    for name, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = f"{out_dir}/graph.{name}"
        with open(path, encoding="utf-8") as f:
            assert not FORBIDDEN.search(f.read()), f"{path} holds a character XML forbids"
        g = read(path)
        assert set(g.nodes) == set(entities), f"{name}: nodes {sorted(set(g.nodes) ^ set(entities))[:10]} differ from the entities"
        print(f"networkx: graph.{name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")

    stderr = open(stderr_file, encoding="utf-8", errors="replace").read().splitlines()
    warnings = [l for l in stderr if l.startswith("warning: ")]
    missing = []
    expected = [l.split("\t") for l in open(expected_file, encoding="utf-8").read().splitlines() if l]
    for file, line, words in expected:
        prefix = f"warning: {file}:{line}: " if line else f"warning: {file}: "
        if not any(w.startswith(prefix) and words in w for w in warnings):
            missing.append(f"{prefix}...{words}...")
    assert not missing, "missing warnings:\n" + "\n".join(missing) + "\nstderr:\n" + "\n".join(stderr)
    print(f"warnings: all {len(expected)} expected, {len(warnings)} printed")
    print("hostile corpus: ok")


if __name__ == "__main__":
    main(*sys.argv[1:])
