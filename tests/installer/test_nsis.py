"""installer/kelisim.nsi compiled by makensis with a stand-in payload (the real one needs the Windows build), warnings
treated as errors: a broken script fails here. Skipped where makensis is absent (`make installer-check` installs
nsis; `make test` tries to)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "installer" / "kelisim.nsi"
MAKENSIS = shutil.which("makensis")
needs_makensis = pytest.mark.skipif(MAKENSIS is None, reason="makensis is not installed (apt-get install nsis)")


def stand_in(folder: Path) -> Path:
    """What PyInstaller writes on Windows, in miniature."""
    payload = folder / "kelisim"
    (payload / "_internal" / "PySide6" / "plugins" / "platforms").mkdir(parents=True)
    (payload / "licenses").mkdir()
    for exe in ("Kelisim.exe", "kelisim-cli.exe"):
        (payload / exe).write_bytes(b"MZ stand-in for " + exe.encode())
    (payload / "_internal" / "PySide6" / "plugins" / "platforms" / "qwindows.dll").write_bytes(b"MZ")
    (payload / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (payload / "licenses" / "README.txt").write_text("licences\n", encoding="utf-8")
    return payload


def makensis(*defines: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([MAKENSIS, "-WX", "-V2", *defines, str(SCRIPT)], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


@needs_makensis
@pytest.mark.parametrize("version, extra", [("0.1.0", ()), ("1.2.3rc1", ("-DVI_VERSION=1.2.3.0",))])
def test_the_script_compiles_with_a_stand_in_payload(tmp_path, version, extra):
    payload = stand_in(tmp_path)
    out = tmp_path / f"Kelisim-{version}-setup.exe"
    done = makensis(f"-DVERSION={version}", f"-DPAYLOAD={payload}", f"-DOUTFILE={out}", *extra, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    data = out.read_bytes()
    assert data[:2] == b"MZ" and len(data) > 50_000  # a Windows program carrying the payload


@needs_makensis
def test_a_missing_version_or_payload_stops_the_build(tmp_path):
    payload = stand_in(tmp_path)
    done = makensis(f"-DPAYLOAD={payload}", f"-DOUTFILE={tmp_path / 'x.exe'}", cwd=tmp_path)
    assert done.returncode != 0 and "Pass the version" in done.stdout + done.stderr
    done = makensis("-DVERSION=0.1.0", f"-DPAYLOAD={tmp_path / 'nothing'}", f"-DOUTFILE={tmp_path / 'x.exe'}",
                    cwd=tmp_path)
    assert done.returncode != 0 and not (tmp_path / "x.exe").exists()


@needs_makensis
def test_a_broken_script_fails(tmp_path):
    payload = stand_in(tmp_path)
    broken = tmp_path / "broken.nsi"
    broken.write_text(SCRIPT.read_text(encoding="utf-8").replace("SectionEnd", "SectionEndd", 1), encoding="utf-8")
    icon = SCRIPT.parents[1] / "resources" / "icons" / "kelisim.ico"
    command = [MAKENSIS, "-WX", "-V1", "-DVERSION=0.1.0", f"-DPAYLOAD={payload}", f"-DICON={icon}",
               f"-DOUTFILE={tmp_path / 'x.exe'}"]
    assert subprocess.run([*command, str(broken)], capture_output=True, timeout=120).returncode != 0
    broken.write_text(SCRIPT.read_text(encoding="utf-8"), encoding="utf-8")  # the same script, unbroken: compiles
    assert subprocess.run([*command, str(broken)], capture_output=True, timeout=120).returncode == 0


def test_the_script_installs_per_user_and_keeps_the_data():
    """What the compiler cannot check: the promises of the installer, read from the script."""
    text = SCRIPT.read_text(encoding="utf-8")
    assert re.search(r"^RequestExecutionLevel user$", text, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\\$\{APP\}"$', text, re.M)
    assert "WriteRegStr HKLM" not in text and "SetShellVarContext all" not in text  # nothing machine-wide
    assert re.search(r'^Section /o "un\.\$\(SecRemoveData\)" UnSecData$', text, re.M)  # data removal unticked
    assert text.count('RMDir /r "${DATA_DIR}"') == 1  # only that section removes the data folder
    data_section = text.split('Section /o "un.$(SecRemoveData)"', 1)[1].split("SectionEnd", 1)[0]
    assert 'RMDir /r "${DATA_DIR}"' in data_section
    assert "ExecWait '\"$INSTDIR\\uninstall.exe\" /S _?=$INSTDIR'" in text  # upgrade in place, silently
    assert '!insertmacro MUI_LANGUAGE "Russian"' in text and '!insertmacro MUI_LANGUAGE "English"' in text
    for string in re.findall(r"^LangString (\w+) \$\{LANG_RUSSIAN\}", text, re.M):  # every own string in both
        assert re.search(rf"^LangString {string} \$\{{LANG_ENGLISH\}}", text, re.M), string
    # NSIS has no Kazakh language file: the Russian installer's own texts carry their Kazakh beside the Russian.
    for name, value in re.findall(r'^LangString (\w+) \$\{LANG_RUSSIAN\} "(.*)"$', text, re.M):
        assert re.search("[әғқңөұүһі]", value), f"{name} has no Kazakh text"


@needs_makensis
def test_the_signing_command_signs_the_uninstaller_and_the_installer(tmp_path):
    payload = stand_in(tmp_path)
    log = tmp_path / "signed.log"
    sign = tmp_path / "sign.sh"  # stands in for `signtool sign /fd SHA256 ...`
    sign.write_text(f'#!/bin/sh\necho "$1" >> "{log}"\n', encoding="utf-8")
    sign.chmod(0o755)
    out = tmp_path / "Kelisim-0.1.0-setup.exe"
    done = makensis("-DVERSION=0.1.0", f"-DPAYLOAD={payload}", f"-DOUTFILE={out}", f"-DSIGN_COMMAND={sign}",
                    cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    signed = log.read_text(encoding="utf-8").splitlines()
    assert len(signed) == 2 and signed[-1] == str(out)  # first the uninstaller (a temporary file), then the setup


def test_the_uninstaller_removes_the_start_up_cache_but_not_the_data(monkeypatch, tmp_path):
    """kelisim.ui.pyside_boot keeps compiled code in %LOCALAPPDATA%\\Kelisim\\cache: the program's, not the user's."""
    import sys

    from kelisim.ui import pyside_boot

    text = (Path(__file__).resolve().parents[2] / "installer" / "kelisim.nsi").read_text(encoding="utf-8")
    start = text.index('Section "un.$(SecProgramUn)"')
    program = text[start:text.index("SectionEnd", start)]
    assert 'RMDir /r "$LOCALAPPDATA\\${APP}\\cache"' in program
    monkeypatch.delenv("KELISIM_CACHE", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    assert pyside_boot.cache_dir() == tmp_path / "Kelisim" / "cache"  # the folder the uninstaller removes
