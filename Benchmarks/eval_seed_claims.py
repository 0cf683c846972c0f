#!/usr/bin/env python3
"""Claim scores of every sentence of the seed article, to choose the default threshold.

Usage: python3 Benchmarks/eval_seed_claims.py [BENCH_BINARY]
Prints each sentence's score and reasons, marked + (a fact-checker would check it),
- (heading, caption, byline, opinion, wish: must not be offered) or ? (borderline), then
the gap between the lowest + and the highest -. The gold marks are the same as in
Tests/FactDeskCoreTests/Segmenter/SeedArticleTests.swift.
"""
import json
import subprocess
import sys
import tempfile

BENCH = sys.argv[1] if len(sys.argv) > 1 else ".build/release/segment-bench"
FIXTURE = "Tests/FactDeskCoreTests/Fixtures/seed-article.txt"
CHECK = [
    "Les États généraux du numérique pour l’éducation constituent",
    "Dans le cadre de cette expérimentation, des équipements sont fournis",
    "Une \"prime d’équipement\" pour un budget global de 178\u00a0M€",
    "Les cursus scolaires prévoient",
]
SKIP = [
    "Numérique", "Jean-Michel Blanquer, ministre", "le matériel des enseignants",
    "Une \"Nouvelle étape\"", "Faire de l’Éducation nationale", "Luce Burnod",
    "Ainsi, souligne Jean-Michel Blanquer à la communauté", "\"Il faut aussi certifier",
    "S’agissant des entreprises", "Sous réserve que ces outils",
]

text = open(FIXTURE, encoding="utf-8").read()
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
    f.write(json.dumps({"text": text}) + "\n")
out = subprocess.run([BENCH, "jsonl", f.name, "--threshold", "0"], check=True,
                     capture_output=True).stdout
result = json.loads(out)
sentences = {(s["start"], s["end"]) for s in result["sentences"]}
lowest_check, highest_skip = 1.0, 0.0
for claim in result["claims"]:
    if (claim["start"], claim["end"]) not in sentences:
        continue
    sentence = claim["text"]
    mark = "+" if any(sentence.startswith(c) for c in CHECK) else (
        "-" if any(sentence.startswith(s) for s in SKIP) else "?")
    if mark == "+":
        lowest_check = min(lowest_check, claim["score"])
    if mark == "-":
        highest_skip = max(highest_skip, claim["score"])
    print(f"{mark} {claim['score']:.2f} {sentence[:70]!r} {claim['reasons']}")
print(f"lowest check-worthy {lowest_check:.2f}, highest not check-worthy {highest_skip:.2f}")
