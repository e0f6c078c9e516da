"""Starting the program: fonts, `python -m kelisim gui` with KELISIM_EXIT_AFTER_PAINT, screenshots of both tabs."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QImage

ROOT = Path(__file__).resolve().parents[2]


def test_fonts_are_installed(qapp):
    # Without any font Qt draws empty boxes and every other test still passes.
    assert QFontDatabase.families()


def test_gui_quits_after_first_paint(tmp_path):
    env = dict(os.environ, KELISIM_EXIT_AFTER_PAINT="1", KELISIM_HOME=str(tmp_path / "home"),
               QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "kelisim", "gui"], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    first = [line for line in proc.stdout.splitlines() if line.startswith("first-paint ")]
    assert first and float(first[0].split()[1]) > 0
    assert "Traceback" not in proc.stderr


def test_main_runs_the_window_in_the_remembered_language(tmp_path):
    """The remembered language is applied before the window is painted; exit code 0. (In a process of its own:
    ``app.exec()`` run inside the test process leaves the shared QApplication's timers stalled for later tests.)"""
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.ini").write_text("[ui]\nlanguage=kk\n", encoding="utf-8")
    env = dict(os.environ, KELISIM_EXIT_AFTER_PAINT="1", KELISIM_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "kelisim"], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    first = [line.split() for line in proc.stdout.splitlines() if line.startswith("first-paint ")]
    assert first and first[0][2] == "kk"


def _grab(widget, path: Path) -> QImage:
    assert widget.grab().save(str(path))
    return QImage(str(path))


def test_screenshots_of_both_tabs_in_both_languages(window, tmp_path):
    """Grab both tabs in both languages; the pictures are not blank. With KELISIM_SCREENSHOTS=<folder> they are
    kept there (that is how docs/screenshot.png is made)."""
    out = Path(os.environ.get("KELISIM_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    window.resize(1180, 800)
    window.calculator.set_inputs(rule="civil-appeal", trigger=date(2026, 2, 21), received=date(2026, 3, 2),
                                 today=date(2026, 3, 1))
    window.calendar.set_year(2026)
    for lang in ("ru", "kk"):
        window.set_language(lang)
        for tab, name in ((window.ui.calculatorTab, "calculator"), (window.ui.calendarTab, "calendar")):
            window.ui.tabs.setCurrentWidget(tab)
            image = _grab(window, out / f"{name}-{lang}.png")
            assert image.width() >= 1000 and image.height() >= 700
            colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
            assert len(colours) > 20  # text and colours, not an empty frame

def test_pyside6_is_not_the_release_that_aborts_python_311():
    """PySide6 6.12.0 drops a reference to None/True/False on many calls; Python 3.11 aborts after some thousands
    ("none_dealloc"). pyproject.toml pins PySide6 below 6.12 on Python < 3.12: check the pin holds."""
    import sys

    import PySide6

    assert sys.version_info >= (3, 12) or PySide6.__version__.split(".")[:2] != ["6", "12"]
