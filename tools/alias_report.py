#!/usr/bin/env python3
"""Developer aid: which gold aliases a graph misses, and what every relation's
evidence is. Usage: alias_report.py GOLD.json GRAPH.ttl (needs pyoxigraph)."""
import json, sys, importlib.util
spec = importlib.util.spec_from_file_location("score", sys.argv[3] if len(sys.argv) > 3 else "../shared/eval/score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
gold = json.load(open(sys.argv[1]))
entities, relations = score.load_graph(sys.argv[2])
by_form = {}
for eid, e in entities.items():
    for s in e["strings"]:
        by_form.setdefault(score.norm(s), set()).add(eid)
for g in gold["entities"]:
    if g["tier"] != "core":
        continue
    forms = [g["name"], *g["aliases"], *g["hard_aliases"]]
    nodes = set().union(*(by_form.get(score.norm(f), set()) for f in forms))
    missing = [f for f in g["aliases"] + g["hard_aliases"] if not by_form.get(score.norm(f))]
    print(f"{g['id']:22} nodes={len(nodes)} missing={missing}")
