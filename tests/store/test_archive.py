"""Archives: the round trip, every refusal (with nothing left behind), atomic writing, and random damage."""
from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import stat
import tempfile
import warnings
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kelisim.store import archive
from kelisim.store.archive import (
    MANIFEST_NAME, ArchiveError, Manifest, ManifestFile, inspect_archive, member_name_problem, read_archive,
    write_archive,
)

FMT = "kelisim-case"

CONTENTS = {
    "case.json": json.dumps({"number": "2-1234/2026", "court": "СМЭС"}, ensure_ascii=False).encode(),
    "attachments/ab/abcdef.pdf": bytes(range(256)) * 40 + b"%%EOF",
    "documents/Ответ на запрос.docx": "Келісім — ответ".encode() * 100,
    "empty.txt": b"",
}


def sources(tmp_path: Path, contents: dict[str, bytes] = CONTENTS) -> dict[str, Path]:
    """The contents as files on disk, under names unrelated to the member names."""
    folder = tmp_path / "sources"
    folder.mkdir(exist_ok=True)
    result = {}
    for i, (name, data) in enumerate(contents.items()):
        path = folder / f"source-{i}"
        path.write_bytes(data)
        result[name] = path
    return result


def good_archive(tmp_path: Path, name: str = "case.kelisim", **kw) -> Path:
    return write_archive(tmp_path / name, FMT, 2, {"title": "Дело № 2-1234/2026"}, sources(tmp_path), **kw)


def manifest_for(contents: dict[str, bytes], **overrides) -> dict:
    manifest = {
        "format": FMT, "schema_version": 1, "created_at": "2026-05-09T07:35:25+00:00", "app_version": "0.1.0",
        "files": [{"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in contents.items()],
        "payload": {},
    }
    manifest.update(overrides)
    return manifest


def craft(path: Path, members: list, manifest=None) -> Path:
    """A zip written by hand: members are (name or ZipInfo, bytes); manifest a dict, raw bytes, or None."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names some tests need
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in members:
                zf.writestr(name, data)
            if manifest is not None:
                data = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
                zf.writestr(MANIFEST_NAME, data)
    return path


def crafted(tmp_path: Path, contents: dict[str, bytes], **overrides) -> Path:
    return craft(tmp_path / "crafted.kelisim", list(contents.items()), manifest_for(contents, **overrides))


def refused(src: Path, dest: Path, code: str, **kw) -> ArchiveError:
    """read_archive refuses ``src`` with ``code`` and leaves nothing in ``dest``."""
    before = sorted(p.name for p in dest.iterdir()) if dest.exists() else None
    with pytest.raises(ArchiveError) as info:
        read_archive(src, FMT, 3, dest, **kw)
    err = info.value
    assert err.code == code, err.message_ru
    assert err.message("ru") and err.message("kk") and err.message("kk") != err.message("ru")
    after = sorted(p.name for p in dest.iterdir()) if dest.exists() else None
    assert after == before  # nothing extracted is left, and nothing of the user's is touched
    return err


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# --- the round trip ----------------------------------------------------------------------------------

def test_round_trip(tmp_path):
    src = good_archive(tmp_path, app_version="9.9.9")
    dest = tmp_path / "out"
    manifest = read_archive(src, FMT, 2, dest)
    assert tree(dest) == CONTENTS  # the manifest is not extracted
    assert manifest.format == FMT and manifest.schema_version == 2 and manifest.app_version == "9.9.9"
    assert manifest.payload == {"title": "Дело № 2-1234/2026"}
    assert manifest.created_at.tzinfo is not None
    assert abs((datetime.now(manifest.created_at.tzinfo) - manifest.created_at).total_seconds()) < 120
    assert manifest.files == tuple(ManifestFile(n, hashlib.sha256(d).hexdigest(), len(d)) for n, d in CONTENTS.items())
    assert manifest.total_size == sum(len(d) for d in CONTENTS.values())


def test_the_file_is_an_ordinary_zip_with_a_readable_manifest(tmp_path):
    src = good_archive(tmp_path)
    with zipfile.ZipFile(src) as zf:
        assert set(zf.namelist()) == set(CONTENTS) | {MANIFEST_NAME}
        raw = json.loads(zf.read(MANIFEST_NAME))
        assert all(not (info.external_attr >> 16) or stat.S_ISREG(info.external_attr >> 16) for info in zf.infolist())
    assert set(raw) == {"format", "schema_version", "created_at", "app_version", "files", "payload"}
    assert raw["files"][0] == {"path": "case.json", "sha256": hashlib.sha256(CONTENTS["case.json"]).hexdigest(),
                               "size": len(CONTENTS["case.json"])}
    assert raw["app_version"]  # from the installed distribution, or "unknown"


def test_inspect_checks_without_extracting(tmp_path):
    src = good_archive(tmp_path)
    manifest = inspect_archive(src, FMT, 2)
    assert isinstance(manifest, Manifest) and manifest.payload["title"].startswith("Дело")
    with pytest.raises(ArchiveError) as info:
        inspect_archive(src, "kelisim-backup", 2)
    assert info.value.code == "wrong_format"


def test_extracts_into_an_existing_folder_next_to_other_files(tmp_path):
    src = good_archive(tmp_path)
    dest = tmp_path / "out"
    dest.mkdir()
    (dest / "mine.txt").write_text("keep")
    read_archive(src, FMT, 2, dest)
    assert tree(dest) == {**CONTENTS, "mine.txt": b"keep"}


def test_an_empty_archive(tmp_path):
    src = write_archive(tmp_path / "empty.kelisim", FMT, 1, {}, {})
    assert read_archive(src, FMT, 1, tmp_path / "out").files == ()


def test_overwrites_an_older_archive_of_the_same_name(tmp_path):
    good_archive(tmp_path)
    src = write_archive(tmp_path / "case.kelisim", FMT, 2, {"v": 2}, {})
    assert inspect_archive(src, FMT, 2).payload == {"v": 2}


# --- refusals: the file ----------------------------------------------------------------------------------

def test_not_found(tmp_path):
    refused(tmp_path / "nope.kelisim", tmp_path / "out", "not_found")


@pytest.mark.parametrize("data", [b"", b"hello, this is text", b"%PDF-1.7\n" + bytes(5000), b"PK"])
def test_not_a_zip(tmp_path, data):
    src = tmp_path / "x.kelisim"
    src.write_bytes(data)
    err = refused(src, tmp_path / "out", "not_archive")
    assert "это не архив Kelisim" in err.message_ru


def test_a_folder_is_not_an_archive(tmp_path):
    (tmp_path / "folder.kelisim").mkdir()
    refused(tmp_path / "folder.kelisim", tmp_path / "out", "not_archive")


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, 0.99])
def test_truncated_zip(tmp_path, keep):
    src = good_archive(tmp_path)
    data = src.read_bytes()
    src.write_bytes(data[: int(len(data) * keep)])
    refused(src, tmp_path / "out", "damaged")


def test_a_flipped_byte_in_the_data(tmp_path):
    src = good_archive(tmp_path)
    with zipfile.ZipFile(src) as zf:
        info = zf.getinfo("attachments/ab/abcdef.pdf")
    data = bytearray(src.read_bytes())
    data[info.header_offset + 30 + len(info.filename.encode()) + info.compress_size // 2] ^= 0xFF  # in its data
    src.write_bytes(bytes(data))
    with pytest.raises(ArchiveError) as info:
        read_archive(src, FMT, 2, tmp_path / "out")
    assert info.value.code in ("damaged", "hash_mismatch")
    assert not (tmp_path / "out").exists()


# --- refusals: the manifest --------------------------------------------------------------------------------

def test_missing_manifest(tmp_path):
    src = craft(tmp_path / "x.kelisim", [("case.json", b"{}")])
    refused(src, tmp_path / "out", "no_manifest")


@pytest.mark.parametrize("raw", [
    b"{not json", b"\xff\xfe", b"[]", b'"text"', b'{"format": "kelisim-case", "format": "kelisim-case"}',
    json.dumps(manifest_for({}, payload=float("nan"))).encode(),  # NaN is not JSON
    b"[" * 100_000 + b"]" * 100_000,
])
def test_bad_json(tmp_path, raw):
    src = craft(tmp_path / "x.kelisim", [], raw)
    refused(src, tmp_path / "out", "bad_manifest")


@pytest.mark.parametrize("overrides", [
    {"format": 1}, {"format": ""}, {"schema_version": "1"}, {"schema_version": True}, {"schema_version": -1},
    {"schema_version": 1.5}, {"created_at": "yesterday"}, {"created_at": None}, {"app_version": None},
    {"payload": []}, {"files": {}}, {"files": [1]}, {"files": [{"path": "a", "sha256": "00", "size": 1}]},
    {"files": [{"path": "a", "sha256": "A" * 64, "size": 1}]},
    {"files": [{"path": "a", "sha256": "0" * 64, "size": -1}]},
    {"files": [{"path": "a", "sha256": "0" * 64, "size": "1"}]},
    {"files": [{"sha256": "0" * 64, "size": 1}]},
])
def test_bad_manifest_fields(tmp_path, overrides):
    manifest = manifest_for({}, **overrides)
    src = craft(tmp_path / "x.kelisim", [], manifest)
    refused(src, tmp_path / "out", "bad_manifest")


def test_missing_manifest_field(tmp_path):
    manifest = manifest_for({})
    del manifest["payload"]
    refused(craft(tmp_path / "x.kelisim", [], manifest), tmp_path / "out", "bad_manifest")


def test_wrong_format(tmp_path):
    src = write_archive(tmp_path / "backup.zip", "kelisim-backup", 1, {}, {})
    err = refused(src, tmp_path / "out", "wrong_format")
    assert "резервная копия" in err.message_ru and "файл дела" in err.message_ru
    assert "сақтық көшірме" in err.message_kk


def test_an_unknown_format_is_named_as_it_is(tmp_path):
    src = write_archive(tmp_path / "x.zip", "something-else", 1, {}, {})
    assert "«something-else»" in refused(src, tmp_path / "out", "wrong_format").message_ru


def test_newer_schema(tmp_path):
    src = write_archive(tmp_path / "new.kelisim", FMT, 4, {}, sources(tmp_path), app_version="2.0.0")
    err = refused(src, tmp_path / "out", "newer_schema")
    assert "более новой версией программы" in err.message_ru and "Обновите Kelisim" in err.message_ru
    assert "2.0.0" in err.message_ru and "жаңартыңыз" in err.message_kk


def test_a_newer_manifest_with_fields_we_do_not_know_still_says_update(tmp_path):
    manifest = manifest_for({}, schema_version=9, files="a new structure", extra={"x": 1})
    refused(craft(tmp_path / "x.kelisim", [], manifest), tmp_path / "out", "newer_schema")


def test_unknown_extra_manifest_fields_are_ignored(tmp_path):
    src = craft(tmp_path / "x.kelisim", [("a.txt", b"a")], manifest_for({"a.txt": b"a"}, note="later field"))
    assert read_archive(src, FMT, 3, tmp_path / "out").files[0].path == "a.txt"


# --- refusals: members ---------------------------------------------------------------------------------

def test_extra_member(tmp_path):
    src = craft(tmp_path / "x.kelisim", [("a.txt", b"a"), ("b.txt", b"b")], manifest_for({"a.txt": b"a"}))
    refused(src, tmp_path / "out", "extra_member")


def test_missing_member(tmp_path):
    src = craft(tmp_path / "x.kelisim", [("a.txt", b"a")], manifest_for({"a.txt": b"a", "b.txt": b"b"}))
    refused(src, tmp_path / "out", "missing_member")


def test_hash_mismatch_in_a_consistent_zip(tmp_path):
    listed = manifest_for({"a.txt": b"alpha", "b.txt": b"bravo"})
    src = craft(tmp_path / "x.kelisim", [("a.txt", b"alpha"), ("b.txt", b"brav0")], listed)  # same size
    refused(src, tmp_path / "out", "hash_mismatch")  # a.txt was extracted first, then removed


def test_size_mismatch(tmp_path):
    listed = manifest_for({"a.txt": b"alpha"})
    listed["files"][0]["size"] = 4
    refused(craft(tmp_path / "x.kelisim", [("a.txt", b"alpha")], listed), tmp_path / "out", "size_mismatch")


@pytest.mark.parametrize("name", ["../evil", "a/../../evil", "/etc/passwd", "C:/Windows/evil", "c:evil",
                                  "a\\..\\evil", "./a", "a//b", "a/", "CON", "lpt1.txt", "a/nul.tar.gz",
                                  "a:b", "trailing.", "trailing ", "tab\there", "MANIFEST.JSON"])
def test_unsafe_member_names_are_refused(tmp_path, name):
    src = crafted(tmp_path, {name: b"x"})
    err = refused(src, tmp_path / "out", "unsafe_path")
    assert "недопустимым путём" in err.message_ru
    assert not (tmp_path / "evil").exists()


def test_an_unsafe_name_in_the_manifest_only(tmp_path):
    listed = manifest_for({"a.txt": b"a"})
    listed["files"].append({"path": "../evil", "sha256": "0" * 64, "size": 0})
    refused(craft(tmp_path / "x.kelisim", [("a.txt", b"a")], listed), tmp_path / "out", "unsafe_path")


def test_symlink_member(tmp_path):
    info = zipfile.ZipInfo("link")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    target = b"/etc/passwd"
    src = craft(tmp_path / "x.kelisim", [(info, target)], manifest_for({"link": target}))
    err = refused(src, tmp_path / "out", "symlink")
    assert "символическая ссылка" in err.message_ru


def test_a_directory_entry_is_refused(tmp_path):
    src = craft(tmp_path / "x.kelisim", [("folder/", b"")], manifest_for({}))
    refused(src, tmp_path / "out", "unsafe_path")


def test_duplicate_member(tmp_path):
    src = craft(tmp_path / "x.kelisim", [("a.txt", b"a"), ("a.txt", b"a")], manifest_for({"a.txt": b"a"}))
    refused(src, tmp_path / "out", "duplicate_member")


def test_names_that_collide_on_windows_are_duplicates(tmp_path):
    contents = {"Report.txt": b"a", "report.TXT": b"b"}
    refused(crafted(tmp_path, contents), tmp_path / "out", "duplicate_member")


def test_two_manifests(tmp_path):
    src = craft(tmp_path / "x.kelisim", [(MANIFEST_NAME, json.dumps(manifest_for({})).encode())], manifest_for({}))
    refused(src, tmp_path / "out", "duplicate_member")


def test_encrypted_or_unknown_compression(tmp_path):
    path = tmp_path / "x.kelisim"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("a.txt"), b"aaaa", compress_type=zipfile.ZIP_BZIP2)
        zf.writestr(MANIFEST_NAME, json.dumps(manifest_for({"a.txt": b"aaaa"})))
    refused(path, tmp_path / "out", "unsupported")


# --- refusals: bombs and limits --------------------------------------------------------------------------

def test_bomb_by_ratio(tmp_path):
    zeros = bytes(4 << 20)
    src = crafted(tmp_path, {"zeros.bin": zeros})
    err = refused(src, tmp_path / "out", "bomb")
    assert "архивную бомбу" in err.message_ru
    assert read_archive(src, FMT, 3, tmp_path / "ok", max_ratio=10_000).files[0].size == len(zeros)


def test_small_files_may_compress_well(tmp_path):
    src = crafted(tmp_path, {"zeros.bin": bytes(archive.RATIO_MIN_SIZE)})  # ≈ 1000:1, but only 1 MiB
    assert read_archive(src, FMT, 3, tmp_path / "out").files[0].size == archive.RATIO_MIN_SIZE


def test_bomb_by_count_with_the_default_limit(tmp_path):
    path = tmp_path / "many.kelisim"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        for i in range(10_001):
            zf.writestr(f"f{i}", b"")
        zf.writestr(MANIFEST_NAME, b"{}")
    err = refused(path, tmp_path / "out", "too_many_files")
    assert "10001" in err.message_ru and "10000" in err.message_ru


def test_bomb_by_count(tmp_path):
    contents = {f"f{i}.txt": b"x" for i in range(4)}
    src = crafted(tmp_path, contents)
    refused(src, tmp_path / "out", "too_many_files", max_files=3)
    assert len(read_archive(src, FMT, 3, tmp_path / "ok", max_files=4).files) == 4


def test_too_large_in_total(tmp_path):
    contents = {f"f{i}.bin": os.urandom(10_000) for i in range(3)}
    err = refused(crafted(tmp_path, contents), tmp_path / "out", "too_large", max_total=25_000)
    assert "КБ" in err.message_ru


# --- refusals: the destination ---------------------------------------------------------------------------

def test_an_existing_file_is_never_overwritten(tmp_path):
    src = good_archive(tmp_path)
    dest = tmp_path / "out"
    (dest / "attachments" / "ab").mkdir(parents=True)
    (dest / "attachments" / "ab" / "abcdef.pdf").write_bytes(b"mine")
    refused(src, dest, "dest_conflict")
    assert tree(dest) == {"attachments/ab/abcdef.pdf": b"mine"}


@pytest.mark.skipif(os.name != "posix", reason="symlinks need privileges on Windows")
def test_a_link_planted_in_the_destination_is_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    dest = tmp_path / "out"
    dest.mkdir()
    (dest / "attachments").symlink_to(outside, target_is_directory=True)
    refused(good_archive(tmp_path), dest, "dest_conflict")
    assert list(outside.iterdir()) == []


def test_a_failure_half_way_removes_what_was_extracted_and_the_folders_made(tmp_path):
    contents = {"a/one.txt": b"one", "a/b/two.txt": b"two", "c/three.txt": b"three"}
    listed = manifest_for(contents)
    listed["files"][2]["sha256"] = "0" * 64  # the last file fails
    src = craft(tmp_path / "x.kelisim", list(contents.items()), listed)
    dest = tmp_path / "deep" / "out"
    refused(src, dest, "hash_mismatch")
    assert not (tmp_path / "deep").exists()  # the folders read_archive made are gone as well


def test_disk_full_while_extracting(tmp_path, monkeypatch):
    src = good_archive(tmp_path)
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    err = refused(src, tmp_path / "out", "disk_full")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert "Освободите место или выберите другую папку" in err.message_ru
    assert not (tmp_path / "out").exists()


# --- writing: atomicity and the errors of the world ------------------------------------------------------

def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_failing_rename_leaves_neither_the_archive_nor_a_temp_file(tmp_path, monkeypatch):
    srcs = sources(tmp_path)

    def fail(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(ArchiveError) as info:
        write_archive(tmp_path / "case.kelisim", FMT, 1, {}, srcs)
    assert info.value.code == "disk_full"
    assert "Недостаточно места на диске" in info.value.message_ru and "орын жеткіліксіз" in info.value.message_kk
    assert not (tmp_path / "case.kelisim").exists() and leftovers(tmp_path) == []


class _FullDisk(io.RawIOBase):
    """A file that accepts ``room`` bytes and then fails like a full disk."""

    def __init__(self, real, room):
        self.real, self.room = real, room

    def writable(self):
        return True

    def seekable(self):
        return self.real.seekable()

    def write(self, b):
        if self.real.tell() + len(b) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.real.write(b)

    def seek(self, *a):
        return self.real.seek(*a)

    def tell(self):
        return self.real.tell()

    def flush(self):
        return self.real.flush()

    def fileno(self):
        return self.real.fileno()

    def close(self):
        super().close()
        self.real.close()


@pytest.mark.parametrize("share", [0, 0.1, 0.5, 0.95])
def test_disk_full_during_the_write_keeps_the_previous_archive(tmp_path, monkeypatch, share):
    dest = tmp_path / "case.kelisim"
    good_archive(tmp_path)
    before = dest.read_bytes()
    room = int(len(before) * share)  # the new archive is as large: the disk fills up part of the way
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: _FullDisk(real_fdopen(fd, *a, **k), room))
    with pytest.raises(ArchiveError) as info:
        write_archive(dest, FMT, 1, {"new": True}, sources(tmp_path))
    monkeypatch.setattr(os, "fdopen", real_fdopen)
    assert info.value.code == "disk_full"
    assert dest.read_bytes() == before and leftovers(tmp_path) == []
    assert inspect_archive(dest, FMT, 2).payload == {"title": "Дело № 2-1234/2026"}


def test_an_fsync_error(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.EIO, "Input/output error")))
    with pytest.raises(ArchiveError) as info:
        write_archive(tmp_path / "case.kelisim", FMT, 1, {}, sources(tmp_path))
    assert info.value.code == "write_failed" and "Input/output error" in info.value.message_ru
    assert not (tmp_path / "case.kelisim").exists() and leftovers(tmp_path) == []


def test_no_permission(tmp_path, monkeypatch):
    def denied(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(ArchiveError) as info:
        write_archive(tmp_path / "case.kelisim", FMT, 1, {}, {})
    assert info.value.code == "no_permission" and "Нет прав на запись" in info.value.message_ru


def test_the_folder_does_not_exist(tmp_path):
    with pytest.raises(ArchiveError) as info:
        write_archive(tmp_path / "missing" / "case.kelisim", FMT, 1, {}, {})
    assert info.value.code == "folder_missing"


def test_a_source_file_is_missing(tmp_path):
    with pytest.raises(ArchiveError) as info:
        write_archive(tmp_path / "case.kelisim", FMT, 1, {}, {"a.pdf": tmp_path / "gone.pdf"})
    assert info.value.code == "source_missing" and "gone.pdf" in info.value.message_ru
    assert not (tmp_path / "case.kelisim").exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("name", ["../evil", "/abs", "C:/x", "a\\b", "a//b", "", "a/./b", "con", "x?.txt",
                                  MANIFEST_NAME, "a" * 300])
def test_bad_member_names_are_the_callers_mistake(tmp_path, name):
    with pytest.raises(ValueError):
        write_archive(tmp_path / "x.kelisim", FMT, 1, {}, {name: tmp_path})
    assert list(tmp_path.iterdir()) == []


def test_colliding_names_payload_and_arguments_are_the_callers_mistake(tmp_path):
    srcs = sources(tmp_path, {"a": b"a"})
    with pytest.raises(ValueError):
        write_archive(tmp_path / "x.kelisim", FMT, 1, {}, {"A.txt": srcs["a"], "a.TXT": srcs["a"]})
    with pytest.raises(TypeError):
        write_archive(tmp_path / "x.kelisim", FMT, 1, {"when": datetime.now()}, {})
    with pytest.raises(ValueError):
        write_archive(tmp_path / "x.kelisim", FMT, 1, {"x": float("inf")}, {})
    with pytest.raises(ValueError):
        write_archive(tmp_path / "x.kelisim", "", 1, {}, {})
    with pytest.raises(ValueError):
        write_archive(tmp_path / "x.kelisim", FMT, -1, {}, {})
    assert not (tmp_path / "x.kelisim").exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("name, ok", [
    ("case.json", True), ("attachments/ab/abcdef.pdf", True), ("documents/Ответ № 5.docx", True),
    (".hidden", True), ("a..b", True), ("...", False), ("..", False), ("com10.txt", True), ("COM1", False),
    ("aux.", False), ("x|y", False), ("x*y", False), ('x"y', False), ("x\x00y", False), ("x\x7fy", False),
    ("invoice\u202efdp.exe", False), ("Ответ\u00a0на запрос.docx", True),
])
def test_member_name_rules(name, ok):
    assert (member_name_problem(name) is None) is ok


# --- random damage -----------------------------------------------------------------------------------------

_SMALL = {"case.json": b'{"n": 1}', "att/x.bin": os.urandom(3000), "t.txt": b"hello " * 50}


def _template() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        return write_archive(folder / "t.kelisim", FMT, 1, {"k": "v"}, sources(folder, _SMALL)).read_bytes()


TEMPLATE = _template()

mutation = st.one_of(
    st.tuples(st.just("set"), st.integers(0, len(TEMPLATE) - 1), st.integers(0, 255)),
    st.tuples(st.just("flip"), st.integers(0, len(TEMPLATE) - 1), st.integers(0, 7)),
    st.tuples(st.just("cut"), st.integers(0, len(TEMPLATE) - 1), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, len(TEMPLATE)), st.integers(0, 255)),
    st.tuples(st.just("delete"), st.integers(0, len(TEMPLATE) - 1), st.just(0)),
)


def _mutate(data: bytes, mutations) -> bytes:
    buf = bytearray(data)
    for kind, at, value in mutations:
        at = min(at, max(len(buf) - 1, 0))
        if kind == "set" and buf:
            buf[at] = value
        elif kind == "flip" and buf:
            buf[at] ^= 1 << value
        elif kind == "cut":
            del buf[at:]
        elif kind == "insert":
            buf.insert(at, value)
        elif kind == "delete" and buf:
            del buf[at]
    return bytes(buf)


def _accepted_intact_or_refused_cleanly(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = folder / "m.kelisim"
        src.write_bytes(data)
        dest = folder / "out"
        try:
            manifest = read_archive(src, FMT, 1, dest)
        except ArchiveError as err:  # any other exception fails the test
            assert err.code and err.message("kk")
            assert not dest.exists()
        else:
            assert tree(dest) == _SMALL
            assert manifest.payload == {"k": "v"}


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutation, min_size=1, max_size=4))
def test_random_damage_is_accepted_intact_or_refused_cleanly(mutations):
    _accepted_intact_or_refused_cleanly(_mutate(TEMPLATE, mutations))

_TAIL = 600  # the central directory and the end record: offsets, sizes, names, counts


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["set", "flip", "insert", "delete"]),
                          st.integers(len(TEMPLATE) - _TAIL, len(TEMPLATE) - 1), st.integers(0, 7)),
                min_size=1, max_size=3))
def test_random_damage_to_the_directory_is_accepted_intact_or_refused_cleanly(mutations):
    _accepted_intact_or_refused_cleanly(_mutate(TEMPLATE, mutations))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2, 2**40) | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["format", "schema_version", "created_at", "app_version", "files", "payload"]),
       json_values, st.integers(0, 2))
def test_any_manifest_value_is_accepted_or_refused_cleanly(field, value, index):
    contents = {"a.txt": b"alpha", "b/c.txt": b"charlie", "d.txt": b""}
    manifest = manifest_for(contents)
    if field == "files" and isinstance(value, dict):
        manifest["files"][index] = value  # one broken entry among good ones
    else:
        manifest[field] = value
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = craft(folder / "x.kelisim", list(contents.items()), manifest)
        try:
            read_archive(src, FMT, 3, folder / "out")
        except ArchiveError:
            assert not (folder / "out").exists()
        else:
            assert tree(folder / "out") == contents
