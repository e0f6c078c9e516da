"""What the window does before it imports PySide6's Qt modules, to start sooner.

1. **The start-up cache of shiboken6** (``import_shiboken``). Importing ``shiboken6`` (PySide6's base: every Qt
   module needs it) runs PySide6's signature support, 14 Python modules embedded in ``Shiboken.abi3.so`` as source:
   they are compiled (``compile``) at every start, and they compile 17 regular expressions (``re``), also at every
   start — 18–25 ms and 14–16 ms of a ~60 ms import (measured). Python keeps the bytecode of ordinary modules in
   ``__pycache__``; for these it cannot. ``import_shiboken`` keeps both results in one file of the user's cache
   folder (``cache_dir()``): the code objects (``marshal``, as ``.pyc`` files hold them) and the compiled patterns'
   program (the arguments ``re`` gives ``_sre.compile``). Only during that one import; every entry is keyed by
   what was compiled (text, file name, mode, flags), the file by the Python and shiboken6 builds it came from; a
   missing, damaged or stale file, or any error, means compiling as usual (and writing the file again). The first
   start after an installation or an upgrade writes it. tests/ui/test_pyside_boot.py checks that the cached results
   are equal to freshly compiled ones, and the fall-backs. The file is trusted as the program's own files are: it
   lies in the user's own local folder, as the installed program does (%LOCALAPPDATA%).
2. **The quick feature scan** (``quicken_feature_scan``). PySide6 (6.4 and later) supports
   ``from __feature__ import snake_case, true_property`` per module. To know which modules might use it,
   ``shibokensupport.feature`` asks of every module imported after PySide6 started — and of every module imported
   before, when it starts — whether its source contains the word ``PySide6``. It reads each source with
   ``inspect.getsource`` (``linecache``, the module's loader, the file split into lines and joined again): about 90
   modules at the program's start, 10–12 ms (measured). ``quicken_feature_scan`` gives the same answer by reading the
   ``.py`` file's bytes and looking for ``b"PySide6"`` (the word is ASCII: the same bytes in UTF-8 and in any
   single-byte encoding a source file may declare); a module without a readable ``.py`` file (built in, frozen, from
   a zip or a PyInstaller archive) gets PySide6's own answer. If a PySide6 version no longer has the hook, nothing is
   changed. Kelisim uses no ``__feature__``; the answers stay PySide6's anyway (the tests compare them for every
   loaded module).
"""
from __future__ import annotations

import builtins
import marshal
import os
import sys
import zlib
from pathlib import Path
from types import CodeType

_MARK = "_kelisim_quick"
CACHE_NAME = "pyside-start.bin"
CACHE_FORMAT = 1


def cache_dir() -> Path:
    """The user's cache folder for Kelisim (``KELISIM_CACHE`` overrides): Windows ``%LOCALAPPDATA%\\Kelisim\\cache``,
    macOS ``~/Library/Caches/Kelisim``, elsewhere ``$XDG_CACHE_HOME/kelisim`` (``~/.cache/kelisim``). Nothing in it is
    needed: it only saves time."""
    override = os.environ.get("KELISIM_CACHE")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Kelisim" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "Kelisim"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kelisim"


def _build_stamp() -> tuple:
    """What the cached results depend on: this Python (bytecode and the regex engine, its optimisation level: the
    installed program runs with -OO, ``make run`` without, and both use the same cache folder) and this shiboken6
    build."""
    import importlib.util

    spec = importlib.util.find_spec("shiboken6")
    folder = Path(spec.origin).parent if spec is not None and spec.origin else None
    files = []
    for name in ("Shiboken.abi3.so", "Shiboken.pyd", "_git_shiboken_module_version.py"):
        try:
            st = (folder / name).stat() if folder is not None else None
        except OSError:
            st = None
        files.append((name, st.st_size, st.st_mtime_ns) if st is not None else (name,))
    magic = importlib.util.MAGIC_NUMBER
    return (CACHE_FORMAT, sys.version, sys.implementation.cache_tag, bytes(magic), sys.flags.optimize, str(folder),
            tuple(files))


class StartupCache:
    """``compile`` and ``re``'s compiler answered from (and recorded into) one cache file, while it is entered."""

    def __init__(self, path: Path, stamp: tuple):
        self.path = path
        self.stamp = stamp
        self.code: dict = {}
        self.patterns: dict = {}
        self.hits = 0
        self.misses = 0
        self._saved = None

    def _read(self) -> None:
        try:
            data = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return
        if (isinstance(data, tuple) and len(data) == 3 and data[0] == self.stamp and isinstance(data[1], dict)
                and isinstance(data[2], dict)):
            self.code, self.patterns = data[1], data[2]

    # Both stand-ins must never fail where the real function would not: shiboken6 aborts the process on an error
    # raised while its support modules load. Anything unexpected falls back to the real function.
    def compile(self, source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kwargs):
        compile_ = self._saved[0]
        try:
            if kwargs or flags or not isinstance(source, (str, bytes)) or not isinstance(filename, str):
                raise LookupError
            data = source.encode("utf-8", "surrogatepass") if isinstance(source, str) else source
            key = (filename, mode, bool(dont_inherit), optimize, type(source).__name__, len(data), zlib.crc32(data),
                   zlib.adler32(data))
        except Exception:  # noqa: BLE001 - not ours to cache
            return compile_(source, filename, mode, flags, dont_inherit, optimize, **kwargs)
        found = self.code.get(key)
        if isinstance(found, CodeType):
            self.hits += 1
            return found
        code = compile_(source, filename, mode, flags, dont_inherit, optimize)
        self.code[key] = code
        self.misses += 1
        return code

    def compile_pattern(self, pattern, flags=0):
        try:
            return self._compile_pattern(pattern, flags)
        except Exception:  # noqa: BLE001 - re's own compiler says what is wrong with the pattern, if anything
            return self._saved[1](pattern, flags)

    def _compile_pattern(self, pattern, flags):
        import _sre
        from re import _compiler, _parser

        if not isinstance(pattern, str) or flags & _compiler.SRE_FLAG_DEBUG:
            return self._saved[1](pattern, flags)
        key = (pattern, int(flags))
        found = self.patterns.get(key)
        if found is not None:
            try:
                compiled = _sre.compile(pattern, *found)
                self.hits += 1
                return compiled
            except Exception:  # noqa: BLE001 - a stale entry: compile as re does
                pass
        parsed = _parser.parse(pattern, flags)  # as re._compiler.compile does, keeping its pieces
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        pieces = (int(flags | parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex,
                  tuple(indexgroup))  # plain ints: the opcodes are an int subclass marshal refuses
        compiled = _sre.compile(pattern, *pieces)
        self.patterns[key] = pieces
        self.misses += 1
        return compiled

    def __enter__(self):
        from re import _compiler

        self._read()
        self._saved = (builtins.compile, _compiler.compile)
        builtins.compile = self.compile
        _compiler.compile = self.compile_pattern
        return self

    def __exit__(self, *exc):
        from re import _compiler

        builtins.compile, _compiler.compile = self._saved
        if self.misses and exc[0] is None:
            self._write()
        return False

    def _write(self) -> None:
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(marshal.dumps((self.stamp, self.code, self.patterns)))
            os.replace(tmp, self.path)
        except (OSError, ValueError):  # no cache folder, a full disk, an unmarshallable entry: next start compiles
            try:
                tmp.unlink()
            except OSError:
                pass


def import_shiboken(cache: Path | None = None) -> StartupCache | None:
    """Import shiboken6 through the start-up cache (see the notes); None when it was imported already."""
    if "shiboken6" in sys.modules:
        return None
    try:
        startup = StartupCache((cache or cache_dir()) / CACHE_NAME, _build_stamp())
    except Exception:  # noqa: BLE001 - the cache only saves time
        startup = None
    if startup is None:
        __import__("shiboken6")
    else:
        with startup:
            __import__("shiboken6")
    return startup


def _uses_pyside_quick(original):
    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _MARK, True)
    uses_pyside.original = original
    return uses_pyside


def quicken_feature_scan() -> bool:
    """Replace PySide6's per-module source scan with the quick one (before ``PySide6.QtCore`` is imported, so that
    the scan of the modules already loaded uses it too). True when the quick scan is in place."""
    import_shiboken()  # loads shibokensupport, and with it the feature module

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or not callable(original):
        return False
    if not getattr(original, _MARK, False):
        feature._mod_uses_pyside = _uses_pyside_quick(original)
    return True
