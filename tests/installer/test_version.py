"""One version: pyproject.toml's, which the build scripts pass to the installer, is the package's own."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import kelisim

REPO = Path(__file__).resolve().parents[2]


def test_the_package_version_is_the_projects():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert kelisim.__version__ == project["version"]


def test_the_build_scripts_take_the_version_from_pyproject_and_pass_it_to_makensis():
    ps1 = (REPO / "installer" / "build-windows.ps1").read_text(encoding="utf-8")
    assert "pyproject.toml" in ps1 and re.search(r"/DVERSION=", ps1) and "/DVI_VERSION=" in ps1
    workflow = (REPO / ".github" / "workflows" / "windows-installer.yml").read_text(encoding="utf-8")
    assert "build-windows.ps1" in workflow and "--smoke" in workflow


def test_bundle_is_an_optional_dependency_group_not_a_runtime_one():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(d.lower().startswith("pyinstaller") for d in project["optional-dependencies"]["bundle"])
    assert not any(d.lower().startswith("pyinstaller") for d in project["dependencies"])
