"""The bundle's entry point: exactly what ``python -m kelisim`` does (the window, ``--smoke``, or a command)."""
import runpy

runpy.run_module("kelisim", run_name="__main__", alter_sys=True)
