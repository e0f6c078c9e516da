"""Where the program's own read-only files live (templates, translations, KATO, calendar data).

Pure standard library: every layer may use it. In a source checkout the folder is ``<repo>/resources``;
in a PyInstaller bundle it is ``<bundle>/resources``; ``KELISIM_RESOURCES`` overrides both.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("KELISIM_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def data_file(name: str) -> Path:
    """A file of ``resources/data`` (KATO extract, calendar data)."""
    return resources_dir() / "data" / name
