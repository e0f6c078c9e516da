"""Test environment: headless Qt and private folders, set before any QApplication exists."""
from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_private = tempfile.mkdtemp(prefix="kelisim-tests-")
_runtime = os.path.join(_private, "runtime")
os.makedirs(_runtime, mode=0o700, exist_ok=True)
os.environ["XDG_RUNTIME_DIR"] = _runtime
os.environ["XDG_CONFIG_HOME"] = os.path.join(_private, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_private, "data")
os.environ["KELISIM_HOME"] = os.path.join(_private, "home")
os.environ["KELISIM_CACHE"] = os.path.join(_private, "cache")  # the start-up cache (ui.pyside_boot)

import pytest  # noqa: E402


@pytest.fixture
def kelisim_home(tmp_path, monkeypatch):
    """A fresh, empty data folder for one test."""
    home = tmp_path / "home"
    monkeypatch.setenv("KELISIM_HOME", str(home))
    return home
