"""``make bundle``: build the one-folder bundle with this venv's PyInstaller, prove it runs by itself, measure it.

1. PyInstaller with installer/kelisim.spec → dist/kelisim/ (build files in build/pyinstaller/);
2. what the spec removed from PyInstaller's analysis (build/pyinstaller/kelisim/pruned.json), summed by kind;
3. the checks of installer/bundle_checks.py on copies of the bundle in a temporary folder, with a clean environment
   (no PYTHONPATH, no venv, no source tree): ``kelisim --smoke`` passes and writes nothing into the program's
   folder; a case recorded by one copy survives removing that copy and installing another;
4. sizes: unpacked (the files' bytes) and compressed (dist/kelisim-<version>-<platform>.tar.xz), against the
   targets (120 MB and 50 MB): over a target fails the build.
``--skip-build`` checks and measures an existing dist/kelisim. Exit code 0 when everything passed.
"""
from __future__ import annotations

import argparse
import json
import lzma
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_checks  # noqa: E402

MB = 1_000_000
UNPACKED_LIMIT = 120 * MB
COMPRESSED_LIMIT = 50 * MB


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def build(dist: Path, work: Path) -> float:
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
               "--workpath", str(work), str(HERE / "kelisim.spec")]
    print("$ " + " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    return time.perf_counter() - started


def tree_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def kind_of(dest: str) -> str:
    parts = Path(dest).parts
    if "plugins" in parts:
        return "Qt plugins"
    if "translations" in parts:
        return "Qt translations"
    if parts[0] == "holidays":
        return "holidays catalogues of other countries"
    name = parts[-1]
    if name.startswith(("libQt6", "Qt6")):
        return "Qt libraries"
    if name.startswith("Qt") and parts[0] == "PySide6":
        return "PySide6 bindings of unused Qt modules"
    return "other"


def pruning_summary(work: Path) -> list[str]:
    path = work / "kelisim" / "pruned.json"
    if not path.is_file():
        return ["(no pruning record: build/pyinstaller/kelisim/pruned.json is missing)"]
    removed = json.loads(path.read_text(encoding="utf-8"))["removed"]
    groups: dict[str, list] = defaultdict(list)
    for entry in removed:
        key = "system libraries only they needed" if entry["why"] == "unreferenced" else kind_of(entry["dest"])
        groups[key].append(entry)
    lines = [f"removed from PyInstaller's analysis: {len(removed)} files, "
             f"{sum(e['bytes'] for e in removed) / MB:.1f} MB"]
    for key, entries in sorted(groups.items(), key=lambda kv: -sum(e["bytes"] for e in kv[1])):
        names = sorted({Path(e["dest"]).name for e in entries})
        shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
        lines.append(f"  {key}: {len(entries)} files, {sum(e['bytes'] for e in entries) / MB:.1f} MB ({shown})")
    return lines


def compress(bundle: Path, archive: Path) -> int:
    """tar.xz at xz's default level (-6): the system's tar and xz with every core when there, else Python's."""
    if shutil.which("tar") and shutil.which("xz"):
        with open(archive, "wb") as out:
            tar = subprocess.Popen(["tar", "-C", str(bundle.parent), "-cf", "-", bundle.name], stdout=subprocess.PIPE)
            subprocess.run(["xz", "-T0", "-6"], stdin=tar.stdout, stdout=out, check=True)
            tar.stdout.close()
            if tar.wait() != 0:
                raise OSError(f"tar failed on {bundle}")
    else:
        with lzma.open(archive, "wb", preset=6) as xz, tarfile.open(fileobj=xz, mode="w") as tar:
            tar.add(bundle, arcname=bundle.name)
    return archive.stat().st_size


def check(bundle: Path) -> list[str]:
    lines = []
    with tempfile.TemporaryDirectory(prefix="kelisim-bundle-check-") as tmp:
        tmp = Path(tmp)
        install = bundle_checks.copy_bundle(bundle)
        command = install(tmp / "elsewhere")
        env = bundle_checks.clean_env(tmp / "user")
        started = time.perf_counter()
        report = bundle_checks.smoke_writes_nothing_into(command[0].parent, command, env)
        lines += ["smoke test of the bundle copied to " + str(command[0].parent) + " (clean environment, "
                  f"{time.perf_counter() - started:.1f} s):"] + ["  " + line for line in report.splitlines()]
        lines.append("start-up cache: " + bundle_checks.start_up_cache_is_written(command, env))
        lines.append("data survives an uninstall and a reinstall: " + bundle_checks.reinstall_keeps_data(
            install, install, tmp / "reinstall"))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--skip-build", action="store_true", help="check and measure an existing dist/kelisim")
    args = parser.parse_args(argv)
    bundle = args.dist / "kelisim"
    if not args.skip_build:
        print(f"built in {build(args.dist, args.work):.0f} s", flush=True)
    if not bundle.is_dir():
        print(f"make bundle: {bundle} does not exist: build it first", file=sys.stderr)
        return 1
    for line in pruning_summary(args.work):
        print(line, flush=True)
    try:
        for line in check(bundle):
            print(line, flush=True)
    except bundle_checks.CheckFailed as exc:
        print(f"make bundle: a check of the bundle FAILED:\n{exc}", file=sys.stderr)
        return 1
    unpacked = tree_bytes(bundle)
    arch = f"{platform.system().lower()}-{platform.machine()}"
    archive = args.dist / f"kelisim-{version()}-{arch}.tar.xz"
    compressed = compress(bundle, archive)
    print(f"size: {unpacked / MB:.1f} MB unpacked ({unpacked / 2**20:.1f} MiB; target under {UNPACKED_LIMIT // MB} "
          f"MB), {compressed / MB:.1f} MB as {archive.name} (target under {COMPRESSED_LIMIT // MB} MB)", flush=True)
    over = [what for what, size, limit in (("unpacked", unpacked, UNPACKED_LIMIT),
                                           ("compressed", compressed, COMPRESSED_LIMIT)) if size >= limit]
    if over:
        print(f"make bundle: the bundle is over its size target ({', '.join(over)}): see installer/bundle_rules.py",
              file=sys.stderr)
        return 1
    print(f"bundle OK: {bundle}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
