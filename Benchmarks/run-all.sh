#!/usr/bin/env bash
# Every speed figure in one run, on the release build `make release` made: start-up, the
# segmenter end to end, article loading, review throughput and reads, and exports. Accuracy
# figures need the evaluation data: run the eval_*.py scripts with ../shared/eval present.
# Takes about ten minutes, most of it building the million-claim store for review reads.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir="${FACTDESK_EVAL_DIR:-../shared/eval}"

section() { printf '\n== %s\n' "$1"; }

section "start-up (Benchmarks/STARTUP.md)"
python3 Benchmarks/startup.py

if [ -d "$eval_dir" ]; then
  section "segmenter end to end (Benchmarks/SEGMENTER.md)"
  sh Benchmarks/cli-speed.sh "$eval_dir" 3
else
  section "segmenter end to end: skipped, no evaluation data at $eval_dir"
fi

section "article loading (Benchmarks/LOADER.md)"
bash Benchmarks/loader-speed.sh

section "review throughput and reads (Benchmarks/REVIEW.md)"
swift build -c release --static-swift-stdlib --product review-bench >/dev/null
.build/release/review-bench all

section "exports (Benchmarks/EXPORT.md)"
python3 Benchmarks/export-bench.py --claims 100000
