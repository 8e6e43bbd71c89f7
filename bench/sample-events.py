#!/usr/bin/env python3
"""Draws a fixed random sample of coded events from `dossier analyze` JSON Lines output for a hand check.

Usage: bench/sample-events.py RECORDS.jsonl [N] [SEED] > sample.txt
Prints one block per sampled event: article id, the evidence sentence, PLOVER type, CAMEO code and status,
source, target and place with their actor codes, and the rule — what a person needs to judge whether the
sentence reports that act, by that source, against that target. The ninth session's check used N=60, SEED=2026.
"""
import json
import random
import sys

records = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 60
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 2026
pool = [(r["id"], e) for r in records for e in r["events"]]
random.seed(seed)


def actor(a):
    return "-" if not a else f"{a['name']} [{a.get('actor') or 'no code'}]"


for i, (article, e) in enumerate(random.sample(pool, min(n, len(pool))), 1):
    print(f"#{i} article {article}\nSENTENCE: {e['evidence']['text']}\n"
          f"EVENT: {e['plover']} (CAMEO {e['cameo']}), status {e['status']}, word '{e['trigger']['text']}'\n"
          f"SOURCE: {actor(e['source'])}\n"
          f"TARGET: {actor(e['target'])}\nPLACE: {actor(e['location'])}\nRULE: {e['rule']}\n")
