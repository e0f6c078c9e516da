from __future__ import annotations

import pytest

from kelisim.documents.sample import sample_bundle


@pytest.fixture
def bundle():
    return sample_bundle()


def docx_text(path) -> str:
    """Every paragraph of a DOCX (tables included), read back with python-docx."""
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(str(path))
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in document.element.body.iter(qn("w:p")))
