"""The request package between two akimats and the decision that travels back (store.exchange), on two real data
folders: a rural district akim (Касыкский сельский округ, КАТО 314845000) asks, the Кордайский district akimat
(314800000) decides. Hostile packages are refused with a reason and leave both the database and the attachments
folder exactly as they were."""
from __future__ import annotations

import hashlib
import json
import os
import warnings
import zipfile
from datetime import date
from pathlib import Path

import pytest

from kelisim.store import Official, Store, StoreError
from kelisim.store.exchange import (
    precheck_package,
    DECISION_FORMAT, REQUEST_FIELDS, REQUEST_FORMAT, export_decision, export_request, import_package, inspect_package,
)
from kelisim.store.register import NewAttachment, register_case
from kelisim.store.transfer import export_case

TODAY = date(2026, 11, 27)
RURAL, DISTRICT = "314845000", "314800000"
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R 5 0 R]"
       b" /Count 3 >> endobj\n3 0 obj << /Type /Page >> endobj\n4 0 obj << /Type /Page >> endobj\n"
       b"5 0 obj << /Type /Page >> endobj\n%%EOF\n")
TABLES = ("cases", "parties", "bodies", "officials", "attachments", "files", "events")


def docx(path: Path, *lines: str) -> Path:
    """A real Word document (python-docx), as a lawyer's draft or a generated letter would be."""
    from docx import Document

    document = Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def case_fields(**extra) -> dict:
    fields = {
        "rule": "civil-appeal", "court_ru": "Кордайский районный суд Жамбылской области",
        "court_kk": "Жамбыл облысының Қордай аудандық соты", "case_number": "2-1234/2026",
        "subject": "о сносе самовольной постройки", "act_kind": "решение", "act_announced": "2026-11-10",
        "act_final": "2026-11-13", "act_received": "2026-11-16",
        "parties": [{"role": "plaintiff", "name": "Петров Пётр Петрович"},
                    {"role": "defendant", "name": "Аппарат акима Касыкского сельского округа"}],
        "executor_name": "Сейтова Айгерим", "executor_phone": "8 (72636) 2-11-11", "language": "ru",
    }
    fields.update(extra)
    return fields


def rural_side(home: Path, tmp: Path) -> tuple[Store, int]:
    """The requesting copy: our body is the rural district; one outgoing case with its draft complaint and court
    act, marked as sent."""
    store = Store(home, auto_backup=False, today=TODAY)
    own = store.bodies.set_own(store.bodies.from_kato(RURAL).id)
    store.officials.add(Official(None, own.id, "first_head", "Сейтқали Нұрлан Ержанұлы",
                                 position_ru="Аким Касыкского сельского округа",
                                 position_kk="Қасық ауылдық округінің әкімі"))
    act = tmp / "Решение суда 2-1234.pdf"
    act.write_bytes(PDF)
    draft = docx(tmp / "Апелляционная жалоба.docx", "Апелляционная жалоба", "на решение по делу 2-1234/2026")
    confirming = tmp / "Доверенность.pdf"
    confirming.write_bytes(PDF.replace(b"/Count 3", b"/Count 1"))
    case = register_case(store, case_fields(), requester_kato=RURAL, today=TODAY,
                         attachments=[NewAttachment("draft_complaint", draft), NewAttachment("court_act", act),
                                      NewAttachment("confirming_document", confirming, pages=2)])
    store.cases.update(case.id, {"request_number": "02-15/431"}, reason="исходящий номер")
    store.cases.set_status(case.id, "request_sent", on=date(2026, 11, 18))
    return store, case.id


def district_side(home: Path) -> Store:
    """The approving copy: our body is the district akimat, with its akim (who signs decisions, п. 8)."""
    store = Store(home, auto_backup=False, today=TODAY)
    own = store.bodies.set_own(store.bodies.from_kato(DISTRICT).id)
    store.officials.add(Official(None, own.id, "first_head", "Жуманов Асхат Болатович",
                                 position_ru="Аким Кордайского района", position_kk="Қордай ауданының әкімі"))
    return store


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(store: Store) -> tuple:
    """Every table's row count and every file in the data folder but the database itself."""
    counts = tuple(store.database.one(f"SELECT count(*) AS n FROM {t}")["n"] for t in TABLES)
    files = sorted(str(p.relative_to(store.home)) for p in store.home.rglob("*")
                   if not p.name.startswith("kelisim.db"))
    return counts, files


# ---------------------------------------------------------------------------- the round trip
@pytest.mark.parametrize("verdict", ["consented", "refused"])
def test_a_request_goes_to_the_district_and_its_decision_comes_back(tmp_path, verdict):
    a, case_id = rural_side(tmp_path / "rural", tmp_path)
    b = district_side(tmp_path / "district")
    try:
        outgoing = a.cases.get(case_id)
        letter = docx(tmp_path / "Запрос.docx", "Запрос о согласовании права апелляционного обжалования")
        package = export_request(a, case_id, tmp_path, letter=letter)
        assert package.name == "Запрос 2-1234_2026.kelisim"

        info = inspect_package(package)
        assert (info.kind, info.case_number, info.court) == ("request", "2-1234/2026", outgoing.court_ru)
        assert info.requester == "Касыкский сельский округ" and info.approver == "Кордайский район"
        assert info.signatory == "Сейтқали Нұрлан Ержанұлы" and info.files == 4 and info.decision is None
        assert info.request_number == "02-15/431" and info.request_sent == date(2026, 11, 18)

        result = import_package(b, package, received_on=date(2026, 11, 19), incoming_number="вх-1187", today=TODAY)
        assert result.kind == "request" and result.created and result.warnings == ()
        incoming = result.case
        assert incoming.direction == "incoming" and incoming.status == "received"
        assert incoming.peer_uid == outgoing.uid and incoming.uid != outgoing.uid
        assert incoming.received_on == date(2026, 11, 19) and incoming.incoming_number == "вх-1187"
        for name in REQUEST_FIELDS:
            if name != "uid":
                assert getattr(incoming, name) == getattr(outgoing, name), name
        assert incoming.parties == outgoing.parties
        assert incoming.request_signatory_name == "Сейтқали Нұрлан Ержанұлы"
        assert incoming.request_signatory_role == "first_head"
        assert incoming.approver_id == b.bodies.own().id
        requester = b.bodies.get(incoming.requester_id)
        assert requester.kato == RURAL and requester.parent_id == b.bodies.own().id
        assert incoming.due("decision_due") == date(2026, 11, 30)  # п. 8: 7 working days from Thu 19.11
        sent = {(x.role, x.original_name, x.pages, x.sha256) for x in a.attachments.of_case(case_id)}
        sent.add(("request_letter", "Запрос.docx", 1, sha(letter)))  # python-docx writes <Pages>1
        got = {(x.role, x.original_name, x.pages, x.sha256) for x in b.attachments.of_case(incoming.id)}
        assert got == sent and b.attachments.verify() == []
        assert ("confirming_document", "Доверенность.pdf", 2, sha(tmp_path / "Доверенность.pdf")) in got

        # the district decides (Algorithm п. 8) and sends the decision back
        reasons = "Доводы проекта жалобы основаны на ст. 244 ГК РК." if verdict == "consented" else \
            "Оснований для обжалования нет: решение суда законно."
        b.cases.set_status(incoming.id, f"decided_{verdict}", on=date(2026, 11, 24), decision_reasons=reasons)
        decision_doc = docx(tmp_path / "Решение.docx", "Решение о согласовании", reasons)
        back = export_decision(b, incoming.id, tmp_path, decision_doc=decision_doc)
        assert back.name == "Решение 2-1234_2026.kelisim"
        info = inspect_package(back)
        assert (info.kind, info.decision, info.decision_date) == ("decision", verdict, date(2026, 11, 24))
        assert info.signatory == "Жуманов Асхат Болатович" and info.files == 1

        result = import_package(a, back, today=TODAY)
        assert result.kind == "decision" and not result.created and result.warnings == ()
        decided = result.case
        assert decided.id == case_id and decided.status == verdict and decided.decision == verdict
        assert decided.decision_date == date(2026, 11, 24) and decided.decision_reasons == reasons
        attached = [x for x in a.attachments.of_case(case_id) if x.role == "decision"]
        assert [(x.original_name, x.sha256) for x in attached] == [("Решение.docx", sha(decision_doc))]
        status_event = [e for e in a.cases.history(case_id) if e["action"] == "status"][-1]
        assert status_event["new"] == verdict and "Жуманов Асхат Болатович" in status_event["reason"]
        assert a.attachments.verify() == []

        # the same decision a second time changes nothing
        before = snapshot(a)
        with pytest.raises(StoreError) as e:
            import_package(a, back, today=TODAY)
        assert e.value.code == "duplicate-decision" and "уже внесено" in e.value.message("ru")
        assert snapshot(a) == before
    finally:
        a.close()
        b.close()


@pytest.fixture
def sides(tmp_path):
    """Both copies and a genuine request package from the rural district."""
    a, case_id = rural_side(tmp_path / "rural", tmp_path)
    b = district_side(tmp_path / "district")
    letter = docx(tmp_path / "Запрос.docx", "Запрос о согласовании")
    package = export_request(a, case_id, tmp_path / "request.kelisim", letter=letter)
    yield a, b, case_id, package
    a.close()
    b.close()


def test_the_incoming_case_counts_the_decision_term_from_receipt(sides):
    a, b, case_id, package = sides
    incoming = import_package(b, package, today=TODAY).case
    assert incoming.received_on == TODAY  # no date given: received today
    # п. 8: seven working days from receipt (Fri 27.11.2026 → Tue 08.12.2026)
    assert incoming.due("decision_due") == date(2026, 12, 8)


def test_importing_the_same_request_twice_is_refused_and_names_the_case(sides):
    a, b, case_id, package = sides
    first = import_package(b, package, today=TODAY).case
    before = snapshot(b)
    with pytest.raises(StoreError) as e:
        import_package(b, package, today=TODAY)
    assert e.value.code == "duplicate-request"
    assert f"№{first.id}" in e.value.message("ru") and "2-1234/2026" in e.value.message("ru")
    assert f"№{first.id}" in e.value.message("kk")
    assert snapshot(b) == before


def test_our_own_request_is_not_loaded_back_into_our_register(sides):
    a, b, case_id, package = sides
    before = snapshot(a)
    with pytest.raises(StoreError) as e:
        import_package(a, package, today=TODAY)
    assert e.value.code == "own-request" and snapshot(a) == before


def test_a_request_addressed_to_another_body_is_loaded_with_a_warning(sides, tmp_path):
    a, b, case_id, package = sides
    with Store(tmp_path / "oblast", auto_backup=False, today=TODAY) as c:
        c.bodies.set_own(c.bodies.from_kato("310000000").id)
        result = import_package(c, package, today=TODAY)
        assert result.warnings and "Кордайский район" in result.warnings[0]
        assert c.bodies.get(result.case.approver_id).kato == DISTRICT
        assert result.case.notes == result.warnings[0]
        assert result.messages("kk") == result.warnings_kk and "органына жолданған" in result.messages("kk")[0]
        assert result.messages("ru") == result.warnings


def test_a_decision_for_a_draft_or_an_unknown_request_is_refused(sides, tmp_path):
    a, b, case_id, package = sides
    incoming = import_package(b, package, today=TODAY).case
    b.cases.set_status(incoming.id, "decided_refused", on=TODAY, decision_reasons="Нет оснований.")
    back = export_decision(b, incoming.id, tmp_path / "decision.kelisim", decision_doc=None)
    a.cases.set_status(case_id, "draft", reason="запрос отозван для исправления")
    before = snapshot(a)
    with pytest.raises(StoreError) as e:
        import_package(a, back, today=TODAY)
    assert e.value.code == "request-not-sent" and "Запрос направлен" in e.value.message("ru")
    assert snapshot(a) == before
    with Store(tmp_path / "third", auto_backup=False, today=TODAY) as c:
        with pytest.raises(StoreError) as e:
            import_package(c, back, today=TODAY)
        assert e.value.code == "request-not-found" and "2-1234/2026" in e.value.message("ru")
        assert c.cases.count() == 0


def test_a_different_decision_for_a_decided_request_is_refused(sides, tmp_path):
    a, b, case_id, package = sides
    incoming = import_package(b, package, today=TODAY).case
    b.cases.set_status(incoming.id, "decided_consented", on=date(2026, 11, 24), decision_reasons="Есть основания.")
    back = export_decision(b, incoming.id, tmp_path / "decision.kelisim", decision_doc=None)
    a.cases.set_status(case_id, "refused", on=date(2026, 11, 23), decision_reasons="по телефону")
    before = snapshot(a)
    with pytest.raises(StoreError) as e:
        import_package(a, back, today=TODAY)
    assert e.value.code == "decision-conflict"
    assert "23.11.2026" in e.value.message("ru") and "24.11.2026" in e.value.message("ru")
    assert snapshot(a) == before


@pytest.mark.parametrize("missing,text", [("draft_complaint", "проект жалобы"), ("court_act", "судебный акт")])
def test_a_request_without_the_mandatory_attachments_is_not_exported(tmp_path, missing, text):
    a, case_id = rural_side(tmp_path / "rural", tmp_path)
    with a:
        for attachment in a.attachments.of_case(case_id):
            if attachment.role == missing:
                a.attachments.remove(attachment.id)
        with pytest.raises(StoreError) as e:
            export_request(a, case_id, tmp_path / "r.kelisim", letter=None)
        assert e.value.code == "attachments-missing" and text in e.value.message("ru")
        assert "п. 6" in e.value.message("ru") and "6-тармақ" in e.value.message("kk")
        assert not (tmp_path / "r.kelisim").exists()


def test_what_cannot_be_exported_says_what_to_do(sides, tmp_path):
    a, b, case_id, package = sides
    with pytest.raises(StoreError) as e:
        export_decision(a, case_id, tmp_path / "x.kelisim", decision_doc=None)
    assert e.value.code == "not-incoming"
    incoming = import_package(b, package, today=TODAY).case
    with pytest.raises(StoreError) as e:
        export_request(b, incoming.id, tmp_path / "x.kelisim", letter=None)
    assert e.value.code == "not-outgoing"
    with pytest.raises(StoreError) as e:
        export_decision(b, incoming.id, tmp_path / "x.kelisim", decision_doc=None)
    assert e.value.code == "not-decided" and "Решение: согласовать" in e.value.message("ru")
    b.cases.set_status(incoming.id, "decided_consented", on=TODAY)
    with pytest.raises(StoreError) as e:
        export_decision(b, incoming.id, tmp_path / "x.kelisim", decision_doc=None)
    assert e.value.code == "reasons-missing" and "п. 8" in e.value.message("ru")
    typed = b.cases.create({"rule": "civil-appeal", "direction": "incoming", "act_final": "2026-11-13",
                            "received_on": "2026-11-20", "case_number": "2-9/2026"}, today=TODAY)
    b.cases.set_status(typed.id, "decided_refused", on=TODAY, decision_reasons="Нет оснований.")
    with pytest.raises(StoreError) as e:
        export_decision(b, typed.id, tmp_path / "x.kelisim", decision_doc=None)
    assert e.value.code == "no-peer" and "письмом" in e.value.message("ru")
    assert not (tmp_path / "x.kelisim").exists()


# ---------------------------------------------------------------------------- hostile packages
def rewrite(src: Path, dest: Path, *, manifest=None, member=None, add=(), after=None) -> Path:
    """A copy of the package ``src`` with the manifest (a dict) changed by ``manifest``, each member's bytes by
    ``member(name, data)`` (None drops it), ``add`` members appended, and ``after(zf)`` run before the zip closes."""
    with zipfile.ZipFile(src) as zin:
        meta = json.loads(zin.read("manifest.json"))
        members = [(i.filename, zin.read(i)) for i in zin.infolist() if i.filename != "manifest.json"]
    if manifest is not None:
        manifest(meta)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as zout:
            for name, data in members:
                data = member(name, data) if member else data
                if data is not None:
                    zout.writestr(name, data)
            for name, data in add:
                zout.writestr(name, data)
            zout.writestr("manifest.json", json.dumps(meta, ensure_ascii=False))
            if after is not None:
                after(zout)
    return dest


def _listed(meta: dict, name: str, data: bytes, **item) -> dict:
    meta["files"].append({"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
    meta["payload"]["attachments"].append({"role": "other", "name": "x.pdf", "pages": None,
                                           "sha256": hashlib.sha256(data).hexdigest(), "path": name, **item})
    return meta


def _flipped(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1:]


def wrong_hash(src, dest):
    """Every file changed by one byte, its size kept: only the SHA-256 tells."""
    return rewrite(src, dest, member=lambda n, d: _flipped(d) if n.startswith("attachments/") else d)


def dotdot(src, dest):
    data = PDF
    return rewrite(src, dest, manifest=lambda m: _listed(m, "attachments/../../evil.pdf", data),
                   add=[("attachments/../../evil.pdf", data)])


def absolute(src, dest):
    data = PDF
    return rewrite(src, dest, manifest=lambda m: _listed(m, "/tmp/evil.pdf", data), add=[("/tmp/evil.pdf", data)])


def ten_gigabytes(src, dest):
    """A member whose size the zip's directory (and the manifest) declare as 10 GB."""
    huge = 10 << 30

    def manifest(m):
        m["files"][0]["size"] = huge

    def after(zf):
        info = zf.filelist[0]
        info.file_size = info.compress_size = huge  # written into the central directory as zip64 sizes

    return rewrite(src, dest, manifest=manifest, after=after)


def ten_gigabytes_in_the_manifest_only(src, dest):
    return rewrite(src, dest, manifest=lambda m: m["files"][0].update(size=10 << 30))


def bomb(src, dest):
    zeros = bytes(8 << 20)  # 8 MiB of zeros compress about 1000:1
    name = f"attachments/{hashlib.sha256(zeros).hexdigest()}"
    return rewrite(src, dest, manifest=lambda m: _listed(m, name, zeros), add=[(name, zeros)])


def newer_schema(src, dest):
    return rewrite(src, dest, manifest=lambda m: m.update(schema_version=2))


def schema_zero(src, dest):
    return rewrite(src, dest, manifest=lambda m: m.update(schema_version=0))


def backup_format(src, dest):
    return rewrite(src, dest, manifest=lambda m: m.update(format="kelisim-backup"))


def truncated(src, dest):
    data = Path(src).read_bytes()
    dest.write_bytes(data[: len(data) * 2 // 3])
    return dest


def not_a_zip(src, dest):
    dest.write_text("Запрос о согласовании (текст, а не пакет)", encoding="utf-8")
    return dest


def no_case(src, dest):
    return rewrite(src, dest, manifest=lambda m: m["payload"].pop("case"))


def case_is_a_list(src, dest):
    return rewrite(src, dest, manifest=lambda m: m["payload"].update(case=[1, 2]))


def unknown_rule(src, dest):
    """Passes the archive's checks and the payload's shape; refused only when the case is created (after the bodies
    were matched inside the transaction)."""
    return rewrite(src, dest, manifest=lambda m: m["payload"]["case"].update(rule="civil-apeal"))


def text_as_a_number(src, dest):
    return rewrite(src, dest, manifest=lambda m: m["payload"]["case"].update(subject=12345))


def unlisted_file(src, dest):
    data = PDF

    def manifest(m):
        m["files"].append({"path": "attachments/extra", "sha256": hashlib.sha256(data).hexdigest(),
                           "size": len(data)})

    return rewrite(src, dest, manifest=manifest, add=[("attachments/extra", data)])


def pdf_that_is_text(src, dest):
    data = b"not a pdf at all"
    name = f"attachments/{hashlib.sha256(data).hexdigest()}"
    return rewrite(src, dest, manifest=lambda m: _listed(m, name, data), add=[(name, data)])


def bad_body(src, dest):
    return rewrite(src, dest, manifest=lambda m: m["payload"]["requester"][0].update(kind="castle"))


def dropped_member(src, dest):
    first = []

    def member(name, data):
        if name.startswith("attachments/") and not first:
            first.append(name)
            return None
        return data

    return rewrite(src, dest, member=member)


HOSTILE = [
    (wrong_hash, ("hash_mismatch",), "контрольной суммой"),
    (dotdot, ("unsafe_path",), "недопустимым путём"),
    (absolute, ("unsafe_path",), "недопустимым путём"),
    (ten_gigabytes, ("too_large",), "ГБ"),
    (ten_gigabytes_in_the_manifest_only, ("size_mismatch",), "размер"),
    (bomb, ("bomb",), "архивную бомбу"),
    (newer_schema, ("newer_schema",), "Обновите Kelisim"),
    (schema_zero, ("bad-version",), "версии формата 0"),
    (backup_format, ("wrong_format",), "резервная копия"),
    (truncated, ("damaged",), "повреждён"),
    (not_a_zip, ("not_archive",), "не архив Kelisim"),
    (no_case, ("bad-package",), "нет сведений о деле"),
    (case_is_a_list, ("bad-package",), "нет сведений о деле"),
    (unknown_rule, ("bad-rule",), "неизвестное правило «civil-apeal»"),
    (text_as_a_number, ("bad-field",), "поле «предмет иска»: ожидался текст"),
    (unlisted_file, ("bad-package",), "не указанный в описи"),
    (pdf_that_is_text, ("file-content",), "по содержимому"),
    (bad_body, ("bad-package",), "сведения об органе"),
    (dropped_member, ("missing_member",), "нет в архиве"),
]


@pytest.mark.parametrize("make,codes,text", HOSTILE, ids=[h[0].__name__ for h in HOSTILE])
def test_a_hostile_request_package_is_refused_and_nothing_is_written(sides, tmp_path, make, codes, text):
    a, b, case_id, package = sides
    hostile = make(package, tmp_path / f"{make.__name__}.kelisim")
    before = snapshot(b)
    with pytest.raises(StoreError) as e:
        import_package(b, hostile, today=TODAY)
    assert e.value.code in codes, e.value.message("ru")
    assert text in e.value.message("ru") and e.value.message("kk") and e.value.message("kk") != e.value.message("ru")
    assert "\n" not in e.value.message("ru")
    assert snapshot(b) == before
    assert not list(tmp_path.rglob("evil.pdf")) and not Path("/tmp/evil.pdf").exists()
    if codes[0] not in ("bad-rule", "bad-field", "hash_mismatch", "file-content"):  # found only when loading
        with pytest.raises(StoreError):  # the dialog's look at the package refuses it too
            inspect_package(hostile)
    # the genuine package still loads afterwards: the refusal left nothing in its way
    assert import_package(b, package, today=TODAY).created


def test_a_case_file_is_not_a_request_package(sides, tmp_path):
    a, b, case_id, package = sides
    case_file = export_case(a, case_id, tmp_path / "case.kelisim")
    before = snapshot(b)
    with pytest.raises(StoreError) as e:
        import_package(b, case_file, today=TODAY)
    assert e.value.code == "wrong_format" and "файл дела" in e.value.message("ru")
    assert "импортом дела" in e.value.message("ru") and snapshot(b) == before


def test_a_tampered_decision_is_refused_and_the_request_stays_awaiting(sides, tmp_path):
    a, b, case_id, package = sides
    incoming = import_package(b, package, today=TODAY).case
    b.cases.set_status(incoming.id, "decided_consented", on=date(2026, 11, 24), decision_reasons="Есть основания.")
    doc = docx(tmp_path / "Решение.docx", "Решение")
    back = export_decision(b, incoming.id, tmp_path / "decision.kelisim", decision_doc=doc)
    before = snapshot(a)
    for name, change in (("verdict", lambda m: m["payload"]["decision"].update(decision="maybe")),
                         ("date", lambda m: m["payload"]["decision"].update(decision_date="2026-02-30")),
                         ("peer", lambda m: m["payload"]["decision"].update(peer_uid="../../x")),
                         ("early", lambda m: m["payload"]["decision"].update(decision_date="2026-11-17"))):
        with pytest.raises(StoreError) as e:
            import_package(a, rewrite(back, tmp_path / f"{name}.kelisim", manifest=change), today=TODAY)
        assert e.value.code in ("bad-package", "bad-date-order"), name
        assert snapshot(a) == before, name
    with pytest.raises(StoreError) as e:
        import_package(a, wrong_hash(back, tmp_path / "hash.kelisim"), today=TODAY)
    assert e.value.code == "hash_mismatch" and snapshot(a) == before
    assert a.cases.get(case_id).status == "request_sent"
    assert import_package(a, back, today=TODAY).case.status == "consented"


def test_formats_are_named_for_the_lawyer():
    from kelisim.store.archive import FORMAT_NAMES

    assert FORMAT_NAMES[REQUEST_FORMAT][0] == "пакет запроса" and FORMAT_NAMES[DECISION_FORMAT][0] == "пакет решения"


def test_files_stored_before_a_failure_are_removed_again(sides):
    """The last attachment cannot be stored (a file stands where its folder must be: a real I/O error); the ones
    stored before it are removed with the rolled-back case, so the attachments folder is as it was."""
    a, b, case_id, package = sides
    with zipfile.ZipFile(package) as zf:
        listed = json.loads(zf.read("manifest.json"))["payload"]["attachments"]
    last = listed[-1]["sha256"]
    assert all(item["sha256"][:2] != last[:2] for item in listed[:-1])  # (the contents are fixed: no collision)
    (b.attachments.folder / last[:2]).write_bytes(b"in the way")
    before = snapshot(b)
    with pytest.raises(StoreError) as e:
        import_package(b, package, today=TODAY)
    assert e.value.code == "io-error"
    assert snapshot(b) == before
    assert not any(b.attachments.path_of(item["sha256"]).exists() for item in listed)


# ---------------------------------------------------------------------------- any payload value
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30) | st.sampled_from(["", "2026-02-30", "2026-11-20", "civil-appeal", "first_head",
                                               "district", "x" * 5000, "../x", "314845000"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6)
PAYLOAD_PLACES = [("case", k) for k in (*REQUEST_FIELDS, "parties")] + [
    ("requester", 0, "kato"), ("requester", 0, "kind"), ("requester", 0, "name_ru"), ("approver", 0, "kato"),
    ("approver", 0, "name_ru"), ("requester",), ("approver",), ("signatory", "name"), ("signatory", "role"),
    ("signatory",), ("attachments", 0, "role"), ("attachments", 0, "pages"), ("attachments", 0, "name"),
    ("attachments", 0, "sha256"), ("attachments",), ("case",)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(place=st.sampled_from(PAYLOAD_PLACES), value=JSON_VALUES)
def test_any_payload_value_is_loaded_or_refused_cleanly(sides, tmp_path_factory, place, value):
    """Whatever a package's payload holds, the import either succeeds or is refused with a StoreError — never another
    exception — and a refusal writes nothing."""
    a, b, case_id, package = sides
    folder = tmp_path_factory.mktemp("fuzz")

    def change(meta):
        target = meta["payload"]
        for key in place[:-1]:
            target = target[key]
        target[place[-1]] = value

    hostile = rewrite(package, folder / "p.kelisim", manifest=change)
    with Store(folder / "home", auto_backup=False, today=TODAY) as store:
        store.bodies.set_own(store.bodies.from_kato(DISTRICT).id)
        before = snapshot(store)
        try:
            result = import_package(store, hostile, today=TODAY)
        except StoreError as exc:
            assert exc.message("ru") and exc.message("kk")
            assert snapshot(store) == before
        else:
            assert result.created and result.case.direction == "incoming"
            assert store.attachments.verify() == []


def test_what_loading_would_refuse_at_once_is_said_before_anything_is_asked(sides, tmp_path):
    """``precheck_package``: the dialog that asks the receipt date and our incoming number opens only for a package
    that can be loaded; nothing is written by looking."""
    a, b, case_id, package = sides
    before = snapshot(b)
    precheck_package(b, package)  # a new request: nothing to say
    assert snapshot(b) == before
    with pytest.raises(StoreError) as own:
        precheck_package(a, package)
    assert own.value.code == "own-request"
    incoming = import_package(b, package, today=TODAY).case
    before = snapshot(b)
    with pytest.raises(StoreError) as duplicate:
        precheck_package(b, package)
    assert duplicate.value.code == "duplicate-request" and snapshot(b) == before
    b.cases.set_status(incoming.id, "decided_consented", on=TODAY, decision_reasons="Основания имеются.")
    decision = export_decision(b, incoming.id, tmp_path / "decision.kelisim",
                               decision_doc=docx(tmp_path / "Решение.docx", "Решение"))
    with Store(tmp_path / "third", auto_backup=False, today=TODAY) as third:
        with pytest.raises(StoreError) as unknown:
            precheck_package(third, decision)
        assert unknown.value.code == "request-not-found"
    if a.cases.get(case_id).status == "draft":
        a.cases.set_status(case_id, "request_sent", on=TODAY)
    precheck_package(a, decision)  # our request, awaiting this decision
    import_package(a, decision, today=TODAY)
    with pytest.raises(StoreError) as again:
        precheck_package(a, decision)
    assert again.value.code == "duplicate-decision"
