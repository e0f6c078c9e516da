"""Moving the data folder: copied, verified (SHA-256 of every file, integrity of the database copied through the
backup API), recorded so data_home() returns the new place, the old folder left with a README; every failure
leaves nothing behind and records nothing."""
from __future__ import annotations

import errno
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from kelisim import home as home_module
from kelisim.home import data_home, default_home, location_file, record_location, recorded_location
from kelisim.store import Body, Store, StoreError
from kelisim.store.relocate import README_NAME, copy_data_folder, move_data_folder, sha256

TODAY = date(2026, 3, 1)
PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture
def platform_home(tmp_path, monkeypatch):
    """No KELISIM_HOME: the default folder (XDG_DATA_HOME/Kelisim here) with a store holding a case and a file."""
    monkeypatch.delenv("KELISIM_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(home_module.sys, "platform", "linux")
    home = data_home()
    assert home == tmp_path / "xdg" / "Kelisim"
    store = Store(home, today=TODAY)
    body = store.bodies.add(Body(None, "rural_district", "Аппарат акима Касыкского сельского округа", is_own=True))
    case = store.cases.create({"rule": "civil-appeal", "court_ru": "Кордайский районный суд",
                               "trigger_date": "2026-02-21", "requester_id": body.id}, today=TODAY)
    pdf = tmp_path / "act.pdf"
    pdf.write_bytes(PDF)
    store.attachments.add(case.id, pdf, "court_act")
    (home / "templates" / "ru").mkdir(parents=True)
    (home / "templates" / "ru" / "request.docx").write_bytes(b"PK\x03\x04 a user's template")
    (home / "settings.ini").write_text("[ui]\nlanguage=kk\n", encoding="utf-8")
    yield home, store
    store.close()


def files_of(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_move_copies_verifies_records_and_leaves_the_old_folder_with_a_readme(platform_home, tmp_path):
    home, store = platform_home
    before = {p: sha256(home / p) for p in files_of(home) if not p.startswith("kelisim.db")}
    target = tmp_path / "D" / "KelisimData"
    seen = []
    report = move_data_folder(home, target, progress=lambda done, total, name: seen.append((done, total)))

    assert report.target == target.resolve() and report.files >= 4
    assert seen[-1][0] == seen[-1][1] == report.bytes and all(d <= t for d, t in seen)
    for rel, digest in before.items():
        assert sha256(target / rel) == digest
    assert (target / "attachments").is_dir() and (target / "documents").is_dir()
    # The database copy is a sound SQLite file with the same content.
    with Store(target, auto_backup=False) as moved:
        assert moved.bodies.own().name_ru == "Аппарат акима Касыкского сельского округа"
        assert len(moved.cases.list()) == 1
        assert moved.attachments.of_case(1)[0].sha256
    # Recorded: data_home() is the new folder from now on; the old one keeps its data and says where it went.
    assert recorded_location() == target.resolve()
    assert data_home() == target.resolve()
    assert location_file().parent == default_home() == home
    readme = (home / README_NAME).read_text(encoding="utf-8")
    assert str(target.resolve()) in readme and "перенесены" in readme and "көшірілді" in readme
    assert (home / "kelisim.db").exists()
    for rel, digest in before.items():
        assert sha256(home / rel) == digest
    assert store.bodies.own() is not None  # the old store is still usable until the program switches


def test_kelisim_home_wins_over_the_recorded_location(platform_home, tmp_path, monkeypatch):
    home, _ = platform_home
    move_data_folder(home, tmp_path / "new")
    monkeypatch.setenv("KELISIM_HOME", str(tmp_path / "admin"))
    assert data_home() == tmp_path / "admin"


def test_a_broken_pointer_is_ignored(platform_home):
    home, _ = platform_home
    location_file().write_text("{not json", encoding="utf-8")
    assert data_home() == home
    location_file().write_text('{"data_home": "relative/path"}', encoding="utf-8")
    assert data_home() == home


def test_a_folder_that_is_not_empty_is_refused(platform_home, tmp_path):
    home, _ = platform_home
    target = tmp_path / "busy"
    target.mkdir()
    (target / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError) as info:
        move_data_folder(home, target)
    assert info.value.code == "target-not-empty"
    assert "не пуста" in info.value.message("ru") and "бос емес" in info.value.message("kk")
    assert files_of(target) == ["notes.txt"]  # what was there stays
    assert recorded_location() is None and not (home / README_NAME).exists()


def test_a_folder_inside_the_data_folder_is_refused(platform_home):
    home, _ = platform_home
    with pytest.raises(StoreError) as info:
        move_data_folder(home, home / "documents" / "copy")
    assert info.value.code == "target-inside"
    assert not (home / "documents" / "copy").exists()


def test_disk_full_while_copying_removes_the_partial_copy(platform_home, tmp_path, monkeypatch):
    home, _ = platform_home
    calls = []
    real_copyfile = shutil.copyfile

    def copyfile(src, dst, *args, **kwargs):
        calls.append(src)
        if len(calls) == 2:  # the first file is copied, the second finds the disk full
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_copyfile(src, dst, *args, **kwargs)

    monkeypatch.setattr(shutil, "copyfile", copyfile)
    target = tmp_path / "small-disk" / "Kelisim"
    with pytest.raises(StoreError) as info:
        move_data_folder(home, target)
    assert info.value.code == "disk-full"
    assert "не хватает места" in info.value.message("ru") and "орын жеткіліксіз" in info.value.message("kk")
    assert not target.exists()  # the move created it: removed whole
    assert recorded_location() is None and data_home() == home
    assert not (home / README_NAME).exists()


def test_disk_full_in_an_existing_empty_folder_keeps_the_folder_empty(platform_home, tmp_path, monkeypatch):
    home, _ = platform_home
    target = tmp_path / "empty"
    target.mkdir()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfile", full)
    with pytest.raises(StoreError):
        copy_data_folder(home, target)
    assert target.is_dir() and list(target.iterdir()) == []


def test_too_little_free_space_is_found_before_copying(platform_home, tmp_path, monkeypatch):
    home, _ = platform_home
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: shutil._ntuple_diskusage(10, 10, 0))
    with pytest.raises(StoreError) as info:
        move_data_folder(home, tmp_path / "new")
    assert info.value.code == "disk-full"
    assert not (tmp_path / "new").exists()


def test_a_folder_we_may_not_write_is_refused(platform_home, tmp_path, monkeypatch):
    home, _ = platform_home
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    if os.access(locked, os.W_OK):  # root ignores permissions: refuse the probe file as the system would
        real = Path.write_bytes

        def write_bytes(self, data):
            if locked in self.parents:
                raise PermissionError(errno.EACCES, "Permission denied", str(self))
            return real(self, data)

        monkeypatch.setattr(Path, "write_bytes", write_bytes)
    try:
        with pytest.raises(StoreError) as info:
            move_data_folder(home, locked / "Kelisim")
        assert info.value.code == "read-only"
        assert "Нет права записи" in info.value.message("ru") and "жазу құқығы жоқ" in info.value.message("kk")
    finally:
        locked.chmod(0o700)
    assert recorded_location() is None and not (locked / "Kelisim").exists()


def test_a_difference_found_by_the_check_cancels_the_move(platform_home, tmp_path, monkeypatch):
    home, _ = platform_home
    real_copyfile = shutil.copyfile

    def corrupting(src, dst, *args, **kwargs):
        real_copyfile(src, dst, *args, **kwargs)
        if str(src).endswith("request.docx"):
            with open(dst, "ab") as f:
                f.write(b"!")
        return dst

    monkeypatch.setattr(shutil, "copyfile", corrupting)
    with pytest.raises(StoreError) as info:
        move_data_folder(home, tmp_path / "new")
    assert info.value.code == "verify-failed" and "request.docx" in info.value.message("ru")
    assert not (tmp_path / "new").exists() and recorded_location() is None


def test_cancelling_removes_the_copy(platform_home, tmp_path):
    home, _ = platform_home
    with pytest.raises(StoreError) as info:
        move_data_folder(home, tmp_path / "new", cancelled=lambda: True)
    assert info.value.code == "cancelled"
    assert not (tmp_path / "new").exists() and recorded_location() is None


def test_recording_the_default_folder_removes_the_pointer(platform_home, tmp_path):
    home, _ = platform_home
    move_data_folder(home, tmp_path / "new")
    assert location_file().exists()
    record_location(home)
    assert not location_file().exists() and data_home() == home


def test_a_moved_data_folder_that_is_not_connected_is_said_and_not_created_empty(platform_home, tmp_path):
    """The data were moved to a USB or network drive that is not there today: an empty register in its place would
    hide the cases and take new ones where nobody finds them again."""
    home, store = platform_home
    store.close()
    moved = tmp_path / "usb" / "Kelisim"
    move_data_folder(home, moved)
    shutil.rmtree(tmp_path / "usb")  # the drive unplugged
    with pytest.raises(StoreError) as info:
        Store(data_home(), today=TODAY)
    assert info.value.code == "folder-missing"
    assert str(moved) in info.value.message_ru and "недоступна" in info.value.message_ru
    assert str(location_file()) in info.value.message_ru and "қолжетімсіз" in info.value.message_kk
    assert not moved.exists()  # nothing created in its place
