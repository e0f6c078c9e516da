"""The child side of the kill tests: what a process does until it is killed, and the warm helper that forks it.

Run as a script this is the helper (``faultkit.Forker``): it imports ``kelisim`` once, warms what every child would
build before its first write, then answers one line per command on stdin::

    fork <json [scenario, home, scratch, iteration, arg]>   → the child's pid
    reap <pid>                                              → its wait status
    poll <pid>                                              → -1 while it runs, else its wait status

(``run <json …>`` runs one child in this process, where the platform cannot fork.) A child runs one scenario of
``SCENARIOS``: the looping ones write until they are killed; the one-shot ones (a restore, a package import) do their
one operation, touch ``<scratch>/done-<iteration>`` and wait to be killed. Any exception is a failure: it is written to
``<home>/../errors.log`` for the test to report.
"""
from __future__ import annotations

import io
import json
import os
import random
import signal
import sys
import time
import traceback
import zipfile
from datetime import date, timedelta
from pathlib import Path

TODAY = date(2026, 11, 27)


def pdf(text: str, filler: int = 0) -> bytes:
    body = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page >> endobj\n")
    return body + b"% " + text.encode() + b"\n" + os.urandom(filler) + b"\n%%EOF\n"


def docx(text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"
                   "</w:body></w:document>")
    return buf.getvalue()


def wait_to_be_killed(scratch: Path, iteration: int) -> None:
    (scratch / f"done-{iteration}").touch()
    while True:
        time.sleep(60)


# ---------------------------------------------------------------------------- scenarios
def create(home: Path, scratch: Path, iteration: int, arg: str) -> None:
    """Register cases with two attachments each, forever; a new "today" every fourth run, so the daily backup is
    written (and killed) too."""
    from kelisim.store import Store
    from kelisim.store.register import NewAttachment, register_case

    rnd = random.Random(iteration)
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


def attach(home: Path, scratch: Path, iteration: int, arg: str) -> None:
    """Attach scans of up to 3 MB to the cases already there, forever."""
    from kelisim.store import Store

    rnd = random.Random(iteration)
    with Store(home, auto_backup=False) as store:
        ids = [row["id"] for row in store.database.query("SELECT id FROM cases")]
        n = 0
        while True:
            n += 1
            scan = scratch / f"scan-{n}.pdf"
            scan.write_bytes(pdf(f"{iteration}-{n}", rnd.randrange(1000, 3_000_000)))
            store.attachments.add(rnd.choice(ids), scan, "other")
            scan.unlink()


def generate(home: Path, scratch: Path, iteration: int, arg: str) -> None:
    """Generate the case's documents (request, list of attachments, decision) and record them, forever."""
    from kelisim.services import generate_for_case
    from kelisim.store import Store

    with Store(home, auto_backup=False) as store:
        while True:
            generate_for_case(store, int(arg), today=TODAY)


def backup(home: Path, scratch: Path, iteration: int, arg: str) -> None:
    """Archive backups of the data folder into backups/, forever (the store open, as in the program)."""
    from kelisim.store import Store
    from kelisim.store.transfer import backup as backup_store

    with Store(home, auto_backup=False) as store:
        while True:
            backup_store(store)


def restore(home: Path, scratch: Path, iteration: int, arg: str) -> None:
    """One restore from the archive ``arg`` (the program's store closed, as the window does before a restore)."""
    from kelisim.store.transfer import restore as restore_archive

    restore_archive(home, Path(arg))
    wait_to_be_killed(scratch, iteration)


def package(home: Path, scratch: Path, iteration: int, arg: str) -> None:
    """One request package imported."""
    from kelisim.store import Store
    from kelisim.store.exchange import import_package

    with Store(home, auto_backup=False) as store:
        import_package(store, Path(arg), received_on=date(2026, 11, 19), incoming_number=f"вх-{iteration}",
                       today=TODAY)
    wait_to_be_killed(scratch, iteration)


def _kill_at_step(step: int) -> None:
    """From now on, the ``step``-th rename, link or removal of a file kills this process just before it happens: every
    step of an operation's commit sequence can be hit exactly."""
    calls = [0]

    def wrap(real):
        def wrapped(*args, **kwargs):
            calls[0] += 1
            if calls[0] == step:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        return wrapped

    for name in ("replace", "rename", "link", "unlink", "rmdir", "mkdir"):
        setattr(os, name, wrap(getattr(os, name)))


def restore_steps(home: Path, scratch: Path, iteration: int, arg: str) -> None:
    """``arg`` = "<archive>|<step>": a restore killed just before its step-th file operation."""
    from kelisim.store.transfer import restore as restore_archive

    src, step = arg.rsplit("|", 1)
    _kill_at_step(int(step))
    restore_archive(home, Path(src))
    wait_to_be_killed(scratch, iteration)


def damaged_steps(home: Path, scratch: Path, iteration: int, arg: str) -> None:
    """``arg`` = "<step>": the latest daily backup put in place of a damaged file, killed just before its step-th
    file operation."""
    from kelisim.store import restore_latest_backup

    _kill_at_step(int(arg))
    restore_latest_backup(home)
    wait_to_be_killed(scratch, iteration)


def hold(home: Path, scratch: Path, iteration: int, arg: str) -> None:
    """A copy of the program with the data folder open, for the second-copy tests; ``arg`` "write": it registers a
    case every few milliseconds meanwhile (``done-<iteration>`` once the first is written)."""
    from kelisim.store import Store
    from kelisim.store.register import register_case

    with Store(home, auto_backup=False) as store:
        if arg != "write":
            wait_to_be_killed(scratch, iteration)
        n = 0
        while True:
            n += 1
            register_case(store, {"rule": "civil-appeal", "court_ru": "Кордайский районный суд",
                                  "case_number": f"7-{iteration}/{n}", "subject": "о взыскании ущерба",
                                  "act_final": "2026-02-21", "act_received": "2026-02-24",
                                  "parties": [{"role": "plaintiff", "name": f"Сидоров {n}"}]}, today=date(2026, 3, 1))
            if n == 1:
                (scratch / f"done-{iteration}").touch()
            time.sleep(0.005)


SCENARIOS = {f.__name__: f for f in (create, attach, generate, backup, restore, package, restore_steps,
                                     damaged_steps, hold)}


def run_child(scenario: str, home: str, scratch: str, iteration: int, arg: str = "") -> None:
    home_path, scratch_path = Path(home), Path(scratch) / str(iteration)
    scratch_path.mkdir(parents=True, exist_ok=True)
    try:
        SCENARIOS[scenario](home_path, scratch_path, iteration, arg)
    except BaseException:
        with open(home_path.parent / "errors.log", "a", encoding="utf-8") as log:
            log.write(f"{scenario}, iteration {iteration}:\n{traceback.format_exc()}\n")
        raise


def _warm() -> None:
    """What every child would otherwise build before its first write, built once before forking."""
    from kelisim.law.calendar import default_calendar
    from kelisim.law.deadlines import compute_deadlines

    compute_deadlines("civil-appeal", date(2026, 2, 21), today=date(2026, 3, 1), calendar=default_calendar())
    import kelisim.services  # noqa: F401
    import kelisim.store.exchange  # noqa: F401
    import kelisim.store.register  # noqa: F401
    import kelisim.store.transfer  # noqa: F401
    import kelisim.documents.generate  # noqa: F401


def helper() -> None:
    _warm()
    for line in sys.stdin:
        command, _, rest = line.rstrip("\n").partition("\t")
        if command == "fork":
            args = json.loads(rest)
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                code = 3
                try:
                    sys.stdin.close()
                    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
                    run_child(*args)
                finally:
                    os._exit(code)
            print(pid, flush=True)
        elif command == "reap":
            print(os.waitpid(int(rest), 0)[1], flush=True)
        elif command == "poll":  # -1 while the child runs, else its wait status
            pid, status = os.waitpid(int(rest), os.WNOHANG)
            print(status if pid else -1, flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["run"]:
        run_child(*json.loads(sys.argv[2]))
    else:
        helper()
