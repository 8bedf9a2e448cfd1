#!/usr/bin/env python3
"""Compares score.py --json results with the floors of .ci/floors.json.

Usage: check_scores.py FLOORS.json SCORES.json [SCORES.json ...]
Exit status 1 when any score falls below its floor (or above a `max.` cap).
"""
import json
import sys


def lookup(scores, dotted):
    value = scores
    for part in dotted.split("."):
        value = value.get(part, 0) if isinstance(value, dict) else 0
    return value


def main(argv):
    floors = json.load(open(argv[1]))
    failed = False
    for path in argv[2:]:
        scores = json.load(open(path))
        for key, floor in floors.items():
            if key == "about":
                continue
            if key.startswith("max."):
                value = lookup(scores, key[4:])
                ok = value <= floor
                relation = "<="
            else:
                value = lookup(scores, key)
                ok = value + 1e-9 >= floor
                relation = ">="
            status = "ok  " if ok else "FAIL"
            print(f"{status} {path}: {key} = {value} (must be {relation} {floor})")
            failed |= not ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
