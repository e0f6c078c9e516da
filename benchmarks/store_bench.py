"""The case register store at 100,000 cases: paging, search, dashboard, registering a case, memory.

A temporary data folder is filled with ``n`` cases: the first ``SEEDS`` through ``Cases.create`` (validation,
deadline chains, parties, history — the store's own path), the rest as copies of those rows with a new id, uid,
case number and parties, made in one transaction by ``_multiply`` (Cases.create costs ~0.6 ms a case even
inside one transaction, so 100,000 would take over a minute). The copies keep their seed's dates, status and
computed deadlines, so every column the register sorts and filters on is as the store itself wrote it; the
FTS triggers index the copies as they do any insert. Each seed has the workflow dates its status implies (request
sent, received, decided, complaint filed, closed: ``_workflow``), and, given ``bodies`` (our own body and the lower
bodies that ask us), the requesting and approving bodies — what the semi-annual report counts.

Then, against a baseline measured on the same file in the same run (a bare ``sqlite3`` connection: ``SELECT
count(*)`` plus ``SELECT * FROM cases ORDER BY next_due LIMIT 50``, a page), the median time of:
  (a) the register's first page: ``count`` and ``list(limit=PAGE)`` as ``ui.register.RegisterModel`` does them;
  (b) a page deep in the list (offset 50,000);
  (c) the search box: ``count(search=…)`` and ``list(search=…, limit=PAGE)`` for a surname prefix and for a case
      number fragment;
  (d) the dashboard strip: ``cases.dashboard(today, 5)``, and the filter bar (status "closed", one year, requests
      to us), each a count and a first page;
  (e) registering one case with a PDF and a DOCX through ``register_case`` (median of 50);
and (f) the peak RSS of the process after all of it. Targets: each interaction ≤ 50 ms, (e) ≤ 30 ms, RSS ≤ 150 MB.
"""
from __future__ import annotations

import io
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))

TODAY = date(2026, 3, 2)
SEEDS = 2_000
PAGE = 50  # ui.register.PAGE
DASHBOARD_WEEK = 5  # ui.register.DASHBOARD_WEEK
REPEAT = 15
CREATES = 50
TARGET_MS = 50.0
TARGET_CREATE_MS = 30.0
TARGET_RSS_MB = 150.0

SURNAMES = (
    "Ахметов", "Абдрахманов", "Жумабаев", "Сейтказиев", "Нурланов", "Касымов", "Тулегенов", "Байжанов", "Омаров",
    "Искаков", "Садыков", "Мухамеджанов", "Есенов", "Кенжебаев", "Рахимов", "Жакупов", "Бекмухамбетов", "Смагулов",
    "Калиев", "Утепов", "Досмагамбетов", "Абенов", "Серикбаев", "Турсынов", "Ермеков", "Шайхисламов", "Аубакиров",
    "Маратов", "Бейсенов", "Оспанов", "Жанибеков", "Кульмаганбетов", "Әбілов", "Құдайбергенов", "Нұрмағамбетов",
    "Төлеуов", "Сәрсенбаев", "Өтегенов", "Иванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Васильев",
    "Соколов", "Михайлов", "Новиков", "Федоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семенов", "Егоров",
    "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Ким", "Пак", "Цой", "Шевченко", "Бондаренко", "Ткаченко",
    "Мельник", "Гребенюк", "Штейнгауэр", "Мейер",
)
INITIALS = "АБГДЕЖЗИКЛМНОПРСТ"
DISTRICTS = ("Кордайский", "Жамбылский", "Байзакский", "Таласский", "Шуский", "Мойынкумский", "Сарысуский",
             "Меркенский", "Рыскуловский", "Жуалынский", "Карасайский", "Талгарский", "Илийский", "Енбекшиказахский",
             "Райымбекский", "Уйгурский", "Панфиловский", "Аксуский", "Каратальский", "Сарканский")
COURTS = tuple(f"{d} районный суд" for d in DISTRICTS) + tuple(
    f"Специализированный межрайонный суд {d.lower().replace('ский', 'ского')} района" for d in DISTRICTS)  # 40
SUBJECT_KINDS = ("о взыскании ущерба", "о признании права собственности", "о признании незаконным решения",
                 "об оспаривании бездействия", "о возмещении морального вреда", "о выселении", "о сносе постройки",
                 "об изъятии земельного участка", "о предоставлении жилья", "о восстановлении на работе",
                 "о взыскании заработной платы", "о признании сделки недействительной", "об обязании совершить действия",
                 "об установлении факта", "о прекращении права пользования", "об аннулировании регистрации",
                 "о возврате имущества", "о расторжении договора", "о взыскании неустойки", "об освобождении имущества")
SUBJECT_OBJECTS = ("земельного участка", "жилого дома", "квартиры", "нежилого помещения", "автомобиля",
                   "государственного акта", "договора аренды", "договора закупа", "акта проверки", "постановления акимата")
SUBJECTS = tuple(f"{k} ({o})" for k in SUBJECT_KINDS for o in SUBJECT_OBJECTS)  # 200
BODIES = tuple(f"Аппарат акима {d[:-3]}ского сельского округа" for d in DISTRICTS) + (
    "ГУ «Отдел земельных отношений»", "ГУ «Отдел строительства»", "ГУ «Отдел образования»", "Акимат района")
RULES = ("civil-appeal",) * 6 + ("civil-private", "civil-simplified", "civil-cassation", "admin-appeal",
                                 "admin-appeal", "admin-private", "admin-short", "admin-cassation")
# Most of a register of 100,000 is history: closed, decided. The open ones are recent.
OUTGOING = (("closed", 60), ("consented", 6), ("refused", 4), ("complaint_filed", 6), ("draft", 7),
            ("request_sent", 7))
INCOMING = (("closed", 5), ("received", 3), ("under_review", 2))


def pdf_bytes(text: str) -> bytes:
    body = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page >> endobj\n")
    return body + b"% " + text.encode() + b"\n%%EOF\n"


def docx_bytes(text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"
                   "</w:body></w:document>")
    return buf.getvalue()


def _person(rnd: random.Random) -> str:
    return f"{rnd.choice(SURNAMES)} {rnd.choice(INITIALS)}.{rnd.choice(INITIALS)}."


def _parties(rnd: random.Random) -> list[dict]:
    parties = [{"role": "plaintiff", "name": _person(rnd)}, {"role": "defendant", "name": rnd.choice(BODIES)}]
    if rnd.random() < 0.3:
        parties.append({"role": "third_party", "name": _person(rnd)})
    return parties


def _weighted(rnd: random.Random, table) -> str:
    return rnd.choices([s for s, _ in table], [w for _, w in table])[0]


def seed_fields(rnd: random.Random, k: int, bodies: "Bodies | None" = None) -> dict:
    """The fields of one varied case, as the wizard would give them to ``Cases.create``, with the workflow dates
    its status implies (``WORKFLOW_FIELDS``) and, given ``bodies``, its requesting and approving bodies."""
    rule = rnd.choice(RULES)
    incoming = rnd.random() < 0.1
    status = _weighted(rnd, INCOMING if incoming else OUTGOING)
    if status == "closed":  # history: any day of the last seven years
        final = TODAY - timedelta(days=rnd.randrange(40, 7 * 365))
    else:  # open work: recent
        final = TODAY - timedelta(days=rnd.randrange(0, 45))
    fields = {
        "rule": rule, "direction": "incoming" if incoming else "outgoing", "status": status,
        "court_ru": rnd.choice(COURTS), "subject": rnd.choice(SUBJECTS), "act_kind": "решение",
        "case_number": f"{'2' if rule.startswith('civil') else '3а'}-{rnd.randrange(1, 9999)}/{final.year}",
        "act_announced": (final - timedelta(days=5)).isoformat(), "act_final": final.isoformat(),
        "act_received": (final + timedelta(days=rnd.randrange(0, 4))).isoformat(),
        "parties": _parties(rnd), "executor_name": f"{rnd.choice(SURNAMES)}а {rnd.choice(INITIALS)}.",
    }
    if rule.endswith("cassation"):
        fields["trigger_date"] = (final + timedelta(days=30)).isoformat()
    if incoming:
        fields["received_on"] = (date.fromisoformat(fields.get("trigger_date", fields["act_final"]))
                                 + timedelta(days=rnd.randrange(3, 20))).isoformat()
        if fields["received_on"] > TODAY.isoformat() and status != "closed":
            fields["received_on"] = max(TODAY.isoformat(), fields.get("trigger_date", final.isoformat()))
    _workflow(rnd, fields)
    if bodies is not None:
        if incoming:  # a lower body asks us
            fields.update(requester_id=rnd.choice(bodies.lower), approver_id=bodies.own)
        else:  # we (or an executive body we serve) ask the higher akim
            fields.update(requester_id=bodies.own if rnd.random() < 0.8 else rnd.choice(bodies.served),
                          approver_id=bodies.higher)
    return fields


WORKFLOW_FIELDS = ("request_sent", "received_on", "decision", "decision_date", "complaint_filed", "closed_on")


class Bodies(NamedTuple):
    """Body ids for ``seed_fields``: our own, the one above us, the executive bodies we serve, the lower ones."""
    own: int
    higher: int | None
    served: list[int]
    lower: list[int]


def _workflow(rnd: random.Random, fields: dict) -> None:
    """The dates the case's status implies, in order, each after the one before (Cases.create checks the order
    against the trigger date): the request sent a few days after the trigger, received 1-3 days later, decided 1-11
    days later (some late: the decision is due 7 working days after receipt), the complaint filed, the case closed.
    Open cases keep their dates up to TODAY; closed ones at least ten days before it."""
    status, incoming = fields["status"], fields["direction"] == "incoming"
    trigger = date.fromisoformat(fields.get("trigger_date", fields["act_final"]))
    cap = TODAY if status != "closed" else TODAY - timedelta(days=10)

    def after(day: date, lo: int, hi: int) -> date:  # lo..hi days after ``day``, not past ``cap`` (unless day is)
        return max(day, min(day + timedelta(days=rnd.randint(lo, hi)), cap))

    if incoming:
        received = date.fromisoformat(fields["received_on"])
        fields["request_sent"] = max(trigger, received - timedelta(days=rnd.randint(1, 3))).isoformat()
        if status != "closed":
            return
        decided = after(received, 1, 11)
        fields.update(decision="consented" if rnd.random() < 0.7 else "refused", decision_date=decided.isoformat())
        fields["closed_on"] = after(decided, 1, 30).isoformat()
        return
    if status == "draft":
        return
    sent = after(trigger, 1, 10)
    fields["request_sent"] = sent.isoformat()
    if status == "request_sent":
        return
    received = after(sent, 1, 3)
    decided = after(received, 1, 11)
    consented = status in ("consented", "complaint_filed") or (status == "closed" and rnd.random() < 0.75)
    fields.update(received_on=received.isoformat(), decision="consented" if consented else "refused",
                  decision_date=decided.isoformat())
    last = decided
    if status == "complaint_filed" or (status == "closed" and consented and rnd.random() < 0.85):
        last = after(decided, 1, 5)
        fields["complaint_filed"] = last.isoformat()
    if status == "closed":
        fields["closed_on"] = after(last, 5, 60).isoformat()


def _multiply(store, seeds: list[tuple[int, str]], n: int, rnd: random.Random) -> None:
    """Copy the seed cases until the register holds ``n``: each copy gets a new id, uid, case number and
    parties (rows in ``parties``, their names in ``parties_text``) and a 'created' event, like a created case.

    SQL outside the store package on purpose: a benchmark fixture that must write 98,000 rows in seconds. Only
    INSERT … SELECT of rows the store wrote itself; the schema's FTS triggers keep the search index right."""
    db = store.database
    columns = [r["name"] for r in db.query("PRAGMA table_info(cases)")
               if r["name"] not in ("id", "uid", "case_number", "parties_text")]
    cols = ", ".join(columns)
    copy_case = (f"INSERT INTO cases (id, uid, case_number, parties_text, {cols}) "
                 f"SELECT ?, ?, ?, ?, {cols} FROM cases WHERE id = ?")
    first = db.one("SELECT coalesce(max(id), 0) + 1 AS n FROM cases")["n"]
    total = n - len(seeds)
    cases, parties, events = [], [], []

    def flush():
        db.conn.executemany(copy_case, cases)
        db.conn.executemany("INSERT INTO parties (case_id, role, name, position) VALUES (?,?,?,?)", parties)
        db.conn.executemany("INSERT INTO events (case_id, at, user, action) VALUES (?, ?, 'bench', 'created')",
                            events)
        cases.clear(), parties.clear(), events.clear()

    with db.transaction():
        for j in range(total):
            new_id = first + j
            seed_id, number = seeds[j % len(seeds)]
            prefix, rest = number.split("-", 1)
            year = rest.rsplit("/", 1)[1]
            names = _parties(rnd)
            cases.append((new_id, uuid.UUID(int=rnd.getrandbits(128)).hex, f"{prefix}-{10000 + j}/{year}",
                          " ".join(p["name"] for p in names), seed_id))
            parties.extend((new_id, p["role"], p["name"], pos) for pos, p in enumerate(names))
            events.append((new_id, "2026-03-02T09:00:00+05:00"))
            if len(cases) >= 5_000:  # in batches: the rows to write never all sit in memory at once
                flush()
        flush()


def fill(store, n: int, rnd: random.Random, seeds_wanted: int = SEEDS, bodies: Bodies | None = None) -> float:
    """Fill the register with ``n`` cases; the mean time of one ``Cases.create`` (in one transaction), in ms."""
    k = min(seeds_wanted, n)
    seeds = []
    t0 = time.perf_counter()
    with store.transaction():
        for i in range(k):
            case = store.cases.create(seed_fields(rnd, i, bodies), today=TODAY)
            seeds.append((case.id, case.case_number))
    per_create = (time.perf_counter() - t0) / k * 1000
    if n > k:
        _multiply(store, seeds, n, rnd)
    return per_create


def _median_ms(fn, repeat: int = REPEAT) -> float:
    fn()  # warm: the first call also pays for opening pages
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def bench_store(n: int = 100_000, home: Path | None = None) -> dict:
    """The figures on a register of ``n`` cases, filled here; or, given ``home``, on that data folder as it is (run.py
    passes the 100,000-case folder it shares between scenarios: the 51 cases registered in (e) stay in it)."""
    from kelisim.store import Store
    from kelisim.store.register import NewAttachment, register_case

    rnd = random.Random(20260302)
    with tempfile.TemporaryDirectory(prefix="kelisim-store-bench-") as tmp:
        if home is None:
            home = Path(tmp) / "home"
            store = Store(home, auto_backup=False, today=TODAY)
        else:
            store = Store(home, auto_backup=False, today=TODAY)
            n = None  # filled elsewhere
        try:
            t0 = time.perf_counter()
            create_ms = fill(store, n, rnd) if n is not None else None
            fill_s = time.perf_counter() - t0 if n is not None else None
            cases = store.cases
            total = cases.count()

            raw = sqlite3.connect(home / "kelisim.db")
            try:
                def baseline():
                    raw.execute("SELECT count(*) FROM cases").fetchone()
                    raw.execute(f"SELECT * FROM cases ORDER BY next_due LIMIT {PAGE}").fetchall()
                base_ms = _median_ms(baseline)
            finally:
                raw.close()

            def page(offset: int, **filters):
                def run():  # what RegisterModel.set_filters / fetchMore ask of the store
                    cases.count(**filters)
                    cases.list(**filters, limit=PAGE, offset=offset)
                return run

            deep = min(50_000, max(0, total - PAGE))
            surname = "Ахмет"  # prefix of Ахметов
            number = "2-12"  # a case number fragment, as typed so far
            figures = {
                "first_page_ms": _median_ms(page(0)),
                "deep_page_ms": _median_ms(lambda: cases.list(limit=PAGE, offset=deep)),
                "search_surname_ms": _median_ms(page(0, search=surname)),
                "search_number_ms": _median_ms(page(0, search=number)),
                "dashboard_ms": _median_ms(lambda: cases.dashboard(TODAY, DASHBOARD_WEEK)),
                # the filter bar: a status, a year, a direction (each a first page with its count)
                "filter_closed_ms": _median_ms(page(0, status="closed")),
                "filter_year_ms": _median_ms(page(0, year=TODAY.year - 3)),
                "filter_incoming_ms": _median_ms(page(0, direction="incoming")),
            }
            hits = {"surname_hits": cases.count(search=surname), "number_hits": cases.count(search=number)}

            scratch = Path(tmp) / "scratch"
            scratch.mkdir()
            files = []
            for i in range(CREATES + 1):  # a distinct pair each time: no file is already in the store
                act, draft = scratch / f"act-{i}.pdf", scratch / f"draft-{i}.docx"
                act.write_bytes(pdf_bytes(f"act {i}"))
                draft.write_bytes(docx_bytes(f"draft {i}"))
                files.append([NewAttachment("court_act", act), NewAttachment("draft_complaint", draft)])
            times = []
            for i, attachments in enumerate(files):
                fields = seed_fields(rnd, i)  # a new draft: no workflow dates yet
                for key in ("status", "direction", *WORKFLOW_FIELDS):
                    fields.pop(key, None)
                t0 = time.perf_counter()
                register_case(store, fields, requester_kato="314845000", attachments=attachments,
                              require_attachments=True, today=TODAY)
                if i:  # the first one loads the KATO directory: not what a lawyer waits for each time
                    times.append(time.perf_counter() - t0)
            create2_ms = statistics.median(times) * 1000
            filled = total
        finally:
            store.close()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux
    interactions = max(figures.values())
    ok = interactions <= TARGET_MS and create2_ms <= TARGET_CREATE_MS and rss_mb <= TARGET_RSS_MB
    result = {"scenario": "store at 100k cases" if filled == 100_000 else f"store at {filled} cases", "cases": filled,
              "fill_s": None if fill_s is None else round(fill_s, 1),
              "seed_create_ms": None if create_ms is None else round(create_ms, 2), "baseline_ms": round(base_ms, 2)}
    for key, value in figures.items():
        result[key] = round(value, 2)
        result[key.replace("_ms", "_ratio")] = round(value / base_ms, 1)
    result.update(hits)
    result.update(create_2_attachments_ms=round(create2_ms, 2), peak_rss_mb=round(rss_mb, 1),
                  target=f"each interaction ≤ {TARGET_MS:.0f} ms, create with 2 attachments ≤ "
                         f"{TARGET_CREATE_MS:.0f} ms, peak RSS ≤ {TARGET_RSS_MB:.0f} MB", ok=ok)
    return result


if __name__ == "__main__":
    import json

    print(json.dumps(bench_store(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000), ensure_ascii=False, indent=2))
