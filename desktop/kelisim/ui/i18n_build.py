"""``make i18n``: refresh the Qt Linguist sources (.ts) from the code and the forms, and compile them into the .qm
files the program loads.

1. ``pyside6-lupdate`` collects every ``tr()`` / ``QCoreApplication.translate()`` string of ``kelisim/ui/*.py``
   and ``kelisim/app.py`` and every translatable string of ``forms/*.ui`` into ``resources/i18n/kelisim_ru.ts``
   and ``kelisim_kk.ts``, keeping the existing translations (no source locations, so a moved line changes
   nothing; vanished strings are dropped).
2. ``pyside6-lrelease`` compiles each .ts into its .qm.

Then translate what is new (Qt Linguist: ``pyside6-linguist resources/i18n/kelisim_kk.ts``) and run it again.
It exits 1 while any string is untranslated; ``tests/ui/test_translations.py`` fails in that case too.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from kelisim.resources import resources_dir
from kelisim.ui.paths import REPO_ROOT, UI_PACKAGE, forms_dir, qt_tool

LANGUAGES = {"ru": "ru_RU", "kk": "kk_KZ"}


def ts_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or resources_dir() / "i18n") / f"kelisim_{lang}.ts"


def sources() -> list[Path]:
    """The files whose strings are translated: the UI's modules, ``app.py`` and the forms."""
    return [*sorted(UI_PACKAGE.glob("*.py")), UI_PACKAGE.parent / "app.py", *sorted(forms_dir().glob("*.ui"))]


def lupdate(ts: Path, lang: str) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    cmd = [*qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-source-language", "en",
           "-target-language", LANGUAGES[lang], *map(str, sources()), "-ts", str(ts)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO_ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"lupdate failed: {proc.stderr.strip() or proc.stdout.strip()}")


def lrelease(ts: Path, qm: Path) -> None:
    proc = subprocess.run([*qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if proc.returncode != 0 or not qm.exists():
        raise RuntimeError(f"lrelease failed on {ts.name}: {proc.stderr.strip() or proc.stdout.strip()}")


def untranslated(ts: Path) -> list[str]:
    """Source strings of ``ts`` without a finished, non-empty translation (``context: source``)."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not "".join(translation.itertext()).strip():
                out.append(f"{name}: {message.findtext('source')}")
    return out


def main(argv: list[str] | None = None) -> int:
    missing = {}
    for lang in LANGUAGES:
        ts = ts_path(lang)
        lupdate(ts, lang)
        lrelease(ts, ts.with_suffix(".qm"))
        missing[lang] = untranslated(ts)
        print(f"{ts.relative_to(REPO_ROOT)}: {len(missing[lang])} untranslated; compiled {ts.with_suffix('.qm').name}")
    for lang, items in missing.items():
        for item in items:
            print(f"  untranslated ({lang}) {item}", file=sys.stderr)
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
