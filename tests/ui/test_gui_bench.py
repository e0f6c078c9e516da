"""The GUI benchmark (benchmarks/gui_bench.py) runs end to end on a tiny register, so the script cannot rot; and the
register start-up mode it relies on (KELISIM_EXIT_AFTER_PAINT=register).

Only the result's structure and that the figures are positive are checked: never the timings themselves."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _gui_bench():
    if str(ROOT / "benchmarks") not in sys.path:
        sys.path.insert(0, str(ROOT / "benchmarks"))
    import gui_bench

    return gui_bench


def test_gui_benchmark_on_a_tiny_register(qapp):
    gui_bench = _gui_bench()
    result = gui_bench.bench_gui(startup_cases=150, search_cases=200, repeat=1)
    assert result["scenario"] == "gui" and isinstance(result["ok"], bool) and result["target"]
    for key in ("startup_register_s", "startup_wall_s", "bare_pyside6_s", "startup_frame_s",
                "startup_ratio", "register_open_ms", "keystroke_median_ms", "keystroke_max_ms",
                "keystroke_with_debounce_median_ms", "search_store_median_ms", "search_debounce_ms",
                "card_200_first_ms", "card_200_median_ms", "card_200_max_ms", "card_200_store_median_ms",
                "card_150_median_ms", "card_150_max_ms", "peak_rss_mb"):
        assert result[key] > 0, key
    assert result["startup_rows"] == 100  # the register's first page was painted, not just the window frame
    assert result["keystrokes"] == sum(len(q) for q in gui_bench.QUERIES)
    assert result["card_200_cards"] == result["card_150_cards"] == gui_bench.CARDS


def test_register_paint_mode_without_a_register_says_so(tmp_path):
    """No own body yet (the first-start page): the register never paints, so the mode must not wait forever."""
    env = dict(os.environ, KELISIM_EXIT_AFTER_PAINT="register", KELISIM_HOME=str(tmp_path / "home"),
               QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "kelisim", "gui"], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 3, proc.stderr
    assert "no-register" in proc.stdout.split()
