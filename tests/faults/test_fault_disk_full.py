"""A full disk during every kind of write: a clear message in Russian and Kazakh that says the disk is full and what to
do, and nothing half-written — the database unchanged, no stray file.

The data folder lives on a small tmpfs (mounted as root, here and on CI; skipped with the reason elsewhere). For each
operation the disk is filled so that 0 bytes stay free, then more and more (up to the operation's own size), so the
disk runs out at every stage of it: copying a file, the database's journal, the commit, an archive's member, a
document, the restore's unpacking. Each refusal must leave the folder exactly as it was; at the end the operation has
enough room and succeeds. Where mounting is impossible, the same operations meet an ``OSError(ENOSPC)`` injected at the
system's write-to-disk call (``os.fsync``) instead.
"""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

import faultkit as fk
from children import docx, pdf
from kelisim.law import LawError
from kelisim.store import Store

TODAY = date(2026, 11, 27)
STEPS = (0, 4 << 10, 16 << 10, 48 << 10, 96 << 10, 160 << 10, 256 << 10, 400 << 10, 640 << 10, 1 << 20, 3 << 20)


def fingerprint(home: Path) -> tuple:
    """The database's content (every row of every table) and every other file in the data folder with its hash."""
    conn = sqlite3.connect(f"file:{home / 'kelisim.db'}?mode=ro", uri=True)
    try:
        rows = hashlib.sha256("\n".join(line for line in conn.iterdump()  # not the planner's statistics (closing)
                                        if "sqlite_stat" not in line).encode()).hexdigest()
    finally:
        conn.close()
    files = sorted((str(p.relative_to(home)), p.is_dir() or fk.sha256(p)) for p in home.rglob("*")
                   if not p.name.startswith(("kelisim.db", ".kelisim.lock")))
    return rows, tuple(files)


def assert_disk_full(exc: LawError) -> None:
    assert exc.code in ("disk-full", "disk_full"), (exc.code, exc.message_ru)
    assert "мест" in exc.message_ru and ("Освободите" in exc.message_ru), exc.message_ru
    assert "орын" in exc.message_kk.lower() and "босат" in exc.message_kk, exc.message_kk
    assert "\n" not in exc.message_ru and "Traceback" not in exc.message_ru


# ---------------------------------------------------------------------------- the operations
class Folder:
    """A data folder (on the small disk) with a case ready for documents, and the files the operations bring in
    (outside the small disk, as a lawyer's files are)."""

    def __init__(self, home: Path, outside: Path):
        self.home, self.outside = home, outside
        outside.mkdir(parents=True, exist_ok=True)
        with fk.rural_store(home) as store:
            self.case_id = fk.outgoing_case(store, outside / "setup", "9-1/2026")
        source = outside / "source"
        with fk.rural_store(source) as store:
            fk.outgoing_case(store, outside / "setup", "9-2/2026", scan_size=300_000)
            from kelisim.store.transfer import backup

            self.archive = backup(store, outside / "backup.zip")
        with fk.rural_store(outside / "rural") as rural:
            other = fk.outgoing_case(rural, outside / "setup", "9-3/2026", scan_size=200_000)
            self.package = fk.request_package(rural, other, outside / "packages", outside / "setup")
        self.scan = outside / "scan.pdf"
        self.scan.write_bytes(pdf("скан", 500_000))
        (outside / "act.pdf").write_bytes(pdf("акт", 150_000))
        (outside / "draft.docx").write_bytes(docx("Апелляционная жалоба"))

    def create(self, store) -> None:
        from kelisim.store.register import NewAttachment, register_case

        register_case(store, fk.case_fields("9-9/2026"), requester_kato=fk.RURAL, today=TODAY,
                      attachments=[NewAttachment("court_act", self.outside / "act.pdf"),
                                   NewAttachment("draft_complaint", self.outside / "draft.docx")])

    def attach(self, store) -> None:
        store.attachments.add(self.case_id, self.scan, "other")

    def generate(self, store) -> None:
        from kelisim.services import generate_for_case

        generate_for_case(store, self.case_id, today=TODAY)

    def backup(self, store) -> None:
        from kelisim.store.transfer import backup

        backup(store)

    def restore(self, store) -> None:
        from kelisim.store.transfer import restore

        store.close()  # as the window does before a restore
        restore(self.home, self.archive)

    def package_import(self, store) -> None:
        from kelisim.store.exchange import import_package

        import_package(store, self.package, received_on=date(2026, 11, 19), today=TODAY)


OPERATIONS = ["create", "attach", "generate", "backup", "restore", "package_import"]


@pytest.mark.parametrize("operation", OPERATIONS)
def test_a_full_disk_refuses_clearly_and_changes_nothing(tmp_path, operation):
    with fk.tmpfs(tmp_path / "disk", "3m") as disk:
        folder = Folder(disk / "home", tmp_path / "outside")
        refusals = []
        for leave in STEPS:
            before = fingerprint(folder.home)
            filler = fk.fill(disk, leave)
            store = Store(folder.home, auto_backup=False)
            try:
                with fk.reproducible(operation=operation, free_bytes=fk.free_bytes(disk)):
                    getattr(folder, operation)(store)
            except LawError as exc:
                with fk.reproducible(operation=operation, free_bytes=leave):
                    assert_disk_full(exc)
                refusals.append(leave)
            else:
                break
            finally:
                store.close()
                filler.unlink()
            with fk.reproducible(operation=operation, free_bytes=leave):
                assert fingerprint(folder.home) == before, "a refused operation changed the data folder"
                assert fk.leftovers(folder.home) == []
                fk.check_database(folder.home)
                with Store(folder.home, auto_backup=False) as again:
                    fk.check_files(again)
        else:
            pytest.fail(f"{operation} never succeeded, even with {STEPS[-1]} bytes free")
    print(f"\n{operation}: refused cleanly with {[f'{n >> 10} KB' for n in refusals]} free, then succeeded")
    assert refusals and refusals[0] == 0


@pytest.mark.parametrize("operation", OPERATIONS)
def test_an_injected_disk_full_at_the_write_refuses_clearly_and_changes_nothing(tmp_path, monkeypatch, operation):
    """Where no small disk can be mounted (and everywhere, as a second witness): the system refuses the file writes
    (``fsync``, which every file write of the program calls before its rename) with ENOSPC."""
    folder = Folder(tmp_path / "home", tmp_path / "outside")
    before = fingerprint(folder.home)
    store = Store(folder.home, auto_backup=False)
    real_fsync = os.fsync

    def full(fd):
        if not stat.S_ISDIR(os.fstat(fd).st_mode):  # a file (a folder's fsync after a rename stays allowed)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_fsync(fd)

    try:
        monkeypatch.setattr(os, "fsync", full)
        with pytest.raises(LawError) as refused:
            getattr(folder, operation)(store)
        monkeypatch.setattr(os, "fsync", real_fsync)
    finally:
        store.close()
    assert_disk_full(refused.value)
    assert fingerprint(folder.home) == before
    assert fk.leftovers(folder.home) == []
