#!/usr/bin/env python3
"""Draws a fixed random sample of entities from `dossier analyze` JSON Lines output for a hand check.

Usage: bench/sample-entities.py RECORDS.jsonl [N] > sample.tsv
Prints one row per sampled entity: article id, entity name, type, country, sector, wikipedia, role,
mention texts, and the sentence-sized context of the first mention, for a person to judge.
"""
import json
import random
import sys

records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 60
pool = [(r, e) for r in records for e in r["entities"]]
random.Random(20261129).shuffle(pool)
print("article\tname\ttype\tcountry\tsector\twikipedia\trole\tmentions\tcontext")
for r, e in pool[:n]:
    cps = list(r["text"])
    m = e["mentions"][0]
    ctx = "".join(cps[max(0, m["start"] - 70):m["end"] + 70]).replace("\n", " ").replace("\t", " ")
    mentions = "|".join(sorted({x["text"] for x in e["mentions"]}))
    print("\t".join(str(v) for v in [r["id"], e["name"], e["type"], e["country"], e["sector"],
                                      e["kb"]["wikipedia"], e["role"], mentions, ctx]))
