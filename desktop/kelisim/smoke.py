"""``kelisim --smoke``: does this installation work by itself? The installer's proof (``make bundle``, the Windows
workflow) and an IT person's check after installing.

On a fresh temporary data folder (or the one ``KELISIM_HOME`` names), offscreen:
1. the law: a deadline through the working-day calendar (the shipped holiday and calendar data move it);
2. the store: a sample case registered the way the wizard does it (KATO routing, our body, the two heads), with a
   small PDF and DOCX attached (content-addressed, checked back);
3. the window: the real main window opens, paints the register with the case, checks the data file and builds
   its calculator and calendar tabs; Qt's and our translations load, Qt finds fonts;
4. the documents: the request and the decision written from the built-in templates and read back with python-docx
   (the court and the approver's name are there).
Prints one line per step and a closing line; exit code 0 when every step passed, 1 at the first that failed (with a
line that says which and why). The temporary folder is removed afterwards (``--keep`` keeps it).
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
import traceback
from datetime import date, timedelta
from pathlib import Path

USAGE = "usage: kelisim --smoke [--keep]"

# A small but well-formed one-page PDF (the store counts its pages).
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>"
       b" endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n"
       b"%%EOF\n")
REQUESTER_KATO = "314845000"  # Касыкский сельский округ (Кордайский район, Жамбылская область)
APPROVER_KATO = "314800000"  # Кордайский район: its akim approves (Algorithm п. 2 пп. 8)
COURT = "Кордайский районный суд Жамбылской области"
REQUESTER_HEAD = "Сейтқали Нұрлан Ержанұлы"
APPROVER_HEAD = "Омаров Бауыржан Сейітұлы"


class SmokeFailure(Exception):
    """A step found something wrong: the message says what."""


def _law() -> str:
    from kelisim.law.deadlines import compute_deadlines

    # The example of law/PROCEDURAL-TERMS.md: a month from 21.02.2026 ends on Saturday 21.03.2026, inside Nauryz
    # (21–25.03.2026 with its transferred days off, from the shipped holiday and calendar data) → Thursday 26.03.
    chain = compute_deadlines("civil-appeal", date(2026, 2, 21), received=date(2026, 3, 4), today=date(2026, 3, 2))
    if chain.expiry != date(2026, 3, 26) or chain.request_latest != date(2026, 3, 6):
        raise SmokeFailure(f"civil-appeal from 21.02.2026: expiry {chain.expiry}, request by {chain.request_latest}; "
                           f"expected 2026-03-26 and 2026-03-06 (are the calendar data files complete?)")
    bases = [step.basis("ru") for step in chain.trail if step.basis("ru")]
    if len(bases) < 4:
        raise SmokeFailure(f"the explanation has {len(bases)} steps with a basis; expected at least 4")
    from kelisim.law.calendar import default_calendar, kz_holidays

    # The `holidays` package itself (used for a year past the shipped table) with its Kazakh names.
    en, kk, _ = kz_holidays(2026, from_package=True)
    if date(2026, 3, 21) not in kk or not kk[date(2026, 3, 21)]:
        raise SmokeFailure("the holidays package does not know Nauryz 2026 (its locale files are missing?)")
    cal = default_calendar()
    return (f"civil-appeal 21.02.2026 → expires {chain.expiry:%d.%m.%Y}, request by {chain.request_latest:%d.%m.%Y} "
            f"({len(chain.trail)} steps, basis «{bases[-1]}»); calendar {cal.edition}, confirmed through "
            f"{cal.valid_through}")


def _register(home: Path, work: Path) -> tuple[int, str, str]:
    from docx import Document

    from kelisim.store import Store
    from kelisim.store.bodies import Official
    from kelisim.store.register import NewAttachment, register_case

    act, draft = work / "решение суда.pdf", work / "проект жалобы.docx"
    act.write_bytes(PDF)
    document = Document()
    document.add_paragraph("Проект апелляционной жалобы (проверка установки Kelisim).")
    document.save(str(draft))
    today = date.today()
    with Store(home, auto_backup=False) as store:
        # On a data folder in use (KELISIM_HOME), our body and the heads already recorded are kept as they are.
        requester = store.bodies.from_kato(REQUESTER_KATO)
        if store.bodies.own() is None:
            store.bodies.set_own(requester.id)
        approver = store.bodies.from_kato(APPROVER_KATO)
        for body, name, position in ((requester, REQUESTER_HEAD, "Аким Касыкского сельского округа"),
                                     (approver, APPROVER_HEAD, "Аким Кордайского района")):
            if store.officials.head(body.id, today) is None:
                store.officials.add(Official(None, body.id, "first_head", name, position_ru=position))
        approver_head = store.officials.head(approver.id, today).full_name
        fields = {"rule": "civil-appeal", "court_ru": COURT, "case_number": "2-1/SMOKE",
                  "subject": "о взыскании ущерба (проверка установки)", "act_kind": "решение",
                  "act_final": (today - timedelta(days=3)).isoformat(), "executor_name": "Ахметова Айгүл Серікқызы",
                  "parties": [{"role": "plaintiff", "name": "Жұмабаев Ерғали Қайратұлы"},
                              {"role": "defendant", "name": "Аппарат акима Касыкского сельского округа"}]}
        case = register_case(store, fields, requester_kato=REQUESTER_KATO, require_attachments=True,
                             attachments=[NewAttachment("court_act", act), NewAttachment("draft_complaint", draft)])
        if case.approver_id != approver.id:
            raise SmokeFailure(f"the case was routed to body {case.approver_id}, expected the district akim "
                               f"({approver.id}, Algorithm п. 2 пп. 8)")
        attached = store.attachments.of_case(case.id)
        bad = store.attachments.verify()
        if len(attached) != 2 or bad:
            raise SmokeFailure(f"{len(attached)} attachments stored (expected 2); failed their check: {bad}")
        return case.id, approver_head, (f"case №{case.id} ({case.case_number}) → {approver.head_ru}, request by "
                         f"{case.due('request_latest'):%d.%m.%Y}; attachments: "
                         + ", ".join(f"{a.original_name} ({a.pages or '?'} p.)" for a in attached))


def _window() -> str:
    from kelisim.ui.smoke_window import check_main_window

    seen = check_main_window()
    if seen.errors:
        raise SmokeFailure("an error inside the window: " + "; ".join(seen.errors))
    if seen.timed_out:
        raise SmokeFailure(f"the window did not finish opening in time (register rows: {seen.rows}, data file "
                           f"checked: {seen.verified})")
    if not seen.rows:
        raise SmokeFailure("the register painted no row (the registered case is missing)")
    if not seen.fonts:
        raise SmokeFailure("Qt finds no font: every text would be drawn as empty boxes (install a font, e.g. "
                           "fonts-dejavu-core)")
    if seen.qt_translation == "Cancel":
        raise SmokeFailure("Qt's own Russian translation (qtbase_ru.qm) did not load")
    for lang, text in seen.our_translations.items():
        if not text or text.startswith("Version"):
            raise SmokeFailure(f"the interface translation kelisim_{lang}.qm did not load")
    return (f"platform {seen.platform}, {seen.rows} register row(s), data file checked, tabs: "
            f"{' | '.join(seen.tabs)}; {seen.fonts} font families")


def _documents(home: Path, case_id: int, approver_head: str) -> str:
    from kelisim.law.person_names import initials_surname
    from kelisim.services import generate_for_case
    from kelisim.store import Store

    with Store(home, auto_backup=False) as store:
        written = generate_for_case(store, case_id, kinds=("request", "decision"), lang="ru")
    if len(written) != 2:
        raise SmokeFailure(f"{len(written)} documents written; expected the request and the decision")
    # The request is addressed to the approver («Акиму Кордайского района г-ну Омарову Б.С.»: the surname declined);
    # the decision is signed by the approver («Б.С. Омаров») and names the court.
    surname, initials = approver_head.split()[0], initials_surname(approver_head).split()[0]
    expected = {"request": (COURT, surname, initials), "decision": (COURT, initials_surname(approver_head))}
    for kind, path in zip(("request", "decision"), written):
        text = docx_text(path)
        missing = [what for what in expected[kind] if what not in text]
        if missing:
            raise SmokeFailure(f"the {kind} ({path.name}) lacks: {', '.join(missing)}")
    return ", ".join(f"{p.name} ({p.stat().st_size // 1024} KB)" for p in written)


def docx_text(path: Path) -> str:
    """Every paragraph of a DOCX (tables included), read back with python-docx."""
    from docx import Document
    from docx.oxml.ns import qn

    body = Document(str(path)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p")))


def run(home: Path, out=print) -> None:
    """Every step on the data folder ``home``, one line each through ``out``; raises ``SmokeFailure`` (or the error
    met) at the first that fails, with ``step`` set on it. The window reads ``KELISIM_HOME``: point it at ``home``."""
    step = "law"
    try:
        with tempfile.TemporaryDirectory(prefix="kelisim-smoke-files-") as work:
            out(f"ok  law        {_law()}")
            step = "store"
            case_id, approver_head, text = _register(home, Path(work))
            out(f"ok  store      {text}")
        step = "window"
        out(f"ok  window     {_window()}")
        step = "documents"
        out(f"ok  documents  {_documents(home, case_id, approver_head)}")
    except Exception as exc:
        exc.step = step
        raise


def where() -> str:
    from kelisim import __version__
    from kelisim.resources import resources_dir
    from kelisim.ui.paths import forms_dir

    kind = "bundle " + str(Path(sys.executable).parent) if getattr(sys, "frozen", False) else "source " + str(
        Path(__file__).resolve().parent)
    for folder in (resources_dir(), forms_dir()):
        if not folder.is_dir():
            raise SmokeFailure(f"the folder {folder} is missing: reinstall the program")
    utf8 = ", UTF-8 mode" if sys.flags.utf8_mode else ""
    return f"Kelisim {__version__} ({kind}), Python {sys.version.split()[0]}{utf8}, resources {resources_dir()}"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--smoke"]:
        args = args[1:]
    keep = "--keep" in args
    if [a for a in args if a != "--keep"]:
        print(USAGE, file=sys.stderr)
        return 2
    for stream in (sys.stdout, sys.stderr):  # a pipe on Windows would otherwise get the ANSI code page
        if stream is not None and hasattr(stream, "reconfigure") and (stream.encoding or "").lower() != "utf-8":
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    started = time.perf_counter()
    given = os.environ.get("KELISIM_HOME")
    home = Path(given).expanduser() if given else Path(tempfile.mkdtemp(prefix="kelisim-smoke-"))
    os.environ["KELISIM_HOME"] = str(home)  # the window and every later step use this folder
    try:
        print(f"Kelisim smoke test: {where()}; data folder {home}", flush=True)
        run(home, out=lambda line: print(line, flush=True))
    except Exception as exc:  # noqa: BLE001 - the report names whatever failed
        message = exc.message("ru") if callable(getattr(exc, "message", None)) else str(exc)
        if not isinstance(exc, SmokeFailure):
            traceback.print_exc(file=sys.stderr)
        print(f"kelisim --smoke: FAILED at step '{getattr(exc, 'step', 'start')}': {type(exc).__name__}: "
              f"{' '.join(message.split())}", file=sys.stderr, flush=True)
        return 1
    finally:
        if not given and not keep:
            shutil.rmtree(home, ignore_errors=True)
    print(f"Smoke test passed: 4 steps in {time.perf_counter() - started:.1f} s"
          + (f" (data kept in {home})" if keep and not given else ""), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
