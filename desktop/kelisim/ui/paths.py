"""Where the UI's files live: the Designer forms (loaded at run time by ``kelisim.ui.forms``) and the Qt tools
of the installed PySide6 (``make i18n`` runs ``pyside6-lupdate`` and ``pyside6-lrelease``).
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

UI_PACKAGE = Path(__file__).resolve().parent
REPO_ROOT = UI_PACKAGE.parents[2]


def forms_dir() -> Path:
    """``forms/`` at the repository root (``KELISIM_FORMS`` overrides; a bundle carries ``forms/``)."""
    override = os.environ.get("KELISIM_FORMS")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "forms"
    return REPO_ROOT / "forms"


def qt_tool(name: str) -> list[str]:
    """The command that runs one of PySide6's tools (``lupdate``, ``lrelease``).

    Prefer the ``pyside6-<name>`` wrapper next to the running interpreter (the venv's), then one on PATH.
    """
    exe_dir = Path(sys.executable).parent
    for candidate in (exe_dir / f"pyside6-{name}", exe_dir / f"pyside6-{name}.exe"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    raise FileNotFoundError(
        f"pyside6-{name} not found next to {sys.executable} or on PATH: install PySide6-Essentials in this venv")
