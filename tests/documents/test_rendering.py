"""The documents as a printer will see them: converted to PDF by LibreOffice, each is one or two A4 pages and the
Kazakh letters survive (the PDF's text is compared with the document's). Skipped where LibreOffice is absent;
`make test` installs it where it can (the docs-deps target)."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from conftest import docx_text
from kelisim.documents.generate import generate_documents
from kelisim.documents.sample import sample_bundle

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(not (SOFFICE and shutil.which("pdftotext") and shutil.which("pdfinfo")),
                                reason="LibreOffice and poppler-utils are not installed (make docs-deps)")
ALL = ("request", "attachments-list", "decision", "proposal")


def test_every_document_is_one_or_two_a4_pages_with_its_letters_intact(tmp_path):
    docs = []
    for lang in ("ru", "kk"):
        docs += generate_documents(sample_bundle(decision="consented", language=lang), tmp_path / lang, kinds=ALL)
    pdf_dir = tmp_path / "pdf"
    profile = tmp_path / "profile"
    for lang in ("ru", "kk"):
        subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(pdf_dir / lang), *[str(d) for d in docs if d.parent.name == lang]],
                       check=True, capture_output=True, timeout=300)
    for doc in docs:
        pdf = pdf_dir / doc.parent.name / (doc.stem + ".pdf")
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        size = next(line for line in info.splitlines() if line.startswith("Page size:"))
        assert 1 <= pages <= 2, (doc.name, pages)
        assert "595.3" in size and "841.8" in size, size  # A4 in points
        text = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                       check=True).stdout.split()).replace("- ", "-")  # a hyphen at a line end
        words = {w.strip(".,:;()«»—") for w in docx_text(doc).split()}
        kazakh = {w for w in words if any(ch in w for ch in "ӘәҒғҚқҢңӨөҰұҮүҺһІі")}
        assert kazakh and all(w in text for w in kazakh), (doc.name, sorted(w for w in kazakh if w not in text))
