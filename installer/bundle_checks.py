"""Checks of an installed Kelisim, from outside: the smoke test in a clean environment, nothing written into the
program's folder, and the user's data surviving an uninstall and the installation of a newer version elsewhere.

Used by ``installer/build_bundle.py`` (``make bundle``: on the built one-folder bundle, copied away from the source
tree and the venv) and by ``tests/installer`` (the same checks on a copy of the source tree, in the default suite).
Standard library only. An "installation" is a function ``install(folder) -> command``: it puts the program into
``folder`` and returns the command that starts it (``[folder/"kelisim"/"kelisim"]`` for the bundle).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

# A small but well-formed PDF for the attachment of the case created from the command line.
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>"
       b" endobj\n3 0 obj << /Type /Page /Parent 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
Install = Callable[[Path], list]


class CheckFailed(AssertionError):
    """One check of the installation failed: the message says which and shows the program's output."""


def clean_env(root: Path, **extra: str) -> dict:
    """An environment as a fresh user session would have it: no PYTHONPATH, no venv, no Kelisim or Qt variables;
    HOME and the XDG folders under ``root`` (the default data folder is ``root/xdg-data/Kelisim``)."""
    root = Path(root)
    runtime = root / "xdg-runtime"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = {"PATH": "/usr/bin:/bin" if os.name != "nt" else os.environ.get("PATH", ""),
           "HOME": str(root / "home"), "LANG": "C.UTF-8", "XDG_DATA_HOME": str(root / "xdg-data"),
           "XDG_CONFIG_HOME": str(root / "xdg-config"), "XDG_RUNTIME_DIR": str(runtime),
           "PYTHONDONTWRITEBYTECODE": "1"}
    for name in ("SYSTEMROOT", "TEMP", "TMP", "APPDATA", "LOCALAPPDATA"):  # Windows needs these to start at all
        if name in os.environ and os.name == "nt":
            env[name] = os.environ[name]
    (root / "home").mkdir(parents=True, exist_ok=True)
    env.update(extra)
    return env


def default_data_home(env: dict) -> Path:
    return Path(env["XDG_DATA_HOME"]) / "Kelisim"


def run(command: list, *args: str, env: dict, timeout: int = 180) -> subprocess.CompletedProcess:
    done = subprocess.run([*map(str, command), *args], capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=timeout, cwd=env["HOME"])
    if done.returncode != 0:
        raise CheckFailed(f"`{' '.join(map(str, [*command, *args]))}` exited {done.returncode}\n--- stdout\n"
                          f"{done.stdout}\n--- stderr\n{done.stderr}")
    return done


def start_up_cache_file(env: dict) -> Path:
    """Where the installed program keeps its start-up cache (kelisim.ui.pyside_boot.cache_dir) in the session ``env``."""
    if os.name == "nt":
        return Path(env["LOCALAPPDATA"]) / "Kelisim" / "cache" / "pyside-start.bin"
    return Path(env.get("XDG_CACHE_HOME") or Path(env["HOME"]) / ".cache") / "kelisim" / "pyside-start.bin"


def start_up_cache_is_written(command: list, env: dict) -> str:
    """The installed program imports PySide6 through its start-up cache (its own run-time hook runs before
    PyInstaller's, which imports PySide6.QtCore): after a start the cache file exists; the next start reads it."""
    path = start_up_cache_file(env)
    path.unlink(missing_ok=True)
    first = run(command, env={**env, "KELISIM_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}).stdout
    if not path.is_file():
        raise CheckFailed(f"the start-up cache {path} was not written by a start\n{first}")
    written = path.stat().st_mtime_ns
    second = run(command, env={**env, "KELISIM_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"}).stdout
    if path.stat().st_mtime_ns != written:
        raise CheckFailed(f"the second start compiled again instead of reading {path}\n{second}")
    return f"{path} ({path.stat().st_size // 1024} KB); first paint {first.split()[1]} s, then {second.split()[1]} s"


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder``: relative path → (size, modification time)."""
    folder = Path(folder)
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
            for p in folder.rglob("*") if not p.is_dir()}


def smoke(command: list, env: dict) -> str:
    """``kelisim --smoke`` must pass; returns its report."""
    done = run(command, "--smoke", env=env)
    if "Smoke test passed" not in done.stdout:
        raise CheckFailed(f"--smoke exited 0 without its closing line:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def smoke_writes_nothing_into(program_dir: Path, command: list, env: dict) -> str:
    """The smoke test passes and leaves the program's folder exactly as it was (a per-user installation may be
    read-only, an upgrade replaces it whole)."""
    before = snapshot(program_dir)
    report = smoke(command, env)
    after = snapshot(program_dir)
    if before != after:
        changed = sorted(set(before.items()) ^ set(after.items()))
        raise CheckFailed(f"the program wrote into its own folder {program_dir}: {changed[:10]}")
    return report


def reinstall_keeps_data(install_old: Install, install_new: Install, work: Path, *, expect_new_version: str = ""
                         ) -> str:
    """Install into A, record a case (with an attachment) in the default data folder, remove A as an uninstaller
    would (the data folder untouched), install the newer version into B: the case, its attachment and the settings
    are there, and B's smoke test runs on the same data. Returns a one-line summary."""
    work = Path(work)
    env = clean_env(work / "user")
    folder_a, folder_b = work / "A", work / "B"
    old = install_old(folder_a)
    act = work / "act.pdf"
    act.write_bytes(PDF)
    created = json.loads(run(old, "case", "new", "--rule", "civil-appeal", "--court", "Кордайский районный суд",
                             "--number", "2-7/2026", "--subject", "о сносе", "--act-final", "2026-11-20",
                             "--requester", "314845000", "--plaintiff", "Иванов Иван Иванович",
                             "--attach", f"court_act={act}", "--json", env=env).stdout)
    data = default_data_home(env)
    if not (data / "kelisim.db").is_file():
        raise CheckFailed(f"the case was not written into the default data folder {data}")
    kept = snapshot(data)
    shutil.rmtree(folder_a)  # the uninstaller removes the program's folder, and only that
    new = install_new(folder_b)
    if expect_new_version:
        shown = run(new, "--version", env=env).stdout
        if expect_new_version not in shown:
            raise CheckFailed(f"the new installation reports {shown.strip()!r}, expected {expect_new_version}")
    listed = json.loads(run(new, "case", "list", "--json", env=env).stdout)
    uids = [c["uid"] for c in listed["cases"]]
    if uids != [created["uid"]]:
        raise CheckFailed(f"after reinstalling, the register holds {uids}; expected the case {created['uid']}")
    shown = json.loads(run(new, "case", "show", str(created["id"]), "--json", env=env).stdout)
    if [a["sha256"] for a in shown.get("attachments", [])] != [a["sha256"] for a in created["attachments"]]:
        raise CheckFailed(f"the case's attachment did not survive: {shown.get('attachments')}")
    lost = sorted(f for f in set(kept) - set(snapshot(data)) if not Path(f).name.startswith("."))  # not the lock
    if lost:
        raise CheckFailed(f"files of the data folder disappeared: {lost}")
    report = smoke(new, {**env, "KELISIM_HOME": str(data)})  # the new version works on the old data
    rows = json.loads(run(new, "case", "list", "--json", env=env).stdout)["total"]
    if rows != 2:
        raise CheckFailed(f"after the smoke test on the kept data the register holds {rows} cases, expected 2\n{report}")
    return f"case {created['uid'][:8]}… and its attachment kept in {data} across removing {folder_a.name} and " \
           f"installing {folder_b.name}"


def copy_bundle(bundle: Path) -> Install:
    """An installation of the built one-folder bundle: copied whole, started by its own executable."""
    def install(folder: Path) -> list:
        target = Path(folder) / bundle.name
        shutil.copytree(bundle, target, symlinks=True)
        exe = target / ("kelisim-cli.exe" if os.name == "nt" else "kelisim")
        return [exe]
    return install


def copy_source(repo: Path, *, version: str = "") -> Install:
    """A "portable installation" of the source tree (the package, resources, forms), run by this interpreter with
    only that copy on PYTHONPATH; ``version`` rewrites the copy's ``__version__`` (a newer release)."""
    def install(folder: Path) -> list:
        folder = Path(folder)
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        shutil.copytree(repo / "desktop" / "kelisim", folder / "desktop" / "kelisim", ignore=ignore)
        shutil.copytree(repo / "resources", folder / "resources", ignore=ignore)
        shutil.copytree(repo / "forms", folder / "forms", ignore=ignore)
        if version:
            init = folder / "desktop" / "kelisim" / "__init__.py"
            text = init.read_text(encoding="utf-8")
            init.write_text(text.replace('__version__ = "', f'__version__ = "{version}"  # was "', 1),
                            encoding="utf-8")
        return [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(folder / 'desktop')!r}); "
                                      f"sys.argv[0] = 'kelisim'; import runpy; "
                                      f"runpy.run_module('kelisim', run_name='__main__', alter_sys=True)"]
    return install
