"""The licence notices of every component the bundle carries, gathered into its ``licenses/`` folder.

Read by ``kelisim.spec`` at build time (and by ``tests/installer/test_licenses.py``): standard library only, with
``packaging`` (PyInstaller's own dependency) for the environment markers of the requirements when it is there.

- each Python distribution Kelisim needs at run time (the closure of ``kelisim``'s requirements, found in the
  building environment): its licence files from its ``.dist-info`` (``License-File`` entries, else every
  LICEN[CS]E / COPYING / NOTICE / AUTHORS file); a distribution that ships none (docxtpl: LGPL-2.1; PySide6 and
  shiboken6: LGPL-3.0) gets the licence text its metadata names, from ``installer/licenses/``;
- Qt itself (LGPL-3.0, which incorporates the GPL-3.0) with ``Qt-NOTICE.txt``: which Qt files the bundle carries,
  where their source is and how to replace them with another build (LGPL-3.0 section 4);
- the Python interpreter (its ``LICENSE.txt``: the PSF licence and the licences of what CPython bundles);
- the KATO extract (its MIT compilation notice and provenance);
- PyInstaller's bootloader (GPL with an exception that allows this use; its COPYING.txt);
- on Linux, the Debian copyright file of each system library PyInstaller copied (``system_libraries``).
``README.txt`` lists them all.
"""
from __future__ import annotations

import platform
import re
import shutil
import subprocess
import sys
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "licenses"
REPO = HERE.parent
LICENSE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# Licence texts for distributions whose wheels ship none, by the SPDX identifiers their metadata names.
SPDX_TEXTS = {"LGPL-2.1": ["LGPL-2.1.txt"], "LGPL-3.0": ["LGPL-3.0.txt", "GPL-3.0.txt"]}


def _name(dist) -> str:
    return re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower()


def _marker_holds(requirement: str) -> tuple[str, bool]:
    """The requirement's distribution name, and whether it applies here (no extra, marker true)."""
    try:
        from packaging.requirements import Requirement

        req = Requirement(requirement)
        return req.name, req.marker is None or req.marker.evaluate({"extra": ""})
    except ImportError:  # no packaging: every requirement without an extra applies
        name = re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0]
        return name, "extra ==" not in requirement.replace("extra==", "extra ==")


def runtime_distributions(root: str = "kelisim") -> list:
    """``root`` and every distribution it requires at run time, as installed here (sorted by name)."""
    seen: dict[str, object] = {}
    todo = [root]
    while todo:
        try:
            dist = metadata.distribution(todo.pop())
        except metadata.PackageNotFoundError:
            continue
        if _name(dist) in seen:
            continue
        seen[_name(dist)] = dist
        for requirement in dist.requires or []:
            name, applies = _marker_holds(requirement)
            if applies:
                todo.append(name)
    return [seen[k] for k in sorted(seen)]


def distributions_of(modules) -> list:
    """The installed distributions that provide these top-level modules (what the bundle actually carries)."""
    providers = metadata.packages_distributions()
    found = {}
    for module in modules:
        for name in providers.get(module, ()):
            try:
                dist = metadata.distribution(name)
            except metadata.PackageNotFoundError:
                continue
            found.setdefault(_name(dist), dist)
    return [found[k] for k in sorted(found)]


def licence_of(dist) -> str:
    meta = dist.metadata
    text = meta.get("License-Expression") or meta.get("License") or ""
    if not text or len(text) > 80:  # some put the whole licence text in the field
        classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License")]
        text = "; ".join(classifiers) or (text.splitlines()[0] if text else "see the files")
    return text


def licence_files(dist) -> list[Path]:
    """The licence files a distribution installed (from its metadata, else by name)."""
    files = [f for f in dist.files or [] if ".dist-info" in str(f) or ".egg-info" in str(f)]
    named = set(dist.metadata.get_all("License-File") or [])
    chosen = [f for f in files if f.name in {Path(n).name for n in named}] if named else []
    if not chosen:
        chosen = [f for f in files if LICENSE_FILE.search(f.name)]
    return [Path(dist.locate_file(f)) for f in chosen if Path(dist.locate_file(f)).is_file()]


def fallback_texts(licence: str) -> list[Path]:
    for spdx, names in SPDX_TEXTS.items():
        if spdx in licence:
            return [TEXTS / n for n in names]
    return []


def python_licence() -> Path | None:
    base = Path(sys.base_prefix)
    for candidate in (base / "LICENSE.txt", base / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"
                      / "LICENSE.txt", base / "share" / "doc" / f"python{sys.version_info.major}.{sys.version_info.minor}"
                      / "copyright"):
        if candidate.is_file():
            return candidate
    return None


def debian_package_of(path: str) -> str | None:
    """The Debian package that installed a system library (dpkg -S), or None (no dpkg, not a packaged file)."""
    if not shutil.which("dpkg"):
        return None
    resolved = str(Path(path).resolve())
    candidates = {path, resolved}
    for p in list(candidates):
        if p.startswith("/lib"):
            candidates.add("/usr" + p)
        elif p.startswith("/usr/lib"):
            candidates.add(p[4:])
    for p in sorted(candidates):
        found = subprocess.run(["dpkg", "-S", p], capture_output=True, text=True)
        if found.returncode == 0 and ":" in found.stdout:
            return found.stdout.split(":")[0].strip()
    return None


def _copy(files, folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for f in files:
        shutil.copyfile(f, folder / f.name)
        names.append(f"{folder.name}/{f.name}")
    return names


def collect(dest: Path, *, qt_version: str, modules=(), system_libraries=(), root: str = "kelisim"
            ) -> list[tuple[str, str, str]]:
    """Write every notice under ``dest``; return the rows of ``README.txt``: (component, licence, files).

    The Python distributions: ``root``'s run-time requirements and whatever provides the top-level ``modules`` the
    bundle carries (so a package imported but not yet declared is not missed)."""
    dest = Path(dest)
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    rows: list[tuple[str, str, str]] = []

    qt = dest / f"Qt-{qt_version}"
    files = _copy([TEXTS / "LGPL-3.0.txt", TEXTS / "GPL-3.0.txt"], qt)
    (qt / "Qt-NOTICE.txt").write_text((TEXTS / "Qt-NOTICE.txt").read_text(encoding="utf-8").replace(
        "{qt_version}", qt_version), encoding="utf-8")
    rows.append((f"Qt {qt_version} (The Qt Company)", "LGPL-3.0-only", ", ".join(files + [f"{qt.name}/Qt-NOTICE.txt"])))

    licence = python_licence()
    if licence is not None:
        version = platform.python_version()
        rows.append((f"Python {version} (interpreter and standard library)", "PSF-2.0 (and the licences it lists)",
                     ", ".join(_copy([licence], dest / f"Python-{version}"))))

    dists = {_name(d): d for d in [*runtime_distributions(root), *distributions_of(modules)]}
    for dist in (dists[k] for k in sorted(dists)):
        name, version = dist.metadata["Name"], dist.version
        if _name(dist) == root:
            continue
        licence = licence_of(dist)
        found = licence_files(dist) or fallback_texts(licence)
        if not found:
            raise FileNotFoundError(f"no licence text for {name} {version} ({licence}): add one to {TEXTS}")
        rows.append((f"{name} {version}", licence, ", ".join(_copy(found, dest / f"{_name(dist)}-{version}"))))

    data = REPO / "resources" / "data"
    rows.append(("KATO extract (resources/data/kato.csv), compiled by the repository siaarzh/kz-tax-rates from the "
                 "classifier of the Bureau of National Statistics", "MIT",
                 ", ".join(_copy([data / "kato.LICENSE-compilation.txt", data / "kato.NOTES.md",
                                  data / "kato.source.json"], dest / "KATO"))))

    try:
        pyinstaller = metadata.distribution("pyinstaller")
        rows.append((f"PyInstaller {pyinstaller.version} bootloader (the program's .exe / launcher)",
                     "GPL-2.0-or-later with the PyInstaller bootloader exception",
                     ", ".join(_copy(licence_files(pyinstaller), dest / f"pyinstaller-{pyinstaller.version}"))))
    except metadata.PackageNotFoundError:
        pass

    packages: dict[str, list[str]] = {}
    for path in system_libraries:
        package = debian_package_of(path)
        if package:
            packages.setdefault(package, []).append(Path(path).name)
    for package in sorted(packages):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.is_file():
            folder = dest / "system"
            folder.mkdir(exist_ok=True)
            shutil.copyfile(copyright_file, folder / f"{package}.copyright")
            rows.append((f"Debian package {package} ({', '.join(sorted(packages[package]))})", "see the file",
                         f"system/{package}.copyright"))

    lines = ["Kelisim — the licences of the components this program carries.",
             "Kelisim itself is proprietary. Each component below keeps its own licence; the files named are in this",
             f"folder. Qt and PySide6 are separate files you may replace: see {qt.name}/Qt-NOTICE.txt.", ""]
    for component, licence, files in rows:
        lines += [component, f"    licence: {licence}", f"    files:   {files}", ""]
    (dest / "README.txt").write_text("\n".join(lines), encoding="utf-8")
    return rows
