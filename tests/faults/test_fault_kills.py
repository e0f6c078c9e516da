"""SIGKILL in the middle of every kind of write, at seeded random moments: nothing is lost, nothing half-written.

Each scenario kills a child process (``children.py``) a handful of times in the default suite and 200 times under the
``long`` marker (``make test-long``): while it registers cases, attaches files, generates documents, writes backups,
restores a backup, imports request packages. After every kill the data folder is checked as the next start of the
program finds it: the database passes ``PRAGMA integrity_check`` (and its full-text index its own check), the store
opens, every stored file matches its hash, no case refers to a missing file, and no temporary file survives the next
start (``store.recovery``). A restore leaves the old data or the restored data, never a mix; the next start says
which and the kept-aside copy is where it says. The commit sequences of the two restores are also killed exactly at
each of their steps (``children._kill_at_step``), not only where a random moment happens to land.

A failure names the seed and the kill (``KELISIM_FAULT_SEED`` repeats a run); each run prints where its kills landed.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

import faultkit as fk
from kelisim.store import Store, StoreDamaged

LONG = 200  # kills per scenario in `make test-long`
SHORT = 5  # kills per scenario in the default suite
KILLS = [pytest.param(SHORT, id=str(SHORT)), pytest.param(LONG, id=str(LONG), marks=pytest.mark.long)]
FULL_CHECK_EVERY = 10  # every stored file rehashed (verify()) after every 10th kill and at the end


def report(scenario: str, kills: int, started: float, landed: Counter, extra: str = "") -> None:
    print(f"\n{scenario}: {kills} kills in {time.perf_counter() - started:.1f} s; landed: {dict(landed)}{extra}")


def next_start(home: Path) -> Store:
    """The next start of the program on the folder: it must open, and leave no temporary file behind."""
    store = Store(home, auto_backup=False)
    assert fk.leftovers(home) == [], "temporary files the next start did not clean"
    return store


def temps(home: Path) -> list[str]:
    return fk.leftovers(home)


# ---------------------------------------------------------------------------- case creation
def check_cases(home: Path, hashed: set[str], *, full: bool) -> int:
    """Every case registered whole: both attachments, both parties, one «created» event; returns the count."""
    fk.check_database(home)
    with next_start(home) as store:
        db = store.database
        fk.check_files(store, hashed, full=full)
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


@pytest.mark.parametrize("kills", KILLS)
def test_kill_during_case_creation(tmp_path, kills):
    home = tmp_path / "home"
    hashed: set[str] = set()
    state = {"cases": 0}
    started = time.perf_counter()

    def check(iteration: int) -> str:
        if not (home / "kelisim.db").exists():
            return "before the database existed"
        label = ("copying a file" if any(p.name.startswith(".incoming-") for p in (home / "attachments").glob("*"))
                 else "writing the daily backup" if list((home / "backups").glob("*.part")) else "between writes")
        now = check_cases(home, hashed, full=iteration % FULL_CHECK_EVERY == 0)
        assert now >= state["cases"]
        state["cases"] = now
        if iteration % FULL_CHECK_EVERY == 0:
            check_backups(home, only_latest=True)
        return label

    landed = fk.kill_run(tmp_path, "create", kills, home=home, check=check, delay_ms=(20, 300))
    check_backups(home, only_latest=False)
    with Store(home, auto_backup=False) as store:  # an interrupted copy leaves only files that garbage collection frees
        store.attachments.collect_garbage()
        assert store.attachments.verify() == []
        on_disk = {p.name for p in (home / "attachments").rglob("*") if p.is_file()}
        assert on_disk == {r["sha256"] for r in store.database.query("SELECT sha256 FROM files")}
    report("case creation", kills, started, landed, f"; {state['cases']} cases registered")
    assert state["cases"] > 0  # the children did write (where the kills land depends on the machine's speed)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the warm helper forks")
def test_the_child_really_writes_until_killed(tmp_path):
    """The harness itself: a child left running registers complete cases until it is killed."""
    db = tmp_path / "home" / "kelisim.db"
    with fk.Forker() as forker:
        child = forker.start("create", tmp_path / "home", tmp_path / "scratch", 0)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and fk.child_errors(tmp_path) is None:
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
    assert fk.child_errors(tmp_path) is None, fk.child_errors(tmp_path)
    assert check_cases(tmp_path / "home", set(), full=True) >= 3


# ---------------------------------------------------------------------------- attachment import
@pytest.mark.parametrize("kills", KILLS)
def test_kill_during_attachment_import(tmp_path, kills):
    home = tmp_path / "home"
    with fk.rural_store(home) as store:
        for n in range(3):
            fk.outgoing_case(store, tmp_path / "setup", f"3-{n}/2026")
    hashed: set[str] = set()
    seen = {"attachments": 0}
    started = time.perf_counter()

    def check(iteration: int) -> str:
        label = "copying a file" if any(p.name.startswith(".incoming-")
                                        for p in (home / "attachments").glob("*")) else "between files"
        fk.check_database(home)
        with next_start(home) as store:
            fk.check_files(store, hashed, full=iteration % FULL_CHECK_EVERY == 0)
            count = store.database.one("SELECT count(*) AS n FROM attachments")["n"]
            assert count >= seen["attachments"]
            label = label if count == seen["attachments"] else "after a file was attached"
            seen["attachments"] = count
        return label

    landed = fk.kill_run(tmp_path, "attach", kills, home=home, check=check, delay_ms=(20, 400))
    with Store(home, auto_backup=False) as store:
        assert store.attachments.verify() == []
    report("attachment import", kills, started, landed, f"; {seen['attachments']} attachments")
    assert seen["attachments"] > 6


# ---------------------------------------------------------------------------- document generation
@pytest.mark.parametrize("kills", KILLS)
def test_kill_during_document_generation(tmp_path, kills):
    """A DOCX half-written never stands under its final name, and the case's history never points at a missing or
    partial file."""
    home = tmp_path / "home"
    with fk.rural_store(home) as store:
        case_id = fk.outgoing_case(store, tmp_path / "setup", "4-1/2026")
    recorded = {"documents": 0}
    started = time.perf_counter()

    def check(iteration: int) -> str:
        writing = any(p.name.endswith(".docx.tmp") for p in (home / "documents").rglob("*"))
        fk.check_database(home)
        with next_start(home) as store:
            events = [e for e in store.cases.history(case_id) if e["action"] == "document"]
            for path in {Path(e["new"].rsplit(" sha256:", 1)[0]) for e in events}:
                assert path.is_file(), f"the history names a missing document: {path}"
                assert fk.complete_docx(path), f"the history names a partial document: {path}"
            for path in (home / "documents").rglob("*.docx"):
                assert fk.complete_docx(path), f"a partial document under its final name: {path}"
            fk.check_files(store)
            label = ("writing a document" if writing else
                     "after a document was recorded" if len(events) > recorded["documents"] else "rendering")
            recorded["documents"] = len(events)
        return label

    landed = fk.kill_run(tmp_path, "generate", kills, home=home, check=check, delay_ms=(30, 900),
                         arg=lambda i: str(case_id))
    report("document generation", kills, started, landed, f"; {recorded['documents']} documents recorded")
    assert recorded["documents"] > 0


# ---------------------------------------------------------------------------- backup
def check_archive(path: Path, scratch: Path) -> None:
    """An archive under its final name is whole: every file matches the manifest's hash, the database is sound."""
    from kelisim.store.archive import read_archive
    from kelisim.store.db import check_database_file
    from kelisim.store.schema import SCHEMA_VERSION

    dest = scratch / f"check-{path.stem}-{time.monotonic_ns()}"
    read_archive(path, "kelisim-backup", SCHEMA_VERSION, dest)
    assert check_database_file(dest / "kelisim.db", full=True) is None
    shutil.rmtree(dest)


@pytest.mark.parametrize("kills", KILLS)
def test_kill_during_backup(tmp_path, kills):
    home = tmp_path / "home"
    with fk.rural_store(home) as store:
        for n in range(3):
            fk.outgoing_case(store, tmp_path / "setup", f"5-{n}/2026", scan_size=700_000)
        before = fk.state(store)
    checked = {"archives": 0}
    started = time.perf_counter()

    def check(iteration: int) -> str:
        writing = bool(temps(home))
        fk.check_database(home)
        with next_start(home) as store:
            assert fk.state(store) == before, "a backup changed the register"
            fk.check_files(store, full=iteration % FULL_CHECK_EVERY == 0)
        archives = sorted((home / "backups").glob("kelisim-backup-*.zip"))
        for archive in archives:
            check_archive(archive, tmp_path)
            archive.unlink()  # checked: keep the disk small over 200 kills
        checked["archives"] += len(archives)
        return "writing an archive" if writing else "between archives"

    landed = fk.kill_run(tmp_path, "backup", kills, home=home, check=check, delay_ms=(30, 700))
    report("backup", kills, started, landed, f"; {checked['archives']} whole archives checked")
    assert checked["archives"] > 0


# ---------------------------------------------------------------------------- restore
class Restores:
    """Three registers: the folder's own (A) and two archives (B, C) with other cases and other files. Each restore
    replaces the current register with the other archive; after a kill the folder must hold exactly one of the two."""

    def __init__(self, tmp_path: Path):
        from kelisim.store.transfer import backup

        self.tmp = tmp_path
        self.home = tmp_path / "home"
        self.states: dict[str, tuple] = {}
        self.archives: dict[str, Path] = {}
        (tmp_path / "archives").mkdir()
        for name, cases in (("A", 2), ("B", 1), ("C", 3)):
            folder = self.home if name == "A" else tmp_path / f"source-{name}"
            with fk.rural_store(folder) as store:
                for n in range(cases):
                    fk.outgoing_case(store, tmp_path / "setup", f"6-{name}{n}/2026", scan_size=400_000)
                self.states[name] = fk.state(store)
                if name != "A":
                    self.archives[name] = backup(store, tmp_path / "archives" / f"{name}.zip")
        self.current = "A"
        self.pristine = tmp_path / "pristine"
        shutil.copytree(self.home, self.pristine)

    def source(self) -> str:
        return "B" if self.current != "B" else "C"

    def named(self, value: tuple) -> str:
        return next(name for name, known in self.states.items() if known == value)

    def check(self, source: str) -> str:
        """The folder after a kill of a restore of ``source`` over ``self.current``."""
        from kelisim.store.recovery import JOURNAL

        home = self.home
        staging = [p for p in home.glob(".restore-*")]
        journal = (home / JOURNAL).exists()
        with next_start(home) as store:
            now = fk.state(store)
            codes = [n.code for n in store.notices]
            messages = [n.message("ru") + n.message("kk") for n in store.notices]
            assert now in (self.states[self.current], self.states[source]), "a mix of the old and the restored data"
            assert fk.files_on_disk(home) == now[1], "the attachments folder does not match the database"
            fk.check_files(store)
        fk.check_database(home)
        asides = sorted(home.glob("restore-aside-*"))
        if now == self.states[source]:
            assert len(asides) == 1, f"the previous data kept aside: {asides}"
            aside = asides[0]
            conn = sqlite3.connect(f"file:{aside / 'kelisim.db'}?mode=ro", uri=True)
            try:
                kept = frozenset(r[0] for r in conn.execute("SELECT uid FROM cases"))
            finally:
                conn.close()
            assert kept == self.states[self.current][0], "the kept-aside copy is not the previous register"
            assert fk.files_on_disk(aside) == self.states[self.current][1]
            if journal:
                assert codes == ["restore-completed"] and all(str(aside) in m for m in messages), messages
            label = "completed at the next start" if journal else "finished before the kill"
            self.current = source
        else:
            assert not journal and asides == [], "old data, yet the restore went past its point of no return"
            if staging:
                assert codes == ["restore-cancelled"], messages
            label = "cancelled at the next start" if staging else "before it began"
        for aside in asides:
            shutil.rmtree(aside)  # checked: keep the disk small over 200 kills
        return label

    def reset(self) -> None:
        shutil.rmtree(self.home)
        shutil.copytree(self.pristine, self.home)
        self.current = "A"


@pytest.mark.parametrize("kills", KILLS)
def test_kill_during_restore(tmp_path, kills):
    """After a kill the data folder is the old data or the restored data, never a mix; the next start says which."""
    run = Restores(tmp_path)
    started = time.perf_counter()
    with fk.Forker() as forker:
        calibration = tmp_path / "calibration"
        shutil.copytree(run.home, calibration)
        seconds = fk.calibrate(tmp_path, "restore", calibration, str(run.archives["B"]), forker)
        sources: dict[int, str] = {}

        def arg(iteration: int) -> str:
            sources[iteration] = run.source()
            return str(run.archives[sources[iteration]])

        landed = fk.kill_run(tmp_path, "restore", kills, home=run.home, arg=arg, one_shot_s=seconds,
                             check=lambda i: run.check(sources[i]), forker=forker)
    report("restore", kills, started, landed, f"; one restore takes {seconds * 1000:.0f} ms")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the warm helper forks")
def test_kill_at_every_step_of_a_restore(tmp_path):
    """The restore killed exactly before each of its file operations (unpacking, the journal, each move, the clean-up),
    one after the other: each leaves the old or the restored data, and the next start says which."""
    run = Restores(tmp_path)
    landed: Counter = Counter()
    with fk.Forker() as forker:
        step = 0
        while True:
            step += 1
            run.reset()
            with fk.reproducible(scenario="restore_steps", step=step):
                child = forker.start("restore_steps", run.home, tmp_path / "scratch", step,
                                     f"{run.archives['B']}|{step}")
                status = forker.wait_exit_or_done(child, tmp_path / "scratch", step, tmp_path)
                assert fk.child_errors(tmp_path) is None, fk.child_errors(tmp_path)
                landed[run.check("B")] += 1
            if status == "done":
                break
    print(f"\nrestore killed at each of its {step - 1} file operations: {dict(landed)}")
    assert step > 8 and landed["completed at the next start"] >= 3 and landed["cancelled at the next start"] >= 3


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the warm helper forks")
def test_kill_at_every_step_of_putting_the_daily_backup_in_place(tmp_path):
    """A damaged database replaced by the latest daily backup, killed before each file operation: the database file is
    always the damaged one (offered again) or the backup, and the damaged bytes are never lost."""
    home = tmp_path / "home"
    with fk.rural_store(home) as store:
        fk.outgoing_case(store, tmp_path / "setup", "7-1/2026")
        store.database.daily_backup(date(2026, 11, 27))
    backup = home / "backups" / "kelisim-2026-11-27.db"
    garbage = b"not a database at all " * 500
    (home / "kelisim.db").write_bytes(garbage)
    pristine = tmp_path / "pristine"
    shutil.copytree(home, pristine)
    landed: Counter = Counter()
    with fk.Forker() as forker:
        step = 0
        while True:
            step += 1
            shutil.rmtree(home)
            shutil.copytree(pristine, home)
            with fk.reproducible(scenario="damaged_steps", step=step):
                child = forker.start("damaged_steps", home, tmp_path / "scratch", step, str(step))
                status = forker.wait_exit_or_done(child, tmp_path / "scratch", step, tmp_path)
                assert fk.child_errors(tmp_path) is None, fk.child_errors(tmp_path)
                current = (home / "kelisim.db").read_bytes()
                kept = [p for p in home.glob("kelisim.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]
                assert current in (garbage, backup.read_bytes()), "the database file is neither the old nor the copy"
                if current == garbage:
                    with pytest.raises(StoreDamaged) as refused:
                        Store(home, auto_backup=False)
                    assert refused.value.backup == backup
                    landed["damaged file still in place (offered again)"] += 1
                else:
                    assert [p.read_bytes() for p in kept] == [garbage], "the damaged file was not kept aside"
                    with next_start(home) as store:
                        assert store.cases.count() == 1
                    landed["backup in place, damaged file aside"] += 1
                assert fk.leftovers(home) == []
            if status == "done":
                break
    print(f"\ndaily backup put in place, killed at each of its {step - 1} file operations: {dict(landed)}")
    assert all(landed.values()) and len(landed) == 2


# ---------------------------------------------------------------------------- request package import
@pytest.mark.parametrize("kills", KILLS)
def test_kill_during_package_import(tmp_path, kills):
    """A request package imported all or nothing: an incoming case with every file of the package, or none."""
    home = tmp_path / "home"
    fk.district_store(home).close()
    rural = fk.rural_store(tmp_path / "rural")
    packages: dict[int, Path] = {}
    peers: dict[int, str] = {}
    try:
        for iteration in range(-1, kills):
            case_id = fk.outgoing_case(rural, tmp_path / "setup", f"8-{iteration}/2026")
            packages[iteration] = fk.request_package(rural, case_id, tmp_path / "packages", tmp_path / "setup")
            peers[iteration] = rural.cases.get(case_id).uid
    finally:
        rural.close()
    imported: set[str] = set()
    started = time.perf_counter()

    def check(iteration: int) -> str:
        unpacking = bool(list(home.glob(".package-*")))
        fk.check_database(home)
        with next_start(home) as store:
            fk.check_files(store)
            rows = list(store.database.query(
                "SELECT c.peer_uid, count(a.id) AS files FROM cases c LEFT JOIN attachments a ON a.case_id = c.id "
                "WHERE c.direction = 'incoming' GROUP BY c.id"))
            assert all(r["files"] == 3 for r in rows), f"an incoming case without all of its package's files: {rows}"
            now = {r["peer_uid"] for r in rows}
            assert now - imported <= {peers[iteration]} and imported <= now
            label = ("imported" if peers[iteration] in now else
                     "unpacking (nothing imported)" if unpacking else "not imported")
            imported.update(now)
        return label

    with fk.Forker() as forker:
        calibration = tmp_path / "calibration"
        shutil.copytree(home, calibration)
        seconds = fk.calibrate(tmp_path, "package", calibration, str(packages[-1]), forker)
        landed = fk.kill_run(tmp_path, "package", kills, home=home, arg=lambda i: str(packages[i]),
                             one_shot_s=seconds, check=check, forker=forker)
    report("request package import", kills, started, landed,
           f"; {len(imported)} imported, one import takes {seconds * 1000:.0f} ms")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the warm helper forks")
def test_the_window_says_which_data_a_killed_restore_left(tmp_path, qtbot, monkeypatch):
    """The program's next start (its window) completes a restore killed past its point of no return and says so,
    naming the folder where the previous data is kept."""
    from kelisim.store.recovery import JOURNAL
    from kelisim.ui import i18n
    from kelisim.ui.main_window import MainWindow

    run = Restores(tmp_path)
    with fk.Forker() as forker:
        for step in range(1, 40):  # the first step that leaves the journal behind
            run.reset()
            child = forker.start("restore_steps", run.home, tmp_path / "scratch", step, f"{run.archives['B']}|{step}")
            assert forker.wait_exit_or_done(child, tmp_path / "scratch", step, tmp_path) == "killed"
            if (run.home / JOURNAL).exists():
                break
    monkeypatch.setenv("KELISIM_HOME", str(run.home))
    i18n.reset()
    try:
        i18n.apply_language("kk")
        window = MainWindow()
        qtbot.addWidget(window)
        store = window.open_store()
        assert store is not None and fk.state(store) == run.states["B"]
        box = window.notice_box
        aside = next(run.home.glob("restore-aside-*"))
        assert box.isVisible() and box.windowTitle() == "Үзілген әрекет"
        assert "қалпына келтіру үзіліп қалған еді" in box.text() and str(aside) in box.text()
        box.close()
        window.close()
    finally:
        i18n.reset()
