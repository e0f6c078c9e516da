# Kelisim's own run-time hook, run before PyInstaller's PySide6 hook (custom hooks run first): that hook imports
# PySide6.QtCore (to embed qt.conf), so shiboken6 must be imported through the start-up cache here, and PySide6's
# per-module feature scan quickened, before it does (kelisim.ui.pyside_boot).
from kelisim.ui.pyside_boot import quicken_feature_scan

quicken_feature_scan()
