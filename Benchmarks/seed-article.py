#!/usr/bin/env python3
"""Prints what `factdesk segment --json` keeps of the seed article: title, authors, each
paragraph with its role, the cross-references and the removed parts grouped by reason.

Usage: Benchmarks/seed-article.py [--binary .build/release/factdesk] [FILE]
"""
import argparse
import collections
import json
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser()
parser.add_argument("--binary", default=str(ROOT / ".build/release/factdesk"))
parser.add_argument("file", nargs="?", default=str(ROOT / "Tests/FactDeskCoreTests/Fixtures/seed-raw.txt"))
args = parser.parse_args()

article = json.loads(subprocess.run([args.binary, "segment", "--json", args.file],
                                    capture_output=True, check=True).stdout)
text = article["text"]
print("title:    ", article["title"])
print("authors:  ", article["authors"])
print("language: ", article["language"], " published:", article["published"])
for paragraph in article["paragraphs"]:
    body = text[paragraph["start"]:paragraph["end"]]
    print("%-10s %5d-%-5d %s" % (paragraph["role"], paragraph["start"], paragraph["end"],
                                 body if len(body) < 90 else body[:87] + "..."))
print("references:", [text[r["start"]:r["end"]] for r in article["references"]])
reasons = collections.Counter(part["reason"] for part in article["removed"])
print("removed:   ", sum(reasons.values()), "parts:", dict(reasons))
furniture = ["cookie", "Continuer sans accepter", "mot de passe", "Une erreur est survenue",
             "à lire aussi", "Vous souhaitez contacter", "Champs obligatoires", "Tester AEF info"]
left = [phrase for phrase in furniture if phrase in text]
print("boilerplate left in text:", left or "none")
