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

