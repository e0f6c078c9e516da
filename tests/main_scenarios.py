"""The program's main scenarios through the command line, on data full of distinctive personal data: used by
tests/test_no_network.py (in a process with sockets blocked) and tests/test_personal_data.py (in this process, then the
logs and the data folder are searched for the ИИН and the names).

Two akimats' data folders: the rural district (requesting) and the district akimat (approving). Through ``kelisim``'s
own ``main``: deadlines, route, calendar, case new (with parties, their ИИН/БИН and attachments), generate, package
export / show / import, case list --search, report (plain and --mask), case export (plain and --mask), case import,
backup and restore. Setting up the bodies and their heads (which the command line does not do: the Settings dialog
does) goes through the store.

As a script: ``python tests/main_scenarios.py WORK`` runs everything in the folder WORK (created) and prints one JSON
object (what was made) on stdout; exit code 0 when every command answered with exit code 0.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from datetime import date
from pathlib import Path

TODAY = "2026-11-27"
# Distinctive people and their numbers (valid check digits): none of these may reach a log file.
PEOPLE = {
    "plaintiff": ("Жумабеков Ерлан Серикович", "770315300557"),
    "third_party": ("Қуанышбекова Әйгерім Талғатқызы", "850722400127"),
}
COMPANY = ("ТОО «Алтынсарин-Агро»", "040840000025")
EXECUTOR = "Тлеубердиева Мадина Ришатовна"
REQUESTER_HEAD = "Сейтқали Нұрлан Ержанұлы"
APPROVER_HEAD = "Жуманов Асхат Болатович"
SUBJECT = "о взыскании с Жумабекова Ерлана Сериковича (ИИН 770315300557) ущерба в пользу Қуанышбекова Әйгерім"
SURNAMES = ("Жумабеков", "Қуанышбекова", "Тлеубердиева", "Сейтқали", "Жуманов")
GIVEN_NAMES = ("Ерлан", "Серикович", "Әйгерім", "Талғатқызы", "Мадина", "Ришатовна")
NUMBERS = (PEOPLE["plaintiff"][1], PEOPLE["third_party"][1], COMPANY[1])
RURAL_KATO = "314845000"  # Касыкский сельский округ
DISTRICT_KATO = "314800000"  # Кордайский район
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>"
       b" endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n"
       b"%%EOF\n")


class ScenarioFailed(AssertionError):
    pass


def kelisim(home: Path, *argv: str) -> str:
    """``kelisim ARGV`` on the data folder ``home`` in this process; its stdout. Any exit code but 0 fails."""
    from kelisim.cli import main

    out, err = io.StringIO(), io.StringIO()
    previous = os.environ.get("KELISIM_HOME")
    os.environ["KELISIM_HOME"] = str(home)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(argv))
    finally:
        if previous is None:
            os.environ.pop("KELISIM_HOME", None)
        else:
            os.environ["KELISIM_HOME"] = previous
    if code != 0:
        raise ScenarioFailed(f"kelisim {' '.join(argv)} → exit {code}: {err.getvalue().strip()}")
    return out.getvalue()


def prepare(work: Path) -> dict:
    """The two data folders with their own bodies and heads, and the files a lawyer attaches."""
    from docx import Document

    from kelisim.store import Official, Store

    work.mkdir(parents=True, exist_ok=True)
    rural, district = work / "rural", work / "district"
    today = date.fromisoformat(TODAY)
    for home, kato, head, position in ((rural, RURAL_KATO, REQUESTER_HEAD, "Аким Касыкского сельского округа"),
                                       (district, DISTRICT_KATO, APPROVER_HEAD, "Аким Кордайского района")):
        with Store(home, auto_backup=False, today=today) as store:
            own = store.bodies.set_own(store.bodies.from_kato(kato).id)
            store.officials.add(Official(None, own.id, "first_head", head, position_ru=position))
    files = work / "files"
    files.mkdir(exist_ok=True)
    draft, act = files / f"Жалоба {PEOPLE['plaintiff'][0]}.docx", files / "Решение суда.pdf"
    document = Document()
    document.add_paragraph(f"Апелляционная жалоба по делу {PEOPLE['plaintiff'][0]}, ИИН {PEOPLE['plaintiff'][1]}")
    document.save(str(draft))
    act.write_bytes(PDF)
    case_file = files / "case.json"
    case_file.write_text(json.dumps({
        "rule": "civil-appeal", "court_ru": "Кордайский районный суд Жамбылской области", "case_number": "2-901/2026",
        "subject": SUBJECT, "act_final": "2026-11-13", "act_received": "2026-11-16", "executor_name": EXECUTOR,
        "executor_phone": "+7 726 362 11 22",
        "notes": f"Представитель истца — {PEOPLE['third_party'][0]}",
        "parties": [{"role": "plaintiff", "name": PEOPLE["plaintiff"][0], "id_number": PEOPLE["plaintiff"][1]},
                    {"role": "defendant", "name": COMPANY[0], "id_number": COMPANY[1]},
                    {"role": "third_party", "name": PEOPLE["third_party"][0], "id_number": PEOPLE["third_party"][1]}],
    }, ensure_ascii=False), encoding="utf-8")
    return {"work": work, "rural": rural, "district": district, "draft": draft, "act": act, "case_file": case_file}


def run(work: Path) -> dict:
    """Every scenario; returns what was made (paths as strings, ids)."""
    from kelisim.store import Store

    p = prepare(Path(work))
    work, rural, district = p["work"], p["rural"], p["district"]
    made: dict = {"rural": str(rural), "district": str(district)}
    json.loads(kelisim(rural, "deadlines", "civil-appeal", "2026-11-13", "--received", "2026-11-18", "--today", TODAY,
                       "--json"))
    json.loads(kelisim(rural, "route", RURAL_KATO, "--json"))
    json.loads(kelisim(rural, "calendar", "2026", "--json"))
    case = json.loads(kelisim(rural, "case", "new", "--json-file", str(p["case_file"]), "--requester", RURAL_KATO,
                              "--attach", f"draft_complaint={p['draft']}", "--attach", f"court_act={p['act']}",
                              "--today", TODAY, "--json"))
    made["case"] = case["id"]
    generated = json.loads(kelisim(rural, "generate", str(case["id"]), "--out", str(work / "generated"), "--today",
                                   TODAY, "--json"))
    made["generated"] = generated
    with Store(rural, auto_backup=False, today=date.fromisoformat(TODAY)) as store:
        store.cases.set_status(case["id"], "request_sent", on=date(2026, 11, 18))
    outbox = work / "outbox"
    outbox.mkdir(exist_ok=True)
    package = json.loads(kelisim(rural, "package", "export", str(case["id"]), "--out", str(outbox), "--today", TODAY,
                                 "--json"))["file"]
    made["package"] = package
    json.loads(kelisim(district, "package", "show", package, "--json"))
    loaded = json.loads(kelisim(district, "package", "import", package, "--received", "2026-11-19", "--today", TODAY,
                                "--json"))
    made["incoming"] = loaded["case"]["id"]
    found = json.loads(kelisim(district, "case", "list", "--search", "Жумабеков", "--json"))
    if found["total"] != 1:
        raise ScenarioFailed(f"case list --search found {found['total']} cases, expected 1")
    for name, extra in (("reports", ()), ("reports-masked", ("--mask",))):
        report = json.loads(kelisim(rural, "report", "--from", "2026-07-01", "--to", "2026-12-31", "--out",
                                    str(work / name), "--today", TODAY, "--json", *extra))
        made[name] = report["files"]
    made["export"] = kelisim(rural, "case", "export", str(case["id"]), "--out", str(work / "case.kelisim")).strip()
    made["export-masked"] = kelisim(rural, "case", "export", str(case["id"]), "--out", str(work / "masked.kelisim"),
                                    "--mask").strip()
    imported = json.loads(kelisim(work / "third", "case", "import", made["export"], "--json"))
    made["imported"] = imported["id"]
    made["backup"] = kelisim(rural, "backup", str(work / "backup.zip")).strip()
    made["backup-in-home"] = kelisim(rural, "backup").strip()
    kelisim(rural, "restore", made["backup"])
    shown = json.loads(kelisim(rural, "case", "show", str(case["id"]), "--json"))
    if shown["subject"] != SUBJECT:
        raise ScenarioFailed("the restored case is not the one backed up")
    return made


if __name__ == "__main__":
    try:
        print(json.dumps(run(Path(sys.argv[1])), ensure_ascii=False))
    except ScenarioFailed as exc:
        print(f"scenario failed: {exc}", file=sys.stderr)
        sys.exit(1)
