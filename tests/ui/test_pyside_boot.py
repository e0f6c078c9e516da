"""The quick form of PySide6's per-module feature scan (kelisim.ui.pyside_boot) answers as PySide6's own does."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import types

import pytest

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


# ------------------------------------------------------------------------------------------ the start-up cache
SOURCES = ("def f(x):\n    return [i * x for i in range(3)]\n", "class C:\n    'doc'\n    y = 2 ** 10\n",
           "print('Қазақ тілі — кириллица')\n")
PATTERNS = ((r"(?P<year>\d{4})-(?P<month>\d\d)", 0), (r"\bакимат\w*", re.IGNORECASE),
            (r"""( [^\(\)]+ | \( [^\(\)]* \) )+  # a nested group""", re.VERBOSE), (r"(a)|(b)", 0))
STAMP = ("test-build",)


def _through_cache(path, stamp=STAMP):
    """Compile SOURCES and PATTERNS through a StartupCache on ``path``; the results and the cache."""
    import builtins

    cache = pyside_boot.StartupCache(path, stamp)
    with cache:
        code = [builtins.compile(src, f"<embedded {i}>", "exec") for i, src in enumerate(SOURCES)]
        patterns = [re.compile(p, f) for p, f in PATTERNS]
    return code, patterns, cache


def test_cached_code_and_patterns_equal_fresh_ones(tmp_path):
    import builtins

    re.purge()
    path = tmp_path / "start.bin"
    code, patterns, first = _through_cache(path)
    assert (first.hits, first.misses) == (0, len(SOURCES) + len(PATTERNS)) and path.exists()
    re.purge()  # (re's own per-process cache would answer before ours)
    again, patterns_again, second = _through_cache(path)
    assert (second.hits, second.misses) == (len(SOURCES) + len(PATTERNS), 0)
    fresh_code = [compile(src, f"<embedded {i}>", "exec") for i, src in enumerate(SOURCES)]
    re.purge()
    fresh_patterns = [re.compile(p, f) for p, f in PATTERNS]
    assert again == code == fresh_code
    assert patterns_again == fresh_patterns  # the same program for the regex engine, flags and groups
    for cached, fresh in zip(patterns_again, fresh_patterns):
        assert cached.groupindex == fresh.groupindex and cached.groups == fresh.groups
    text = "Решение 2026-03 акимата (района) и b"
    assert [p.findall(text) for p in patterns_again] == [p.findall(text) for p in fresh_patterns]
    namespace: dict = {}
    exec(again[0], namespace)  # noqa: S102 - our own test source
    assert namespace["f"](2) == [0, 2, 4]
    # Entered and left: the real functions are back.
    from re import _compiler

    assert _compiler.compile.__module__ == "re._compiler"
    assert builtins.compile.__module__ == "builtins"


def test_a_damaged_stale_or_unwritable_cache_only_costs_time(tmp_path):
    path = tmp_path / "start.bin"
    for damage in (b"", b"\x00garbage", b"\xe3" * 40):
        path.write_bytes(damage)
        re.purge()
        code, patterns, cache = _through_cache(path)
        assert cache.hits == 0 and len(code) == len(SOURCES) and all(patterns)
    re.purge()
    _, _, cache = _through_cache(path, stamp=("another-build",))  # written by another Python or shiboken6
    assert cache.hits == 0
    re.purge()
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    code, patterns, cache = _through_cache(blocked / "start.bin")  # the cache folder cannot be made
    assert cache.misses and len(code) == len(SOURCES) and not list(tmp_path.glob("**/*.tmp"))


def test_a_failing_entry_falls_back_to_the_real_compiler(tmp_path):
    """shiboken6 aborts the process on an error while its support modules load: the stand-ins never raise where
    the real functions would not."""
    import builtins

    cache = pyside_boot.StartupCache(tmp_path / "start.bin", STAMP)
    cache.patterns[("(x)", 0)] = ("not", "a", "program")  # a stale entry
    with cache:
        assert re.compile("(x)").match("x").group(1) == "x"
        assert builtins.compile("1 + 1", "<t>", "eval", 0x400) is not None  # flags (here: ast only): not cached
        with pytest.raises(SyntaxError):
            builtins.compile("def (", "<t>", "exec")
        with pytest.raises(re.error):
            re.compile("(unclosed")


def test_shiboken_is_imported_through_the_cache(tmp_path):
    code = ("from kelisim.ui import pyside_boot\nc = pyside_boot.import_shiboken()\n"
            "import PySide6.QtWidgets\nprint(c.hits, c.misses)\n")
    env = dict(os.environ, KELISIM_CACHE=str(tmp_path / "cache"))
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60,
                           check=True).stdout.split() for _ in range(2)]
    (hits1, misses1), (hits2, misses2) = ([int(x) for x in run] for run in runs)
    assert hits1 == 0 and misses1 > 20  # the first start compiles (PySide6's 14 modules, its patterns) and keeps
    assert (hits2, misses2) == (misses1, 0)  # the next one compiles nothing
    assert (tmp_path / "cache" / pyside_boot.CACHE_NAME).stat().st_size > 10_000


def test_the_cache_folder_follows_the_platform(monkeypatch, tmp_path):
    monkeypatch.setenv("KELISIM_CACHE", str(tmp_path / "x"))
    assert pyside_boot.cache_dir() == tmp_path / "x"
    monkeypatch.delenv("KELISIM_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert pyside_boot.cache_dir() == tmp_path / "xdg" / "kelisim"
