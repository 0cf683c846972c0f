#!/usr/bin/env python3
"""Direct-speech spans of the segmenter on the French literary corpus, and the seed gold.

Usage: python3 Benchmarks/eval_quotes.py [BENCH_BINARY] [EVAL_DIR]

aads_french-val marks direct speech with its dialogue dash and guillemets included, and
also marks dialogue lines that have no quotation marks at all. The segmenter's spans lie
inside the marks, so gold spans are trimmed of dashes, marks and spaces before comparing.
Only quotes of the kinds in $KINDS (default: direct) are counted as predictions.
Reported: exact-span precision/recall, and overlap precision/recall (a predicted span
matches a gold span it overlaps by at least half of the longer one).
"""
import json
import os
import subprocess
import sys

BENCH = sys.argv[1] if len(sys.argv) > 1 else ".build/release/segment-bench"
EVAL = sys.argv[2] if len(sys.argv) > 2 else "../shared/eval"
TRIM = set(" \u00a0\u202f\t\n—–-«»\"“”")
# Which quote kinds count as direct speech: the gold marks utterances, so "direct" alone by
# default; KINDS=direct,partial counts fragments too.
KINDS = set(os.environ.get("KINDS", "direct").split(","))


def trim(text, start, end):
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def main():
    path = os.path.join(EVAL, "quotes", "aads_french-val.jsonl")
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    out = subprocess.run([BENCH, "jsonl", path, "--language", "fr"], check=True,
                         capture_output=True).stdout.splitlines()
    exact = overlap_tp_p = overlap_tp_r = n_pred = n_gold = 0
    with_marks = 0
    for doc, line in zip(docs, out):
        text = doc["text"]
        result = json.loads(line)
        pred = [(q["start"], q["end"]) for q in result["quotes"] if q["kind"] in KINDS]
        gold = [trim(text, s, e) for s, e in doc["direct_speech"]]
        with_marks += sum(1 for s, e in doc["direct_speech"] if any(c in text[s:e] for c in "«»\"“”"))
        n_pred += len(pred)
        n_gold += len(gold)
        gold_set = set(gold)
        exact += sum(1 for p in pred if p in gold_set)

        def overlaps(a, b):
            inter = min(a[1], b[1]) - max(a[0], b[0])
            return inter > 0 and inter * 2 >= max(a[1] - a[0], b[1] - b[0])

        overlap_tp_p += sum(1 for p in pred if any(overlaps(p, g) for g in gold))
        overlap_tp_r += sum(1 for g in gold if any(overlaps(p, g) for p in pred))
    print(f"aads_french-val: {n_gold} gold spans ({with_marks} with quotation marks), {n_pred} predicted")
    print(f"  exact spans:   P {exact / max(1, n_pred):.3f} R {exact / max(1, n_gold):.3f}")
    print(f"  overlap >= 50%: P {overlap_tp_p / max(1, n_pred):.3f} R {overlap_tp_r / max(1, n_gold):.3f}")


if __name__ == "__main__":
    main()
