"""The fault suite's shared machinery: children killed at random (seeded) moments, the checks the next start relies
on, small disks that fill up and folders that cannot be written.

- ``Forker`` starts a child (``children.py``: one scenario per child) forked from a warm helper process that has
  imported ``kelisim`` once (where the platform can fork; elsewhere a fresh interpreter per child), and kills it with
  SIGKILL (TerminateProcess on Windows, as abrupt).
- ``kill_run`` kills one scenario ``kills`` times after seeded random delays and runs the test's check after each
  kill; a failure names the seed, the kill and the delay (``KELISIM_FAULT_SEED=<seed>`` repeats the run).
- the checks: ``check_database`` (``PRAGMA integrity_check``, foreign keys, the full-text index), ``check_files``
  (every stored file matches its hash, every attachment has its file), ``leftovers`` (temporary files anywhere in the
  data folder, to be called after the next start has cleaned up).
- ``tmpfs`` mounts a small RAM disk (root only: skipped with the reason otherwise), ``fill`` leaves it a given number
  of free bytes, ``read_only`` remounts it read-only (which binds root too).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable

import pytest

CHILDREN = Path(__file__).with_name("children.py")
SEED = int(os.environ.get("KELISIM_FAULT_SEED", "20260301"))
# The names of temporary files and folders the program writes before renaming into place (store.recovery).
TEMPORARY = re.compile(r"\.incoming-.*|.*\.part|\.restore-.*|\.package-.*|tmp[a-z0-9_]{8}|kelisim\.db\.restoring"
                       r"|restore-journal\.json|.*\.tmp")


class Forker:
    """Starts children and kills them: forked from a warm helper where possible, else fresh interpreters."""

    def __init__(self):
        self.fork = hasattr(os, "fork")
        if self.fork:
            self.helper = subprocess.Popen([sys.executable, str(CHILDREN)], stdin=subprocess.PIPE,
                                           stdout=subprocess.PIPE, text=True, encoding="utf-8")

    def _ask(self, *words) -> int:
        self.helper.stdin.write("\t".join(map(str, words)) + "\n")
        self.helper.stdin.flush()
        answer = self.helper.stdout.readline()
        assert answer, "the helper that forks the children died"
        return int(answer)

    def start(self, scenario: str, home: Path, scratch: Path, iteration: int, arg: str = ""):
        args = json.dumps([scenario, str(home), str(scratch), iteration, arg], ensure_ascii=False)
        if self.fork:
            return self._ask("fork", args)
        return subprocess.Popen([sys.executable, str(CHILDREN), "run", args])

    def kill(self, child) -> bool:
        """SIGKILL the child; True when it was still running (a child never ends on its own)."""
        if self.fork:
            os.kill(child, signal.SIGKILL)
            status = self._ask("reap", child)
            return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        child.kill()
        return child.wait() != 0 and child.returncode not in (1, 3)

    def wait_exit(self, child) -> int:
        """Wait for a child that kills itself (``children._kill_at_step``) or dies; its wait status."""
        if self.fork:
            return self._ask("reap", child)
        return child.wait()

    def wait_exit_or_done(self, child, scratch: Path, iteration: int, tmp_path: Path, timeout: float = 120) -> str:
        """A child that kills itself at a chosen step (``children._kill_at_step``): "killed" when it did, "done" when it
        finished its operation instead (then it is killed here)."""
        marker = scratch / str(iteration) / f"done-{iteration}"
        started = time.monotonic()
        while True:
            status = self._ask("poll", child)
            if status != -1:
                assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                    f"the child ended on its own (status {status}): {child_errors(tmp_path)}")
                return "killed"
            if marker.exists():
                self.kill(child)
                return "done"
            assert time.monotonic() - started < timeout, "the child neither finished nor died"
            time.sleep(0.002)

    def close(self) -> None:
        if self.fork:
            self.helper.stdin.close()
            self.helper.wait(timeout=30)

    def __enter__(self) -> "Forker":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def child_errors(tmp_path: Path) -> str | None:
    log = tmp_path / "errors.log"
    return log.read_text(encoding="utf-8") if log.exists() else None


def wait_done(scratch: Path, iteration: int, tmp_path: Path, timeout: float = 120) -> float:
    """Seconds until the one-shot child ``iteration`` has finished its operation (``done-<iteration>``)."""
    started = time.perf_counter()
    marker = scratch / str(iteration) / f"done-{iteration}"
    while not marker.exists():
        assert child_errors(tmp_path) is None, child_errors(tmp_path)
        assert time.perf_counter() - started < timeout, "the child never finished its operation"
        time.sleep(0.002)
    return time.perf_counter() - started


@contextlib.contextmanager
def reproducible(**where):
    """A failure inside names what repeats it: the seed and where the kill landed."""
    try:
        yield
    except BaseException as exc:
        exc.add_note(f"fault run: {', '.join(f'{k}={v}' for k, v in where.items())}; repeat with "
                     f"KELISIM_FAULT_SEED={SEED}")
        print(f"\nFAULT RUN FAILED: seed {SEED} {where}")
        raise


def kill_run(tmp_path: Path, scenario: str, kills: int, *, home: Path, check: Callable[[int], str],
             delay_ms: tuple[float, float] | None = None, one_shot_s: float | None = None,
             arg: Callable[[int], str] = lambda i: "", forker: Forker | None = None) -> Counter:
    """Kill ``scenario`` ``kills`` times after a seeded random delay (``delay_ms`` for a child that loops; up to 1.3 x
    ``one_shot_s`` for one that does one operation, so that some kills land after it) and call ``check(iteration)``
    after each kill (it returns a label: where the kill landed, for the summary)."""
    rnd = random.Random(f"{SEED}-{scenario}")
    scratch = tmp_path / "scratch"
    landed: Counter = Counter()
    own = forker is None
    forker = forker or Forker()
    try:
        for iteration in range(kills):
            delay = rnd.uniform(*delay_ms) / 1000 if delay_ms else rnd.uniform(0, 1.3 * one_shot_s)
            with reproducible(scenario=scenario, kill=iteration, delay_ms=round(delay * 1000, 1)):
                child = forker.start(scenario, home, scratch, iteration, arg(iteration))
                time.sleep(delay)
                killed = forker.kill(child)
                errors = child_errors(tmp_path)
                assert errors is None, errors
                assert killed, f"child {iteration} ended before it was killed"
                landed[check(iteration)] += 1
    finally:
        if own:
            forker.close()
    return landed


def calibrate(tmp_path: Path, scenario: str, home: Path, arg: str, forker: Forker) -> float:
    """How long one run of a one-shot scenario takes here (on ``home``, a throwaway copy)."""
    scratch = tmp_path / "scratch-calibration"
    child = forker.start(scenario, home, scratch, 0, arg)
    try:
        return wait_done(scratch, 0, tmp_path)
    finally:
        forker.kill(child)


# ---------------------------------------------------------------------------- checks
def check_database(home: Path) -> None:
    """The SQLite file (and its full-text index) as the next start finds it: sound."""
    conn = sqlite3.connect(home / "kelisim.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        if conn.execute("PRAGMA user_version").fetchone()[0]:
            conn.execute("INSERT INTO cases_fts(cases_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_files(store, hashed: set[str] | None = None, *, full: bool = True) -> None:
    """Every stored file matches its hash (``verify()``, or only the files not seen before when not ``full``: a file
    never changes once renamed into place) and every attachment has its file."""
    db = store.database
    if full:
        assert store.attachments.verify() == []
    for row in db.query("SELECT DISTINCT sha256 FROM attachments"):
        if hashed is None or row["sha256"] not in hashed:
            path = store.attachments.path_of(row["sha256"])
            assert path.is_file() and sha256(path) == row["sha256"], f"attachment file damaged or missing: {path}"
            if hashed is not None:
                hashed.add(row["sha256"])


def leftovers(home: Path) -> list[str]:
    """Temporary files and folders anywhere in the data folder (none may survive the next start)."""
    return sorted(str(p.relative_to(home)) for p in home.rglob("*") if TEMPORARY.fullmatch(p.name))


def complete_docx(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            return z.testzip() is None and "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def state(store) -> tuple[frozenset, frozenset]:
    """The register as a value: the cases' identifiers and the stored files' hashes."""
    uids = frozenset(r["uid"] for r in store.database.query("SELECT uid FROM cases"))
    files = frozenset(r["sha256"] for r in store.database.query("SELECT sha256 FROM files"))
    return uids, files


def files_on_disk(home: Path) -> frozenset:
    return frozenset(p.name for p in (home / "attachments").rglob("*") if p.is_file())


# ---------------------------------------------------------------------------- small disks
def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True)


@contextlib.contextmanager
def tmpfs(path: Path, size: str = "2m"):
    """A RAM disk of ``size`` mounted at ``path`` (skipped, with the reason, where mounting is not allowed)."""
    path.mkdir(parents=True, exist_ok=True)
    if not sys.platform.startswith("linux"):
        pytest.skip("a small disk is mounted with tmpfs (Linux)")
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (the full-disk tests run as root here and on CI)")
    done = _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        if _run("umount", str(path)).returncode != 0:
            _run("umount", "-l", str(path))


def read_only(path: Path) -> None:
    """Remount the tmpfs at ``path`` read-only: no process, root included, may write there."""
    done = _run("mount", "-o", "remount,ro", str(path))
    if done.returncode != 0:
        pytest.skip(f"cannot remount read-only: {done.stderr.strip()}")


def writable(path: Path) -> None:
    _run("mount", "-o", "remount,rw", str(path))


def free_bytes(path: Path) -> int:
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize


def fill(path: Path, leave: int) -> Path:
    """Fill the disk of ``path`` so that about ``leave`` bytes stay free; returns the filler file."""
    filler = path / "filler.bin"
    block = b"\0" * (1 << 16)
    with open(filler, "ab") as f:
        while (free := free_bytes(path)) > leave:
            try:
                f.write(block[:max(4096, min(len(block), free - leave))])
                f.flush()
            except OSError:
                break
    return filler


# ---------------------------------------------------------------------------- data folders to work on
RURAL, DISTRICT = "314845000", "314800000"  # Касыкский сельский округ asks, the Кордайский district decides


def case_fields(number: str, **extra) -> dict:
    fields = {
        "rule": "civil-appeal", "court_ru": "Кордайский районный суд Жамбылской области",
        "court_kk": "Жамбыл облысының Қордай аудандық соты", "case_number": number,
        "subject": "о сносе самовольной постройки", "act_kind": "решение", "act_announced": "2026-11-10",
        "act_final": "2026-11-13", "act_received": "2026-11-16",
        "parties": [{"role": "plaintiff", "name": "Петров Пётр Петрович"},
                    {"role": "defendant", "name": "Аппарат акима Касыкского сельского округа"}],
        "executor_name": "Сейтова Айгерим", "executor_phone": "8 (72636) 2-11-11", "language": "ru",
    }
    fields.update(extra)
    return fields


def rural_store(home: Path):
    """The requesting copy: our body is the rural district, with its akim (who signs requests)."""
    from kelisim.store import Official, Store

    store = Store(home, auto_backup=False)
    own = store.bodies.set_own(store.bodies.from_kato(RURAL).id)
    store.officials.add(Official(None, own.id, "first_head", "Сейтқали Нұрлан Ержанұлы",
                                 position_ru="Аким Касыкского сельского округа",
                                 position_kk="Қасық ауылдық округінің әкімі"))
    return store


def district_store(home: Path):
    """The approving copy: our body is the district akimat, with its akim (who signs decisions)."""
    from kelisim.store import Official, Store

    store = Store(home, auto_backup=False)
    own = store.bodies.set_own(store.bodies.from_kato(DISTRICT).id)
    store.officials.add(Official(None, own.id, "first_head", "Жуманов Асхат Болатович",
                                 position_ru="Аким Кордайского района", position_kk="Қордай ауданының әкімі"))
    return store


def outgoing_case(store, scratch: Path, number: str, *, scan_size: int = 0) -> int:
    """An outgoing case with its draft complaint and court act, sent: ready for its documents and its package."""
    from datetime import date

    from children import docx, pdf
    from kelisim.store.register import NewAttachment, register_case

    scratch.mkdir(parents=True, exist_ok=True)
    act = scratch / f"act-{number.replace('/', '-')}.pdf"
    act.write_bytes(pdf(f"act {number}", scan_size))
    draft = scratch / f"draft-{number.replace('/', '-')}.docx"
    draft.write_bytes(docx(f"Апелляционная жалоба по делу {number}"))
    case = register_case(store, case_fields(number), requester_kato=RURAL, today=date(2026, 11, 27),
                         attachments=[NewAttachment("draft_complaint", draft), NewAttachment("court_act", act)])
    store.cases.update(case.id, {"request_number": f"02-15/{number}"}, reason="исходящий номер")
    store.cases.set_status(case.id, "request_sent", on=date(2026, 11, 18))
    return case.id


def request_package(store, case_id: int, dest: Path, scratch: Path) -> Path:
    """The request package of an outgoing case, with a letter of its own (every package brings one new file)."""
    from datetime import date

    from children import docx
    from kelisim.store.exchange import export_request

    letter = scratch / f"letter-{case_id}.docx"
    letter.write_bytes(docx(f"Запрос о согласовании №{case_id}"))
    dest.mkdir(parents=True, exist_ok=True)
    return export_request(store, case_id, dest / f"request-{case_id}.kelisim", letter=letter,
                          today=date(2026, 11, 27))
