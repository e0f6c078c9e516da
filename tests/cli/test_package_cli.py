"""`kelisim package export|import|show` end to end between two data folders: the rural district sends its request
(the letter generated from the built-in template), the district akimat loads it, decides, sends the decision (the
decision document generated), and the rural district loads it back. Refusals are one line on stderr with exit 2."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kelisim.cli import main
from kelisim.store import Official, Store
from kelisim.store.register import NewAttachment, register_case

TODAY = date(2026, 11, 27)
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>"
       b" endobj\n3 0 obj << /Type /Page >> endobj\n%%EOF\n")


def kelisim(monkeypatch, capsys, home: Path, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("KELISIM_HOME", str(home))
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def docx_text(path: Path) -> str:
    from docx import Document

    return "\n".join(p.text for p in Document(str(path)).paragraphs)


@pytest.fixture
def homes(tmp_path):
    """The rural district's data folder with an outgoing case ready to send, and the district akimat's."""
    from docx import Document

    rural, district = tmp_path / "rural", tmp_path / "district"
    draft, act = tmp_path / "Жалоба.docx", tmp_path / "Решение суда.pdf"
    document = Document()
    document.add_paragraph("Апелляционная жалоба")
    document.save(str(draft))
    act.write_bytes(PDF)
    with Store(rural, auto_backup=False, today=TODAY) as store:
        own = store.bodies.set_own(store.bodies.from_kato("314845000").id)
        store.officials.add(Official(None, own.id, "first_head", "Сейтқали Нұрлан Ержанұлы",
                                     position_ru="Аким Касыкского сельского округа"))
        case = register_case(store, {
            "rule": "civil-appeal", "court_ru": "Кордайский районный суд", "case_number": "2-77/2026",
            "subject": "о сносе самовольной постройки", "act_final": "2026-11-13",
            "parties": [{"role": "plaintiff", "name": "Петров Пётр Петрович"}], "executor_name": "Сейтова А.",
        }, requester_kato="314845000", today=TODAY,
            attachments=[NewAttachment("draft_complaint", draft), NewAttachment("court_act", act)])
        store.cases.set_status(case.id, "request_sent", on=date(2026, 11, 18))
        bare = register_case(store, {"rule": "civil-appeal", "court_ru": "Кордайский районный суд",
                                     "case_number": "2-78/2026", "subject": "о взыскании", "act_final": "2026-11-13"},
                             requester_kato="314845000", today=TODAY)
    with Store(district, auto_backup=False, today=TODAY) as store:
        own = store.bodies.set_own(store.bodies.from_kato("314800000").id)
        store.officials.add(Official(None, own.id, "first_head", "Жуманов Асхат Болатович",
                                     position_ru="Аким Кордайского района"))
    return rural, district, case.id, bare.id


def test_a_request_and_its_decision_travel_through_the_command_line(homes, tmp_path, monkeypatch, capsys):
    rural, district, case_id, _ = homes
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    code, out, err = kelisim(monkeypatch, capsys, rural, "package", "export", str(case_id), "--out", str(outbox),
                             "--today", "2026-11-27", "--json")
    assert code == 0, err
    sent = json.loads(out)
    package = Path(sent["file"])
    assert sent["kind"] == "request" and package == outbox / "Запрос 2-77_2026.kelisim"
    assert sent["size"] == package.stat().st_size
    letters = list((rural / "documents" / f"case-{case_id}").glob("*.docx"))
    assert len(letters) == 1 and "просит согласовать" in docx_text(letters[0])

    code, out, err = kelisim(monkeypatch, capsys, district, "package", "show", str(package), "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["kind"] == "request" and shown["case_number"] == "2-77/2026" and shown["files"] == 3
    assert shown["requester"] == "Касыкский сельский округ" and shown["request_sent"] == "2026-11-18"

    code, out, err = kelisim(monkeypatch, capsys, district, "package", "import", str(package), "--received",
                             "2026-11-19", "--incoming-number", "вх-1187", "--today", "2026-11-27", "--json")
    assert code == 0, err
    loaded = json.loads(out)
    assert loaded["kind"] == "request" and loaded["created"] and loaded["warnings"] == []
    incoming = loaded["case"]
    assert incoming["direction"] == "incoming" and incoming["status"] == "received"
    assert incoming["received_on"] == "2026-11-19" and incoming["incoming_number"] == "вх-1187"
    assert incoming["request_signatory_name"] == "Сейтқали Нұрлан Ержанұлы"
    assert {a["role"] for a in incoming["attachments"]} == {"draft_complaint", "court_act", "request_letter"}
    letter = next(a for a in incoming["attachments"] if a["role"] == "request_letter")
    assert letter["sha256"] == hashlib.sha256(letters[0].read_bytes()).hexdigest()

    with Store(district, auto_backup=False, today=TODAY) as store:
        store.cases.set_status(incoming["id"], "decided_consented", on=date(2026, 11, 24),
                               decision_reasons="Доводы жалобы обоснованны.")
    code, out, err = kelisim(monkeypatch, capsys, district, "package", "export", str(incoming["id"]), "--out",
                             str(outbox))
    assert code == 0, err
    back = Path(out.strip())
    assert back == outbox / "Решение 2-77_2026.kelisim"
    decisions = list((district / "documents" / f"case-{incoming['id']}").glob("*.docx"))
    assert len(decisions) == 1 and "Доводы жалобы обоснованны." in docx_text(decisions[0])

    code, out, err = kelisim(monkeypatch, capsys, rural, "package", "show", str(back))
    assert code == 0 and "Пакет решения" in out and "согласовать" in out and "24.11.2026" in out
    code, out, err = kelisim(monkeypatch, capsys, rural, "package", "import", str(back))
    assert code == 0, err
    assert out.startswith(f"Решение внесено в дело №{case_id} (2-77/2026): согласовано 24.11.2026.")
    with Store(rural, auto_backup=False, today=TODAY) as store:
        case = store.cases.get(case_id)
        assert (case.status, case.decision_reasons) == ("consented", "Доводы жалобы обоснованны.")
        attached = [a for a in store.attachments.of_case(case_id) if a.role == "decision"]
        assert [a.sha256 for a in attached] == [hashlib.sha256(decisions[0].read_bytes()).hexdigest()]

    # the same decision again: refused through the real entry point, one line, nothing changed
    env = {**os.environ, "KELISIM_HOME": str(rural)}
    proc = subprocess.run([sys.executable, "-m", "kelisim", "package", "import", str(back)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("kelisim: ") and proc.stderr.count("\n") == 1 and "уже внесено" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("which,argv,text", [
    ("bare", ("package", "export", "{bare}", "--out", "{tmp}"), "проект жалобы"),
    ("rural", ("package", "export", "abc", "--out", "{tmp}"), "не положительное число"),
    ("rural", ("package", "import", "{tmp}/нет.kelisim"), "не найден"),
    ("rural", ("package", "import", "/etc/hostname"), "не архив Kelisim"),
    ("district", ("package", "import", "{tmp}/x.kelisim", "--received", "2026-11-31"), "не существует"),
    ("district", ("package", "show", "/etc/hostname"), "не архив Kelisim"),
], ids=["no-attachments", "bad-id", "missing-file", "not-a-package", "bad-date", "show-not-a-package"])
def test_refusals_are_one_line_with_exit_2_and_change_nothing(homes, tmp_path, monkeypatch, capsys, which, argv,
                                                              text):
    rural, district, case_id, bare_id = homes
    home = district if which == "district" else rural
    with Store(home, auto_backup=False, today=TODAY) as store:
        before = (store.cases.count(), len(list((home / "attachments").rglob("*"))))
    argv = [a.format(bare=bare_id, tmp=tmp_path) for a in argv]
    code, out, err = kelisim(monkeypatch, capsys, home, *argv)
    assert code == 2 and out == "" and text in err
    assert err.startswith("kelisim: ") and err.count("\n") == 1
    with Store(home, auto_backup=False, today=TODAY) as store:
        assert (store.cases.count(), len(list((home / "attachments").rglob("*")))) == before
    assert not list(tmp_path.glob("*.kelisim"))
    if which == "bare":
        assert not (home / "documents" / f"case-{bare_id}").exists()  # refused before any document was written
