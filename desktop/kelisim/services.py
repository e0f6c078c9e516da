"""What the CLI and the UI both do with more than one package: generate a case's documents and record them.

``documents`` never reads the database and ``store`` knows nothing of documents; this module joins them.
"""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path


def case_documents_folder(store, case_id: int) -> Path:
    """Where a case's documents go by default: ``documents/case-N`` in the data folder."""
    return store.home / "documents" / f"case-{case_id}"


def generate_for_case(store, case_id: int, out_dir: Path | None = None, *, lang: str | None = None, kinds=None,
                      use_builtin: bool = False, today: date | None = None) -> list[Path]:
    """Write the case's documents (user templates from the data folder win) and record each one in the case's
    history with its SHA-256."""
    from kelisim.documents.generate import generate_documents, kinds_for
    from kelisim.store.bundle import case_bundle

    bundle = case_bundle(store, case_id, today=today)
    out = Path(out_dir) if out_dir else case_documents_folder(store, case_id)
    kinds = kinds_for(bundle, kinds)
    written = generate_documents(bundle, out, lang=lang, kinds=kinds, home=store.home, use_builtin=use_builtin)
    for kind, path in zip(kinds, written):  # one file per kind, in order
        store.cases.record_document(case_id, kind, str(path), hashlib.sha256(path.read_bytes()).hexdigest())
    return written



def export_request_package(store, case_id: int, dest: Path, *, lang: str | None = None,
                           today: date | None = None) -> Path:
    """The request package of an outgoing case (``store.exchange``): the request letter is generated into the case's
    documents folder (and recorded in its history), then the package is written to ``dest`` — a file, or a folder
    where it gets a name from the case number. The case is checked before any document is written."""
    from kelisim.store import exchange

    exchange.check_request(store, case_id, today=today)
    letter = generate_for_case(store, case_id, kinds=("request",), lang=lang, today=today)[0]
    return exchange.export_request(store, case_id, dest, letter=letter, today=today)


def export_decision_package(store, case_id: int, dest: Path, *, lang: str | None = None,
                            today: date | None = None) -> Path:
    """The decision package of a decided incoming case: the decision is generated into the case's documents folder,
    then the package is written to ``dest`` (a file, or a folder)."""
    from kelisim.store import exchange

    exchange.check_decision(store, case_id, today=today)
    decision = generate_for_case(store, case_id, kinds=("decision",), lang=lang, today=today)[0]
    return exchange.export_decision(store, case_id, dest, decision_doc=decision, today=today)


def export_package(store, case_id: int, dest: Path, *, lang: str | None = None, today: date | None = None) -> Path:
    """The package a case sends: a request from an outgoing case, a decision from an incoming one."""
    if store.cases.get(case_id).direction == "incoming":
        return export_decision_package(store, case_id, dest, lang=lang, today=today)
    return export_request_package(store, case_id, dest, lang=lang, today=today)


def write_report_files(report, out_dir: Path, *, lang: str = "ru") -> list[Path]:
    """The semi-annual analysis (Typical Regulation п. 9 пп. 7) of figures already counted, as DOCX and XLSX in
    ``out_dir``; returns [docx, xlsx]."""
    from kelisim.documents.report import report_file_name, write_report_docx, write_report_xlsx

    out = Path(out_dir)
    return [write_report_docx(report, out / report_file_name(report, lang, "docx"), lang),
            write_report_xlsx(report, out / report_file_name(report, lang, "xlsx"), lang)]


def write_report(store, start: date, end: date, out_dir: Path, *, lang: str = "ru",
                 today: date | None = None) -> list[Path]:
    """Count the register's figures for ``start``–``end`` (``store.report``) and write the report as DOCX and XLSX in
    ``out_dir``; returns [docx, xlsx]."""
    from kelisim.store.report import report_figures

    return write_report_files(report_figures(store, start, end, today=today), out_dir, lang=lang)
