"""Backups, restore, and one case moved between two copies of the program; the case CLI."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from datetime import date

import pytest

from kelisim.store import Store, StoreError
from kelisim.store.register import NewAttachment, register_case
from kelisim.store.transfer import backup, export_case, import_case, restore

TODAY = date(2026, 3, 1)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Pages /Count 3 >> endobj\n%%EOF\n"


def fields(**extra):
    data = {"rule": "civil-appeal", "court_ru": "Кордайский районный суд", "case_number": "2-77/2026",
            "subject": "о сносе самовольной постройки", "act_announced": "2026-02-16", "act_final": "2026-02-21",
            "parties": [{"role": "plaintiff", "name": "Петров Пётр"}]}
    data.update(extra)
    return data


@pytest.fixture
def files(tmp_path):
    act = tmp_path / "решение.pdf"
    act.write_bytes(PDF)
    draft = tmp_path / "жалоба.pdf"
    draft.write_bytes(PDF.replace(b"3", b"2"))
    return [NewAttachment("court_act", act), NewAttachment("draft_complaint", draft)]


def test_register_case_routes_and_attaches_all_or_nothing(tmp_path, files):
    with Store(tmp_path / "a", today=TODAY) as store:
        case = register_case(store, fields(), requester_kato="314845000", attachments=files, today=TODAY)
        assert store.bodies.get(case.approver_id).kato == "314800000" and case.route_basis == "Алгоритм, п. 2 пп. 8"
        assert len(store.attachments.of_case(case.id)) == 2
        bad = [files[0], NewAttachment("draft_complaint", tmp_path / "нет.pdf")]
        with pytest.raises(StoreError):
            register_case(store, fields(case_number="2-78/2026"), requester_kato="314845000", attachments=bad)
        assert store.cases.count() == 1
        with pytest.raises(StoreError) as e:
            register_case(store, fields(), requester_kato="314845000", approver_kato="310000000")
        assert e.value.code == "override-reason-required" and "п. 2 пп. 8" in e.value.message("ru")
        other = register_case(store, fields(case_number="2-79/2026"), requester_kato="314845000",
                              approver_kato="310000000", override_reason="поручение акима области")
        assert other.approver_override_reason == "поручение акима области"
        with pytest.raises(StoreError) as e:
            register_case(store, fields(), attachments=files[:1], require_attachments=True)
        assert e.value.code == "attachments-missing" and "проект жалобы" in e.value.message("ru")


def test_a_case_travels_to_another_copy_with_its_attachments(tmp_path, files):
    with Store(tmp_path / "a", today=TODAY) as a:
        case = register_case(a, fields(), requester_kato="314845000", attachments=files, today=TODAY)
        package = export_case(a, case.id, tmp_path)
    assert package.name == "2-77_2026.kelisim"
    with Store(tmp_path / "b", today=TODAY) as b:
        imported = import_case(b, package)
        assert imported.uid == case.uid and imported.case_number == "2-77/2026"
        assert b.bodies.get(imported.approver_id).head_ru == "аким Кордайского района"
        got = {(x.role, x.original_name, x.sha256) for x in b.attachments.of_case(imported.id)}
        assert got == {(f.role, f.path.name, hashlib.sha256(f.path.read_bytes()).hexdigest()) for f in files}
        assert b.attachments.verify() == []
        with pytest.raises(StoreError) as e:
            import_case(b, package)
        assert e.value.code == "duplicate-case"


def test_a_tampered_package_is_refused_and_nothing_is_imported(tmp_path, files):
    with Store(tmp_path / "a", today=TODAY) as a:
        case = register_case(a, fields(), attachments=files, today=TODAY)
        package = export_case(a, case.id, tmp_path / "case.kelisim")
    tampered = tmp_path / "tampered.kelisim"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("attachments/"):
                data = data.replace(b"%%EOF", b"%%EOX")
            dst.writestr(item, data)
    with Store(tmp_path / "b", today=TODAY) as b:
        with pytest.raises(StoreError) as e:
            import_case(b, tampered)
        assert e.value.code == "hash_mismatch"
        assert b.cases.count() == 0 and b.bodies.list() == []
        not_zip = tmp_path / "x.kelisim"
        not_zip.write_text("hello", encoding="utf-8")
        with pytest.raises(StoreError) as e:
            import_case(b, not_zip)
        assert e.value.code == "not_archive"


def test_backup_and_restore_keep_the_current_data_aside(tmp_path, files):
    home = tmp_path / "home"
    with Store(home, today=TODAY) as store:
        register_case(store, fields(), attachments=files, today=TODAY)
        archive = backup(store, tmp_path)
        register_case(store, fields(case_number="после копии"), today=TODAY)
        assert store.cases.count() == 2
    with zipfile.ZipFile(archive) as z:
        manifest = json.loads(z.read("manifest.json"))
    assert manifest["format"] == "kelisim-backup" and manifest["payload"]["cases"] == 1
    assert len(manifest["files"]) == 3 and all(len(f["sha256"]) == 64 for f in manifest["files"])
    aside = restore(home, archive)
    assert (aside / "kelisim.db").exists()
    with Store(home, today=TODAY) as store:
        assert store.cases.count() == 1 and store.attachments.verify() == []
    broken = tmp_path / "broken.zip"
    broken.write_bytes(archive.read_bytes()[:-200])
    with pytest.raises(StoreError):
        restore(home, broken)
    with Store(home, today=TODAY) as store:
        assert store.cases.count() == 1


def run(*args, home):
    import os

    env = {**os.environ, "KELISIM_HOME": str(home)}
    proc = subprocess.run([sys.executable, "-m", "kelisim", *args], capture_output=True, text=True, env=env,
                          timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def test_case_cli_new_list_show_export_import(tmp_path):
    home = tmp_path / "home"
    act = tmp_path / "act.pdf"
    act.write_bytes(PDF)
    code, out, err = run("case", "new", "--rule", "civil-appeal", "--court", "Кордайский районный суд",
                         "--number", "2-5/2026", "--subject", "о взыскании", "--act-final", "2026-02-21",
                         "--plaintiff", "Иванов И.И.", "--requester", "314845000", "--attach", f"court_act={act}",
                         "--today", "2026-03-01", "--json", home=home)
    assert code == 0, err
    case = json.loads(out)
    assert case["deadlines"]["request_latest"] == "2026-03-06" and case["attachments"][0]["pages"] == 3
    code, out, err = run("case", "list", "--json", "--search", "взыскании", home=home)
    assert code == 0 and json.loads(out)["total"] == 1
    code, out, err = run("case", "show", str(case["id"]), home=home)
    assert code == 0 and "06.03.2026" in out and "act.pdf" in out
    code, out, err = run("case", "export", str(case["id"]), "--out", str(tmp_path), home=home)
    assert code == 0 and out.strip().endswith(".kelisim")
    code, out, err = run("case", "import", out.strip(), home=tmp_path / "other")
    assert code == 0 and "импортировано" in out
    code, out, err = run("backup", str(tmp_path / "b.zip"), home=home)
    assert code == 0 and (tmp_path / "b.zip").exists()


@pytest.mark.parametrize("args,text", [
    (("case", "new", "--rule", "civil-apeal", "--act-final", "2026-02-21"), "Неизвестное правило"),
    (("case", "new", "--rule", "civil-appeal", "--act-final", "2026-02-30"), "не дата"),
    (("case", "new", "--rule", "civil-appeal", "--act-final", "2026-02-21", "--plaintiff", "Х;123456789012"),
     "контрольная цифра"),
    (("case", "new", "--rule", "civil-appeal", "--act-final", "2026-02-21", "--attach", "court_act=/нет.pdf"),
     "не найден"),
    (("case", "new", "--json-file", "/нет.json"), "не найден"),
    (("case", "show", "abc"), "не положительное число"),
    (("case", "show", "999"), "не найдено"),
    (("case", "import", "/etc/hostname"), "Kelisim"),
])
def test_case_cli_bad_input_exits_2_and_changes_nothing(tmp_path, args, text):
    home = tmp_path / "home"
    code, out, err = run(*args, home=home)
    assert code == 2 and text in err and "Traceback" not in err
    with Store(home, auto_backup=False) as store:
        assert store.cases.count() == 0


def test_a_body_kato_does_not_hold_routes_through_its_recorded_parents(tmp_path):
    from kelisim.store import Body
    from kelisim.store.register import route_body

    with Store(tmp_path / "a", today=TODAY) as store:
        district = store.bodies.from_kato("314000000")
        department = store.bodies.add(Body(None, "local_executive_body", "ГУ «Отдел образования Жамбылского района»",
                                           parent_id=district.id))
        result, approver = route_body(store, department.id, "civil")
        assert approver.id == district.id and result.rule == "p2-5" and result.basis_ru == "Алгоритм, п. 2 пп. 5"
        result, approver = route_body(store, district.id, "civil")
        assert approver.kato == "310000000" and result.rule == "p2-6"


def test_a_body_whose_kato_code_this_edition_lacks_is_matched_by_its_name(tmp_path, files):
    """A case file from a copy with a newer KATO edition: a code ours does not hold is no reason to refuse the case;
    the body is found or added by its name, as a body KATO does not hold."""
    with Store(tmp_path / "a", today=TODAY) as a:
        case = register_case(a, fields(), requester_kato="314845000", attachments=files, today=TODAY)
        package = export_case(a, case.id, tmp_path / "case.kelisim")
    newer = tmp_path / "newer.kelisim"
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(newer, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["payload"]["requester"][0]["kato"] = "314899999"  # not in this copy's classifier
                data = json.dumps(manifest, ensure_ascii=False).encode()
            dst.writestr(item, data)
    with Store(tmp_path / "b", today=TODAY) as b:
        imported = import_case(b, newer)
        requester = b.bodies.get(imported.requester_id)
        assert "Касык" in requester.name_ru and requester.kind == "rural_district"
        assert requester.kato is None
