#!/usr/bin/env python3
"""Start-up speed: time to the first prompt, and `factdesk -c articles` on 1,000 articles.

Usage: Benchmarks/startup.py [FACTDESK_BINARY]   (default .build/release/factdesk)
Goal: both under 30 ms. Prints the median and 90th percentile of 30 runs each.
"""
import os
import pty
import select
import statistics
import subprocess
import sys
import tempfile
import time

binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/factdesk")
runs = 30


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def report(name, seconds):
    ms = [s * 1000 for s in seconds]
    print(f"{name}: median {statistics.median(ms):.1f} ms, p90 {percentile(ms, 0.9):.1f} ms ({len(ms)} runs)")


def time_to_prompt(store):
    """Spawns factdesk in a pseudo-terminal and waits for its prompt."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["FACTDESK_HISTORY"] = os.path.join(os.path.dirname(store), "history")
        os.execv(binary, [binary, "--db", store])
    seen = b""
    while b"factdesk> " not in seen:
        ready, _, _ = select.select([fd], [], [], 5)
        if not ready:
            raise SystemExit("no prompt within 5 s")
        seen += os.read(fd, 4096)
    elapsed = time.perf_counter() - start
    # Ctrl-D leaves; libedit flushes input typed before it takes the terminal, so repeat it.
    while True:
        os.write(fd, b"\x15\x04")  # Ctrl-U first: a Ctrl-D typed ahead may sit in the line
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished:
            break
        time.sleep(0.02)
    os.close(fd)
    return elapsed


with tempfile.TemporaryDirectory() as folder:
    store = os.path.join(folder, "store.db")
    script = os.path.join(folder, "load.fd")
    with open(script, "w") as lines:
        for number in range(1, 1001):
            path = os.path.join(folder, f"article-{number}.txt")
            with open(path, "w") as article:
                article.write(f"Article {number}\n\nLe budget atteint {number} M€ selon le ministère.\n")
            lines.write(f"load {path}\n")
    started = time.perf_counter()
    subprocess.run([binary, "--db", store, "-f", script], check=True, stdout=subprocess.DEVNULL)
    print(f"loading 1,000 small articles in one script: {time.perf_counter() - started:.2f} s")

    listing = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([binary, "--db", store, "-c", "articles"], check=True, stdout=subprocess.DEVNULL)
        listing.append(time.perf_counter() - started)
    report("factdesk -c articles (1,000 articles)", listing)
    report("start-up to first prompt (1,000 articles)", [time_to_prompt(store) for _ in range(runs)])
    empty = os.path.join(folder, "empty.db")
    report("factdesk -c articles (new empty store)", [
        (lambda s: (subprocess.run([binary, "--db", empty, "-c", "articles"], check=True,
                                   stdout=subprocess.DEVNULL), time.perf_counter() - s)[1])(time.perf_counter())
        for _ in range(runs)])
