#!/usr/bin/env python3
"""Scores `factdesk segment --json` on the article-extraction benchmark pages.

Metric as the benchmark defines it: shingles of 4 consecutive \\w+ tokens (case kept, as its
evaluate.py does), true/false positives and negatives counted per page and normalised by the
page's total, precision and recall averaged over pages, F1 from the averaged P and R.

Usage: Benchmarks/boilerplate-eval.py [--binary .build/release/factdesk] [--eval DIR]
       [--roles body,standfirst,subheading] [--worst N]
"""
import argparse
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    grams = [tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(g for g in grams if g)


def page_counts(truth, prediction):
    expected, found = shingles(truth), shingles(prediction)
    tp = sum(min(count, found.get(key, 0)) for key, count in expected.items())
    fp = sum(found.values()) - tp
    fn = sum(expected.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    return 0.0 if tp == 0 and fp == 0 else tp / (tp + fp)


def recall(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    return 0.0 if tp == 0 and fn == 0 else tp / (tp + fn)


def find_eval_dir(explicit):
    candidates = [explicit] if explicit else []
    root = Path(__file__).resolve().parent.parent
    candidates += [str(root.parent / "shared/eval/boilerplate")]
    for candidate in candidates:
        if candidate and (Path(candidate) / "ground-truth-dev.json").exists():
            return Path(candidate)
    sys.exit("boilerplate eval data not found (looked in %s)" % ", ".join(map(str, candidates)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/factdesk")
    parser.add_argument("--eval", default=None)
    parser.add_argument("--roles", default="body,standfirst,subheading")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    args = parser.parse_args()
    eval_dir = find_eval_dir(args.eval)
    truth = json.loads((eval_dir / "ground-truth-dev.json").read_text(encoding="utf-8"))
    roles = set(args.roles.split(","))
    with tempfile.TemporaryDirectory() as scratch:
        paths = []
        for key in sorted(truth):
            path = Path(scratch) / (key + ".html")
            path.write_bytes(gzip.decompress((eval_dir / "html" / (key + ".html.gz")).read_bytes()))
            paths.append(str(path))
        elapsed = cpu = float("inf")
        for _ in range(max(1, args.repeat)):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            run = subprocess.run([args.binary, "segment", "--json"] + paths, capture_output=True)
            elapsed = min(elapsed, time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = min(cpu, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime))
    predictions = {}
    for line in run.stdout.decode("utf-8").splitlines():
        article = json.loads(line)
        text = article["text"]
        body = "\n\n".join(text[p["start"]:p["end"]] for p in article["paragraphs"] if p["role"] in roles)
        predictions[Path(article["source"]).stem] = body
    failures = run.stderr.decode("utf-8", "replace").strip()
    scores = {key: page_counts(truth[key].get("articleBody", ""), predictions.get(key, "")) for key in truth}
    p_values = [precision(*c) for c in scores.values() if c[0] + c[1] > 0]
    r_values = [recall(*c) for c in scores.values() if c[0] + c[2] > 0]
    p = sum(p_values) / len(p_values)
    r = sum(r_values) / len(r_values)
    f1 = 2 * p * r / (p + r)
    print("pages %d  failed %d" % (len(truth), len(truth) - len(predictions)))
    print("precision %.3f  recall %.3f  F1 %.3f" % (p, r, f1))
    print("best of %d: %.2f s wall, %.2f s CPU  %.0f pages/s wall, %.0f pages/s CPU (one process, one thread)"
          % (args.repeat, elapsed, cpu, len(truth) / elapsed, len(truth) / cpu))
    if failures:
        print(failures, file=sys.stderr)
    if args.worst:
        ranked = sorted(scores, key=lambda k: min(precision(*scores[k]), recall(*scores[k])))
        for key in ranked[:args.worst]:
            print("%s P %.2f R %.2f %s" % (key[:12], precision(*scores[key]), recall(*scores[key]), truth[key]["url"]))


if __name__ == "__main__":
    main()
