"""The quick form of PySide6's per-module feature scan (kelisim.ui.pyside_boot) answers as PySide6's own does."""
from __future__ import annotations

import subprocess
import sys
import types

import kelisim.law.calendar
import kelisim.ui.main_window
from kelisim.ui import pyside_boot


def test_the_quick_scan_answers_as_pysides_own_for_every_loaded_module(tmp_path):
    assert pyside_boot.quicken_feature_scan()
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    assert getattr(quick, "_kelisim_quick", False)
    original = quick.original
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    assert len(modules) > 100
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    assert quick(kelisim.ui.main_window) is True
    assert quick(kelisim.law.calendar) is False
    assert quick(sys) is False  # built in: PySide6's own answer

    # A source in a single-byte encoding, one that names PySide6 and one that does not; a .py file gone since.
    for name, text in (("cp_uses", "# -*- coding: cp1251 -*-\n# Кириллица\nimport PySide6\n"),
                       ("cp_plain", "# -*- coding: cp1251 -*-\n# Кириллица\nx = 1\n")):
        path = tmp_path / f"{name}.py"
        path.write_bytes(text.encode("cp1251"))
        module = types.ModuleType(name)
        module.__file__ = str(path)
        assert quick(module) == original(module) == ("uses" in name)
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")
    assert quick(gone) == original(gone) is False


def test_installing_twice_keeps_one_layer():
    assert pyside_boot.quicken_feature_scan()
    first = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert pyside_boot.quicken_feature_scan()
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is first
    assert not getattr(first.original, "_kelisim_quick", False)


def test_the_window_starts_with_the_quick_scan(tmp_path):
    """The program installs it before PySide6's Qt modules are imported (app.main)."""
    code = ("import sys\nfrom kelisim.ui import pyside_boot\npyside_boot.quicken_feature_scan()\n"
            "import PySide6.QtCore\nf = sys.modules['shibokensupport.feature']\nquick = f._mod_uses_pyside\n"
            "seen = []\nf._mod_uses_pyside = lambda m: seen.append(m.__name__) or quick(m)\n"
            "import kelisim.law.calendar, kelisim.ui.forms\n"
            "print(getattr(quick, '_kelisim_quick', False), 'kelisim.ui.paths' in seen,\n"
            "      f.pyside_feature_dict['kelisim.law'], f.pyside_feature_dict['kelisim.ui.paths'])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         check=True).stdout.split()
    assert out == ["True", "True", "-1", "0"]  # modules imported after PySide6 are asked through the quick scan
    source = (pyside_boot.__file__.replace("ui/pyside_boot.py", "app.py").replace("ui\\pyside_boot.py", "app.py"))
    text = open(source, encoding="utf-8").read()
    assert text.index("quicken_feature_scan()") < text.index("from PySide6.QtCore import")
