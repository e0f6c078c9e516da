"""The data folder in a bad way: not writable, its database replaced by garbage, truncated or emptied, or opened by
a second copy of the program. Each ends in a clear message in Russian and Kazakh (or works read-only) — never a
traceback, never a silent fresh start over the lawyer's data, never two writers.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

import faultkit as fk
from kelisim.store import Store, StoreDamaged, StoreError, restore_latest_backup
from kelisim.store.db import os_user

TODAY = date(2026, 11, 27)


def cli(home: Path, *args: str, user: int | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "KELISIM_HOME": str(home)}
    preexec = None
    if user is not None:
        def preexec():
            os.setgid(user)
            os.setuid(user)
    return subprocess.run([sys.executable, "-m", "kelisim", *args], capture_output=True, text=True, timeout=120,
                          env=env, preexec_fn=preexec)


def one_line_refusal(done: subprocess.CompletedProcess, *words: str) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    for word in words:
        assert word in done.stderr, done.stderr
    return done.stderr


def register(home: Path, cases: int = 2, *, today: date | None = None) -> None:
    with Store(home, today=today or TODAY) as store:
        store.bodies.set_own(store.bodies.from_kato(fk.RURAL).id)
        for n in range(cases):
            fk.outgoing_case(store, home.parent / "setup", f"10-{n}/2026")


# ---------------------------------------------------------------------------- a folder that cannot be written
def test_a_read_only_folder_is_refused_clearly_and_still_readable(tmp_path):
    """A read-only disk (the tmpfs remounted read-only: root is bound too): opening for work says the folder cannot be
    written and what to do; reading (``read_only=True``, the CLI's list and show) works."""
    with fk.tmpfs(tmp_path / "disk", "4m") as disk:
        home = disk / "home"
        register(home)
        fk.read_only(disk)
        try:
            with pytest.raises(StoreError) as refused:
                Store(home)
            assert refused.value.code == "read-only"
            assert "Нет права записи" in refused.value.message_ru and "KELISIM_HOME" in refused.value.message_ru
            assert "жазу құқығы жоқ" in refused.value.message_kk
            with Store(home, read_only=True) as store:
                assert store.cases.count() == 2 and store.read_only
                with pytest.raises(StoreError) as write:
                    store.cases.update(1, {"subject": "иное"}, reason="проверка")
                assert write.value.code == "read-only" and "только для чтения" in write.value.message_ru
            listed = cli(home, "case", "list", "--json")
            assert listed.returncode == 0, listed.stderr
            assert json.loads(listed.stdout)["total"] == 2
            one_line_refusal(cli(home, "backup"), "записи")
        finally:
            fk.writable(disk)


def as_user(uid: int, job) -> object:
    """``job()`` in a forked child running as the user ``uid`` (its result as JSON); the interpreter stays loaded, so
    everything the job needs is imported before the fork."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read)
        try:
            os.setgid(uid)
            os.setuid(uid)
            answer = job()
        except BaseException as exc:  # noqa: BLE001 - reported to the test
            import traceback

            answer = ["crash", traceback.format_exception(exc)]
        os.write(write, json.dumps(answer, ensure_ascii=False).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return json.loads(data)


@pytest.mark.skipif(not hasattr(os, "setuid") or os.geteuid() != 0, reason="runs the program as another user (root "
                    "only); root itself ignores a folder's permissions")
def test_a_folder_without_the_right_to_write_is_not_taken_for_a_damaged_one(tmp_path, monkeypatch):
    """The folder's owner took away the write permission (chmod 555): SQLite cannot create its journal there. The
    program, run as an ordinary user, says it may not write — it does not call the file damaged and offer a backup over
    it — and the command line still lists the cases."""
    import contextlib
    import io

    import kelisim.cli_store  # noqa: F401 - imported before the fork: the child cannot read root's folders
    import kelisim.store.lock  # noqa: F401
    import kelisim.store.recovery  # noqa: F401
    from kelisim.cli import main
    from kelisim.law import LawError

    base = Path(tempfile.mkdtemp(prefix="kelisim-ro-", dir="/tmp"))
    try:
        base.chmod(0o755)
        home = base / "home"
        register(home)
        nobody = 65534
        for path in [home, *home.rglob("*")]:
            os.chown(path, nobody, nobody)
        home.chmod(0o555)
        monkeypatch.setenv("KELISIM_HOME", str(home))

        def job():
            try:
                Store(home)
                opened = ["opened"]
            except LawError as exc:
                opened = [type(exc).__name__, exc.code, exc.message_ru, exc.message_kk]
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                listed = main(["case", "list", "--json"])
                backup = main(["backup"])
            return [opened, listed, out.getvalue(), backup, err.getvalue()]

        answer = as_user(nobody, job)
        assert answer[0] != "crash", "".join(answer[1])
        (kind, code, ru, kk), listed, out, backup, err = answer
        assert (kind, code) == ("StoreError", "read-only"), ru
        assert "Нет права записи" in ru and "жазу құқығы жоқ" in kk
        assert listed == 0 and json.loads(out)["total"] == 2
        assert backup == 2 and err.count("\n") == 1 and "записи" in err, err
        assert not list(home.glob("kelisim.db.damaged-*"))
    finally:
        shutil.rmtree(base, ignore_errors=True)


# ---------------------------------------------------------------------------- a damaged database file
DAMAGE = {
    "garbage": lambda data: os.urandom(len(data)),
    "text": lambda data: "Это не база данных, а письмо.\n".encode() * 100,
    "truncated": lambda data: data[:len(data) // 2],
    "header only": lambda data: data[:100],
    "zero-length": lambda data: b"",
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_database_offers_the_latest_backup_and_keeps_the_damaged_file(tmp_path, damage):
    home = tmp_path / "home"
    register(home, 3)
    with Store(home, today=date(2026, 11, 28)) as store:  # the next day: its daily backup holds the three cases
        assert store.cases.count() == 3
    backup = home / "backups" / "kelisim-2026-11-28.db"
    assert backup.exists()
    damaged = DAMAGE[damage]((home / "kelisim.db").read_bytes())
    (home / "kelisim.db").write_bytes(damaged)

    with pytest.raises(StoreDamaged) as refused:
        Store(home)
    assert refused.value.backup == backup
    assert backup.name in refused.value.message_ru and backup.name in refused.value.message_kk
    assert "повреждена" in refused.value.message_ru and "зақымдалған" in refused.value.message_kk
    assert (home / "kelisim.db").read_bytes() == damaged, "the damaged file was changed before the lawyer chose"

    aside = restore_latest_backup(home, refused.value.backup)
    assert aside.read_bytes() == damaged, "the damaged file is kept aside, not deleted"
    with Store(home) as store:
        assert store.cases.count() == 3
        assert store.attachments.verify() == []


def test_a_first_start_killed_before_its_first_write_is_still_a_first_start(tmp_path):
    """A zero-length database in a folder that never held a register (a first start killed at once) is not damage."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "kelisim.db").write_bytes(b"")
    with Store(home) as store:
        assert store.cases.count() == 0


# ---------------------------------------------------------------------------- a second copy of the program
@pytest.fixture
def first_copy(tmp_path):
    """A first copy of the program (a real process) with the data folder open, registering cases meanwhile."""
    home = tmp_path / "home"
    register(home, 1)
    with fk.Forker() as forker:
        child = forker.start("hold", home, tmp_path / "scratch", 1, "write")
        fk.wait_done(tmp_path / "scratch", 1, tmp_path)
        yield home, forker, child
        errors = fk.child_errors(tmp_path)
        assert forker.kill(child)
        assert errors is None, errors


def test_a_second_copy_is_told_who_has_the_folder_open(first_copy):
    home, forker, child = first_copy
    started = datetime.now() - timedelta(seconds=5)
    with pytest.raises(StoreError) as refused:
        Store(home)
    error = refused.value
    assert error.code == "in-use" and error.owner["pid"] == child
    ru, kk = error.message_ru, error.message_kk
    assert ru.startswith("Kelisim уже открыт с этой папкой данных") and "Закройте его или выберите другую" in ru
    assert kk.startswith("Kelisim осы деректер қалтасымен ашық тұр") and "Оны жабыңыз немесе басқа" in kk
    assert os_user() in ru and os_user() in kk
    since = datetime.fromisoformat(error.owner["since"])
    assert f" с {since:%H:%M}" in ru and f"{since:%H:%M} бастап" in kk  # since HH:MM
    assert since >= started.astimezone() - timedelta(minutes=2)
    with pytest.raises(StoreError):
        restore_latest_backup(home)  # nor is the database replaced under the first copy


def test_the_command_line_refuses_to_write_beside_a_running_copy_but_still_reads(first_copy, tmp_path):
    home, _, _ = first_copy
    one_line_refusal(cli(home, "backup"), "Kelisim уже открыт", os_user())
    one_line_refusal(cli(home, "restore", str(tmp_path / "any.zip")), "Kelisim уже открыт")
    listed = cli(home, "case", "list", "--json")  # WAL: a reader beside the writer sees committed cases only
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout)["total"] >= 2
    shown = cli(home, "case", "show", "1")
    assert shown.returncode == 0 and "Дело №1" in shown.stdout, shown.stderr


def test_the_window_of_a_second_copy_says_so(first_copy, qtbot, monkeypatch):
    from kelisim.ui import i18n
    from kelisim.ui.main_window import MainWindow

    home, _, _ = first_copy
    monkeypatch.setenv("KELISIM_HOME", str(home))
    i18n.reset()
    try:
        for lang, words in (("ru", "Kelisim уже открыт"), ("kk", "Kelisim осы деректер қалтасымен ашық тұр")):
            i18n.apply_language(lang)
            window = MainWindow()
            qtbot.addWidget(window)
            assert window.open_store() is None and window.store is None
            box = window.refusal_box
            assert box.isVisible() and words in box.text() and os_user() in box.text()
            assert box.windowTitle() == {"ru": "Kelisim уже открыт", "kk": "Kelisim ашық тұр"}[lang]
            assert window.ensure_register() is None  # the calculator stays usable; nothing is written
            box.close()
            window.close()
    finally:
        i18n.reset()


def test_the_folder_is_free_again_once_the_first_copy_is_killed(tmp_path):
    home = tmp_path / "home"
    register(home, 1)
    with fk.Forker() as forker:
        child = forker.start("hold", home, tmp_path / "scratch", 2)
        fk.wait_done(tmp_path / "scratch", 2, tmp_path)
        with pytest.raises(StoreError):
            Store(home)
        assert forker.kill(child)
    with Store(home) as store:  # no stale lock: the system dropped it with the process
        assert store.cases.count() == 1 and store.notices == []


def test_the_window_says_when_the_moved_data_folder_is_not_connected(tmp_path, qtbot, monkeypatch):
    """Settings moved the data to a drive that is not plugged in today: a box that says so, and no empty register."""
    from kelisim.home import record_location
    from kelisim.ui import i18n
    from kelisim.ui.main_window import MainWindow

    monkeypatch.delenv("KELISIM_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr("kelisim.home.sys.platform", "linux")
    record_location(tmp_path / "usb" / "Kelisim")  # the drive is not there
    i18n.reset()
    try:
        for lang, words in (("ru", "недоступна"), ("kk", "қолжетімсіз")):
            i18n.apply_language(lang)
            window = MainWindow()
            qtbot.addWidget(window)
            assert window.open_store() is None and window.ensure_register() is None
            box = window.refusal_box
            assert box.isVisible() and words in box.text() and str(tmp_path / "usb" / "Kelisim") in box.text()
            assert box.windowTitle() == {"ru": "Папка данных недоступна", "kk": "Деректер қалтасы қолжетімсіз"}[lang]
            box.close()
            window.close()
        assert not (tmp_path / "usb").exists()
    finally:
        i18n.reset()
