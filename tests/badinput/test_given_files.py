"""Files a lawyer gives: the court act and the draft complaint as attachments (``store.attachments.add``: random bytes
under any name and extension, truncated PDFs, zip files that are not DOCX, DOCX files with broken XML, text in any
encoding), and document templates (``documents.check.check_template``: random bytes, a DOCX whose fields are broken
Jinja; and generation from such a template of the lawyer's own)."""
from __future__ import annotations

import hashlib
import io
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import examples, json_values, new_case, refused_properly, texts
from kelisim.store.attachments import ROLES

PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>"
       b" endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\ntrailer << /Root 1 0 R >>\n"
       b"%%EOF\n")


def _docx_bytes(text: str = "Апелляционная жалоба") -> bytes:
    from docx import Document

    document = Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX = _docx_bytes()


def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    """A copy of the zip ``data`` with some members' contents replaced (or added)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.pop(info.filename, None) or src.read(info.filename))
        for name, content in replace.items():
            dst.writestr(name, content)
    return out.getvalue()


def _zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, content in members.items():
            z.writestr(name, content)
    return out.getvalue()


@st.composite
def cut(draw, data: bytes):
    return data[:draw(st.integers(0, len(data)))]


@st.composite
def flipped(draw, data: bytes):
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


contents = st.one_of(
    st.binary(max_size=3000),
    cut(PDF), flipped(PDF), st.binary(max_size=200).map(lambda tail: b"%PDF-" + tail),
    cut(DOCX), flipped(DOCX),
    st.binary(max_size=400).map(lambda xml: _rezip(DOCX, {"word/document.xml": xml})),  # broken XML
    st.binary(max_size=100).map(lambda xml: _rezip(DOCX, {"docProps/app.xml": b"<Pages>" + xml + b"</Pages>"})),
    st.dictionaries(st.text(st.characters(exclude_characters="/\\\x00"), min_size=1, max_size=20),  # not a DOCX
                    st.binary(max_size=50), max_size=3).map(_zip_of),
    st.just(_zip_of({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})),
    st.text(max_size=500).map(lambda t: t.encode("utf-8")), st.text("абвгдежзийклмнопрстуфхцчшщъыьэюя\n",
                                                                      max_size=5000).map(lambda t: t.encode("cp1251")),
    st.text(max_size=200).map(lambda t: t.encode("utf-16")),
    st.sampled_from([b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"{\\rtf1", b"\xd0\xcf\x11\xe0\xa1"
                     b"\xb1\x1a\xe1", b"PK\x03\x04", b"PK\x05\x06" + b"\x00" * 18, b"\x00", b" "]).flatmap(
        lambda head: st.binary(max_size=300).map(lambda tail: head + tail)),
)
suffixes = st.sampled_from([".pdf", ".PDF", ".docx", ".doc", ".rtf", ".odt", ".jpg", ".jpeg", ".png", ".tif", ".tiff",
                            ".txt", ".TXT", "", ".exe", ".pdf.exe", ".docx ", ".zip", ".kelisim", "."])
stems = st.one_of(st.sampled_from(["Решение суда", "Жалоба", "a", "…", "CON", "../../x", "C:\\temp\\act",
                                   "act\u202efdp",
                                   "\x00\x01", " ", "Ә" * 300, "file\nname"]), texts)
roles = st.one_of(st.sampled_from(ROLES), texts, json_values)
pages = st.one_of(st.none(), st.integers(-2, 10_002), st.sampled_from([0, 1, 10_000, 10_001, True, 2.5, "3"]),
                  json_values)


@pytest.fixture(scope="module")
def attach_case(kato_store):
    return new_case(kato_store.store, case_number="2-300/2026").id


@pytest.fixture(scope="module")
def incoming_files(tmp_path_factory):
    return tmp_path_factory.mktemp("given")


@examples(600)
@given(contents, suffixes, stems, roles, pages, st.booleans())
def test_any_file_under_any_name_is_attached_or_refused(kato_store, attach_case, incoming_files, data, suffix, stem,
                                                        role, pages, name_given):
    store = kato_store.store
    path = incoming_files / f"given{suffix.strip() or '.bin'}"
    path.write_bytes(data)
    original = f"{stem}{suffix}" if name_given else None
    attachment = kato_store.attempt(lambda: store.attachments.add(attach_case, path, role, pages=pages,
                                                                  original_name=original))
    if attachment is None:
        return
    stored = store.attachments.path_of(attachment.sha256)
    assert stored.read_bytes() == data and hashlib.sha256(data).hexdigest() == attachment.sha256
    assert attachment.role in ROLES and attachment.size == len(data) > 0
    assert attachment.original_name and "/" not in attachment.original_name and "\x00" not in attachment.original_name
    assert attachment.pages is None or 1 <= attachment.pages
    assert attachment.id in [a.id for a in store.attachments.of_case(attach_case)]


# ---------------------------------------------------------------------------------------------- templates
JINJA = ["{{", "}}", "{%", "%}", "{#", "#}", "{{ case.court }}", "{{ case.nonexistent }}", "{{ case.court|nofilter }}",
         "{% if case.court %}", "{% endif %}", "{% else %}", "{% for a in attachments.list %}", "{% endfor %}",
         "{{ a.title }}", "{{ “case.court” }}", "{{ «case» }}", "{%p if decision.consented %}", "{%p endif %}",
         "{{ case.court|upper }}", "{{ 1/0 }}", "{{ case.court.x.y }}", "{{ approver.name }}", "{{ decision.reasons }}",
         "{{ case.subject|default('—') }}", "{% set x = %}", "{{ }}", "{% %}", "{{ case['court'] }}", "{{ case.court }",
         "{{ case.court|join(1) }}", "{{ (case.court }}", "{% macro m() %}", "{% include 'x' %}",
         "{{ case.court + 1 }}"]
paragraphs = st.lists(st.one_of(st.lists(st.one_of(st.sampled_from(JINJA), st.text(max_size=15)), max_size=6)
                                .map("".join), st.sampled_from(JINJA)), min_size=1, max_size=6)


def _template(paras: list[str]) -> bytes:
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(''.join(ch for ch in p if ch.isprintable()))}"
                   f"</w:t></w:r></w:p>" for p in paras)
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats'
           f'.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>')
    return _rezip(DOCX, {"word/document.xml": xml.encode("utf-8")})


templates = st.one_of(paragraphs.map(_template), st.binary(max_size=500), cut(DOCX), flipped(DOCX),
                      st.binary(max_size=300).map(lambda xml: _rezip(DOCX, {"word/document.xml": xml})))


@examples(200)
@given(templates, st.sampled_from([None, "request", "decision", "attachments-list", "proposal"]),
       st.sampled_from(["ru", "kk"]))
def test_template_check_names_every_problem_and_never_fails(incoming_files, data, kind, lang):
    from kelisim.documents.check import check_template

    path = incoming_files / "template.docx"
    path.write_bytes(data)
    problems = check_template(path, kind, lang)
    assert isinstance(problems, list)
    for problem in problems:
        assert problem.message("ru").strip() and problem.message("kk").strip() and problem.code


@examples(150)
@given(st.one_of(st.sampled_from(["request", "decision", "attachments-list", "proposal"]), texts, json_values),
       st.one_of(st.sampled_from(["ru", "kk"]), texts, json_values), st.booleans())
def test_template_lookup_for_any_kind_and_language(kato_store, kind, lang, builtin):
    """Which template a document uses (``documents.templates``): the user's own or the built-in one, or a refusal."""
    from kelisim.documents.templates import DocumentError, KIND_NAMES, resolve

    try:
        ref = resolve(kind, lang, kato_store.store.home, use_builtin=builtin)
    except DocumentError as exc:
        refused_properly(exc)
        return
    assert ref.kind in KIND_NAMES and ref.lang in ("ru", "kk") and ref.path.is_file()


@pytest.fixture(scope="module")
def document_case(kato_store):
    from kelisim.store.register import register_case

    from kelisim.store.register import NewAttachment

    store = kato_store.store
    folder = Path(store.home).parent / "documents-case"
    folder.mkdir(exist_ok=True)
    (folder / "act.pdf").write_bytes(PDF)
    (folder / "draft.docx").write_bytes(DOCX)
    return register_case(store, {"rule": "civil-appeal", "court_ru": "Кордайский районный суд",
                                 "case_number": "2-400/2026", "subject": "о взыскании", "act_final": "2026-11-13"},
                         requester_kato="314845000", today=date(2026, 11, 27),
                         attachments=[NewAttachment("court_act", folder / "act.pdf"),
                                      NewAttachment("draft_complaint", folder / "draft.docx")]).id


@examples(60)
@given(templates)
def test_generation_from_a_broken_template_of_ones_own_is_refused_cleanly(kato_store, document_case, incoming_files,
                                                                         data):
    from kelisim.services import generate_for_case

    store = kato_store.store
    own = store.home / "templates" / "ru" / "request.docx"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_bytes(data)
    out = incoming_files / "documents"
    written = kato_store.attempt(lambda: generate_for_case(store, document_case, out, lang="ru", kinds=("request",),
                                                           today=date(2026, 11, 27)))
    own.unlink()
    if written is None:
        assert not out.exists() or not list(out.glob("*.docx"))
        return
    for path in written:  # a template that passed its check gives a real document
        zipfile.ZipFile(path).testzip()
        path.unlink()


def test_a_document_error_is_a_clear_refusal(kato_store, document_case, incoming_files):
    """One broken field, shown: the refusal names the template and says what to do (the property above can fail)."""
    from kelisim.documents.templates import DocumentError
    from kelisim.services import generate_for_case

    store = kato_store.store
    own = store.home / "templates" / "ru" / "request.docx"
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_bytes(_template(["Суд: {{ case.court }", "{% if case.court %}без конца"]))
    try:
        with pytest.raises(DocumentError) as caught:
            generate_for_case(store, document_case, incoming_files / "one", lang="ru", kinds=("request",))
    finally:
        own.unlink()
    refused_properly(caught.value)
    assert "request.docx" in caught.value.message_ru
