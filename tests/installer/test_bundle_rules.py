"""installer/bundle_rules.py: what the bundle keeps of PyInstaller's analysis, table-driven on real destination paths
(Linux wheel layout and Windows wheel layout), and that the rules follow what the program imports."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

import bundle_rules as rules

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "kelisim"

LINUX = [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),  # kelisim --smoke
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
    ("PySide6/Qt/translations/qtbase_ru.qm", True),
    ("PySide6/Qt/translations/qtbase_kk.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_ru.qm", False),
    ("PySide6/Qt/translations/qt_ru.qm", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("PySide6/Qt/lib/libQt6UiTools.so.6", True),
    ("PySide6/Qt/lib/libQt6OpenGL.so.6", True),  # libQt6UiTools links it
    ("PySide6/Qt/lib/libQt6DBus.so.6", True),  # libQt6Gui links it on Linux
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
    ("PySide6/Qt/lib/libQt6Svg.so.6", False),
    ("PySide6/Qt/lib/libicudata.so.73", True),
    ("libQt6Network.so.6", False),  # PyInstaller's top-level symlink to the library above
    ("PySide6/QtWidgets.abi3.so", True),
    ("PySide6/QtUiTools.abi3.so", True),
    ("PySide6/QtNetwork.abi3.so", False),
    ("PySide6/QtOpenGL.abi3.so", False),
    ("PySide6/Qt/qml/QtQuick/qmldir", False),
    ("libdbus-1.so.3", False),  # taken from the system, like libGL
    ("libstdc++.so.6", False),
    ("libglib-2.0.so.0", True),
    ("libpython3.11.so.1.0", True),
    ("holidays/locale/kk/LC_MESSAGES/KZ.mo", True),
    ("holidays/locale/en_US/LC_MESSAGES/KZ.mo", True),
    ("holidays/locale/uk/LC_MESSAGES/KZ.mo", False),
    ("holidays/locale/kk/LC_MESSAGES/RU.mo", False),
    ("resources/data/kato.csv", True),
    ("forms/main_window.ui", True),
    ("lxml/etree.cpython-311-x86_64-linux-gnu.so", True),
]
WINDOWS = [
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\platforms\\qoffscreen.dll", True),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    ("PySide6\\plugins\\platforms\\qminimal.dll", False),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6\\plugins\\imageformats\\qico.dll", False),
    ("PySide6\\plugins\\tls\\qschannelbackend.dll", False),
    ("PySide6\\plugins\\networkinformation\\qnetworklistmanager.dll", False),
    ("PySide6\\translations\\qtbase_ru.qm", True),
    ("PySide6\\translations\\qtbase_fr.qm", False),
    ("PySide6\\Qt6Core.dll", True),
    ("PySide6\\Qt6Widgets.dll", True),
    ("PySide6\\Qt6Network.dll", False),
    ("PySide6\\Qt6Pdf.dll", False),
    ("PySide6\\QtCore.pyd", True),
    ("PySide6\\QtNetwork.pyd", False),
    ("PySide6\\opengl32sw.dll", False),
    ("PySide6\\msvcp140.dll", True),
    ("libdbus-1.so.3", True),  # only a Linux rule
    ("python311.dll", True),
]


@pytest.mark.parametrize("dest, kept", LINUX)
def test_linux_layout(dest, kept):
    assert rules.keep(dest, "linux") is kept


@pytest.mark.parametrize("dest, kept", WINDOWS)
def test_windows_layout(dest, kept):
    assert rules.keep(dest, "win32") is kept


def test_split_keeps_order_and_loses_nothing():
    toc = [(dest, f"/src/{i}", "BINARY") for i, (dest, _) in enumerate(LINUX)]
    kept, removed = rules.split(toc, "linux")
    assert kept + removed and sorted(kept + removed) == sorted(toc)
    assert [e[0] for e in kept] == [d for d, k in LINUX if k]


def test_unreferenced_system_libraries_go_with_their_only_users():
    # A kept plugin links libxcb-cursor; a removed GTK theme plugin was the only user of libgtk → libcairo;
    # libcairo also links libpng, which libfreetype (linked by Qt) needs too.
    links = {
        "/q/libQt6Gui.so.6": {"libfreetype.so.6", "libglib-2.0.so.0"},
        "/q/libqxcb.so": {"libxcb-cursor.so.0"},
        "/s/libfreetype.so.6": {"libpng16.so.16"},
        "/s/libglib-2.0.so.0": {"libpcre2-8.so.0"},
        "/s/libcairo.so.2": {"libpng16.so.16", "libpixman-1.so.0"},
        "/s/libgtk-3.so.0": {"libcairo.so.2"},
    }
    toc = [("PySide6/Qt/lib/libQt6Gui.so.6", "/q/libQt6Gui.so.6", "BINARY"),
           ("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/libqxcb.so", "BINARY"),
           ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK")]
    for name in ("libfreetype.so.6", "libglib-2.0.so.0", "libpcre2-8.so.0", "libpng16.so.16", "libcairo.so.2",
                 "libpixman-1.so.0", "libgtk-3.so.0", "libxcb-cursor.so.0"):
        toc.append((name, f"/s/{name}", "BINARY"))
    gone = rules.unreferenced(toc, lambda source: links.get(source, set()))
    assert sorted(e[0] for e in gone) == ["libcairo.so.2", "libgtk-3.so.0", "libpixman-1.so.0"]


def _imports() -> set[str]:
    names = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module)
    return names


def test_the_qt_bindings_kept_are_those_the_program_imports():
    used = {name.split(".")[1] for name in _imports() if name.startswith("PySide6.")}
    assert used == set(rules.QT_BINDINGS), "a new Qt module in ui/: add it (and its plugins) to bundle_rules.py"


def test_no_excluded_module_is_imported_by_the_program():
    excluded = set(rules.EXCLUDED_MODULES)
    offenders = sorted(name for name in _imports()
                       if any(name == e or name.startswith(e + ".") for e in excluded)
                       and name != "kelisim.ui.i18n_build")
    assert offenders == []


def test_every_shipped_data_file_is_in_the_spec():
    spec = (PACKAGE.parents[1] / "installer" / "kelisim.spec").read_text(encoding="utf-8")
    listed = set(ast.literal_eval(spec.split('datas += [(str(resources / "data" / name), "resources/data") for name in',
                                             1)[1].split(")]", 1)[0].strip() + ")"))
    shipped = {p.name for p in (PACKAGE.parents[1] / "resources" / "data").iterdir() if p.is_file()}
    assert listed == shipped, "a file in resources/data that the bundle lacks (or one listed that is gone)"
