"""Every string the interface shows is translated into Russian and Kazakh, and the compiled .qm files are fresh.

The source strings are English, in ``tr()`` / ``QCoreApplication.translate()`` calls of ``kelisim/ui/*.py`` and
``kelisim/app.py`` and in the translatable ``<string>`` properties of ``forms/*.ui``; ``make i18n`` collects them
into ``resources/i18n/kelisim_{ru,kk}.ts`` and compiles the .qm files.
"""
from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from kelisim.resources import resources_dir
from kelisim.ui.i18n_build import sources, untranslated

LANGS = ("ru", "kk")
PLACEHOLDER = re.compile(r"\{\w*\}")


def ts_file(lang: str) -> Path:
    return resources_dir() / "i18n" / f"kelisim_{lang}.ts"


def ts_messages(lang: str) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) → the <translation> element."""
    out = {}
    for context in ET.parse(ts_file(lang)).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"), message.findtext("comment") or "")] = message.find("translation")
    return out


def _text(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def python_strings(path: Path) -> set[tuple[str, str, str]]:
    """``self.tr(src[, disambiguation])`` in a class (context: the class name) and
    ``QCoreApplication.translate(context, src[, disambiguation])``."""
    found = set()

    def visit(node, cls: str | None):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                args = [_text(a) for a in child.args]
                if child.func.attr == "tr" and cls and args and args[0] is not None:
                    found.add((cls, args[0], args[1] if len(args) > 1 and args[1] else ""))
                elif child.func.attr == "translate" and len(args) >= 2 and None not in args[:2]:
                    found.add((args[0], args[1], args[2] if len(args) > 2 and args[2] else ""))
            visit(child, cls)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return found


def form_strings(path: Path) -> set[tuple[str, str, str]]:
    root = ET.parse(path).getroot()
    context = root.findtext("class")
    return {(context, s.text, s.get("comment", "")) for s in root.iter("string")
            if s.get("notr") != "true" and s.text}


def code_strings() -> set[tuple[str, str, str]]:
    found = set()
    for path in sources():
        found |= form_strings(path) if path.suffix == ".ui" else python_strings(path)
    return found


def test_the_sources_have_strings_of_every_kind():
    strings = code_strings()
    contexts = {c for c, _, _ in strings}
    assert {"MainWindow", "CalculatorPage", "CalendarPage", "Calendar", "AboutDialog", "NonWorkingModel"} <= contexts
    assert ("MainWindow", "Deadline calculator", "") in strings  # from a form
    assert ("CalculatorPage", "Please note:", "") in strings  # from self.tr
    assert ("Calendar", "May", "month") in strings  # from QCoreApplication.translate with a disambiguation


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    assert untranslated(ts_file(lang)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_source_string_is_in_the_ts_and_nothing_stale(lang):
    in_ts = set(ts_messages(lang))
    in_code = code_strings()
    assert sorted(in_code - in_ts) == [], "run `make i18n` and translate the new strings"
    assert sorted(in_ts - in_code) == [], "the .ts keeps strings the code no longer has: run `make i18n`"


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders_and_accelerators(lang):
    for (context, source, _), translation in ts_messages(lang).items():
        text = "".join(translation.itertext())
        where = f"{context}: {source!r} → {text!r}"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        assert ("&" in text.replace("&&", "")) == ("&" in source.replace("&&", "")), where
        assert text == text.strip(), where


def test_kazakh_is_not_russian():
    ru, kk = ts_messages("ru"), ts_messages("kk")
    words = [key for key, node in kk.items() if len(key[1]) > 12 and "".join(node.itertext()) == "".join(ru[key].itertext())]
    assert words == []
    kazakh_letters = set("әғқңөұүһі")
    assert sum(1 for node in kk.values() if kazakh_letters & set("".join(node.itertext()).lower())) > len(kk) / 3


@pytest.mark.parametrize("lang", LANGS)
def test_the_compiled_qm_is_fresh_and_loads(qapp, lang):
    translator = QTranslator()
    assert translator.load(str(ts_file(lang).with_suffix(".qm")))
    assert translator.language() in ("ru_RU", "kk_KZ")
    for (context, source, disambiguation), node in ts_messages(lang).items():
        expected = "".join(node.itertext())
        assert translator.translate(context, source, disambiguation or None) == expected, \
            f"{lang}: {context}: {source!r}: run `make i18n`"
