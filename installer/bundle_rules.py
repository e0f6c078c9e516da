"""What the one-folder bundle keeps of what PyInstaller's analysis collected (read by ``kelisim.spec``).

Pure standard library and pure functions over paths inside the bundle (PyInstaller's TOC "dest" names), so that the
rules are tested without building anything (``tests/installer/test_bundle_rules.py``).

Kelisim's own code imports QtCore, QtGui, QtWidgets and QtUiTools (``grep -rho "PySide6\\.Qt[A-Za-z]*" desktop``);
``libQt6UiTools`` links OpenGL and OpenGLWidgets and, on Linux, ``libQt6Gui`` links DBus, so those Qt *libraries*
stay, but not their Python bindings. Of Qt's plugins the program needs a platform (Windows: ``qwindows``; Linux:
``xcb``; everywhere ``offscreen`` for ``kelisim --smoke``), on Windows the native style, on Linux the keyboard
input contexts and xcb's GL integrations; no image formats (the program loads no image file: its swatches are drawn),
no icon engines, no TLS, network, Wayland, EGLFS, VNC or GTK theme. Of Qt's own translations, the Qt Base catalogues
of the interface languages (``qtbase_ru``, ``qtbase_kk``) and English.
"""
from __future__ import annotations

import re
from pathlib import PurePosixPath

QT_BINDINGS = ("QtCore", "QtGui", "QtWidgets", "QtUiTools")

# Python modules never needed at run time (the analysis finds them through optional imports). Excluding the
# ssl/_hashlib extensions drops OpenSSL (libcrypto, libssl): hashlib falls back to the interpreter's own SHA-256.
EXCLUDED_MODULES = (
    *(f"PySide6.{m}" for m in ("QtNetwork", "QtOpenGL", "QtOpenGLWidgets", "QtDBus", "QtSvg", "QtSvgWidgets",
                               "QtPrintSupport", "QtSql", "QtTest", "QtXml", "QtConcurrent", "QtQml", "QtQuick",
                               "QtQuickWidgets", "QtWebEngineCore", "QtWebEngineWidgets", "QtDesigner", "QtHelp",
                               "QtMultimedia", "QtNetworkAuth", "QtStateMachine", "QtCharts", "QtDataVisualization")),
    "tkinter", "_tkinter", "unittest", "pydoc", "pydoc_data", "doctest", "lib2to3", "distutils", "setuptools",
    "pkg_resources", "pip", "PyInstaller", "pytest", "_pytest", "pytestqt", "hypothesis", "IPython", "numpy",
    "ssl", "_ssl", "_hashlib", "readline", "curses", "_curses",
    # Only jinja2's render_async (never called) imports asyncio; nothing starts processes or serves XML-RPC.
    "asyncio", "multiprocessing", "concurrent", "xmlrpc", "ftplib", "_pydecimal",
    # lxml: python-docx and docxtpl use lxml.etree only (PyInstaller's lxml hook collects every submodule).
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax", "lxml.builder", "lxml.cssselect",
    "lxml.doctestcompare", "lxml.usedoctest",
    # Chinese, Japanese and Korean codecs (the encodings package finds the others by name).
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw", "_multibytecodec",
    "kelisim.ui.i18n_build",  # `make i18n`: runs the Qt tools of a development venv
)

# Qt libraries kept, by the name's stem (libQt6Core.so.6 / Qt6Core.dll → "Core").
QT_LIBRARIES = {"Core", "Gui", "Widgets", "UiTools", "OpenGL", "OpenGLWidgets", "DBus", "XcbQpa"}

# Qt plugins kept: folder → file stems (libqxcb.so → "qxcb"; qwindows.dll → "qwindows"), per platform.
PLUGINS = {
    "linux": {
        "platforms": {"qxcb", "qoffscreen"},
        "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
        "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    },
    "win32": {
        "platforms": {"qwindows", "qoffscreen"},
        "styles": {"qmodernwindowsstyle", "qwindowsvistastyle"},
    },
    "darwin": {
        "platforms": {"qcocoa", "qoffscreen"},
        "styles": {"qmacstyle"},
    },
}
QT_TRANSLATIONS = {"qtbase_ru.qm", "qtbase_kk.qm", "qtbase_en.qm"}

# Files Qt loads by name when it needs them, never for our widgets: the software OpenGL renderer (Windows, 20 MB).
DROPPED_FILES = {"opengl32sw.dll"}

# Linux: libraries taken from the system, like libGL (PyInstaller would copy them). libdbus-1 speaks to the
# system's own D-Bus daemon (and Debian's links libsystemd, libgcrypt, lz4 and zstd for it: 3.3 MB); the system's
# libGL/Mesa drivers load into the same process and need the system's C++ runtime, not an older copy (the known
# "GLIBCXX_3.4.xx not found" failure of bundled libstdc++). Every desktop Linux has all three.
SYSTEM_PROVIDED = {"libdbus-1.so.3", "libstdc++.so.6", "libgcc_s.so.1"}

# holidays: only the Kazakhstan catalogues (the package's modules all stay: its countries/__init__ imports each).
HOLIDAY_LOCALES = ("kk", "en_US")


def platform_key(platform: str) -> str:
    return "win32" if platform.startswith("win") else "darwin" if platform == "darwin" else "linux"


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def _stem(name: str) -> str:
    """libqxcb.so → qxcb; qwindows.dll → qwindows; libqoffscreen.dylib → qoffscreen."""
    base = re.sub(r"\.(so(\.\d+)*|dll|dylib)$", "", name)
    return base[3:] if base.startswith("lib") else base


def qt_library_name(name: str) -> str | None:
    """libQt6Network.so.6 / Qt6Network.dll / QtNetwork (framework) → "Network"; None for anything else."""
    match = re.match(r"^(?:lib)?Qt6([A-Za-z]+)(?:\.so(?:\.\d+)*|\.dll|\.dylib)?$", name)
    return match.group(1) if match else None


def binding_name(name: str) -> str | None:
    """PySide6's binding of a Qt module: QtNetwork.abi3.so / QtNetwork.pyd → "QtNetwork"."""
    match = re.match(r"^(Qt[A-Za-z]+)\.(?:abi3\.so|pyd|cpython-[^.]+\.so)$", name)
    return match.group(1) if match else None


def keep(dest: str, platform: str) -> bool:
    """Whether the file at ``dest`` (a path inside the bundle) stays in the bundle built on ``platform``."""
    parts = _parts(dest)
    if not parts:
        return True
    name = parts[-1]
    if name in DROPPED_FILES or (platform_key(platform) == "linux" and len(parts) == 1 and name in SYSTEM_PROVIDED):
        return False
    if parts[0] == "PySide6":
        if "plugins" in parts:
            i = parts.index("plugins")
            if len(parts) < i + 3:
                return True
            folder = parts[i + 1]
            return _stem(name) in PLUGINS[platform_key(platform)].get(folder, set())
        if "translations" in parts:
            return name in QT_TRANSLATIONS
        if any(p in ("qml", "resources", "libexec", "metatypes", "typesystems", "include", "glue", "scripts",
                     "examples", "doc") for p in parts[1:-1]):
            return False  # QML, WebEngine's resources, build-time files
        binding = binding_name(name)
        if binding is not None and len(parts) == 2:
            return binding in QT_BINDINGS
    lib = qt_library_name(name)
    if lib is not None:
        return lib in QT_LIBRARIES
    if parts[0] == "holidays" and "locale" in parts:
        i = parts.index("locale")
        return len(parts) > i + 1 and parts[i + 1] in HOLIDAY_LOCALES and name == "KZ.mo"
    return True


def split(toc, platform: str):
    """A TOC (entries ``(dest, source, typecode)``) split into what is kept and what is removed."""
    kept, removed = [], []
    for entry in toc:
        (kept if keep(entry[0], platform) else removed).append(entry)
    return kept, removed


def unreferenced(binaries, imports_of) -> list:
    """The shared libraries at the bundle's top level (the system libraries PyInstaller copied for some collected
    binary) that no kept binary links any more, once plugins and libraries were removed: their only users went.

    ``binaries``: the kept TOC; ``imports_of(source) -> set of file names`` the libraries one binary links.
    Extension modules, Qt's own files (under PySide6/), the Python library and SYMLINK entries are roots: always kept.
    """
    def is_candidate(entry) -> bool:
        dest, _source, typecode = entry
        parts = _parts(dest)
        return (len(parts) == 1 and typecode == "BINARY" and not parts[0].lower().startswith(("libpython", "python"))
                and qt_library_name(parts[0]) is None)

    candidates = {PurePosixPath(e[0]).name: e for e in binaries if is_candidate(e)}
    roots = [e for e in binaries if not is_candidate(e) and e[2] != "SYMLINK"]
    needed: set[str] = set()
    queue = list(roots)
    while queue:
        entry = queue.pop()
        for name in imports_of(entry[1]):
            if name in candidates and name not in needed:
                needed.add(name)
                queue.append(candidates[name])
    return [e for name, e in candidates.items() if name not in needed]
