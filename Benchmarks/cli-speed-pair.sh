#!/bin/sh
# Two builds of factdesk compared in alternation on the 20 MB file of cli-speed.sh, for a
# machine whose speed drifts from minute to minute: each round runs both (in turns of
# order), so a slow minute slows both, and the ratio of their times stays meaningful.
#
#   Benchmarks/cli-speed-pair.sh BEFORE AFTER [ROUNDS]
# BEFORE and AFTER are factdesk executables (copy .build/release/factdesk aside between
# builds). Prints each round's seconds, the best run of each, and the median ratio
# AFTER / BEFORE. Run Benchmarks/cli-speed.sh once first to write the corpus.
set -eu
cd "$(dirname "$0")/.."
before="$1"
after="$2"
rounds="${3:-10}"
corpus=.build/cli-speed-20mb.txt
[ -f "$corpus" ] || { echo "no $corpus: run Benchmarks/cli-speed.sh first" >&2; exit 1; }
python3 - "$before" "$after" "$rounds" "$corpus" <<'PY'
import os, statistics, subprocess, sys, time
before, after, rounds, corpus = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
megabytes = os.path.getsize(corpus) / 1e6
times = {before: [], after: []}
for round_index in range(rounds):
    for binary in (before, after) if round_index % 2 == 0 else (after, before):
        start = time.perf_counter()
        subprocess.run(["taskset", "-c", "0", binary, "segment", "--json", "--no-clean", corpus],
                       stdout=subprocess.DEVNULL, check=True)
        times[binary].append(time.perf_counter() - start)
for name, binary in (("before", before), ("after", after)):
    best = min(times[binary])
    print(f"{name}: " + " ".join(f"{t:.3f}" for t in times[binary])
          + f" s; best {best:.3f} s, {megabytes / best:.1f} MB/s")
ratios = [a / b for a, b in zip(times[after], times[before])]
print("after / before by round: " + " ".join(f"{r:.2f}" for r in ratios)
      + f"; median {statistics.median(ratios):.3f}")
PY
