"""``python -m kelisim``: the program's window, or a command (``kelisim --help``).

Opening the window (no arguments, ``gui``, or only Qt's own options) goes straight to ``kelisim.app`` without building
the command parser: every millisecond before the register is painted is the lawyer's. ``--smoke`` (the installation's
self-test, ``kelisim.smoke``) is routed first.
"""
import sys

_argv = sys.argv[1:]
if _argv[:1] == ["--smoke"]:  # the installation's self-test (kelisim.smoke), before the window's fast path
    from kelisim.smoke import main as smoke

    raise SystemExit(smoke(_argv))
if not _argv or _argv == ["gui"] or (_argv[0].startswith("-") and _argv[0] not in ("-h", "--help", "--version")):
    from kelisim.app import run

    raise SystemExit(run(_argv if _argv != ["gui"] else []))

from kelisim.cli import main  # noqa: E402 - the commands

raise SystemExit(main())
