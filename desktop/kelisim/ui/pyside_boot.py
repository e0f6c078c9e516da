"""What the window does before it imports PySide6's Qt modules, to start sooner.

PySide6 (6.4 and later) supports ``from __feature__ import snake_case, true_property`` per module. To know which
modules might use it, ``shibokensupport.feature`` asks of every module imported after PySide6 started — and of every
module imported before, when it starts — whether its source contains the word ``PySide6``. It reads each source with
``inspect.getsource`` (``linecache``, the module's loader, the file split into lines and joined again): about 90
modules at the program's start, 10–12 ms of a start-up of ~230 ms (measured, benchmarks/gui_bench.py).

``quicken_feature_scan`` gives the same answer by reading the ``.py`` file's bytes and looking for ``b"PySide6"``
(the word is ASCII: the same bytes in UTF-8 and in any single-byte encoding a source file may declare); a module
without a readable ``.py`` file (built in, frozen, from a zip or a PyInstaller archive) gets PySide6's own answer.
If a PySide6 version no longer has the hook, nothing is changed. Kelisim uses no ``__feature__``; the answers stay
PySide6's anyway (tests/ui/test_pyside_boot.py compares them for every loaded module).
"""
from __future__ import annotations

import sys

_MARK = "_kelisim_quick"


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
    import shiboken6  # noqa: F401 - loads shibokensupport, and with it the feature module

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or not callable(original):
        return False
    if not getattr(original, _MARK, False):
        feature._mod_uses_pyside = _uses_pyside_quick(original)
    return True
