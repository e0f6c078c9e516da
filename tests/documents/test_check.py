"""The template check: each kind of broken template is reported with the paragraph where the fault sits, in both
languages; every built-in template passes; the README documents every name of the context."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from kelisim.documents.check import DOCXTPL_PREFIX, check_template
from kelisim.documents.context import build_context, context_names
from kelisim.documents.sample import sample_bundle
from kelisim.documents.templates import builtin_dir, builtin_template

ROOT = Path(__file__).resolve().parents[2]


def template_with(tmp_path, *paragraphs: str, name: str = "request.docx") -> Path:
    document = Document(str(builtin_template("request", "ru").path))
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / name
    document.save(str(path))
    return path


@pytest.mark.parametrize("lang", ["ru", "kk"])
@pytest.mark.parametrize("kind", ["request", "decision", "attachments-list", "proposal"])
def test_every_builtin_template_passes(kind, lang):
    assert check_template(builtin_template(kind, lang).path, kind, lang) == []


@pytest.mark.parametrize("paragraph, code, words", [
    ("{% if case.number %}Номер есть", "syntax", "не закрыт блок"),
    ("Поле {{ case.number } и текст", "syntax", "непарная фигурная скобка"),
    ("{% endif %} без начала", "syntax", "тег без пары"),
    ("Суд: {{ case.cort }}", "unknown-name", "case.cort"),
    ("{% if decision.decided %}{{ decision.verdikt }}{% endif %}", "unknown-name", "decision.verdikt"),
    ("{%p for a in attachments.list %}{{ a.titel }}{%p endfor %}", "unknown-name", "a.titel"),
    ("{{ nonsense }}", "unknown-name", "nonsense"),
    ("{{ case.number|uper }}", "bad-filter", "uper"),
    ("{{ attachments.count / 0 }}", "render", "ZeroDivisionError"),
])
def test_broken_templates_are_reported_with_their_paragraph(tmp_path, paragraph, code, words):
    problems = check_template(template_with(tmp_path, paragraph), "request", "ru")
    assert problems and problems[0].code == code, problems
    message = problems[0].message("ru")
    assert "request.docx" in message and words in message + problems[0].field
    assert problems[0].paragraph == DOCXTPL_PREFIX.sub(r"\1 ", paragraph)  # the paragraph, as the lawyer sees it
    assert problems[0].message("kk") != message and "request.docx" in problems[0].message("kk")


def test_word_typographic_quotes_inside_a_tag_are_repaired(tmp_path):
    # Word's autocorrect turns ' into ‘ ’ and " into « »: the template still works.
    path = template_with(tmp_path, "Номер: {{ out.number or ‘без номера’ }} и {{ case.court or «суд» }}")
    assert check_template(path, "request", "ru") == []
    from kelisim.documents.generate import render

    import io
    data = render(path, build_context(sample_bundle(), "ru"))
    text = "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)
    assert "Номер: 01-15/112 и Кордайский районный суд" in text


def test_a_file_that_is_not_a_docx_is_refused_clearly(tmp_path):
    fake = tmp_path / "request.docx"
    fake.write_bytes(b"%PDF-1.4 not a word document")
    problems = check_template(fake, "request")
    assert problems[0].code == "unreadable" and "не документ Word" in problems[0].message("ru")
    assert check_template(tmp_path / "missing.docx")[0].code == "unreadable"


def test_decision_without_the_mandatory_fields(tmp_path):
    document = Document()
    document.add_paragraph("Решение по делу {{ case.number }}")
    path = tmp_path / "decision.docx"
    document.save(str(path))
    problems = check_template(path, "decision", "ru")
    assert [p.code for p in problems] == ["mandatory-missing"] * 5
    assert "наименование суда" in " ".join(p.message("ru") for p in problems)


def test_the_readme_documents_every_name_of_the_context():
    readme = (builtin_dir() / "README.md").read_text(encoding="utf-8")
    names = context_names(build_context(sample_bundle(decision="consented"), "ru"))
    missing = [n for n in names if f"`{n}`" not in readme]
    assert not missing, missing


def test_templates_check_command(tmp_path):
    env = {"KELISIM_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin"}
    import os
    env = {**os.environ, **env}
    ok = subprocess.run([sys.executable, "-m", "kelisim", "templates", "check"], capture_output=True, text=True,
                        env=env, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.count("OK") == 8
    broken = template_with(tmp_path, "{% if case.number %}")
    bad = subprocess.run([sys.executable, "-m", "kelisim", "templates", "check", str(broken)], capture_output=True,
                         text=True, env=env, timeout=120)
    assert bad.returncode == 2 and "не закрыт блок" in bad.stdout and bad.stderr.count("\n") == 1
