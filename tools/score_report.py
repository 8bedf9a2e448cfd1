#!/usr/bin/env python3
"""Developer aid: every node of a graph with the gold entities it maps to,
and every missed alias. Usage: score_report.py GOLD.json GRAPH.ttl [SCORE.py]"""
import json, sys, importlib.util
spec = importlib.util.spec_from_file_location("score", sys.argv[3] if len(sys.argv) > 3 else "../shared/eval/score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
gold = json.load(open(sys.argv[1]))
entities, relations = score.load_graph(sys.argv[2])
by_id = {g["id"]: g for g in gold["entities"]}
form = {}
for g in gold["entities"]:
    for s in [g["name"], *g["aliases"], *g["hard_aliases"]]:
        form.setdefault(score.norm(s), set()).add(g["id"])
for eid, e in sorted(entities.items()):
    hits = set()
    for s in e["strings"]:
        hits |= form.get(score.norm(s), set())
    label = max((s for s in e["strings"] if not s.isdigit()), key=len, default=eid)
    tiers = {by_id[h]["tier"] for h in hits}
    flag = "SPURIOUS" if not hits else ("OVER" if len(hits) > 1 else ("BOILER" if "boilerplate" in tiers else ""))
    print(f"{flag:8} {e['type'][0] if e['type'] else '':12} {eid.rsplit('/',1)[-1]:32} -> {sorted(hits)}")
have = {}
for eid, e in entities.items():
    for s in e["strings"]:
        have.setdefault(score.norm(s), set()).add(eid)
print("\nmissed aliases of core entities:")
for g in gold["entities"]:
    if g["tier"] != "core":
        continue
    miss = [s for s in g["aliases"] + g["hard_aliases"] if score.norm(s) not in have]
    if miss:
        print(f"  {g['id']:24} {miss}")
