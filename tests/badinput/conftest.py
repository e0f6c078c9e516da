"""The bad-input suite (issue 8, point 2): hypothesis strategies for every field a lawyer types and every file a
lawyer gives, through the same store, law and documents functions the window and the command line call (in this
process, a real SQLite file in a temporary folder; no window).

Every generated example must end in a result or a clear refusal — a ``LawError`` (``StoreError``, ``DocumentError``
are ones) or an ``ArchiveError`` with a non-empty Russian and Kazakh message — never another exception; and a
refusal leaves the database and the attachments folder as they were (``Watched.fingerprint``: each table's row count and
highest row id, ``PRAGMA data_version`` seen from a second connection — it moves with every commit of another
connection, so an UPDATE that changes no count is still seen — and the attachments folder's listing with sizes).

Examples per default run (``max_examples`` of each property; all are reached: every strategy has more values):
    test_law_inputs.py        4,750   (parse_date 1,500; deadlines 1,500; ИИН/БИН 1,000; route 400;
                                       kelisim deadlines 200; kelisim calendar 150)
    test_case_inputs.py       2,200   (update 500; parties 400; search 650 + 150; status 250; deadlines by hand 250)
    test_directory_inputs.py  1,700   (KATO search 500; body search 200; bodies 250 + 150; officials 300;
                                       calendar days 300)
    test_given_files.py       1,010   (attachments 600; template check 200; template lookup 150;
                                       generation from a broken template 60)
    test_given_archives.py    1,650   (inspect 400; packages 400; case files 300 bytes + 350 payload; backups 200)
    this folder              11,310   (about 50 s on the 2-core machine)
    elsewhere in tests/       8,840   (store/test_case_new_fuzz.py 360, store/test_exchange.py 40,
                                       store/test_archive.py 1,300, store/test_report.py 140, law/test_properties.py
                                       1,300, law/test_identifiers.py 5,000, law/test_review.py 400,
                                       law/test_masking.py 300; hypothesis's default of 100 where none is set)
    in total                 20,150
"""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from kelisim.law import LawError
from kelisim.store.archive import ArchiveError


def examples(n: int):
    """``settings`` for one property: ``n`` examples, no deadline (the first example pays for imports)."""
    return settings(max_examples=n, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                           HealthCheck.filter_too_much, HealthCheck.data_too_large])


# ------------------------------------------------------------------------------------------ strategies
NASTY_TEXTS = [
    "", " ", "\t", "\n", "\r\n", "\x00", "a\x00b", "\x00" * 10, "\x1b[31mкрасный\x1b[0m", "\x07\x08\x0b\x0c\x7f\x85",
    "\u202eтекст справа\u202c", "\u200f\u200e\u2066\u2067\u2068\u2069", "\u061cالعربية", "עברית ועוד",
    "\u200b\u200c\u200d\u2060\ufeff", "Иван\u200bов", "\ufeffBOM", "\ud800", "a\udfffb", "\udbff\udc00",
    "🙂👨‍👩‍👧‍👦🇰🇿", "e\u0301\u0301\u0301", "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І", "Ә" * 4000, "Ә" * 4001,
    "я" * 100_000, " " * 5000 + "x", "'; DROP TABLE cases; --", '" OR 1=1 --', "%s %d {0} {} %(x)s", "\\", "\\\\x",
    "NULL", "None", "null", "true", "0", "-1", "1e309", "NaN", "../../etc/passwd", "C:\\Windows\\win.ini",
    "CON", "nul.txt", "{{ case.court }}", "{% if %}", "<script>alert(1)</script>", "&amp;&#1046;", "\uffff\ufffe",
    "\U0010ffff", "٠١٢٣٤٥٦٧٨٩", "２０２６", "Жумабеков Ерлан Серикович", "770315300557",
]
any_characters = st.characters(exclude_categories=())  # surrogates and control characters included
texts = st.one_of(st.sampled_from(NASTY_TEXTS), st.text(max_size=40), st.text(any_characters, max_size=30),
                  st.text(alphabet="аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэю -«»\"'.,", max_size=60))
scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2 ** 70), 2 ** 70),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=12))
json_values = st.recursive(  # what a JSON file (or a package's payload) can hold in a field
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=5)
texts_or_wrong = st.one_of(texts, texts, json_values)
date_texts = st.one_of(
    st.sampled_from(["2026-02-30", "2026-02-29", "2024-02-29", "0000-01-01", "0001-01-01", "9999-12-31", "2026-13-01",
                     "2026-00-10", "2026-1-5", "1990-12-31", "1991-01-01", "2100-12-31", "2101-01-01", "20260221",
                     "2026-W08-1", " 2026-02-21 ", "2026-02-21T10:00", "2026-02-21\x00", "21.02.2026", "２０２６-０２-２１",
                     "-2026-02-21", "+2026-02-21", "2026–02–21", "", " ", "today", "9" * 400, "2026-02-21\n",
                     "٢٠٢٦-٠٢-٢١", "10000-01-01"]),
    st.dates().map(lambda d: d.isoformat()), st.from_regex(r"\A\d{1,5}-\d{1,3}-\d{1,3}\Z"), st.text(max_size=14))
any_dates = st.one_of(  # 0001-01-01 … 9999-12-31, the ends and the calendar's ends often
    st.sampled_from([date.min, date.max, date(1, 1, 2), date(9999, 12, 30), date(1990, 12, 31), date(1991, 1, 1),
                     date(2100, 12, 31), date(2101, 1, 1), date(2100, 12, 1), date(1991, 1, 10)]), st.dates())


# ------------------------------------------------------------------------------------------ checks
def refused_properly(exc: BaseException) -> None:
    """A refusal a lawyer can act on: LawError (StoreError, DocumentError) or ArchiveError, both languages."""
    assert isinstance(exc, (LawError, ArchiveError)), f"not a clear refusal: {type(exc).__name__}: {exc!r}"
    for message in (exc.message_ru, exc.message_kk, exc.message("ru"), exc.message("kk")):
        assert isinstance(message, str) and message.strip(), f"empty message: {exc!r}"
        assert "Traceback" not in message
    assert isinstance(exc.code, str) and exc.code


def listing(folder: Path) -> tuple:
    """Every file under ``folder`` with its size (relative paths, sorted)."""
    if not folder.exists():
        return ()
    return tuple(sorted((str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*") if p.is_file()))


@dataclass
class Watched:
    """A store with a second, read-only connection that sees every commit (``PRAGMA data_version``)."""

    store: object
    watcher: sqlite3.Connection

    def fingerprint(self) -> tuple:
        conn = self.store.database.conn
        tables = []
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
            try:
                tables.append((name, *conn.execute(f'SELECT count(*), max(rowid) FROM "{name}"').fetchone()))
            except sqlite3.OperationalError:  # WITHOUT ROWID (the full-text index's own tables)
                tables.append((name, *conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()))
        version = self.watcher.execute("PRAGMA data_version").fetchone()[0]
        return tuple(tables), version, listing(self.store.home / "attachments")

    def attempt(self, action):
        """Run ``action``: its result, or None after checking a refusal and that nothing changed."""
        before = self.fingerprint()
        try:
            return action()
        except (LawError, ArchiveError) as exc:
            refused_properly(exc)
            assert self.fingerprint() == before, f"a refused input changed the data: {exc.message_ru[:200]}"
            return None

    def close(self) -> None:
        self.watcher.close()
        self.store.close()


def watch(store) -> Watched:
    watcher = sqlite3.connect(f"{(store.home / 'kelisim.db').resolve().as_uri()}?mode=ro", uri=True,
                              isolation_level=None, check_same_thread=False)
    return Watched(store, watcher)


def file_fingerprint(home: Path) -> tuple:
    """A data folder nobody has open: the database file's SHA-256 and every file's name and size."""
    db = home / "kelisim.db"
    digest = hashlib.sha256(db.read_bytes()).hexdigest() if db.exists() else None
    return digest, listing(home)


@pytest.fixture(scope="session")
def kato_store(tmp_path_factory):
    """A store with our own body (a district), a rural district under it, their heads and a few cases."""
    from datetime import date

    from kelisim.store import Official, Store

    store = Store(tmp_path_factory.mktemp("badinput") / "home", auto_backup=False, today=date(2026, 11, 27))
    own = store.bodies.set_own(store.bodies.from_kato("314800000").id)
    rural = store.bodies.from_kato("314845000")
    store.officials.add(Official(None, own.id, "first_head", "Жуманов Асхат Болатович"))
    store.officials.add(Official(None, rural.id, "first_head", "Сейтқали Нұрлан Ержанұлы"))
    watched = watch(store)
    yield watched
    watched.close()


def new_case(store, **fields):
    base = {"rule": "civil-appeal", "court_ru": "Кордайский районный суд", "case_number": "2-1/2026",
            "subject": "о взыскании ущерба", "act_final": "2026-11-13",
            "parties": [{"role": "plaintiff", "name": "Иванов Иван Иванович", "id_number": "900101300017"}]}
    from datetime import date

    return store.cases.create({**base, **fields}, today=date(2026, 11, 27))

