"""Starts the QApplication: the remembered interface language, the main window, the event loop.

``KELISIM_EXIT_AFTER_PAINT=1`` (the start-up benchmark): quit right after the main window's first paint and
print ``first-paint <seconds since the process started> <interface language>``.
``KELISIM_EXIT_AFTER_PAINT=register`` (the GUI benchmark): start as usual and quit right after the register's table
has first painted its rows, printing ``first-register-paint <seconds since the process started> <rows>``; with no
register to show (no own body yet, a damaged data file) print ``no-register`` and exit with code 3.
"""
from __future__ import annotations

import os
import sys
import time

_IMPORTED = time.perf_counter()


def seconds_since_process_start() -> float:
    """Wall seconds since this process started (Linux: from /proc; elsewhere: since this module was imported)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        start = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time, clock ticks after boot
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED


def main(qt_args: list[str] | None = None) -> int:
    from kelisim.ui.pyside_boot import quicken_feature_scan

    quicken_feature_scan()  # before PySide6.QtCore: PySide6's import hook reads every module's source (~11 ms)
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from kelisim import __version__
    from kelisim.ui import i18n

    QCoreApplication.setOrganizationName("Kelisim")
    QCoreApplication.setApplicationName("Kelisim")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(["kelisim", *(qt_args or [])])
    i18n.apply_language(i18n.saved_language(), remember=False)
    from kelisim.ui import errors

    errors.install()  # an unexpected error becomes a message and a line in logs/errors.log, never a traceback

    from kelisim.ui.main_window import MainWindow

    on_first_paint = on_register_paint = None
    exit_after = os.environ.get("KELISIM_EXIT_AFTER_PAINT")
    if exit_after == "1":
        def on_first_paint():
            print(f"first-paint {seconds_since_process_start():.3f} {i18n.current_language()}", flush=True)
            QTimer.singleShot(0, app.quit)
    elif exit_after == "register":
        def on_register_paint(rows):
            if rows is None:
                print("no-register", flush=True)
                QTimer.singleShot(0, lambda: app.exit(3))
                return
            print(f"first-register-paint {seconds_since_process_start():.3f} {rows}", flush=True)
            QTimer.singleShot(0, app.quit)

    window = MainWindow(on_first_paint=on_first_paint, on_register_paint=on_register_paint)
    window.show()
    code = app.exec()
    return code


def run(qt_args: list[str] | None = None) -> int:
    """``main`` as the command line starts it: an error before the window's own error handling is installed is one
    line on stderr and exit code 1, never a traceback (the CLI contract)."""
    try:
        return main(qt_args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the contract: never a traceback
        print(f"kelisim: не удалось открыть программу ({type(exc).__name__}: {exc}).", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
