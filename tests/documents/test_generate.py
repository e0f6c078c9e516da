"""Generating the documents: real DOCX files, read back with python-docx; both languages; the decision's mandatory
fields; atomic writes; the messages when something is wrong."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm, Pt

from conftest import docx_text
from kelisim.documents import DocumentError
from kelisim.documents.generate import generate_documents
from kelisim.documents.layout import write_builtin
from kelisim.documents.sample import sample_bundle
from kelisim.documents.templates import copy_for_editing, resolve, restore_builtin

ALL = ("request", "attachments-list", "decision", "proposal")


def test_request_in_russian_says_what_the_algorithm_asks(tmp_path, bundle):
    request, listing, decision = generate_documents(bundle, tmp_path)
    text = docx_text(request)
    for expected in ("АППАРАТ АКИМА КАСЫКСКОГО СЕЛЬСКОГО ОКРУГА", "ҚАСЫҚ АУЫЛДЫҚ ОКРУГІ ӘКІМІНІҢ АППАРАТЫ",
                     "№ 01-15/112 от 3 марта 2026 года", "Акиму Кордайского района", "г-ну Ахметову Т.Б.",
                     "О согласовании права апелляционного обжалования",
                     "частью второй статьи 401 Гражданского процессуального кодекса",
                     "Суд: Кордайский районный суд Жамбылской области.", "Номер дела: 2-1234/2026.",
                     "Истец: Жұмабаев Ерғали Қайратұлы.", "Предмет иска: о взыскании ущерба",
                     "решение от 21 февраля 2026 года (получен 24 февраля 2026 года)",
                     "1 месяц (ГПК РК, ст. 403 ч. 3), истекает 26 марта 2026 года",
                     "последний день направления — 6 марта 2026 года", "Приложение: на 13 л.",
                     "1. Проект апелляционной жалобы — на 6 л.",
                     "2. Копия обжалуемого судебного акта (решение от 21.02.2026, Кордайский районный суд Жамбылской "
                     "области) — на 5 л.", "3. Акт обследования жилого дома — на 2 л.",
                     "Аким Касыкского сельского округа", "Н.Е. Сейтқали", "Исп.: Ахметова Айгүл Серікқызы"):
        assert expected in text, expected
    assert "{{" not in text and "{%" not in text
    assert "880101300123" not in text  # the plaintiff's ИИН is not needed in the letter


def test_request_in_kazakh(tmp_path):
    request = generate_documents(sample_bundle(language="kk"), tmp_path, kinds=["request"])[0]
    assert request.name == "2026-03-03 Келісу туралы сұрау салу — іс 2-1234-2026.docx"
    text = docx_text(request)
    for expected in ("2026 жылғы 3 наурыз № 01-15/112", "Қордай ауданының әкіміне", "Т.Б. Ахметовқа",
                     "Апелляциялық шағым жасау құқығын келісу туралы", "401-бабының екінші бөлігіне",
                     "Сот: Жамбыл облысы Қордай аудандық соты.", "Қосымша: 13 парақта.",
                     "жіберудің соңғы күні — 2026 жылғы 6 наурыз", "Орын.: Ахметова Айгүл Серікқызы"):
        assert expected in text, expected


def test_cassation_in_an_administrative_case_cites_the_appp_and_article_435(tmp_path):
    request = generate_documents(sample_bundle(rule="admin-cassation"), tmp_path, kinds=["request"])[0]
    text = docx_text(request)
    assert "частью 1-1 статьи 435" in text and "статьи 1 Административного процедурно-процессуального" in text
    assert "права кассационного обжалования" in text


@pytest.mark.parametrize("decision, verdict", [
    (None, "[СОГЛАСОВАТЬ / ОТКАЗАТЬ В СОГЛАСОВАНИИ — выберите одно]"),
    ("consented", "Согласовать право апелляционного обжалования решения по делу № 2-1234/2026."),
    ("refused", "Отказать в согласовании права апелляционного обжалования решения по делу № 2-1234/2026."),
])
def test_decision_has_the_four_mandatory_fields(tmp_path, decision, verdict):
    path = generate_documents(sample_bundle(decision=decision), tmp_path, kinds=["decision"])[0]
    text = docx_text(path)
    assert "1. Наименование вышестоящего административного органа: Аппарат акима Кордайского района." in text
    assert "2. Наименование суда: Кордайский районный суд Жамбылской области." in text
    assert "3. Предмет иска: о взыскании ущерба, причинённого затоплением жилого дома" in text
    assert f"4. Решение: {verdict}" in text
    assert ("Обоснование принятого решения: Доводы проекта" in text) == (decision is not None)
    assert "[ОБОСНОВАНИЕ" in text or decision is not None
    title = {None: "о согласовании / об отказе в согласовании", "consented": "о согласовании права",
             "refused": "об отказе в согласовании права"}[decision]
    assert title in text
    assert "Аким Кордайского района" in text and "Т.Б. Ахметов" in text


def test_kazakh_decision_and_proposal(tmp_path):
    decision, proposal = generate_documents(sample_bundle(decision="refused", language="kk"), tmp_path,
                                            kinds=["decision", "proposal"])
    text = docx_text(decision)
    assert "1. Жоғары тұрған әкімшілік органның атауы: Қордай ауданы әкімінің аппараты." in text
    assert "келісуден бас тарту." in text
    assert "Алгоритмнің 7-тармағына сәйкес заң қызметі" in docx_text(proposal)


def test_attachments_list_is_a_table_with_pages_and_a_total(tmp_path, bundle):
    path = generate_documents(bundle, tmp_path, kinds=["attachments-list"])[0]
    table = Document(str(path)).tables[0]
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["№ п/п", "Наименование документа", "Количество листов"]
    assert rows[1] == ["1", "Проект апелляционной жалобы", "6"]
    assert rows[-1][1:] == ["Итого", "13"] and len(rows) == 5


def test_layout_of_an_official_letter(tmp_path, bundle):
    path = generate_documents(bundle, tmp_path, kinds=["request"])[0]
    document = Document(str(path))
    section = document.sections[0]
    for actual, expected in ((section.page_width, 210), (section.page_height, 297), (section.left_margin, 30),
                             (section.right_margin, 10), (section.top_margin, 20), (section.bottom_margin, 20)):
        assert abs(actual - Mm(expected)) < Mm(0.1), (actual.mm, expected)
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size == Pt(14)
    executor = [p for p in document.paragraphs if p.text.startswith("Исп.:")][0]
    assert all(r.font.size == Pt(12) for r in executor.runs)


def test_special_characters_are_escaped_not_breaking_the_file(tmp_path):
    bundle = sample_bundle()
    bundle.case.subject = 'о взыскании <ущерба> & "пени"'
    bundle.case.decision_reasons = "Первое основание.\nВторое основание."
    bundle.case.decision = "consented"
    request, decision = generate_documents(bundle, tmp_path, kinds=["request", "decision"])
    assert 'Предмет иска: о взыскании <ущерба> & "пени".' in docx_text(request)
    text = docx_text(decision)
    assert "Первое основание." in text and "Второе основание." in text


def test_missing_bodies_are_refused_with_a_clear_message(tmp_path):
    bundle = sample_bundle()
    object.__setattr__(bundle, "approver", None)
    with pytest.raises(DocumentError) as caught:
        generate_documents(bundle, tmp_path)
    assert "согласующий орган" in caught.value.message("ru") and caught.value.message("kk") != caught.value.message("ru")
    assert not list(tmp_path.iterdir())


def test_user_template_wins_and_restore_moves_it_aside(tmp_path, bundle):
    home = tmp_path / "home"
    own = copy_for_editing("request", "ru", home)
    document = Document(str(own))
    document.add_paragraph("Наш особый абзац для {{ case.number }}")
    document.save(str(own))
    assert resolve("request", "ru", home).user
    path = generate_documents(bundle, tmp_path / "out", kinds=["request"], home=home)[0]
    assert "Наш особый абзац для 2-1234/2026" in docx_text(path)
    moved = restore_builtin("request", "ru", home)
    assert moved.exists() and moved.parent.name == "replaced" and not own.exists()
    assert not resolve("request", "ru", home).user
    assert restore_builtin("request", "ru", home) is None


def test_a_broken_user_template_names_the_field_and_offers_the_builtin(tmp_path, bundle):
    home = tmp_path / "home"
    own = copy_for_editing("request", "ru", home)
    document = Document(str(own))
    document.add_paragraph("Суд первой инстанции: {{ case.cort }}")
    document.save(str(own))
    with pytest.raises(DocumentError) as caught:
        generate_documents(bundle, tmp_path / "out", kinds=["request"], home=home)
    error = caught.value
    assert "case.cort" in error.message("ru") and "Суд первой инстанции" in error.message("ru")
    assert "встроенному шаблону" in error.message("ru") and error.builtin_available and error.template == own
    assert "case.cort" in error.message("kk")
    assert not (tmp_path / "out").exists()
    path = generate_documents(bundle, tmp_path / "out", kinds=["request"], home=home, use_builtin=True)[0]
    assert "Суд: Кордайский районный суд" in docx_text(path)


def test_a_decision_template_without_a_mandatory_field_is_refused(tmp_path, bundle):
    home = tmp_path / "home"
    own = copy_for_editing("decision", "ru", home)
    document = Document(str(own))
    for paragraph in document.paragraphs:
        if "case.subject" in paragraph.text:
            for run in paragraph.runs:
                run.text = run.text.replace("{{ case.subject }}", "—")
    document.save(str(own))
    with pytest.raises(DocumentError) as caught:
        generate_documents(bundle, tmp_path / "out", kinds=["decision"], home=home)
    assert "предмет иска" in caught.value.message("ru") and "Алгоритм, п. 8" in caught.value.message("ru")


def test_nothing_is_half_written_when_the_disk_is_full(tmp_path, bundle, monkeypatch):
    out = tmp_path / "out"
    first = generate_documents(bundle, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_replace = os.replace
    calls = []

    def full_disk(src, dst):
        calls.append(dst)
        if len(calls) == 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst)
    monkeypatch.setattr(os, "replace", full_disk)
    changed = sample_bundle()
    changed.case.subject = "другой предмет"
    with pytest.raises(DocumentError) as caught:
        generate_documents(changed, out)
    assert caught.value.code == "disk-full" and "Освободите место" in caught.value.message("ru")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # old files intact, no temporary left
    assert len(first) == 3


def test_a_document_open_in_word_gives_a_message_to_close_it(tmp_path, bundle, monkeypatch):
    def locked(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")
    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(DocumentError) as caught:
        generate_documents(bundle, tmp_path, kinds=["request"])
    assert caught.value.code == "file-locked" and "Закройте документ" in caught.value.message("ru")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kelisim-")]


def test_committed_templates_are_what_the_layout_module_builds(tmp_path):
    """resources/templates is generated by `make templates`: nobody edits one and forgets the other."""
    from kelisim.documents.check import skeleton
    from kelisim.documents.templates import builtin_dir

    write_builtin(tmp_path)
    for fresh in sorted(tmp_path.glob("*/*.docx")):
        committed = builtin_dir() / fresh.parent.name / fresh.name
        assert skeleton(committed) == skeleton(fresh), committed


def test_a_document_word_holds_open_gets_the_next_free_name(tmp_path, bundle, monkeypatch):
    first = generate_documents(bundle, tmp_path, kinds=["request"])[0]
    assert first.name == "2026-03-03 Запрос о согласовании — дело 2-1234-2026.docx"
    real_replace = os.replace

    def word_lock(src, dst):  # Windows: the open file cannot be replaced; a new name can be written
        if Path(dst) == first:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        return real_replace(src, dst)
    monkeypatch.setattr(os, "replace", word_lock)
    second = generate_documents(bundle, tmp_path, kinds=["request"])[0]
    assert second.name == "2026-03-03 Запрос о согласовании — дело 2-1234-2026 (2).docx"
    assert "Суд: Кордайский" in docx_text(second) and first.exists()


def test_missing_data_is_listed_in_the_users_language(tmp_path):
    bundle = sample_bundle()
    bundle.case.subject = ""
    bundle.case.court_ru = " "
    object.__setattr__(bundle, "attachments", [a for a in bundle.attachments if a.role != "court_act"])
    object.__setattr__(bundle, "request_signatory", None)
    with pytest.raises(DocumentError) as caught:
        generate_documents(bundle, tmp_path)
    ru, kk = caught.value.message("ru"), caught.value.message("kk")
    for words in ("наименование суда", "предмет иска", "подписант запроса", "обжалуемый судебный акт"):
        assert words in ru
    assert "соттың атауы" in kk and "талап қою нысанасы" in kk
    assert not list(tmp_path.iterdir())


def test_documents_benchmark_runs_and_writes_every_file():
    """The benchmark itself (small): every figure present, every file written. Times are not asserted here."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from documents_bench import bench_documents

    result = bench_documents(repeat=2, batch=3)
    assert result["batch_files"] == 6 and result["pair_ms"] > 0 and result["baseline_open_save_ms"] > 0


@pytest.mark.parametrize("lang, proposal, verdict, blank", [
    ("ru", "refuse", "Отказать в согласовании права апелляционного обжалования", "[СОГЛАСОВАТЬ / ОТКАЗАТЬ"),
    ("kk", "consent", "шағым жасау құқығын келісу.", "[КЕЛІСУ / КЕЛІСУДЕН"),
])
def test_the_proposal_states_the_legal_services_proposal_before_any_decision(tmp_path, lang, proposal, verdict,
                                                                             blank):
    """Algorithm п. 7: the legal service proposes before the decision is taken; the proposal's own words, not the
    decision's blanks, fill the document."""
    import dataclasses

    bundle = sample_bundle(language=lang)
    reasons = "Основания для обжалования, предусмотренные статьёй 427 ГПК, отсутствуют."
    case = dataclasses.replace(bundle.case, direction="incoming", proposal=proposal, proposal_reasons=reasons)
    path = generate_documents(dataclasses.replace(bundle, case=case), tmp_path, kinds=["proposal"])[0]
    text = docx_text(path)
    assert verdict in text and reasons in text and blank not in text
    unproposed = generate_documents(bundle, tmp_path / "blank", kinds=["proposal"])[0]
    assert blank in docx_text(unproposed)


@pytest.mark.parametrize("role, addressed", [("first_head", True), ("acting_head", True), ("", True),
                                             ("deputy", False)])
def test_the_decision_answers_the_head_who_signed_an_incoming_request(tmp_path, role, addressed):
    """A request typed from its letter or loaded from a package: the requester's officials are not in our register,
    the letter names who signed it — the head (or acting head) is whom the decision answers; a deputy's signature is
    a defect the review points out, and the decision is not addressed to the deputy."""
    import dataclasses

    bundle = sample_bundle(decision="consented")
    case = dataclasses.replace(bundle.case, direction="incoming", request_signatory_name="Сейтқали Нұрлан Ержанұлы",
                               request_signatory_role=role)
    path = generate_documents(dataclasses.replace(bundle, case=case, request_signatory=None), tmp_path,
                              kinds=["decision"])[0]
    assert ("Сейтқали Н.Е." in docx_text(path)) is addressed
