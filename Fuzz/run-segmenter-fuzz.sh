#!/bin/sh
# Fuzzes the segmenter with libFuzzer: builds Fuzz/SegmenterFuzz.swift together with the
# Segmenter and Text sources (no Package.swift involved), then runs on a copy of the kept
# corpus so new inputs do not pile up in git.
#
#   Fuzz/run-segmenter-fuzz.sh [SECONDS] [extra libFuzzer flags]
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-180}"
[ $# -gt 0 ] && shift
out=.build/fuzz
mkdir -p "$out/corpus" "$out/crashes"
cp Fuzz/corpus/* "$out/corpus/" 2>/dev/null || true
swiftc -sanitize=fuzzer,address -O -parse-as-library -module-name SegmenterFuzz \
  -o "$out/segmenter-fuzz" \
  Sources/FactDeskCore/Segmenter/*.swift Sources/FactDeskCore/Text/*.swift \
  Fuzz/SegmenterFuzz.swift
# Inputs up to 64 KB so long unpunctuated runs and deep mark nesting are reached; a run
# slower than 5 s on one input counts as a failure (the scan must stay linear).
"$out/segmenter-fuzz" "$out/corpus" Fuzz/corpus -max_len=65536 -timeout=5 \
  -rss_limit_mb=2048 -max_total_time="$seconds" -artifact_prefix="$out/crashes/" \
  -print_final_stats=1 "$@"
