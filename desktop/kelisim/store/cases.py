"""Cases: one record per court case and stage, its parties, deadlines, workflow status and history.

Deadlines are computed by ``law.deadlines`` and stored with their trail; they are recomputed whenever a
date they depend on changes. A date the user set by hand is kept in ``overrides`` with its reason, shown
as such, and never overwritten by a recomputation. Every change writes an event (who, when, old → new,
why) to the append-only history.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Callable, Iterable

from kelisim.law import LawError
from kelisim.law.calendar import WorkCalendar, default_calendar
from kelisim.store.db import Database, StoreError, now_iso, os_user, shown

OUTGOING_STATUSES = ("draft", "request_sent", "consented", "refused", "complaint_filed", "closed")
INCOMING_STATUSES = ("received", "under_review", "decided_consented", "decided_refused", "closed")
STATUS_NAMES = {  # (ru, kk)
    "draft": ("черновик", "жоба"),
    "request_sent": ("запрос направлен", "сұрау салу жіберілді"),
    "consented": ("согласовано", "келісілді"),
    "refused": ("отказано в согласовании", "келісуден бас тартылды"),
    "complaint_filed": ("жалоба подана", "шағым берілді"),
    "closed": ("закрыто", "жабылды"),
    "received": ("запрос получен", "сұрау салу алынды"),
    "under_review": ("на рассмотрении", "қаралуда"),
    "decided_consented": ("решение: согласовать", "шешім: келісу"),
    "decided_refused": ("решение: отказать", "шешім: бас тарту"),
}
# Allowed moves of the workflow; the register never jumps a step silently.
TRANSITIONS = {
    "draft": ("request_sent", "closed"),
    "request_sent": ("consented", "refused", "closed", "draft"),
    "consented": ("complaint_filed", "closed"),
    "refused": ("closed",),
    "complaint_filed": ("closed",),
    "closed": (),
    "received": ("under_review", "decided_consented", "decided_refused", "closed"),
    "under_review": ("decided_consented", "decided_refused", "closed"),
    "decided_consented": ("closed",),
    "decided_refused": ("closed",),
}
OPEN_STATUSES = ("draft", "request_sent", "consented", "received", "under_review")
INCOMING_OPEN = ("received", "under_review")  # a request to us not yet decided (the dashboard's incoming counts)
PARTY_ROLES = ("plaintiff", "defendant", "third_party", "applicant", "other")
DATE_FIELDS = ("act_announced", "act_final", "act_received", "trigger_date", "request_sent", "received_on",
               "decision_date", "complaint_filed", "closed_on", "proposal_date")
TEXT_FIELDS = ("court_ru", "court_kk", "case_number", "subject", "act_kind", "executor_name", "executor_phone",
               "request_number", "incoming_number", "decision_reasons", "notes", "approver_override_reason",
               "route_rule", "route_basis", "kato_edition", "peer_uid", "request_signatory_name", "proposal_reasons")
SIGNATORY_ROLES = ("first_head", "acting_head", "deputy", "apparatus_head", "legal_head", "executor", "other")
PROPOSALS = ("consent", "refuse")  # the legal service's proposal (Algorithm п. 7)
OVERRIDABLE = ("expiry", "request_latest", "decision_due")
TEXT_LIMIT = 4000
MAX_ID = 2**63 - 1
# ``list`` with a search walks the register's index (testing each case against the matches) instead of fetching every
# match and sorting, when matches² ≥ WALK_FACTOR × (offset + limit) × cases: the walk reads about
# (offset + limit) × cases / matches index entries, the sort every match (measured at 100,000 cases).
WALK_FACTOR = 0.2  # SQLite INTEGER: a larger record number cannot exist
UID_PATTERN = re.compile(r"[A-Za-z0-9_-]{8,64}")
FIELD_NAMES = {  # for messages: (ru, kk)
    "court_ru": ("суд", "сот"), "court_kk": ("суд (на казахском)", "сот (қазақша)"),
    "reason": ("причина", "себебі"), "case_number": ("номер дела", "іс нөмірі"), "subject": ("предмет иска", "талап қою нысанасы"),
    "act_kind": ("вид судебного акта", "сот актісінің түрі"),
    "act_announced": ("дата оглашения акта", "актінің жария етілген күні"),
    "act_final": ("дата акта в окончательной форме", "актінің түпкілікті нысандағы күні"),
    "act_received": ("дата получения акта", "актінің алынған күні"),
    "trigger_date": ("дата, с которой исчисляется срок", "мерзім есептелетін күн"),
    "request_sent": ("дата отправки запроса", "сұрау салудың жіберілген күні"),
    "received_on": ("дата поступления запроса", "сұрау салудың келіп түскен күні"),
    "decision_date": ("дата решения", "шешімнің күні"),
    "complaint_filed": ("дата подачи жалобы", "шағымның берілген күні"),
    "closed_on": ("дата закрытия", "жабылған күні"),
    "proposal_date": ("дата предложения юридической службы", "заң қызметі ұсынысының күні"),
    "status_date": ("дата смены статуса", "мәртебе өзгерген күн"),
    "expiry": ("срок обжалования", "шағым беру мерзімі"), "request_latest": ("последний день запроса",
                                                                           "сұраудың соңғы күні"),
    "decision_due": ("срок решения", "шешім мерзімі"),
    "peer_uid": ("идентификатор запроса у другой стороны", "сұраудың екінші тараптағы сәйкестендіргіші"),
    "request_signatory_name": ("кто подписал запрос", "сұрауға қол қойған тұлға"),
    "proposal_reasons": ("обоснование предложения", "ұсыныстың негіздемесі"),
    "executor_name": ("исполнитель", "орындаушы"), "executor_phone": ("телефон исполнителя", "орындаушының телефоны"),
}


@dataclass
class Party:
    role: str
    name: str
    id_number: str = ""


@dataclass
class Case:
    id: int
    uid: str
    direction: str
    procedure: str
    rule: str
    status: str
    trigger_date: date
    court_ru: str = ""
    court_kk: str = ""
    case_number: str = ""
    subject: str = ""
    act_kind: str = ""
    act_announced: date | None = None
    act_final: date | None = None
    act_received: date | None = None
    requester_id: int | None = None
    approver_id: int | None = None
    route_rule: str = ""
    route_basis: str = ""
    approver_override_reason: str = ""
    signatory_id: int | None = None
    executor_name: str = ""
    executor_phone: str = ""
    language: str = "ru"
    request_number: str = ""
    request_sent: date | None = None
    received_on: date | None = None
    incoming_number: str = ""
    decision: str | None = None
    decision_date: date | None = None
    decision_reasons: str = ""
    peer_uid: str = ""  # the same request's uid in the other akimat's register
    request_signatory_name: str = ""  # an incoming request: who signed it (Algorithm п. 6)
    request_signatory_role: str = ""  # ... and in what capacity: first_head, acting_head, deputy...
    proposal: str | None = None  # the legal service's proposal (п. 7): consent / refuse
    proposal_reasons: str = ""
    proposal_date: date | None = None
    decision_signatory_id: int | None = None  # our official who signs the decision (п. 8)
    complaint_filed: date | None = None
    closed_on: date | None = None
    deadlines: dict = field(default_factory=dict)
    overrides: dict = field(default_factory=dict)
    next_due: date | None = None
    next_due_kind: str = ""
    notes: str = ""
    kato_edition: str = ""
    created_at: str = ""
    updated_at: str = ""
    parties: list[Party] = field(default_factory=list)

    def due(self, name: str) -> date | None:
        """A deadline as the register shows it: the hand-set date if there is one, else the computed one."""
        if name in self.overrides:
            return date.fromisoformat(self.overrides[name]["date"])
        value = self.deadlines.get(name)
        return date.fromisoformat(value) if value else None

    def to_dict(self) -> dict:
        out = {}
        for key, value in self.__dict__.items():
            if isinstance(value, date):
                value = value.isoformat()
            elif key == "parties":
                value = [p.__dict__ for p in value]
            out[key] = value
        return out


def _from_row(row: dict, parties: list[Party]) -> Case:
    data = dict(row)
    data.pop("parties_text", None)
    for key in (*DATE_FIELDS, "next_due"):
        data[key] = date.fromisoformat(data[key]) if data.get(key) else None
    data["deadlines"] = json.loads(data["deadlines"] or "{}")
    data["overrides"] = json.loads(data["overrides"] or "{}")
    return Case(**data, parties=parties)


def _bad(field_name: str, problem_ru: str, problem_kk: str, code: str = "bad-field") -> StoreError:
    ru, kk = FIELD_NAMES.get(field_name, (field_name, field_name))
    return StoreError(f"Поле «{ru}»: {problem_ru}", f"«{kk}» өрісі: {problem_kk}", code=code)


def _is_one_of(value, allowed) -> bool:
    """A typed value is one of the allowed words (a list or a number from a JSON file is not, and does not crash)."""
    return isinstance(value, str) and value in allowed


def _date(field_name: str, value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value.date()
    elif isinstance(value, date):
        parsed = value
    elif not isinstance(value, str):
        raise _bad(field_name, "ожидалась дата в формате ГГГГ-ММ-ДД.", "ЖЖЖЖ-АА-КК пішіміндегі күн күтілді.",
                   "bad-date")
    else:
        try:
            parsed = date.fromisoformat(str(value).strip())
        except ValueError:
            raise _bad(field_name, f"«{shown(value)}» — не дата в формате ГГГГ-ММ-ДД или такого дня нет.",
                       f"«{shown(value)}» — ЖЖЖЖ-АА-КК пішіміндегі күн емес немесе мұндай күн жоқ.", "bad-date") from None
    if not 1991 <= parsed.year <= 2100:
        raise _bad(field_name, f"год {parsed.year} вне 1991–2100.", f"{parsed.year} жыл 1991–2100 аралығынан тыс.",
                   "bad-date")
    return parsed


def _text(field_name: str, value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _bad(field_name, "ожидался текст.", "мәтін күтілді.")
    text = value.replace("\x00", "").strip()
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise _bad(field_name, "текст содержит повреждённые знаки (неполная кодировка); наберите его заново.",
                   "мәтінде бүлінген таңбалар бар (кодтау толық емес); қайта теріңіз.")
    text = "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32 and not 0x7F <= ord(ch) < 0xA0)
    if len(text) > TEXT_LIMIT:
        raise _bad(field_name, f"слишком длинный текст ({len(text)} знаков, не более {TEXT_LIMIT}).",
                   f"мәтін тым ұзын ({len(text)} таңба, {TEXT_LIMIT}-тен аспауы керек).")
    return text


def validate_parties(parties: Iterable[Any]) -> list[Party]:
    out = []
    if parties is None:
        parties = ()
    if isinstance(parties, (str, bytes, dict)) or not isinstance(parties, Iterable):
        raise StoreError("Стороны: ожидался список сторон (роль и наименование каждой).",
                         "Тараптар: тараптар тізімі күтілді (әрқайсысының рөлі мен атауы).", code="bad-party")
    for number, raw in enumerate(parties, 1):
        party = None
        if isinstance(raw, Party):
            party = raw
        elif isinstance(raw, dict) and {"role", "name"} <= set(raw) <= {"role", "name", "id_number"}:
            party = Party(**raw)
        if party is None or not _is_one_of(party.role, PARTY_ROLES):
            raise StoreError(f"Сторона №{number}: неизвестная роль. Возможные: истец, ответчик, третье лицо, "
                             f"заявитель, иное.",
                             f"№{number} тарап: белгісіз рөл.", code="bad-party")
        name = _text("name", party.name)
        if not name:
            raise StoreError(f"Сторона №{number}: укажите наименование или ФИО.",
                             f"№{number} тарап: атауын немесе ТАӘ көрсетіңіз.", code="bad-party")
        if party.id_number is not None and not isinstance(party.id_number, (str, int)) \
                or isinstance(party.id_number, bool):
            raise StoreError(f"Сторона №{number}: ИИН/БИН — 12 цифр.", f"№{number} тарап: ЖСН/БСН — 12 цифр.",
                             code="bad-party")
        number_text = "".join(str(party.id_number or "").split())
        if number_text:
            # strict=False: since 2013 the digits need not match the person's data (Decree No. 853); the check
            # digit and the length still catch typing errors.
            from kelisim.law.identifiers import validate_iin_or_bin

            validate_iin_or_bin(number_text, strict=False)
        out.append(Party(party.role, name, number_text))
    return out


class Cases:
    def __init__(self, db: Database, calendar: Callable[[], WorkCalendar] | None = None):
        self.db = db
        self._fts_count: tuple[str, int] = ("", 0)  # the last full-text query counted, and its matches
        self._calendar = calendar  # gives the calendar with the user's own days (store.calendar_days)

    @property
    def calendar(self) -> WorkCalendar:
        return self._calendar() if self._calendar else default_calendar()

    # ------------------------------------------------------------------ creating
    def create(self, fields_: dict, *, today: date | None = None) -> Case:
        """A new case from plain fields (the wizard's or ``kelisim case new``'s); validated before anything is
        written."""
        values, parties = self._validated(fields_, new=True)
        stamp = now_iso()
        import uuid

        uid = fields_.get("uid") or uuid.uuid4().hex
        if not isinstance(uid, str) or not UID_PATTERN.fullmatch(uid):
            raise StoreError("Идентификатор дела (uid): от 8 до 64 латинских букв, цифр, «-» или «_».",
                             "Іс идентификаторы (uid): 8–64 латын әрпі, цифр, «-» не «_».", code="bad-field")
        values.update(uid=uid, created_at=stamp, updated_at=stamp,
                      parties_text=" ".join(p.name for p in parties))
        values.update(self._deadline_columns(values, {}, today))
        with self.db.transaction():
            self._check_references(values)
            if self.db.one("SELECT 1 FROM cases WHERE uid = ?", (values["uid"],)):
                raise StoreError("Такое дело уже есть в реестре (тот же идентификатор).",
                                 "Мұндай іс тізілімде бар (сол идентификатор).", code="duplicate-case")
            cur = self.db.execute(f"INSERT INTO cases ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                                  tuple(values.values()))
            case_id = cur.lastrowid
            self._write_parties(case_id, parties)
            self._event(case_id, "created", reason=_text("reason", fields_.get("reason")))
        return self.get(case_id)

    def _check_references(self, values: dict) -> None:
        """The bodies and the signatory a case names exist in the register (a clear message, not a broken key)."""
        for key in ("requester_id", "approver_id"):
            if values.get(key) is not None and self.db.one("SELECT 1 FROM bodies WHERE id = ?",
                                                           (values[key],)) is None:
                raise StoreError(f"Орган №{values[key]} не найден в справочнике.",
                                 f"№{values[key]} орган анықтамалықта жоқ.", code="body-not-found")
        for key in ("signatory_id", "decision_signatory_id"):
            if values.get(key) is not None and self.db.one("SELECT 1 FROM officials WHERE id = ?",
                                                           (values[key],)) is None:
                raise StoreError(f"Должностное лицо №{values[key]} (подписант) не найдено в справочнике.",
                                 f"№{values[key]} лауазымды тұлға (қол қоюшы) анықтамалықта жоқ.",
                                 code="official-not-found")

    def _validated(self, fields_: dict, *, new: bool, current: Case | None = None) -> tuple[dict, list[Party]]:
        if not isinstance(fields_, dict):
            raise StoreError("Данные дела должны быть объектом JSON.", "Іс деректері JSON нысаны болуы керек.",
                             code="bad-input")
        known = {"uid", "direction", "procedure", "rule", "status", "requester_id", "approver_id", "signatory_id",
                 "decision_signatory_id", "language", "decision", "parties", "reason", "request_signatory_role",
                 "proposal", *DATE_FIELDS, *TEXT_FIELDS}
        unknown = sorted(set(fields_) - known)
        if unknown:
            raise StoreError(f"Неизвестные поля дела: {', '.join(unknown)}.",
                             f"Істің белгісіз өрістері: {', '.join(unknown)}.", code="bad-field")
        _text("reason", fields_.get("reason"))  # checked before anything is written
        values: dict[str, Any] = {}
        rule = fields_.get("rule", current.rule if current else None)
        from kelisim.law.terms import RULES  # the law's tables on first need, not at the program's start

        if not _is_one_of(rule, RULES):
            raise StoreError(f"Неизвестное правило «{shown(rule)}». Возможные: {', '.join(RULES)}.",
                             f"Белгісіз ереже «{shown(rule)}». Мүмкіндері: {', '.join(RULES)}.", code="bad-rule")
        values["rule"] = rule
        values["procedure"] = RULES[rule].procedure
        if "procedure" in fields_ and not (isinstance(fields_["procedure"], str)
                                         and fields_["procedure"] == values["procedure"]):
            raise StoreError(f"Правило «{shown(rule)}» относится к производству «{values['procedure']}», а указано "
                             f"«{shown(fields_['procedure'])}».",
                             f"«{shown(rule)}» ережесі «{values['procedure']}» іс жүргізуге жатады, ал "
                             f"«{shown(fields_['procedure'])}» көрсетілген.", code="bad-procedure")
        direction = fields_.get("direction", current.direction if current else "outgoing")
        if not _is_one_of(direction, ("outgoing", "incoming")):
            raise StoreError("Направление дела: outgoing (наш запрос) или incoming (запрос к нам).",
                             "Іс бағыты: outgoing (біздің сұрау) немесе incoming (бізге сұрау).", code="bad-field")
        values["direction"] = direction
        if new:
            status = fields_.get("status") or ("draft" if direction == "outgoing" else "received")
            allowed = OUTGOING_STATUSES if direction == "outgoing" else INCOMING_STATUSES
            if not _is_one_of(status, allowed):
                raise StoreError(f"Статус «{shown(status)}» невозможен для этого дела. Возможные: {', '.join(allowed)}.",
                                 f"«{shown(status)}» мәртебесі бұл іс үшін мүмкін емес.", code="bad-status")
            values["status"] = status
        for key in DATE_FIELDS:
            if key in fields_:
                values[key] = _date(key, fields_[key])
        for key in TEXT_FIELDS:
            if key in fields_:
                values[key] = _text(key, fields_[key])
        for key in ("requester_id", "approver_id", "signatory_id", "decision_signatory_id"):
            if key in fields_:
                value = fields_[key]
                if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                                          or not 1 <= value <= MAX_ID):
                    raise StoreError(f"{key}: ожидался номер записи справочника.",
                                     f"{key}: анықтамалық жазбасының нөмірі күтілді.", code="bad-field")
                values[key] = value
        if "language" in fields_:
            if not _is_one_of(fields_["language"], ("ru", "kk")):
                raise StoreError("Язык документов: ru или kk.", "Құжаттар тілі: ru немесе kk.", code="bad-language")
            values["language"] = fields_["language"]
        if "decision" in fields_:
            if fields_["decision"] is not None and not _is_one_of(fields_["decision"], ("consented", "refused")):
                raise StoreError("Решение: consented (согласовать) или refused (отказать).",
                                 "Шешім: consented (келісу) немесе refused (бас тарту).", code="bad-decision")
            values["decision"] = fields_["decision"]
        if "proposal" in fields_:
            if fields_["proposal"] is not None and not _is_one_of(fields_["proposal"], PROPOSALS):
                raise StoreError("Предложение юридической службы: consent (согласовать) или refuse (отказать).",
                                 "Заң қызметінің ұсынысы: consent (келісу) немесе refuse (бас тарту).",
                                 code="bad-proposal")
            values["proposal"] = fields_["proposal"]
        if "request_signatory_role" in fields_:
            role = fields_["request_signatory_role"]
            if role not in ("", None) and not _is_one_of(role, SIGNATORY_ROLES):
                raise StoreError(f"Должность подписавшего запрос: одна из {', '.join(SIGNATORY_ROLES)}.",
                                 f"Сұрауға қол қойғанның лауазымы: {', '.join(SIGNATORY_ROLES)} бірі.",
                                 code="bad-field")
            values["request_signatory_role"] = role or ""
        merged = {**(current.__dict__ if current else {}), **values}
        trigger = merged.get("trigger_date")
        if trigger is None:
            trigger = merged.get("act_announced") if RULES[rule].stage == "cassation" else merged.get("act_final")
            if trigger is None:
                raise _bad("trigger_date", "укажите дату, с которой исчисляется срок обжалования (для апелляции — "
                           "дата акта в окончательной форме, для кассации — дата вступления в силу).",
                           "шағым беру мерзімі есептелетін күнді көрсетіңіз.", "no-trigger")
            values["trigger_date"] = trigger
        for earlier, later in (("act_announced", "act_final"), ("act_final", "act_received"),
                               ("trigger_date", "received_on"), ("trigger_date", "request_sent"),
                               ("trigger_date", "complaint_filed")):
            a, b = merged.get(earlier), merged.get(later)
            if earlier == "trigger_date":
                a = values.get("trigger_date", a)
            if a and b and b < a:
                raise _bad(later, f"{b.strftime('%d.%m.%Y')} раньше, чем «{FIELD_NAMES[earlier][0]}» "
                           f"({a.strftime('%d.%m.%Y')}). Проверьте даты.",
                           f"{b.strftime('%d.%m.%Y')} «{FIELD_NAMES[earlier][1]}» ({a.strftime('%d.%m.%Y')}) "
                           f"күнінен бұрын. Күндерді тексеріңіз.", "bad-date-order")
        parties = validate_parties(fields_.get("parties", [] if new else None) or []) if (
            new or "parties" in fields_) else []
        for key in DATE_FIELDS:
            if isinstance(values.get(key), date):
                values[key] = values[key].isoformat()
        return values, parties

    def _deadline_columns(self, values: dict, overrides: dict, today: date | None) -> dict:
        trigger = date.fromisoformat(values["trigger_date"]) if isinstance(values["trigger_date"], str) \
            else values["trigger_date"]
        received = values.get("received_on")
        received = date.fromisoformat(received) if isinstance(received, str) else received
        from kelisim.law.deadlines import compute_deadlines

        try:
            chain = compute_deadlines(values["rule"], trigger, received=received, today=today,
                                      calendar=self.calendar)
        except LawError as exc:
            raise StoreError(exc.message_ru, exc.message_kk, code=exc.code) from exc
        data = chain.to_dict("ru")
        data.pop("status", None)
        stored = {**data, "computed_at": now_iso()}
        due = self._next_due(values, stored, overrides)
        return {"deadlines": json.dumps(stored, ensure_ascii=False), "next_due": due[0], "next_due_kind": due[1]}

    @staticmethod
    def _next_due(values: dict, deadlines: dict, overrides: dict) -> tuple[str | None, str]:
        """The deadline the register sorts by: the one the case's status is waiting for."""
        def pick(name):
            if name in overrides:
                return overrides[name]["date"]
            return deadlines.get(name)

        status = values.get("status")
        if status == "draft":
            return pick("request_latest"), "request_latest"
        if status in ("request_sent", "consented"):
            return pick("expiry"), "expiry"
        if status in ("received", "under_review"):
            return (pick("decision_due"), "decision_due") if pick("decision_due") else (pick("expiry"), "expiry")
        return None, ""

    def _write_parties(self, case_id: int, parties: list[Party]) -> None:
        self.db.execute("DELETE FROM parties WHERE case_id = ?", (case_id,))
        for position, party in enumerate(parties):
            self.db.execute("INSERT INTO parties (case_id, role, name, id_number, position) VALUES (?,?,?,?,?)",
                            (case_id, party.role, party.name, party.id_number, position))

    def _event(self, case_id: int, action: str, field_name: str = "", old: Any = None, new: Any = None,
               reason: str = "") -> None:
        self.db.record_event(case_id, action, field_name, old, new, reason)

    # ------------------------------------------------------------------ reading
    def get(self, case_id: int) -> Case:
        row = self.db.one("SELECT * FROM cases WHERE id = ?", (case_id,))
        if row is None:
            raise StoreError(f"Дело №{case_id} не найдено в реестре.", f"№{case_id} іс тізілімде табылмады.",
                             code="case-not-found")
        parties = [Party(r["role"], r["name"], r["id_number"]) for r in self.db.query(
            "SELECT role, name, id_number FROM parties WHERE case_id = ? ORDER BY position", (case_id,))]
        return _from_row(row, parties)

    def by_uid(self, uid: str) -> Case | None:
        if not isinstance(uid, str) or not UID_PATTERN.fullmatch(uid):
            return None  # no case has such an identifier (create refuses it)
        row = self.db.one("SELECT id FROM cases WHERE uid = ?", (uid,))
        return self.get(row["id"]) if row else None

    def by_peer_uid(self, peer_uid: str) -> Case | None:
        """The incoming case loaded from the other akimat's request whose uid is ``peer_uid`` (store.exchange)."""
        if not isinstance(peer_uid, str) or not peer_uid:
            return None
        # "peer_uid <> ''" lets SQLite use the partial index cases_peer (it cannot know that the bound value is not
        # empty); without it, once the file has statistics, the lookup scanned the whole table (100 ms at 100,000).
        row = self.db.one("SELECT id FROM cases WHERE peer_uid = ? AND peer_uid <> '' AND direction = 'incoming' "
                          "ORDER BY id LIMIT 1", (peer_uid,))
        return self.get(row["id"]) if row else None

    def record_document(self, case_id: int, kind: str, path: str, sha256: str) -> None:
        """A generated document in the case's history: which one, where it was written, its SHA-256."""
        self.get(case_id)
        with self.db.transaction():
            self._event(case_id, "document", kind, None, f"{path} sha256:{sha256}")

    def history(self, case_id: int) -> list[dict]:
        return list(self.db.query("SELECT * FROM events WHERE case_id = ? ORDER BY id", (case_id,)))

    # ------------------------------------------------------------------ changing
    def update(self, case_id: int, changes: dict, *, reason: str = "", today: date | None = None) -> Case:
        """Change fields; deadlines are recomputed when a date they rest on changes; each change is logged."""
        current = self.get(case_id)
        if "status" in changes or "uid" in changes or "direction" in changes:
            raise StoreError("Статус меняется отдельным действием (set_status); идентификатор и направление "
                             "дела не меняются.", "Мәртебе жеке әрекетпен өзгереді.", code="bad-field")
        values, parties = self._validated({**changes}, new=False, current=current)
        values = {k: v for k, v in values.items() if k in changes or (k == "procedure" and "rule" in changes)}
        old = current.to_dict()
        diff = {k: v for k, v in values.items() if old.get(k) != v}
        if not diff and "parties" not in changes:
            return current
        self._check_references(diff)
        reason = _text("reason", reason)
        merged = {**old, **diff, "status": current.status}
        if {"rule", "trigger_date", "received_on"} & set(diff):
            diff.update(self._deadline_columns(merged, current.overrides, today))
        if "parties" in changes:
            diff["parties_text"] = " ".join(p.name for p in parties)
        diff["updated_at"] = now_iso()
        with self.db.transaction():
            self.db.execute(f"UPDATE cases SET {', '.join(f'{k} = ?' for k in diff)} WHERE id = ?",
                            (*diff.values(), case_id))
            for key in sorted(set(diff) - {"updated_at", "deadlines", "next_due", "next_due_kind", "parties_text"}):
                self._event(case_id, "changed", key, old.get(key), diff[key], reason)
            if "parties" in changes:
                self._write_parties(case_id, parties)
                self._event(case_id, "changed", "parties", "; ".join(p.name for p in current.parties),
                            diff["parties_text"], reason)
            if "deadlines" in diff:
                self._event(case_id, "recomputed", "deadlines", current.deadlines.get("expiry"),
                            json.loads(diff["deadlines"]).get("expiry"), reason)
        return self.get(case_id)

    def set_status(self, case_id: int, status: str, *, on: date | None = None, reason: str = "",
                   decision_reasons: str | None = None) -> Case:
        current = self.get(case_id)
        allowed = TRANSITIONS.get(current.status, ())
        if not _is_one_of(status, allowed):
            names = ", ".join(STATUS_NAMES[s][0] for s in allowed) or "никакой (дело закрыто)"
            asked = STATUS_NAMES.get(status, (shown(status),) * 2) if isinstance(status, str) else (shown(status),) * 2
            raise StoreError(f"Из статуса «{STATUS_NAMES[current.status][0]}» нельзя перейти в "
                             f"«{asked[0]}». Возможно: {names}.",
                             f"«{STATUS_NAMES[current.status][1]}» мәртебесінен "
                             f"«{asked[1]}» мәртебесіне өтуге болмайды.",
                             code="bad-transition")
        on = _date("status_date", on) if on is not None else date.today()
        reason = _text("reason", reason)
        changes: dict[str, Any] = {"status": status}
        date_field = {"request_sent": "request_sent", "consented": "decision_date", "refused": "decision_date",
                      "decided_consented": "decision_date", "decided_refused": "decision_date",
                      "complaint_filed": "complaint_filed", "closed": "closed_on"}.get(status)
        if date_field:
            changes[date_field] = on.isoformat()
        if status in ("consented", "decided_consented"):
            changes["decision"] = "consented"
        if status in ("refused", "decided_refused"):
            changes["decision"] = "refused"
        if decision_reasons is not None:
            changes["decision_reasons"] = _text("decision_reasons", decision_reasons)
        due, kind = self._next_due({"status": status}, current.deadlines, current.overrides)
        changes.update(next_due=due, next_due_kind=kind, updated_at=now_iso())
        with self.db.transaction():
            self.db.execute(f"UPDATE cases SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
                            (*changes.values(), case_id))
            self._event(case_id, "status", "status", current.status, status, reason)
            if date_field:
                self._event(case_id, "changed", date_field, getattr(current, date_field), on.isoformat(), reason)
        return self.get(case_id)

    def override_deadline(self, case_id: int, name: str, day: date | None, reason: str) -> Case:
        """Set a deadline by hand (kept and marked; recomputation never touches it), or clear it with None."""
        if not _is_one_of(name, OVERRIDABLE):
            raise StoreError(f"Срок «{shown(name)}» нельзя задать вручную.", f"«{shown(name)}» мерзімін қолмен қоюға болмайды.",
                             code="bad-field")
        day = _date(name, day) if day is not None else None
        reason = _text("reason", reason)
        if day is not None and not reason.strip():
            raise StoreError("Укажите, почему срок задан вручную (например, иная дата вручения акта).",
                             "Мерзім неге қолмен қойылғанын көрсетіңіз.", code="reason-required")
        current = self.get(case_id)
        overrides = dict(current.overrides)
        old = overrides.get(name, {}).get("date") or current.deadlines.get(name)
        if day is None:
            overrides.pop(name, None)
        else:
            overrides[name] = {"date": day.isoformat(), "reason": reason.strip(), "at": now_iso(), "by": os_user()}
        due, kind = self._next_due({"status": current.status}, current.deadlines, overrides)
        with self.db.transaction():
            self.db.execute("UPDATE cases SET overrides = ?, next_due = ?, next_due_kind = ?, updated_at = ? "
                            "WHERE id = ?", (json.dumps(overrides, ensure_ascii=False), due, kind, now_iso(), case_id))
            self._event(case_id, "override" if day else "override-cleared", name, old,
                        day.isoformat() if day else current.deadlines.get(name), reason)
        return self.get(case_id)

    def delete_draft(self, case_id: int, reason: str = "") -> None:
        """Only a draft may be deleted; its history stays (append-only)."""
        current = self.get(case_id)
        if current.status != "draft":
            raise StoreError("Удалить можно только черновик; дело закрывается, а не удаляется.",
                             "Тек жобаны жоюға болады; іс жойылмайды, жабылады.", code="not-a-draft")
        with self.db.transaction():
            self._event(case_id, "deleted", reason=reason)
            self.db.execute("DELETE FROM cases WHERE id = ?", (case_id,))

    # ------------------------------------------------------------------ lists
    def list(self, *, status: str | Iterable[str] | None = None, direction: str | None = None,
             body_id: int | None = None, year: int | None = None, overdue_on: date | None = None,
             due_within: tuple[date, int] | None = None, search: str | None = None, limit: int = 50,
             offset: int = 0) -> list[dict]:
        """A page of the register, nearest deadline first (cases with no open deadline last).

        ``due_within=(today, n)``: the deadline falls within n working days from today (overdue included).
        ``search``: full-text over case number, parties, court and subject (prefix match on every word).
        """
        walk = False
        if search and search.strip() and (query := fts_query(search)):
            matches = self._fts_matches(query)
            total = self.db.one("SELECT max(id) AS n FROM cases")["n"] or 0  # about the number of cases (O(1))
            walk = matches * matches >= WALK_FACTOR * (int(offset) + int(limit)) * total
        where, params = self._filters(status, direction, body_id, year, overdue_on, due_within, search, walk=walk)
        sql = (f"SELECT c.id, c.uid, c.direction, c.status, c.rule, c.case_number, c.court_ru, c.court_kk, "
               f"c.subject, c.parties_text, c.next_due, c.next_due_kind, c.trigger_date, c.requester_id, "
               f"c.approver_id, c.decision, c.updated_at FROM cases c {where} "
               f"ORDER BY c.next_due IS NULL, c.next_due, c.id LIMIT ? OFFSET ?")
        return list(self.db.query(sql, (*params, int(limit), int(offset))))

    def count(self, **filters) -> int:
        search = filters.get("search")
        query = fts_query(search) if search and search.strip() else ""
        if query and not any(filters.get(k) not in (None, "", (), []) for k in filters if k != "search"):
            return self._fts_matches(query, fresh=True)  # the index holds exactly the cases (its triggers)
        where, params = self._filters(filters.get("status"), filters.get("direction"), filters.get("body_id"),
                                      filters.get("year"), filters.get("overdue_on"), filters.get("due_within"),
                                      filters.get("search"))
        return self.db.one(f"SELECT count(*) AS n FROM cases c {where}", params)["n"]

    def _fts_matches(self, query: str, *, fresh: bool = False) -> int:
        """How many cases the full-text query matches. ``list`` uses it only to choose its plan, so it may take the
        figure remembered from the last ``count`` of the same text (a stale figure costs time, never a wrong row)."""
        if fresh or self._fts_count[0] != query:
            n = self.db.one("SELECT count(*) AS n FROM cases_fts WHERE cases_fts MATCH ?", (query,))["n"]
            self._fts_count = (query, n)
        return self._fts_count[1]

    def _filters(self, status, direction, body_id, year, overdue_on, due_within, search, *,
                 walk: bool = False) -> tuple[str, list]:
        """The WHERE clause. ``walk``: the search matches many cases, so read the register's order from an index and
        test each case against the matches (``+c.id`` keeps SQLite from fetching every match by id and sorting them
        all: "2-1" matches 12% of 100,000 cases, 27 ms that way, 6 ms walking)."""
        clauses, params = [], []
        if status:
            statuses = [status] if isinstance(status, str) else list(status)
            clauses.append(f"c.status IN ({', '.join('?' * len(statuses))})")
            params += statuses
        if direction:
            clauses.append("c.direction = ?")
            params.append(direction)
        if body_id is not None:
            clauses.append("(c.requester_id = ? OR c.approver_id = ?)")
            params += [body_id, body_id]
        if year is not None:
            clauses.append("substr(c.trigger_date, 1, 4) = ?")
            params.append(f"{int(year):04d}")
        if overdue_on is not None:
            clauses.append("c.next_due < ?")
            params.append(overdue_on.isoformat())
        if due_within is not None:
            today, n = due_within
            limit_day = self.calendar.add_working_days(today, int(n)) if n > 0 else today
            clauses.append("c.next_due <= ?")
            params.append(limit_day.isoformat())
        if search and search.strip():
            query = fts_query(search)
            if query:
                clauses.append(f"{'+' if walk else ''}c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?)")
                params.append(query)
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def dashboard(self, today: date, week_working_days: int = 5) -> dict:
        """The counts on top of the register: late, due within a working week, awaiting a decision; and for the
        approving side (requests to us still open: received or under review) ``incoming_open``, ``incoming_late``
        (the decision is due before today — their next deadline is the decision due, or the expiry when no
        receipt date is recorded) and ``incoming_due_soon`` (due from today to ``week_working_days`` working days
        on). The same counts as ``count(status=INCOMING_OPEN, overdue_on=today)`` and ``count(status=INCOMING_OPEN,
        due_within=(today, n)) - incoming_late``."""
        late = self.count(overdue_on=today)
        return {
            "late": late,
            "due_soon": self.count(due_within=(today, week_working_days)) - late,
            "awaiting_decision": self.count(status=("request_sent", "received", "under_review")),
            "open": self.count(status=OPEN_STATUSES),
            **self._incoming_counts(today, week_working_days),
        }

    def _incoming_counts(self, today: date, week_working_days: int) -> dict:
        """One pass over the open incoming entries of the ``cases_status`` index (status, next_due IS NULL, next_due,
        id): the statuses are read by equality, the dates from the index itself — no row of the table is read."""
        n = int(week_working_days)
        limit_day = self.calendar.add_working_days(today, n) if n > 0 else today
        marks = ", ".join("?" * len(INCOMING_OPEN))
        row = self.db.one(
            f"SELECT count(*) AS open, "
            f"coalesce(sum(c.next_due < ?), 0) AS late, "
            f"coalesce(sum(c.next_due >= ? AND c.next_due <= ?), 0) AS soon "
            f"FROM cases c WHERE c.status IN ({marks})",
            (today.isoformat(), today.isoformat(), limit_day.isoformat(), *INCOMING_OPEN))
        return {"incoming_open": row["open"], "incoming_late": row["late"], "incoming_due_soon": row["soon"]}

    def courts(self, prefix: str = "", limit: int = 20) -> list[str]:
        """Courts already used, for suggestions."""
        like = f"{prefix.strip()}%"
        return [r["court_ru"] for r in self.db.query(
            "SELECT court_ru, count(*) AS n FROM cases WHERE court_ru != '' AND court_ru LIKE ? GROUP BY court_ru "
            "ORDER BY n DESC, court_ru LIMIT ?", (like, limit))]


def fts_query(text: str) -> str:
    """A safe FTS5 query from what the user typed: every word quoted, as a prefix, all required."""
    words = [w for w in "".join(ch if ch.isalnum() or ch in "-/" else " " for ch in text).split() if w]
    return " ".join('"' + w.replace('"', "") + '"*' for w in words[:12])
