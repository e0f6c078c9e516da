"""The interface language: Qt translators for Russian and Kazakh, remembered in the settings file.

Source strings in the code and the forms are English; ``resources/i18n/kelisim_ru.qm`` and ``kelisim_kk.qm``
translate them (built by ``make i18n``). Switching installs the new translators; Qt then sends every widget a
``LanguageChange`` event: the strings of each form are re-translated by the form loader (``kelisim.ui.forms``), and
each page re-renders what it computed (rule titles, trail, warnings, error messages, day names) in
``current_language()``.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator

from kelisim.home import settings_path
from kelisim.resources import resources_dir

LANGUAGES = ("ru", "kk")
DEFAULT_LANGUAGE = "ru"
LANGUAGE_KEY = "ui/language"
GEOMETRY_KEY = "ui/geometry"
DOCUMENT_LANGUAGE_KEY = "documents/language"  # the new request's document language; unset: the interface language

_state = {"lang": DEFAULT_LANGUAGE, "applied": False}
_translators: list[QTranslator] = []


def settings() -> QSettings:
    """The interface settings (language, window geometry) in the data folder's ``settings.ini``."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def saved_language() -> str:
    value = settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _state["lang"]


def saved_document_language() -> str | None:
    """The document language chosen in Settings, or None: follow the interface language."""
    value = settings().value(DOCUMENT_LANGUAGE_KEY, "")
    return value if value in LANGUAGES else None


def document_language() -> str:
    """The language a new request's documents are written in by default (the wizard's starting choice)."""
    return saved_document_language() or current_language()


def set_document_language(lang: str | None) -> None:
    """Remember the default document language (None: follow the interface language)."""
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown document language {lang!r}; expected one of {LANGUAGES}")
    s = settings()
    if lang is None:
        s.remove(DOCUMENT_LANGUAGE_KEY)
    else:
        s.setValue(DOCUMENT_LANGUAGE_KEY, lang)
    s.sync()


def locale_for(lang: str) -> QLocale:
    if lang == "kk":
        return QLocale(QLocale.Language.Kazakh, QLocale.Country.Kazakhstan)
    return QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan)


def qm_path(lang: str):
    return resources_dir() / "i18n" / f"kelisim_{lang}.qm"


def apply_language(lang: str, *, remember: bool = True) -> None:
    """Install the translators of ``lang`` (and Qt's own, for standard buttons and menus); optionally remember it."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown interface language {lang!r}; expected one of {LANGUAGES}")
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    _state["lang"] = lang
    _state["applied"] = True
    QLocale.setDefault(locale_for(lang))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"kelisim_{lang}", str(qm_path(lang).parent))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
    # Installing a translator posts a LanguageChange to every window; deliver them now, so the whole interface
    # speaks the new language when this returns (and a test can look at it at once).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    if remember:
        s = settings()
        s.setValue(LANGUAGE_KEY, lang)
        s.sync()


def ensure_language() -> str:
    """Apply the remembered language unless a language has been applied already; return the current one."""
    if not _state["applied"]:
        apply_language(saved_language(), remember=False)
    return current_language()


def reset() -> None:
    """Remove our translators and forget the applied language (tests: simulate a fresh start)."""
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    _state.update(lang=DEFAULT_LANGUAGE, applied=False)
