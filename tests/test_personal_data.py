"""Personal data (issue 8, point 4): ИИН and names never reach a log file; the data folder is readable by its owner
only; a report and a case export can be made with personal data masked, for analysis outside the legal service.

The main scenarios (tests/main_scenarios.py: case new with parties and their ИИН, generate, package export and import,
report, case export, backup and restore) run once on data full of distinctive names and numbers; then an unexpected
error is logged the way the window logs it (``ui.errors``), with those names and numbers in its message and its
variables; then the folders are searched.
"""
from __future__ import annotations

import json
import os
import stat
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import main_scenarios as sc  # noqa: E402

from kelisim.law import LawError  # noqa: E402
from kelisim.store import Store  # noqa: E402

SECRETS = (*sc.NUMBERS, *sc.GIVEN_NAMES, *(name for name, _ in sc.PEOPLE.values()), sc.EXECUTOR)
POSIX = os.name == "posix"


def _induced_error():
    """An error whose text and whose frames' variables hold a citizen's name and ИИН."""
    from kelisim.law.identifiers import validate_iin_or_bin

    citizen = sc.PEOPLE["plaintiff"]  # noqa: F841 - a local variable a careless log would print
    try:
        validate_iin_or_bin(sc.PEOPLE["plaintiff"][1][:-1] + "0")  # a wrong check digit: the message quotes it
    except LawError as exc:
        raise RuntimeError(f"case of {sc.PEOPLE['plaintiff'][0]} ({sc.PEOPLE['plaintiff'][1]}) failed") from exc


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    work = tmp_path_factory.mktemp("personal")
    made = sc.run(work)
    from kelisim.ui import errors

    previous = os.environ.get("KELISIM_HOME")
    os.environ["KELISIM_HOME"] = made["rural"]
    try:
        try:
            _induced_error()
        except RuntimeError as exc:
            assert sc.PEOPLE["plaintiff"][1] in str(exc) and sc.PEOPLE["plaintiff"][0] in str(exc)
            assert sc.PEOPLE["plaintiff"][1][:-1] in str(exc.__cause__)
            made["log"] = errors.write_log(exc)
    finally:
        if previous is None:
            os.environ.pop("KELISIM_HOME", None)
        else:
            os.environ["KELISIM_HOME"] = previous
    made["work"] = work
    return made


def found_in(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace")
    return [secret for secret in SECRETS if secret in text]


def zip_text(path: Path) -> bytes:
    """Every member of a zip (DOCX, XLSX, .kelisim) one after the other, XML character references resolved
    (openpyxl writes «&#1046;» for «Ж»)."""
    import html

    with zipfile.ZipFile(path) as z:
        return "\n".join(html.unescape(z.read(name).decode("utf-8", errors="replace"))
                         for name in z.namelist()).encode("utf-8")


# ---------------------------------------------------------------------------------------------- logs
def test_no_name_or_iin_in_any_log_file(made):
    log = made["log"]
    assert log is not None and log == Path(made["rural"]) / "logs" / "errors.log"
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "_induced_error" in text  # the trace is there for the IT service
    logs = [p for p in made["work"].rglob("*") if p.is_file() and (p.suffix == ".log" or "logs" in p.parts)]
    assert log in logs
    for path in logs:
        assert found_in(path.read_bytes()) == [], path


def test_the_search_would_find_them(made):
    """The same search finds the names and numbers where they belong: in the plain export (the test can fail)."""
    assert set(found_in(zip_text(Path(made["export"])))) >= set(sc.NUMBERS) | {sc.PEOPLE["plaintiff"][0]}


# ---------------------------------------------------------------------------------------------- permissions
def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(not POSIX, reason="POSIX modes; on Windows the profile folder is private to its user")
def test_data_folders_are_readable_by_their_owner_only(made):
    for home in (Path(made["rural"]), Path(made["district"]), Path(made["work"]) / "third"):
        assert mode(home) == 0o700, home
        for sub in ("attachments", "backups", "documents", "templates", "logs"):
            if (home / sub).exists() or sub != "logs":
                assert mode(home / sub) == 0o700, home / sub
        files = [home / name for name in ("kelisim.db", "kelisim.db-wal", "kelisim.db-shm") if (home / name).exists()]
        files += [p for sub in ("attachments", "backups", "documents", "logs") for p in (home / sub).rglob("*")
                  if p.is_file()]
        assert len(files) > 3
        loose = [f"{p.relative_to(home)} {oct(mode(p))}" for p in files if mode(p) != 0o600]
        assert loose == [], home
    rural = Path(made["rural"])
    assert list((rural / "attachments").rglob("*")) and list((rural / "backups").glob("kelisim-backup-*.zip"))
    assert (rural / "logs" / "errors.log").exists()


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_a_folder_made_by_an_older_version_becomes_private(tmp_path):
    home = tmp_path / "home"
    with Store(home, today=date(2026, 11, 27)):
        pass
    for path in (home, home / "attachments", home / "backups"):
        os.chmod(path, 0o755)
    os.chmod(home / "kelisim.db", 0o644)
    with Store(home, today=date(2026, 11, 28)):
        assert mode(home) == mode(home / "attachments") == mode(home / "backups") == 0o700
        assert mode(home / "kelisim.db") == 0o600
        assert all(mode(p) == 0o600 for p in (home / "backups").glob("kelisim-*.db"))


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_ensure_data_home_makes_private_folders(tmp_path, monkeypatch):
    from kelisim.home import ensure_data_home

    monkeypatch.setenv("KELISIM_HOME", str(tmp_path / "new"))
    home = ensure_data_home()
    assert home == tmp_path / "new"
    assert {p.name: mode(p) for p in [home, *home.iterdir()]} == {
        "new": 0o700, "attachments": 0o700, "documents": 0o700, "backups": 0o700, "templates": 0o700, "logs": 0o700}


# ---------------------------------------------------------------------------------------------- masking
def test_masked_report_has_no_given_names_or_numbers(made):
    plain = [Path(p) for p in made["reports"]]
    masked = [Path(p) for p in made["reports-masked"]]
    assert [p.suffix for p in masked] == [".docx", ".xlsx"]
    for path in plain:  # the plain report names the plaintiff in the subject of the claim
        assert sc.PEOPLE["plaintiff"][1] in zip_text(path).decode("utf-8", errors="replace"), path
    for path in masked:
        text = zip_text(path).decode("utf-8", errors="replace")
        assert found_in(text.encode()) == [], path
        assert "Жумабекова Е.С." in text and "********0557" in text  # masked, not dropped
        assert "Персональные данные скрыты" in text


def test_masked_report_figures_are_the_same(made):
    from kelisim.store.report import report_figures

    with Store(Path(made["rural"]), auto_backup=False, read_only=True) as store:
        plain = report_figures(store, date(2026, 7, 1), date(2026, 12, 31), today=date(2026, 11, 27))
        masked = report_figures(store, date(2026, 7, 1), date(2026, 12, 31), today=date(2026, 11, 27), mask=True)
    assert masked.masked and not plain.masked
    assert masked.total == plain.total and masked.cases == plain.cases
    assert [s.cases for s in masked.subjects] == [s.cases for s in plain.subjects]
    assert plain.subjects[0].name_ru == sc.SUBJECT
    assert masked.subjects[0].name_ru == ("о взыскании с Жумабекова Е.С. (ИИН ********0557) ущерба в пользу "
                                          "Қуанышбекова Ә.")
    assert found_in(json.dumps(masked.to_dict(), ensure_ascii=False).encode()) == []
    assert sc.PEOPLE["plaintiff"][1] in json.dumps(plain.to_dict(), ensure_ascii=False)


def test_masked_case_export(made):
    path = Path(made["export-masked"])
    with zipfile.ZipFile(path) as z:
        assert z.namelist() == ["manifest.json"]  # no attachments
        manifest = json.loads(z.read("manifest.json"))
    payload = manifest["payload"]
    assert found_in(json.dumps(payload, ensure_ascii=False).encode()) == []
    assert payload["masked"] is True and payload["attachments"] == []
    assert payload["attachments_left_out"]["count"] == 2 and "вложения не включены" in payload["note_ru"]
    case = payload["case"]
    assert [(p["role"], p["name"], p["id_number"]) for p in case["parties"]] == [
        ("plaintiff", "Жумабеков Е.С.", "********0557"), ("defendant", "ТОО «Алтынсарин-Агро»", "********0025"),
        ("third_party", "Қуанышбекова Ә.Т.", "********0127")]
    assert case["executor_name"] == "Тлеубердиева М.Р." and "uid" not in case
    assert case["court_ru"] == "Кордайский районный суд Жамбылской области"  # organisations as they are
    assert case["subject"].startswith("о взыскании с Жумабекова Е.С. (ИИН ********0557)")
    assert all("user" not in event for event in payload["history"])


def test_a_masked_export_cannot_be_imported(made, tmp_path):
    from kelisim.store.transfer import import_case

    with Store(tmp_path / "home", auto_backup=False) as store:
        with pytest.raises(LawError) as caught:
            import_case(store, Path(made["export-masked"]))
        assert caught.value.code == "masked-export" and caught.value.message_kk
        assert store.cases.count() == 0


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.parametrize("before, after", [(0o644, 0o600), (0o755, 0o700), (0o444, 0o400), (0o500, 0o500),
                                           (0o600, 0o600)])
def test_making_private_takes_rights_from_others_and_never_gives_the_owner_any(tmp_path, before, after):
    from kelisim.home import make_private

    path = tmp_path / "item"
    path.mkdir() if before & 0o100 else path.write_bytes(b"x")
    os.chmod(path, before)
    make_private(path)
    assert path.stat().st_mode & 0o777 == after
    os.chmod(path, 0o700)
