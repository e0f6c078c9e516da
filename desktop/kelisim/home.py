"""The user's data folder (ARCHITECTURE.md, "Data lives in one folder").

``KELISIM_HOME`` or, by default, the platform's application-data folder, the same place Qt's
``QStandardPaths.AppDataLocation`` names for organisation/application "Kelisim":
``%APPDATA%\\Kelisim`` on Windows, ``~/Library/Application Support/Kelisim`` on macOS,
``$XDG_DATA_HOME/Kelisim`` (``~/.local/share/Kelisim``) elsewhere. Nothing is written anywhere else.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Kelisim"


def data_home() -> Path:
    override = os.environ.get("KELISIM_HOME")
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


def ensure_data_home() -> Path:
    """Create the data folder and its sub-folders on first start; return it."""
    home = data_home()
    for sub in ("", "attachments", "documents", "backups", "templates"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    return home


def settings_path() -> Path:
    """The INI file that keeps the interface settings (language, window geometry)."""
    return data_home() / "settings.ini"
