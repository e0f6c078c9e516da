"""The documents of a case as DOCX, in Russian or Kazakh, from templates a lawyer can edit in Word.

``generate_documents(bundle, out_dir)`` writes the request letter, the attachments list and the decision (or, on the
approving side, the legal service's proposal and the decision); ``check_template`` says what is wrong with a
template; ``build_context`` is the documented set of names a template sees (resources/templates/README.md). The
bundle is built by ``kelisim.store.bundle.case_bundle``: this package never reads the database.
"""
from __future__ import annotations

from kelisim.documents.templates import DocumentError

KINDS = ("request", "decision", "attachments-list", "proposal")


def generate_documents(bundle, out_dir, **options):
    from kelisim.documents.generate import generate_documents as generate

    return generate(bundle, out_dir, **options)


def check_template(path, kind=None, lang="ru"):
    from kelisim.documents.check import check_template as check

    return check(path, kind, lang)


__all__ = ["DocumentError", "KINDS", "generate_documents", "check_template"]
