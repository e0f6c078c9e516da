"""The user's data survives an uninstall and the installation of a newer version (installer/bundle_checks.py), here on
"portable installations" of the source tree: copy A records a case with an attachment in the default data folder,
A is removed, a newer copy B (version 99.0.0) finds the case, the attachment and runs its smoke test on that data.
`make bundle` runs the same check on two copies of the built bundle."""
from __future__ import annotations

from pathlib import Path

import pytest

import bundle_checks

REPO = Path(__file__).resolve().parents[2]


def test_data_survives_removing_the_program_and_installing_a_newer_one(tmp_path):
    summary = bundle_checks.reinstall_keeps_data(bundle_checks.copy_source(REPO),
                                                 bundle_checks.copy_source(REPO, version="99.0.0"), tmp_path,
                                                 expect_new_version="99.0.0")
    data = tmp_path / "user" / "xdg-data" / "Kelisim"  # the platform's default data folder, not the program's
    assert str(data) in summary
    assert not (tmp_path / "A").exists() and (data / "kelisim.db").is_file()
    assert len([p for p in (data / "attachments").rglob("*") if p.is_file()]) == 3  # the case's, and the smoke's 2
    assert not any(p.suffix == ".db" for p in (tmp_path / "B").rglob("*"))  # nothing of the data in the program


def test_the_check_fails_when_the_data_lives_in_the_program_folder(tmp_path):
    """The check can fail: an installation that keeps its data inside its own folder loses the case with it."""
    def install_with_data_inside(folder: Path) -> list:
        command = bundle_checks.copy_source(REPO)(folder)
        return ["env", f"KELISIM_HOME={folder / 'data'}", *command]

    with pytest.raises(bundle_checks.CheckFailed, match="default data folder"):
        bundle_checks.reinstall_keeps_data(install_with_data_inside, install_with_data_inside, tmp_path)


def test_smoke_writes_nothing_into_the_program_folder_of_a_copy(tmp_path):
    command = bundle_checks.copy_source(REPO)(tmp_path / "program")
    env = bundle_checks.clean_env(tmp_path / "user")
    report = bundle_checks.smoke_writes_nothing_into(tmp_path / "program", command, env)
    assert "Smoke test passed" in report and str(tmp_path / "program") in report  # the copy ran, not the checkout
