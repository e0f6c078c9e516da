"""The Qt half of ``kelisim --smoke`` (``kelisim.smoke``): the real main window, started offscreen on the data folder
``KELISIM_HOME`` names, watched until it has painted the register's rows, checked its data file and built its
calculator and calendar tabs; then closed. Only ``ui`` imports PySide6, hence this module.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field


# Strings looked up to prove a translation loaded (kept out of the .ts files: lupdate sees no literal here).
OUR_PROBE = ("AboutDialog", "Version: {version}")  # kelisim_<lang>.qm
QT_PROBE = ("QPlatformTheme", "Cancel")  # Qt's own qtbase_ru.qm


@dataclass
class WindowCheck:
    platform: str = ""
    rows: int | None = None  # the register's rows once painted; None: never painted
    verified: bool = False  # the data file's integrity check (in the background) has passed
    tabs: list[str] = field(default_factory=list)
    title: str = ""
    fonts: int = 0
    qt_translation: str = ""  # Qt's own Russian for "Cancel" (qtbase_ru.qm)
    our_translations: dict[str, str] = field(default_factory=dict)  # language → our .qm's "Version: {version}"
    errors: list[str] = field(default_factory=list)  # exceptions raised inside Qt's event loop
    timed_out: bool = False


def check_main_window(timeout_ms: int = 60000) -> WindowCheck:
    """Open the main window offscreen and wait until the register shows its rows, the data file has been checked and
    the calculator and calendar tabs exist (or ``timeout_ms`` passes); close it and report what was seen."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer, qInstallMessageHandler
    from PySide6.QtGui import QFontDatabase, QGuiApplication
    from PySide6.QtWidgets import QApplication

    from kelisim import __version__
    from kelisim.ui import i18n

    QCoreApplication.setOrganizationName("Kelisim")
    QCoreApplication.setApplicationName("Kelisim")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(["kelisim", "-platform", "offscreen"])
    result = WindowCheck(platform=QGuiApplication.platformName())
    result.fonts = len(QFontDatabase.families())

    for lang in ("kk", "ru"):  # both of our translations load; Russian stays applied for the window
        i18n.apply_language(lang, remember=False)
        result.our_translations[lang] = QCoreApplication.translate(*OUR_PROBE)
    result.qt_translation = QCoreApplication.translate(*QT_PROBE)

    errors: list[str] = []
    previous_hook = sys.excepthook

    def qt_messages(mode, context, message):  # the offscreen platform's notice about window size hints is noise
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    previous_handler = qInstallMessageHandler(qt_messages)

    def hook(kind, value, tb):  # an exception in a slot: PySide prints it through sys.excepthook and goes on
        errors.append(f"{kind.__name__}: {value}")
        app.quit()

    sys.excepthook = hook
    from kelisim.ui.main_window import MainWindow

    window = None
    try:
        window = MainWindow(on_register_paint=lambda rows: setattr(result, "rows", rows))
        window.show()
        clock = QElapsedTimer()
        clock.start()
        poll = QTimer()

        def look() -> None:
            done = (result.rows is not None and window.store is not None and window.store.verified
                    and window.calculator is not None and window.calendar is not None)
            if done or errors or clock.elapsed() > timeout_ms:
                result.timed_out = not done and not errors
                poll.stop()
                app.quit()

        poll.timeout.connect(look)
        poll.start(50)
        app.exec()
        result.verified = bool(window.store is not None and window.store.verified)
        result.tabs = [window.ui.tabs.tabText(i) for i in range(window.ui.tabs.count())]
        result.title = window.windowTitle()
    finally:
        if window is not None:
            window.close()  # closes the store; the window's geometry goes to the data folder's settings.ini
            window.deleteLater()
            QCoreApplication.processEvents()
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
    result.errors = errors
    return result
