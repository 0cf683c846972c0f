#!/bin/sh
# Segmenter speed and memory: Segmenter.segment + SegmentationJSON.write over a 20 MB
# French corpus (the UD French-GSD dev text repeated), in a release build on one core.
#
#   Benchmarks/speed.sh [EVAL_DIR] [RUNS]
# Prints each run's MB/s (segment and JSON time split) and the peak RSS of the last run.
set -eu
cd "$(dirname "$0")/.."
eval_dir="${1:-../shared/eval}"
runs="${2:-5}"
corpus=.build/segmenter-speed-unit.txt
python3 - "$eval_dir/ud/fr_gsd-dev.jsonl" "$corpus" <<'PY'
import json, sys
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        out.write(json.loads(line)["text"] + "\n\n")
PY
swift build -c release --static-swift-stdlib --product segment-bench >/dev/null
i=0
while [ "$i" -lt "$runs" ]; do
  taskset -c 0 .build/release/segment-bench speed "$corpus" --mb 20 --language fr | tail -1
  i=$((i + 1))
done
/usr/bin/time -v taskset -c 0 .build/release/segment-bench speed "$corpus" --mb 20 --language fr \
  2>&1 | grep -E "Maximum resident set size"
