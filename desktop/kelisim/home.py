"""The user's data folder (ARCHITECTURE.md, "Data lives in one folder").

Where it is, in this order:
1. ``KELISIM_HOME`` (environment variable), when set: an administrator's choice, which nothing overrides;
2. the folder recorded by Settings → Data folder → "Move…": a small pointer file ``location.json`` in the default
   folder below (``{"data_home": "<absolute path>", "moved_at": "<ISO time>"}``), read on every call, so the new
   folder is used at once and at every later start;
3. by default, the platform's application-data folder, the same place Qt's ``QStandardPaths.AppDataLocation`` names
   for organisation/application "Kelisim": ``%APPDATA%\\Kelisim`` on Windows, ``~/Library/Application Support/Kelisim``
   on macOS, ``$XDG_DATA_HOME/Kelisim`` (``~/.local/share/Kelisim``) elsewhere.

Nothing is written anywhere else (the pointer file sits in the default folder itself). A pointer that cannot be read
or names a relative path is ignored; a recorded folder that is missing (an unplugged drive) is still returned, so the
program never silently falls back to the older copy of the data left in the default folder.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import sys
from pathlib import Path

APP_NAME = "Kelisim"
HOME_ENV = "KELISIM_HOME"
LOCATION_FILE = "location.json"


def default_home() -> Path:
    """The platform's application-data folder for Kelisim (where the pointer file lives)."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


def home_from_environment() -> Path | None:
    """The folder ``KELISIM_HOME`` names, if it is set (then the data folder cannot be moved from the program)."""
    override = os.environ.get(HOME_ENV)
    return Path(override).expanduser() if override else None


def location_file() -> Path:
    return default_home() / LOCATION_FILE


def recorded_location() -> Path | None:
    """The folder the pointer file names, or None (no pointer, unreadable, or not an absolute path)."""
    try:
        raw = json.loads(location_file().read_text(encoding="utf-8"))
        path = Path(raw["data_home"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return path if path.is_absolute() else None


def record_location(folder: Path | str) -> Path:
    """Make ``folder`` the data folder from now on (written aside, then renamed; the default folder itself removes
    the pointer). Returns the pointer file. Raises OSError when the default folder cannot be written."""
    folder = Path(folder).resolve()
    pointer = location_file()
    if folder == default_home().resolve():
        if pointer.exists():
            pointer.unlink()
        return pointer
    pointer.parent.mkdir(parents=True, exist_ok=True)
    tmp = pointer.with_name(pointer.name + ".tmp")
    data = {"data_home": str(folder), "moved_at": _dt.datetime.now().astimezone().isoformat(timespec="seconds")}
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, pointer)
    return pointer


def data_home() -> Path:
    return home_from_environment() or recorded_location() or default_home()


# Personal data (issue 8): the data folder, its sub-folders and the files with the register in them (the database,
# backups, packages and reports written there) are readable by their owner only. On POSIX the modes below say so,
# set explicitly after creating (``os.umask`` is process-wide and would touch the whole program). On Windows the
# default folder lies in the user's profile (``%APPDATA%``), which only that user (and administrators) may read: the
# folder inherits that; ``os.chmod`` there only sets the read-only flag, so nothing is done.
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
SUBFOLDERS = ("attachments", "documents", "backups", "templates", "logs")


def make_private(path: Path | str) -> None:
    """Readable by its owner only where the platform allows: group and others lose every right, the owner keeps what
    they have (a file or folder the owner made read-only stays read-only; new ones are created 0o700 / 0o600). Never
    raises (a folder on a disk without POSIX modes, a file owned by someone else keeps what it has)."""
    if os.name != "posix":
        return
    try:
        current = os.stat(path).st_mode & 0o777
        if current & 0o077:
            os.chmod(path, current & 0o700)
    except OSError:
        pass


def private_folder(path: Path | str) -> Path:
    """Create ``path`` (and missing parents) if needed and make it private (``make_private``); returns it. Raises
    OSError when it cannot be created."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    make_private(path)
    return path


def make_private_tree(root: Path | str) -> None:
    """``make_private`` on ``root`` and everything under it (a restored or moved data folder)."""
    if os.name != "posix":
        return
    make_private(root)
    for folder, dirs, files in os.walk(root):
        for name in (*dirs, *files):
            make_private(os.path.join(folder, name))


def ensure_data_home() -> Path:
    """Create the data folder and its sub-folders on first start, readable by their owner only; return it."""
    home = private_folder(data_home())
    for sub in SUBFOLDERS:
        private_folder(home / sub)
    return home


def settings_path() -> Path:
    """The INI file that keeps the interface settings (language, window geometry): in the data folder; while the
    folder Settings moved the data to is not connected, in the default folder (writing the settings must never
    create that folder empty: the store refuses to open it and says why)."""
    home = data_home()
    if home_from_environment() is None and not home.exists() and recorded_location() == home:
        return default_home() / "settings.ini"
    return home / "settings.ini"
