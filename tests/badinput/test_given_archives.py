"""Archives a lawyer is given: request and decision packages from another akimat (``store.exchange.import_package``),
case files (``store.transfer.import_case``), backups (``store.transfer.restore``) and what the program shows of any of
them before loading (``store.archive.inspect_archive``) — random bytes, and valid archives mutated: bytes flipped,
inserted or removed, cut at any length, and (for case files) any value put anywhere in the payload.

tests/store/test_archive.py fuzzes the archive reader itself and tests/store/test_exchange.py a package's payload
values; here the whole loading path of each kind, and the case file's payload, which had no such test."""
from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import examples, file_fingerprint, json_values, refused_properly, watch
from kelisim.law import LawError
from kelisim.store.archive import ArchiveError

TODAY = date(2026, 11, 27)
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>"
       b" endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n"
       b"%%EOF\n")


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    """Valid archives of every kind: a request package, the decision that answers it, a case file, a backup."""
    from docx import Document

    from kelisim.services import export_package
    from kelisim.store import Official, Store
    from kelisim.store.exchange import import_package
    from kelisim.store.register import NewAttachment, register_case
    from kelisim.store.transfer import backup, export_case

    root = tmp_path_factory.mktemp("archives")
    draft, act = root / "Жалоба.docx", root / "Решение суда.pdf"
    document = Document()
    document.add_paragraph("Апелляционная жалоба")
    document.save(str(draft))
    act.write_bytes(PDF)
    made = {}
    with Store(root / "rural", auto_backup=False, today=TODAY) as store:
        own = store.bodies.set_own(store.bodies.from_kato("314845000").id)
        store.officials.add(Official(None, own.id, "first_head", "Сейтқали Нұрлан Ержанұлы"))
        case = register_case(store, {
            "rule": "civil-appeal", "court_ru": "Кордайский районный суд", "case_number": "2-77/2026",
            "subject": "о сносе", "act_final": "2026-11-13",
            "parties": [{"role": "plaintiff", "name": "Петров Пётр Петрович", "id_number": "900101300017"}]},
            requester_kato="314845000", today=TODAY,
            attachments=[NewAttachment("draft_complaint", draft), NewAttachment("court_act", act)])
        store.cases.set_status(case.id, "request_sent", on=date(2026, 11, 18))
        made["request"] = export_package(store, case.id, root / "request.kelisim", today=TODAY)
        made["case"] = export_case(store, case.id, root / "case.kelisim")
        made["backup"] = backup(store, root / "backup.zip")
    with Store(root / "district", auto_backup=False, today=TODAY) as store:
        own = store.bodies.set_own(store.bodies.from_kato("314800000").id)
        store.officials.add(Official(None, own.id, "first_head", "Жуманов Асхат Болатович"))
        incoming = import_package(store, made["request"], received_on=date(2026, 11, 19), today=TODAY).case
        store.cases.set_status(incoming.id, "decided_consented", on=date(2026, 11, 24),
                               decision_reasons="Доводы жалобы обоснованны.")
        made["decision"] = export_package(store, incoming.id, root / "decision.kelisim", today=TODAY)
    made["root"] = root
    return made


@st.composite
def mutated(draw, data: bytes):
    """``data`` with bytes flipped, inserted or removed, or cut short."""
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 3))):
        if not data:
            break
        kind = draw(st.sampled_from(["flip", "flip", "set", "insert", "delete", "cut"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "set":
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        else:
            del data[at:]
    return bytes(data)


def hostile(data: bytes):
    """Random bytes, or the valid archive ``data`` mutated (near the end, where the zip's directory and the manifest
    are, more often)."""
    near_end = mutated(data[-600:]).map(lambda end: data[:-600] + end)
    return st.one_of(st.binary(max_size=2000), mutated(data), near_end, near_end,
                     st.binary(max_size=200).map(lambda junk: b"PK\x03\x04" + junk))


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@examples(400)
@given(st.data(), st.sampled_from(["request", "decision", "case", "backup"]))
def test_inspecting_any_archive_shows_it_or_says_why_not(archives, data, kind):
    from kelisim.store.archive import inspect_archive
    from kelisim.store.exchange import inspect_package
    from kelisim.store.schema import SCHEMA_VERSION

    src = write(archives["root"], f"inspect-{kind}.kelisim", data.draw(hostile(archives[kind].read_bytes())))
    try:
        if kind in ("request", "decision"):
            info = inspect_package(src)
            assert info.kind in ("request", "decision") and info.files >= 0
        else:
            fmt, version = ("kelisim-case", 1) if kind == "case" else ("kelisim-backup", SCHEMA_VERSION)
            manifest = inspect_archive(src, fmt, version)
            assert isinstance(manifest.payload, dict)
    except (LawError, ArchiveError) as exc:
        refused_properly(exc)


@pytest.fixture(scope="module")
def approving(archives, tmp_path_factory):
    from kelisim.store import Official, Store

    store = Store(tmp_path_factory.mktemp("approving") / "home", auto_backup=False, today=TODAY)
    own = store.bodies.set_own(store.bodies.from_kato("314800000").id)
    store.officials.add(Official(None, own.id, "first_head", "Жуманов Асхат Болатович"))
    watched = watch(store)
    yield watched
    watched.close()


@pytest.fixture(scope="module")
def requesting(archives, tmp_path_factory):
    """A copy of the requesting side's data folder, waiting for the decision."""
    import shutil

    from kelisim.store import Store

    home = tmp_path_factory.mktemp("requesting") / "home"
    shutil.copytree(archives["root"] / "rural", home, ignore=shutil.ignore_patterns(".kelisim.lock"))
    watched = watch(Store(home, auto_backup=False, today=TODAY))
    yield watched
    watched.close()


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    from kelisim.store import Store

    watched = watch(Store(tmp_path_factory.mktemp("register") / "home", auto_backup=False, today=TODAY))
    yield watched
    watched.close()


@examples(400)
@given(st.data(), st.sampled_from(["request", "decision"]))
def test_any_package_is_loaded_or_refused_and_a_refusal_changes_nothing(archives, approving, requesting, data, kind):
    from kelisim.store.exchange import import_package

    side = approving if kind == "request" else requesting
    src = write(archives["root"], f"package-{kind}.kelisim", data.draw(hostile(archives[kind].read_bytes())))
    result = side.attempt(lambda: import_package(side.store, src, received_on=date(2026, 11, 19), today=TODAY))
    if result is not None:
        assert result.kind == kind
        assert side.store.attachments.of_case(result.case.id)


@examples(300)
@given(st.data())
def test_any_case_file_is_loaded_or_refused_and_a_refusal_changes_nothing(archives, register, data):
    from kelisim.store.transfer import import_case

    src = write(archives["root"], "given-case.kelisim", data.draw(hostile(archives["case"].read_bytes())))
    case = register.attempt(lambda: import_case(register.store, src))
    if case is not None:
        assert register.store.cases.get(case.id).case_number == "2-77/2026"


def _manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as z:
        return json.loads(z.read("manifest.json"))


def rewrite(path: Path, dest: Path, manifest: dict) -> Path:
    """The archive at ``path`` with another manifest (its files, and so their checksums, unchanged)."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            if name != "manifest.json":
                dst.writestr(name, src.read(name))
        dst.writestr("manifest.json", json.dumps(manifest, default=str))  # lone surrogates as escapes
    dest.write_bytes(out.getvalue())
    return dest


CASE_PLACES = [("case",), ("case", "uid"), ("case", "rule"), ("case", "status"), ("case", "direction"),
               ("case", "trigger_date"), ("case", "act_final"), ("case", "parties"), ("case", "parties", 0),
               ("case", "parties", 0, "id_number"), ("case", "parties", 0, "name"), ("case", "court_ru"),
               ("case", "decision"), ("case", "language"), ("requester",), ("requester", 0), ("requester", 0, "kind"),
               ("requester", 0, "kato"), ("requester", 0, "name_ru"), ("requester", 1, "name_kk"), ("approver",),
               ("approver", 0, "kind"), ("attachments",), ("attachments", 0), ("attachments", 0, "path"),
               ("attachments", 0, "role"), ("attachments", 0, "pages"), ("attachments", 0, "name"), ("history",),
               ("format_version",), ("masked",)]
PAYLOAD_VALUES = st.one_of(json_values, st.sampled_from([
    "", "../attachments/x", "attachments/../../x", "/etc/passwd", "2026-02-30", "9999-12-31", "civil-appeal",
    "incoming", "closed", "district", "village", "314845000", "000000000", "x" * 5000, "\ud800", [["a", "b"]], ["ab"],
    ["abc"], [{"kind": "district"}], [{}], [1], {"a": 1}, 10 ** 30, -1, 0, True]))


@examples(350)
@given(st.sampled_from(CASE_PLACES), PAYLOAD_VALUES)
def test_any_case_file_payload_is_loaded_or_refused(archives, register, place, value):
    from kelisim.store.transfer import import_case

    manifest = _manifest(archives["case"])
    target = manifest["payload"]
    try:
        for key in place[:-1]:
            target = target[key]
        target[place[-1]] = value
    except (KeyError, IndexError, TypeError):
        return  # that place does not exist in this case file
    src = rewrite(archives["case"], archives["root"] / "payload-case.kelisim", manifest)
    case = register.attempt(lambda: import_case(register.store, src))
    if case is not None:
        again = register.store.cases.get(case.id)
        json.dumps(again.to_dict(), ensure_ascii=False)
        assert register.store.attachments.verify() == []


@pytest.fixture(scope="module")
def restore_home(archives, tmp_path_factory):
    """A data folder nobody has open, with a register of its own."""
    from kelisim.store import Store
    from kelisim.store.register import register_case

    home = tmp_path_factory.mktemp("restore") / "home"
    with Store(home, auto_backup=False, today=TODAY) as store:
        register_case(store, {"rule": "admin-appeal", "court_ru": "СМАС", "case_number": "3-1/2026",
                              "act_final": "2026-11-10"}, today=TODAY)
    return home


@examples(200)
@given(st.data())
def test_any_backup_is_restored_or_refused_and_a_refusal_changes_nothing(archives, restore_home, data):
    from kelisim.store import Store
    from kelisim.store.transfer import restore

    src = write(archives["root"], "given-backup.zip", data.draw(hostile(archives["backup"].read_bytes())))
    before = file_fingerprint(restore_home)
    try:
        aside = restore(restore_home, src)
    except (LawError, ArchiveError) as exc:
        refused_properly(exc)
        assert file_fingerprint(restore_home) == before, exc.message_ru
        return
    assert aside.is_dir()
    with Store(restore_home, auto_backup=False, today=TODAY) as store:  # the restored register opens and is whole
        assert store.cases.count() == 1 and store.attachments.verify() == []
