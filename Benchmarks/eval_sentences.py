#!/usr/bin/env python3
"""Sentence-boundary scores of the segmenter on the shared evaluation data.

Usage: python3 Benchmarks/eval_sentences.py [BENCH_BINARY] [EVAL_DIR]
Runs `segment-bench jsonl` on the UD dev files (boundary precision/recall/F1, where a
boundary is the end offset of every sentence but a document's last) and on the 52 English
golden rules (exact sentence lists; whitespace collapsed where the gold rewrites it).
"""
import json
import os
import subprocess
import sys

BENCH = sys.argv[1] if len(sys.argv) > 1 else ".build/release/segment-bench"
EVAL = sys.argv[2] if len(sys.argv) > 2 else "../shared/eval"


def segment(path, language):
    out = subprocess.run([BENCH, "jsonl", path, "--language", language],
                         check=True, capture_output=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def ud(name, language, verbose=False):
    path = os.path.join(EVAL, "ud", name)
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    results = segment(path, language)
    tp = fp = fn = 0
    misses = []
    for doc, res in zip(docs, results):
        gold = {end for _, end in doc["spans"][:-1]}
        ends = [s["end"] for s in res["sentences"]]
        pred = set(ends[:-1])
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        text = doc["text"]
        for e in sorted(pred ^ gold):
            misses.append(("FP" if e in pred else "FN", text[max(0, e - 40):e] + "|" + text[e:e + 30]))
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    f = 2 * p * r / (p + r) if p + r else 0
    print(f"{name}: boundaries P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} fp {fp} fn {fn})")
    if verbose:
        for kind, ctx in misses:
            print("  ", kind, repr(ctx))


def golden(verbose=False):
    path = os.path.join(EVAL, "sbd", "golden_en.jsonl")
    cases = [json.loads(line) for line in open(path, encoding="utf-8")]
    results = segment(path, "en")
    passed = 0
    for case, res in zip(cases, results):
        text = case["text"]
        got = [text[s["start"]:s["end"]] for s in res["sentences"]]
        want = case["sentences"]
        if not case["sentences_are_substrings"]:
            got = [" ".join(s.split()) for s in got]
            want = [" ".join(s.split()) for s in want]
        if [g.strip() for g in got] == [w.strip() for w in want]:
            passed += 1
        elif verbose:
            print("  FAIL", case["id"], json.dumps(got, ensure_ascii=False))
            print("       want", json.dumps(want, ensure_ascii=False))
    print(f"golden_en: {passed} of {len(cases)} rules pass")


if __name__ == "__main__":
    verbose = os.environ.get("VERBOSE") == "1"
    ud("fr_gsd-dev.jsonl", "fr", verbose)
    ud("en_ewt-dev.jsonl", "en", verbose)
    golden(verbose)
