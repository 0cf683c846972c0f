"""What an event insert costs SQLite with and without the event table's json_valid CHECKs and
its three indexes. Run each variant under callgrind, counting only sqlite3_step:

    for v in bare json idx json+idx; do
      valgrind --tool=callgrind --toggle-collect=sqlite3_step python3 Benchmarks/event_check_cost.py $v
    done

(with pyenv, give valgrind the interpreter itself: `pyenv which python3`). The total divided
by 10,000 is the cost of one event with its savepoint, as a review command writes it.
"""
import json
import os
import sqlite3
import sys
import tempfile

variant=sys.argv[1]
p=os.path.join(tempfile.gettempdir(), 'event_check_cost.db')
for s in ('','-wal','-shm'):
    try: os.remove(p+s)
    except FileNotFoundError: pass
db=sqlite3.connect(p, isolation_level=None)
db.execute('pragma journal_mode=wal'); db.execute('pragma synchronous=normal'); db.execute('pragma cache_size=-64000'); db.execute('pragma foreign_keys=on')
chk = 'CHECK (before IS NULL OR json_valid(before))' if 'json' in variant else ''
chk2 = 'CHECK (after IS NULL OR json_valid(after))' if 'json' in variant else ''
db.executescript(f'''CREATE TABLE event (id INTEGER PRIMARY KEY, at TEXT NOT NULL, editor TEXT NOT NULL, command TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, article_id INTEGER, before TEXT {chk}, after TEXT {chk2}, undoes INTEGER REFERENCES event(id), undone_by INTEGER REFERENCES event(id)) STRICT;''')
if 'idx' in variant:
    db.executescript('CREATE INDEX event_by_target ON event(target, id); CREATE INDEX event_by_editor ON event(editor, id); CREATE INDEX event_by_article ON event(article_id, id);')
rows=[('2026-11-29T10:00:00Z','editor','verdict c%d mostly-false --force'%(i%4000),'verdict','c%d'%(i%4000),i%200,json.dumps({"status":"verified","verdict":{"label":"false","editor":"editor","decided_at":"2026-11-29T10:00:00Z"}}),json.dumps({"status":"verified","verdict":{"label":"mostly-false","editor":"editor","decided_at":"2026-11-29T10:00:00Z"}})) for i in range(10000)]
db.execute('begin')
for r in rows:
    db.execute('savepoint c')
    db.execute('INSERT INTO event (at, editor, command, action, target, article_id, before, after) VALUES (?,?,?,?,?,?,?,?)', r)
    db.execute('release c')
db.execute('commit')
