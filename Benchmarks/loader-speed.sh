#!/usr/bin/env bash
# Speed and memory of article loading through `factdesk segment --json`.
# Builds inputs by repeating the seed article (French, with boilerplate), then prints
# MB/s and peak RSS (GNU time's max resident set size). Usage: Benchmarks/loader-speed.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${FACTDESK:-$root/.build/release/factdesk}"
seed="$root/Tests/FactDeskCoreTests/Fixtures/seed-raw.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ -x "$binary" ] || { echo "build first: make release" >&2; exit 1; }

make_file() {  # make_file NAME MEGABYTES
  local target=$(( $2 * 1000000 ))
  : > "$work/$1"
  while [ "$(stat -c %s "$work/$1")" -lt "$target" ]; do cat "$seed" "$seed" "$seed" "$seed" >> "$work/$1"; done
}
make_file 20mb.txt 20
make_file 50mb.txt 50

run() {  # run RUNS LABEL FILE ARGS...
  local runs=$1 label=$2 file=$3; shift 3
  local bytes; bytes=$(stat -c %s "$file")
  local best=999
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time" "$binary" segment --json "$@" "$file" > /dev/null
    read -r seconds rss < "$work/time"
    best=$(python3 -c "print(min($best, $seconds))")
  done
  python3 -c "print('%-34s %6.1f MB  best of $runs: %.2f s  %6.0f MB/s  max RSS %d MB' % ('$label', $bytes/1e6, $best, $bytes/1e6/max($best, 0.001), $rss/1024))"
}
run 5 "segment --json --no-clean (20 MB)" "$work/20mb.txt" --no-clean
run 3 "segment --json --no-clean (50 MB)" "$work/50mb.txt" --no-clean
# Cleaning judges every line of the repeated article (about 2.7 million lines in 50 MB).
run 1 "segment --json, cleaned (50 MB)" "$work/50mb.txt"

truncate -s 200M "$work/200mb.txt"
/usr/bin/time -f "%e s, max RSS %M KB" "$binary" segment --json "$work/200mb.txt" 2>&1 | sed 's/^/200 MB file: /' || true
