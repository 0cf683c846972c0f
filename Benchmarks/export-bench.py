#!/usr/bin/env python3
"""Export speed and memory over a store of verified claims.

usage: Benchmarks/export-bench.py [--claims 100000] [--per-article 100] [--binary PATH]

Creates a store with `factdesk` (so the schema is the real one), fills it with raw SQL
(articles, persons, claims, each claim verified, every tenth with a source, tag and note),
then runs `export FORMAT FILE` for json, csv, w3c and claimreview under `/usr/bin/time -v`
and prints wall time, max RSS and output size. Run it twice with different --claims to see
that memory follows the largest article, not the store.
"""
import argparse, hashlib, json, os, re, sqlite3, subprocess, sys, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("--claims", type=int, default=100_000)
parser.add_argument("--per-article", type=int, default=100)
parser.add_argument("--binary", default=".build/release/factdesk")
parser.add_argument("--formats", default="json,csv,w3c,claimreview")
args = parser.parse_args()

work = tempfile.mkdtemp(prefix="factdesk-export-bench-")
db = os.path.join(work, "bench.db")
subprocess.run([args.binary, "--db", db, "-c", "articles"], check=True, capture_output=True)

SENTENCE = ("Le ministre Jean Dupont a annoncé un budget de {n} M€ pour l’équipement des élèves, "
            "« une hausse de {p} % » selon lui. ")
start = time.time()
con = sqlite3.connect(db)
con.execute("PRAGMA foreign_keys = OFF")
con.execute("BEGIN")
labels = ["true", "mostly-true", "mixed", "mostly-false", "false", "misleading", "unverifiable"]
articles = (args.claims + args.per_article - 1) // args.per_article
claim_id = 0
for a in range(1, articles + 1):
    count = min(args.per_article, args.claims - claim_id)
    sentences = [SENTENCE.format(n=a * 1000 + i, p=i % 97) for i in range(count)]
    text = f"Titre {a}\n\n" + "".join(sentences)
    sha = hashlib.sha256(text.encode()).hexdigest()
    con.execute(
        "INSERT INTO article (id, source, sha256, raw, text, title, authors, published, site, "
        "language, loaded_at, loaded_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (a, f"https://example.org/news/{a}", sha, text.encode(), text, f"Titre {a}",
         '["Luce Burnod"]', "2020-11-06", "example.org", "fr", "2026-01-15T09:30:00Z", "bench"))
    con.execute("INSERT INTO person (id, article_id, name, role) VALUES (?,?,?,?)",
                (a, a, "Jean Dupont", "ministre"))
    offset = len(f"Titre {a}\n\n")
    claims, verdicts, sources, tags, notes = [], [], [], [], []
    for i, sentence in enumerate(sentences):
        claim_id += 1
        end = offset + len(sentence) - 1
        claims.append((claim_id, a, offset, end, sentence.strip(), 0.8, '["number","amount"]', a,
                       "segmenter", "verified", "2026-01-15T09:30:00Z"))
        verdicts.append((claim_id, labels[claim_id % len(labels)], None, "claire",
                         "2026-01-16T10:00:00Z"))
        if claim_id % 10 == 0:
            sources.append((claim_id, f"https://stats.example.org/{claim_id}", "Budget",
                            "150 M€", "2026-01-16", "claire", "2026-01-16T10:00:00Z"))
            tags.append((claim_id, 1))
            notes.append((claim_id, "Chiffre à vérifier: =SUM(A1)", "claire",
                          "2026-01-16T10:05:00Z"))
        offset += len(sentence)
    con.executemany("INSERT INTO claim (id, article_id, start, \"end\", text, score, reasons, "
                    "speaker_id, origin, status, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", claims)
    con.executemany("INSERT INTO verdict VALUES (?,?,?,?,?)", verdicts)
    con.executemany("INSERT INTO source (claim_id, url, title, excerpt, accessed, editor, added_at) "
                    "VALUES (?,?,?,?,?,?,?)", sources)
    if a == 1:
        con.execute("INSERT INTO tag (id, name) VALUES (1, 'budget')")
    con.executemany("INSERT INTO claim_tag VALUES (?,?)", tags)
    con.executemany("INSERT INTO note (claim_id, text, editor, written_at) VALUES (?,?,?,?)", notes)
con.commit()
con.close()
print(f"store: {claim_id} verified claims in {articles} articles, "
      f"{os.path.getsize(db) / 1e6:.1f} MB, filled in {time.time() - start:.1f} s")

print(f"{'format':<12} {'wall s':>7} {'cpu s':>6} {'max RSS MB':>11} {'output MB':>10}")
for fmt in args.formats.split(","):
    out = os.path.join(work, f"out.{fmt}")
    command = ["/usr/bin/time", "-v", args.binary, "--db", db, "-c",
               f"export {fmt} {out} --force --url-base https://factuel.example.org/checks "
               f"--org Factuel"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout, result.stderr, file=sys.stderr)
        sys.exit(1)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    seconds = (int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3)))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", result.stderr).group(1))
              for kind in ("User", "System"))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    print(f"{fmt:<12} {seconds:>7.2f} {cpu:>6.2f} {rss / 1024:>11.1f} {os.path.getsize(out) / 1e6:>10.1f}")
    if fmt in ("json", "w3c", "claimreview"):
        json.load(open(out, encoding="utf-8"))
print(f"(files in {work})")
