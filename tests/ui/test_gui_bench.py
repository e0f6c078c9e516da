"""The benchmark's Qt scenarios (benchmarks/run.py startup, gui — gui_bench.py — and memory — memory_probe.py) run end
to end on tiny registers, so the scripts cannot rot; and the register start-up mode they rely on
(KELISIM_EXIT_AFTER_PAINT=register).

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


def test_the_qt_scenarios_of_the_benchmark_run_on_tiny_registers(qapp, tmp_path, capsys):
    """benchmarks/run.py startup gui memory at --scale 0.002 (data folders of 20 and 200 cases): the start-ups against
    the bare window, search-as-you-type, the cards, and the peak memory of the store process and of the program's own
    window driven through the register, the search and three cards — each a row of the table and of the JSON."""
    import json

    _gui_bench()
    import run

    out = tmp_path / "r.json"
    assert run.main(["startup", "gui", "memory", "--scale", "0.002", "--json-out", str(out)]) in (0, 1)
    printed = capsys.readouterr().out
    result = json.loads(out.read_text(encoding="utf-8"))
    figures = {f["id"]: f for f in result["figures"]}
    assert not [i for i in figures if i.endswith(".error")], result["details"]
    assert set(figures) == {"startup.frame_s", "gui.startup_small_s", "gui.startup_large_s", "gui.keystroke_median_ms",
                            "gui.keystroke_max_ms", "gui.card_large_ms", "gui.card_large_max_ms", "gui.card_first_ms",
                            "gui.card_small_ms", "memory.store_mb", "memory.gui_mb"}
    for f in figures.values():
        assert f["value"] > 0 and f["baseline"] > 0 and f["ratio"] > 0, f
        assert f["figure"] in printed

    gui = result["details"]["gui"]
    gui_bench = _gui_bench()
    for key in ("startup_register_s", "startup_wall_s", "bare_pyside6_s", "startup_frame_s", "startup_ratio",
                "large_startup_register_s", "large_bare_pyside6_s", "large_startup_ratio", "register_open_ms",
                "keystroke_median_ms", "keystroke_max_ms", "keystroke_with_debounce_median_ms",
                "search_store_median_ms", "search_debounce_ms", "card_200_first_ms", "card_200_median_ms",
                "card_200_max_ms", "card_200_store_median_ms", "card_20_median_ms", "card_20_max_ms", "peak_rss_mb"):
        assert gui[key] > 0, key
    from kelisim.ui.register import PAGE

    # the rows were painted, not just a frame (200 cases: one page, or two where the window shows more than a page)
    assert gui["startup_rows"] == 20 and gui["large_startup_rows"] in (PAGE, 2 * PAGE)
    assert gui["keystrokes"] == sum(len(q) for q in gui_bench.QUERIES)
    assert gui["card_200_cards"] == gui_bench.CARDS and gui["card_20_cards"] == 19  # 20 cases: the first + 19

    memory = result["details"]["memory"]
    assert memory["store"]["cases"] == memory["sqlite"]["cases"] == 200 and memory["store"]["report_cases"] >= 1
    window = memory["gui"]
    assert window["register_rows"] in (PAGE, 2 * PAGE) and window["cards"] == 3 and window["verified"] is True
    assert window["search_keys"] == 11
    # each probe is a process of its own: the window's peak is above the bare window's, which is above bare sqlite
    assert memory["gui"]["peak_rss_mb"] > memory["bare-qt"]["peak_rss_mb"] > memory["sqlite"]["peak_rss_mb"]


def test_register_paint_mode_without_a_register_says_so(tmp_path):
    """No own body yet (the first-start page): the register never paints, so the mode must not wait forever."""
    env = dict(os.environ, KELISIM_EXIT_AFTER_PAINT="register", KELISIM_HOME=str(tmp_path / "home"),
               QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "kelisim", "gui"], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 3, proc.stderr
    assert "no-register" in proc.stdout.split()
