#!/bin/sh
# End-to-end speed and memory of `factdesk segment --json --no-clean FILE` on one 20 MB French
# file (the UD French-GSD dev text repeated, as Benchmarks/speed.sh builds it): loading,
# segmenting and JSON writing, in a release build on one core.
#
#   Benchmarks/cli-speed.sh [EVAL_DIR] [RUNS] [CALLGRIND_MB]
# Prints each run's wall-clock seconds and MB/s, the peak RSS of the last run and, when
# CALLGRIND_MB is given (2 is enough), the instruction count of one run over a file of that
# size under callgrind, which unlike wall-clock time does not depend on the machine's load.
set -eu
cd "$(dirname "$0")/.."
eval_dir="${1:-../shared/eval}"
runs="${2:-5}"
callgrind_mb="${3:-}"
make_corpus() {
  python3 - "$eval_dir/ud/fr_gsd-dev.jsonl" "$1" "$2" <<'PY'
import json, sys
unit = "".join(json.loads(line)["text"] + "\n\n" for line in open(sys.argv[1], encoding="utf-8"))
parts, size = [], 0
while size < int(sys.argv[3]) * 1_000_000:
    parts.append(unit + "\n\n")
    size += len((unit + "\n\n").encode("utf-8"))
open(sys.argv[2], "w", encoding="utf-8").write("".join(parts))
PY
}
corpus=.build/cli-speed-20mb.txt
make_corpus "$corpus" 20
swift build -c release --static-swift-stdlib --product factdesk >/dev/null
bytes=$(wc -c <"$corpus")
i=0
while [ "$i" -lt "$runs" ]; do
  start=$(date +%s.%N)
  taskset -c 0 .build/release/factdesk segment --json --no-clean "$corpus" >/dev/null
  end=$(date +%s.%N)
  python3 -c "s = $end - $start; print(f'{s:.3f} s, {$bytes / 1e6 / s:.1f} MB/s')"
  i=$((i + 1))
done
/usr/bin/time -v taskset -c 0 .build/release/factdesk segment --json --no-clean "$corpus" \
  2>&1 >/dev/null | grep -E "Maximum resident set size"
if [ -n "$callgrind_mb" ]; then
  small=.build/cli-speed-${callgrind_mb}mb.txt
  make_corpus "$small" "$callgrind_mb"
  # Valgrind 3.19 gives up on the DWARF that Swift 6.3 writes ("Possibly corrupted
  # debuginfo file"): count a copy without it. Function names come from the symbol table.
  objcopy --strip-debug .build/release/factdesk .build/factdesk-callgrind
  valgrind --tool=callgrind --callgrind-out-file=.build/cli-speed.callgrind \
    .build/factdesk-callgrind segment --json --no-clean "$small" 2>&1 >/dev/null | grep "refs"
fi
