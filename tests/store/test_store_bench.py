"""The store benchmark runs end to end on a small register (figures only checked to exist: times are never
asserted in tests, the machine's load decides them)."""
from __future__ import annotations

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import store_bench  # noqa: E402

FIGURES = ("cases", "fill_s", "seed_create_ms", "baseline_ms", "first_page_ms", "first_page_ratio", "deep_page_ms",
           "deep_page_ratio", "search_surname_ms", "search_number_ms", "dashboard_ms", "filter_closed_ms",
           "filter_year_ms", "filter_incoming_ms", "surname_hits", "number_hits", "create_2_attachments_ms",
           "peak_rss_mb")


def test_bench_store_fills_the_register_and_reports_every_figure():
    result = store_bench.bench_store(n=2_000)
    for key in (*FIGURES, "scenario", "target", "ok"):
        assert key in result, key
    assert result["cases"] == 2_000
    assert isinstance(result["ok"], bool)
    for key in FIGURES:
        assert isinstance(result[key], (int, float)) and result[key] >= 0, key


def test_the_copies_are_whole_cases(tmp_path):
    """The copies made past the seeds have parties, a history and a search index entry, like created cases."""
    import random

    from kelisim.store import Store

    with Store(tmp_path / "home", auto_backup=False, today=store_bench.TODAY) as store:
        store_bench.fill(store, 300, random.Random(1), seeds_wanted=50)
        assert store.cases.count() == 300
        last = store.cases.get(300)
        assert last.parties and " ".join(p.name for p in last.parties) == \
            store.database.one("SELECT parties_text FROM cases WHERE id = 300")["parties_text"]
        assert store.cases.history(300)[0]["action"] == "created"
        surname = last.parties[0].name.split()[0]
        assert 300 in {r["id"] for r in store.cases.list(search=surname, limit=1000)}
        assert store.cases.count(search=last.case_number) >= 1
        assert store.database.one("SELECT count(*) AS n FROM events")["n"] == 300
