"""A process killed with SIGKILL in the middle of writes, 200 times in a row, never leaves a damaged database or a
half-registered case.

A child process opens the store of one shared data folder (integrity check, migrations, the day's backup) and
registers cases with two attachments each, in a loop, until it is killed after a random 20–300 ms (seeded). After
every kill the folder is checked as the next start of the program would find it: the SQLite file (and its full-text
index) passes its integrity check, the store opens, every stored file matches its hash, and every case has both of
its attachments — ``register_case`` writes the case and its attachments in one transaction, so a case with fewer
would be a half-registered one.

To keep 200 kills fast, the children are forked from a helper process that has imported ``kelisim`` once (where
the platform can fork); elsewhere each child is a fresh interpreter.
"""
from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest

from kelisim.store import Store

KILLS = 200  # the long run (`make test-long`); the default suite kills 40 times
SEED = 20260301
DELAY_MS = (20, 300)
FULL_CHECK_EVERY = 10  # every file rehashed (verify()) after every 10th kill and at the end

# The child: registers cases forever (until killed). ``iteration`` makes every file's content distinct, so every
# registration writes new files into attachments/. Any exception is a failure: it is written to ``errors.log``.
CHILD = textwrap.dedent(r'''
    import io, os, random, sys, traceback, zipfile
    from datetime import date, timedelta
    from pathlib import Path

    from kelisim.store import Store
    from kelisim.store.register import NewAttachment, register_case


    def pdf(text):
        body = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page >> endobj\n")
        return body + b"% " + text.encode() + b"\n%%EOF\n"


    def docx(text):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"
                       "</w:body></w:document>")
        return buf.getvalue()


    def run_child(home, scratch, iteration):
        home, scratch = Path(home), Path(scratch) / str(iteration)
        scratch.mkdir(parents=True, exist_ok=True)
        rnd = random.Random(iteration)
        try:
            # A new "today" every fourth run, so the daily backup is written (and killed) too.
            with Store(home, today=date(2026, 1, 1) + timedelta(days=iteration // 4)) as store:
                n = 0
                while True:
                    n += 1
                    tag = f"{iteration}-{n}-" + "x" * rnd.randrange(0, 6000)
                    act, draft = scratch / f"act-{n}.pdf", scratch / f"draft-{n}.docx"
                    act.write_bytes(pdf(tag))
                    draft.write_bytes(docx(tag))
                    register_case(store, {
                        "rule": "civil-appeal", "court_ru": "Кордайский районный суд",
                        "case_number": f"2-{iteration}/{n}", "subject": "о взыскании ущерба",
                        "act_final": "2026-02-21", "act_received": "2026-02-24",
                        "parties": [{"role": "plaintiff", "name": f"Иванов {iteration}-{n}"},
                                    {"role": "defendant", "name": "Аппарат акима Касыкского сельского округа"}],
                    }, attachments=[NewAttachment("court_act", act), NewAttachment("draft_complaint", draft)],
                        today=date(2026, 3, 1))
                    act.unlink()
                    draft.unlink()
        except BaseException:
            with open(home.parent / "errors.log", "a", encoding="utf-8") as log:
                log.write(f"iteration {iteration}:\n{traceback.format_exc()}\n")
            raise
''')

# The helper that forks the children: one line in ("fork HOME SCRATCH I" / "reap PID"), one line out.
ZYGOTE = CHILD + textwrap.dedent(r'''
    from kelisim.law.calendar import default_calendar
    from kelisim.law.deadlines import compute_deadlines

    # Warm what every child would build before its first write (the working calendar), once, before forking.
    compute_deadlines("civil-appeal", date(2026, 2, 21), today=date(2026, 3, 1), calendar=default_calendar())
    for line in sys.stdin:
        command, *args = line.split("\t")
        if command == "fork":
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                code = 3
                try:
                    sys.stdin.close()
                    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
                    run_child(args[0], args[1], int(args[2]))
                finally:
                    os._exit(code)
            print(pid, flush=True)
        elif command == "reap":
            print(os.waitpid(int(args[0]), 0)[1], flush=True)
''')


class Forker:
    """Starts children and kills them: forked from a warm helper where possible, else fresh interpreters."""

    def __init__(self, tmp_path: Path):
        self.fork = hasattr(os, "fork")
        if self.fork:
            self.helper = subprocess.Popen([sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE,
                                           stdout=subprocess.PIPE, text=True, encoding="utf-8")
        else:
            script = tmp_path / "child.py"
            script.write_text(CHILD + "\nrun_child(sys.argv[1], sys.argv[2], int(sys.argv[3]))\n", encoding="utf-8")
            self.script = script

    def _ask(self, *words) -> int:
        self.helper.stdin.write("\t".join(map(str, words)) + "\n")
        self.helper.stdin.flush()
        answer = self.helper.stdout.readline()
        assert answer, "the helper that forks the children died"
        return int(answer)

    def start(self, home: Path, scratch: Path, iteration: int):
        if self.fork:
            return self._ask("fork", home, scratch, iteration)
        return subprocess.Popen([sys.executable, str(self.script), str(home), str(scratch), str(iteration)])

    def kill(self, child) -> bool:
        """SIGKILL the child; True when it was still running (it never ends on its own)."""
        if self.fork:
            os.kill(child, signal.SIGKILL)
            status = self._ask("reap", child)
            return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        child.kill()  # TerminateProcess on Windows: as abrupt as SIGKILL
        return child.wait() != 0 and child.returncode not in (1, 3)

    def close(self) -> None:
        if self.fork:
            self.helper.stdin.close()
            self.helper.wait(timeout=30)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_folder(home: Path, hashed: set[str], *, full: bool = True) -> int:
    """Everything the next start of the program relies on; returns the number of cases. Stored files never
    change once renamed into place, so between full checks (``verify()`` rehashes every file) only the files
    registered since the last check are hashed."""
    conn = sqlite3.connect(home / "kelisim.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        if conn.execute("PRAGMA user_version").fetchone()[0]:
            conn.execute("INSERT INTO cases_fts(cases_fts) VALUES ('integrity-check')")
    finally:
        conn.close()
    with Store(home, auto_backup=False) as store:
        db = store.database
        if full:
            assert store.attachments.verify() == []
        for row in db.query("SELECT DISTINCT sha256 FROM attachments"):
            if row["sha256"] not in hashed:
                path = store.attachments.path_of(row["sha256"])
                assert path.is_file() and sha256(path) == row["sha256"], f"attachment file damaged: {path}"
                hashed.add(row["sha256"])
        half = list(db.query(
            "SELECT c.id, group_concat(a.role) AS roles FROM cases c LEFT JOIN attachments a ON a.case_id = c.id "
            "GROUP BY c.id HAVING count(a.id) != 2 OR count(DISTINCT a.role) != 2"))
        assert half == [], f"cases registered without both attachments: {half}"
        assert db.one("SELECT count(*) AS n FROM files WHERE sha256 NOT IN (SELECT sha256 FROM attachments)")["n"] == 0
        lonely = db.one("SELECT count(*) AS n FROM cases c WHERE (SELECT count(*) FROM parties p "
                        "WHERE p.case_id = c.id) != 2")["n"]
        assert lonely == 0, "a case without its parties"
        created = Counter(r["case_id"] for r in db.query("SELECT case_id FROM events WHERE action = 'created'"))
        ids = {r["id"] for r in db.query("SELECT id FROM cases")}
        assert set(created) == ids and set(created.values()) <= {1}, "history does not match the cases"
        assert store.cases.count(search="Иванов") == len(ids)
        return len(ids)


def check_backups(home: Path, only_latest: bool) -> None:
    backups = sorted((home / "backups").glob("kelisim-*.db"))
    for backup in backups[-1:] if only_latest else backups:
        conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)], backup
        finally:
            conn.close()


@pytest.mark.parametrize("kills", [pytest.param(40, id="40"), pytest.param(KILLS, id=str(KILLS),
                                                                    marks=pytest.mark.long)])
def test_sigkill_in_the_middle_of_writes_never_damages_the_store(tmp_path, kills):
    home, scratch = tmp_path / "home", tmp_path / "scratch"
    rnd = random.Random(SEED)
    forker = Forker(tmp_path)
    hashed: set[str] = set()
    started = time.perf_counter()
    cases, copies, backups, where = 0, 0, set(), Counter()
    try:
        for iteration in range(kills):
            child = forker.start(home, scratch, iteration)
            time.sleep(rnd.uniform(*DELAY_MS) / 1000)
            killed = forker.kill(child)
            log = tmp_path / "errors.log"
            assert not log.exists(), log.read_text(encoding="utf-8")
            assert killed, f"child {iteration} ended before it was killed"
            if not (home / "kelisim.db").exists():
                continue  # killed before the database was created: nothing to check
            # Where the kill landed (for the summary): in a file copy, in the daily backup, after new cases.
            temps = len(list((home / "attachments").glob(".incoming-*")))
            where["file copy"] += temps > copies
            copies = temps
            parts = {(p.name, p.stat().st_mtime_ns) for p in (home / "backups").glob("*.part")}
            where["backup"] += bool(parts - backups)
            backups = parts
            now = check_folder(home, hashed, full=iteration % FULL_CHECK_EVERY == 0)
            assert now >= cases
            where["after new cases"] += now > cases
            cases = now
            if iteration % FULL_CHECK_EVERY == 0:
                check_backups(home, only_latest=True)
    finally:
        forker.close()
    check_backups(home, only_latest=False)
    with Store(home, auto_backup=False) as store:  # an interrupted copy leaves only files that garbage collection frees
        store.attachments.collect_garbage()
        assert store.attachments.verify() == []
        assert not list((home / "attachments").rglob(".incoming-*"))
        on_disk = {p.name for p in (home / "attachments").rglob("*") if p.is_file()}
        assert on_disk == {r["sha256"] for r in store.database.query("SELECT sha256 FROM files")}
    elapsed = time.perf_counter() - started
    print(f"\n{kills} kills in {elapsed:.1f} s; {cases} cases registered; kills landed: {dict(where)}")
    # Where the kills land depends on the machine's speed; that cases were written at all must not.
    assert cases > 0 and where["after new cases"] > 0


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the warm helper forks")
def test_the_child_really_writes_until_killed(tmp_path):
    """The harness itself: a child left running registers complete cases until it is killed."""
    forker = Forker(tmp_path)
    db = tmp_path / "home" / "kelisim.db"
    try:
        child = forker.start(tmp_path / "home", tmp_path / "scratch", 0)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (tmp_path / "errors.log").exists():
            time.sleep(0.1)
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                try:
                    if conn.execute("SELECT count(*) FROM cases").fetchone()[0] >= 3:
                        break
                finally:
                    conn.close()
            except sqlite3.OperationalError:  # not created yet
                pass
        assert forker.kill(child)
    finally:
        forker.close()
    assert not (tmp_path / "errors.log").exists(), (tmp_path / "errors.log").read_text(encoding="utf-8")
    assert check_folder(tmp_path / "home", set()) >= 3
