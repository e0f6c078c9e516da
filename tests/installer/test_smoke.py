"""`kelisim --smoke` from the source tree (the bundle runs the same module: `make bundle` runs it there): four steps
reported, exit 0; a failure names its step and exits 1; an existing data folder is used and kept, a temporary one is
removed."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from kelisim.store import Store

STEPS = ("law", "store", "window", "documents")


def smoke(*args: str, **env_changes: str | None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    for name, value in env_changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run([sys.executable, "-m", "kelisim", "--smoke", *args], capture_output=True, text=True,
                          env=env, timeout=180)


def test_smoke_on_a_fresh_temporary_folder_passes_and_removes_it():
    done = smoke(KELISIM_HOME=None)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[1] for line in lines if line.startswith("ok  ")] == list(STEPS)
    assert "expires 26.03.2026" in done.stdout  # the law through the shipped holiday and calendar data
    assert "1 register row(s)" in done.stdout and "Реестр дел" in done.stdout  # the window, in Russian
    assert "Запрос о согласовании" in done.stdout and "Решение о согласовании" in done.stdout
    assert lines[-1].startswith("Smoke test passed: 4 steps")
    home = Path(re.search(r"data folder (\S+)", lines[0]).group(1))
    assert home.name.startswith("kelisim-smoke-") and not home.exists()


def test_smoke_uses_and_keeps_the_folder_kelisim_home_names(tmp_path):
    home = tmp_path / "home"
    for run in (1, 2):  # a second run on the same folder keeps what is there and adds its case
        done = smoke(KELISIM_HOME=str(home))
        assert done.returncode == 0, done.stderr
        assert f"{run} register row(s)" in done.stdout
    with Store(home, auto_backup=False) as store:
        own = store.bodies.own()
        assert own is not None and own.kato == "314845000"
        assert store.cases.count() == 2
        assert len(store.officials.of_body(own.id)) == 1  # the head recorded once, not once per run
        case = store.cases.get(1)
        documents = [e for e in store.cases.history(case.id) if e["action"] == "document"]
    assert len(documents) == 2  # request and decision, recorded with their SHA-256
    assert len(list((home / "documents").rglob("*.docx"))) == 4


def test_a_failing_step_is_named_on_one_line_and_exits_1(tmp_path):
    resources = tmp_path / "resources"  # an installation whose data files are missing
    resources.mkdir()
    done = smoke(KELISIM_HOME=str(tmp_path / "home"), KELISIM_RESOURCES=str(resources))
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("kelisim --smoke: FAILED at step 'law'") and "calendar-kz.json" in last
    assert "Smoke test passed" not in done.stdout


def test_unknown_options_are_refused_with_the_usage():
    done = smoke("--bogus")
    assert done.returncode == 2 and "usage: kelisim --smoke [--keep]" in done.stderr


def test_the_command_line_entry_point_routes_smoke_before_the_window(capsys):
    from kelisim.cli import main

    assert main(["--smoke", "--bogus"]) == 2  # the smoke's own usage, not Qt options for the window
    assert "usage: kelisim --smoke" in capsys.readouterr().err
