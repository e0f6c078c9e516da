"""Bodies (our own organisation, akimats from KATO, bodies KATO does not hold) and their officials.

Names proposed from KATO (``directory.names``) fill every form a letter needs; a field the user corrects
is listed in ``corrected`` and never overwritten by a later proposal.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime

from typing import TYPE_CHECKING

from kelisim.store.db import Database, StoreError, now_iso, shown

if TYPE_CHECKING:  # the KATO directory is read on first need, not when the program starts; nor is law.routing
    from kelisim.directory.kato import KatoDirectory, Unit
    from kelisim.law.routing import BodyRef

NAME_FIELDS = ("name_ru", "name_ru_gen", "name_ru_dat", "name_kk", "name_kk_gen", "name_kk_dat",
               "head_ru", "head_ru_gen", "head_ru_dat", "head_kk", "head_kk_gen", "head_kk_dat")
EDITABLE = (*NAME_FIELDS, "kind", "parent_id", "address_ru", "address_kk", "phone", "email")
OFFICIAL_ROLES = ("first_head", "acting_head", "deputy", "apparatus_head", "legal_head", "executor", "other")
_CASES = {"": "nom", "_gen": "gen", "_dat": "dat"}
TEXT_LIMIT = 1000
BODY_TEXTS = (*NAME_FIELDS, "address_ru", "address_kk", "phone", "email")
OFFICIAL_TEXTS = ("full_name", "full_name_kk", "position_ru", "position_kk", "phone", "authority_documents")
FIELD_LABELS = {  # (ru, kk) for messages; the others are named by their key
    "name_ru": ("наименование", "атауы"), "name_kk": ("наименование на казахском", "қазақша атауы"),
    "head_ru": ("руководитель", "басшы"), "head_kk": ("руководитель на казахском", "басшы қазақша"),
    "address_ru": ("адрес", "мекенжайы"), "address_kk": ("адрес на казахском", "мекенжайы қазақша"),
    "phone": ("телефон", "телефон"), "email": ("электронная почта", "электрондық пошта"),
    "full_name": ("ФИО", "ТАӘ"), "full_name_kk": ("ФИО на казахском", "ТАӘ қазақша"),
    "position_ru": ("должность", "лауазымы"), "position_kk": ("должность на казахском", "лауазымы қазақша"),
    "authority_documents": ("документы о полномочиях", "өкілеттік құжаттары"),
    "name": ("наименование праздника", "мереке атауы"), "source": ("основание", "негізі"),
}


def clean_text(field: str, value, *, limit: int = TEXT_LIMIT) -> str:
    """A typed text field as stored: None as empty; NUL and control characters (other than tabs and line breaks)
    dropped, spaces around trimmed; refused (``StoreError``) when it is not text, holds broken characters (a lone
    surrogate, from a damaged paste) or is longer than ``limit``."""
    ru, kk = FIELD_LABELS.get(field, (field, field))
    if value is None:
        return ""
    if not isinstance(value, str):
        raise StoreError(f"Поле «{ru}»: ожидался текст.", f"«{kk}» өрісі: мәтін күтілді.", code="bad-field")
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
        raise StoreError(f"Поле «{ru}»: текст содержит повреждённые знаки (неполная кодировка); наберите его заново.",
                         f"«{kk}» өрісі: мәтінде бүлінген таңбалар бар (кодтау толық емес); қайта теріңіз.",
                         code="bad-field")
    text = "".join(ch for ch in value if ch in "\n\t" or ord(ch) >= 32 and not 0x7F <= ord(ch) < 0xA0).strip()
    if len(text) > limit:
        raise StoreError(f"Поле «{ru}»: слишком длинный текст ({len(text)} знаков, не более {limit}).",
                         f"«{kk}» өрісі: мәтін тым ұзын ({len(text)} таңба, {limit}-ден аспауы керек).",
                         code="bad-field")
    return text


def _record_id(value, what_ru: str, what_kk: str) -> None:
    """A reference typed or read from a file: a record number or nothing."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < 2 ** 63):
        raise StoreError(f"{what_ru}: неверная ссылка ({shown(value)}).", f"{what_kk}: сілтеме қате ({shown(value)}).",
                         code="bad-field")


@dataclass
class Body:
    id: int | None
    kind: str
    name_ru: str
    kato: str | None = None
    kato_edition: str | None = None
    parent_id: int | None = None
    is_own: bool = False
    name_ru_gen: str = ""
    name_ru_dat: str = ""
    name_kk: str = ""
    name_kk_gen: str = ""
    name_kk_dat: str = ""
    head_ru: str = ""  # the head as a letter names them: «аким Кордайского района»
    head_ru_gen: str = ""
    head_ru_dat: str = ""
    head_kk: str = ""
    head_kk_gen: str = ""
    head_kk_dat: str = ""
    address_ru: str = ""
    address_kk: str = ""
    phone: str = ""
    email: str = ""
    corrected: list[str] = field(default_factory=list)
    created_at: str = ""
    updated_at: str = ""

    def name(self, lang: str = "ru", case: str = "nom") -> str:
        suffix = {"nom": "", "gen": "_gen", "dat": "_dat"}[case]
        value = getattr(self, f"name_{lang}{suffix}") or getattr(self, f"name_{lang}")
        return value or self.name_ru

    def head(self, lang: str = "ru", case: str = "nom") -> str:
        suffix = {"nom": "", "gen": "_gen", "dat": "_dat"}[case]
        return getattr(self, f"head_{lang}{suffix}") or getattr(self, f"head_{lang}")

    def ref(self) -> BodyRef:
        """The plain value ``law.routing`` reasons about."""
        from kelisim.law.routing import BodyRef  # here: law.routing is not needed to open the register

        return BodyRef(self.kind, self.kato or f"body:{self.id}", self.head_ru or self.name_ru,
                       self.head_kk or self.name_kk)


@dataclass
class Official:
    id: int | None
    body_id: int
    role: str
    full_name: str
    full_name_kk: str = ""
    position_ru: str = ""
    position_kk: str = ""
    phone: str = ""
    since: date | None = None
    until: date | None = None
    supervises_legal: bool = False
    authority_documents: str = ""
    created_at: str = ""
    updated_at: str = ""

    def initials_surname(self) -> str:
        """«Иванов Иван Иванович» → «И.И. Иванов», as a signature block writes it."""
        from kelisim.law.person_names import initials_surname

        return initials_surname(self.full_name)

    def holds_office_on(self, day: date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day <= self.until)

    @property
    def signs_decisions(self) -> bool:
        """May sign a decision (Algorithm п. 8): the first head or the acting head; a deputy or the head of the
        apparatus who supervises the legal service."""
        return self.role in ("first_head", "acting_head") or (
            self.role in ("deputy", "apparatus_head") and bool(self.supervises_legal))


def _body(row: dict) -> Body:
    data = {f.name: row[f.name] for f in fields(Body) if f.name in row}
    data["is_own"] = bool(row["is_own"])
    data["corrected"] = json.loads(row["corrected"] or "[]")
    return Body(**data)


def _official(row: dict) -> Official:
    data = {f.name: row[f.name] for f in fields(Official) if f.name in row}
    data["supervises_legal"] = bool(row["supervises_legal"])
    data["since"] = date.fromisoformat(row["since"]) if row["since"] else None
    data["until"] = date.fromisoformat(row["until"]) if row["until"] else None
    return Official(**data)


def proposed_names(unit: Unit, directory: KatoDirectory) -> dict[str, str]:
    """Every name form of an akim's body and of the akim, from the classifier."""
    from kelisim.directory.names import akim_title, unit_name

    out = {}
    for lang in ("ru", "kk"):
        for suffix, case in _CASES.items():
            out[f"name_{lang}{suffix}"] = unit_name(unit, lang, case, directory)
            out[f"head_{lang}{suffix}"] = akim_title(unit, lang, case, directory)
    return out


class Bodies:
    def __init__(self, db: Database, directory: KatoDirectory | None = None):
        self.db = db
        self._directory = directory

    @property
    def directory(self) -> KatoDirectory:
        if self._directory is None:
            from kelisim.directory.kato import default_directory

            self._directory = default_directory()
        return self._directory

    # ------------------------------------------------------------------ reading
    def get(self, body_id: int) -> Body:
        row = self.db.one("SELECT * FROM bodies WHERE id = ?", (body_id,))
        if row is None:
            raise StoreError(f"Орган №{body_id} не найден в справочнике.", f"№{body_id} орган анықтамалықта жоқ.",
                             code="body-not-found")
        return _body(row)

    def by_kato(self, code: str) -> Body | None:
        row = self.db.one("SELECT * FROM bodies WHERE kato = ?", (code,))
        return _body(row) if row else None

    def _akim_unit(self, code: str) -> Unit:
        """The KATO unit whose akim a body of ``code`` is: the unit itself, or the nearest one above with an akim."""
        unit = self.directory.unit(code)
        if not unit.has_akim:
            holders = self.directory.akim_chain(unit.code)
            if not holders:
                raise StoreError(f"У «{unit.name_ru}» (КАТО {unit.code}) нет акима.",
                                 f"«{unit.name_kk}» (КАТО {unit.code}) әкімі жоқ.", code="no-akim")
            unit = holders[0]
        return unit

    def of_kato(self, code: str) -> Body:
        """The body of the akim of a KATO unit as ``from_kato`` would give it, without writing: the stored one, or one
        built from the classifier (``id`` None) when the register does not hold it yet. For reading paths (a review
        shown in a case card) that must not start a write — the first write waits for the data file's check."""
        unit = self._akim_unit(code)
        stored = self.by_kato(unit.code)
        if stored is not None:
            return stored
        return Body(None, unit.kind, kato=unit.code, kato_edition=unit.edition,
                    **proposed_names(unit, self.directory))

    def own(self) -> Body | None:
        row = self.db.one("SELECT * FROM bodies WHERE is_own = 1")
        return _body(row) if row else None

    def list(self, kind: str | None = None) -> list[Body]:
        if kind:
            return [_body(r) for r in self.db.query("SELECT * FROM bodies WHERE kind = ? ORDER BY name_ru", (kind,))]
        return [_body(r) for r in self.db.query("SELECT * FROM bodies ORDER BY name_ru")]

    def search(self, text: str, limit: int = 20) -> list[Body]:
        if not isinstance(text, str):
            return []
        # what was typed, as a LIKE pattern: no broken characters, no control characters, not longer than a name
        text = "".join(ch for ch in text if ord(ch) >= 32 and not 0xD800 <= ord(ch) <= 0xDFFF)[:TEXT_LIMIT]
        like = "%" + text.strip().casefold().replace("\\", "").replace("%", "").replace("_", "") + "%"
        return [_body(r) for r in self.db.query(
            "SELECT * FROM bodies WHERE casefold(name_ru) LIKE ? OR casefold(name_kk) LIKE ? ORDER BY name_ru "
            "LIMIT ?",
            (like, like, limit))]

    def chain(self, body_id: int) -> list[Body]:
        """The parents of a body, nearest first (what routing walks)."""
        out, seen = [], {body_id}
        body = self.get(body_id)
        while body.parent_id is not None and body.parent_id not in seen:
            seen.add(body.parent_id)
            body = self.get(body.parent_id)
            out.append(body)
        return out

    # ------------------------------------------------------------------ writing
    def from_kato(self, code: str) -> Body:
        """The body of the akim of a KATO unit, created with its parents on first use; proposed names are
        refreshed except the fields the user corrected."""
        unit = self._akim_unit(code)
        with self.db.transaction():
            return self._from_unit(unit)

    def _from_unit(self, unit: Unit) -> Body:
        higher = self.directory.akim_chain(unit.code)
        parent = self._from_unit(higher[0]) if higher else None
        names = proposed_names(unit, self.directory)
        existing = self.by_kato(unit.code)
        stamp = now_iso()
        if existing is None:
            values = {"kind": unit.kind, "kato": unit.code, "kato_edition": unit.edition,
                      "parent_id": parent.id if parent else None, "created_at": stamp, "updated_at": stamp, **names}
            cols = ", ".join(values)
            self.db.execute(f"INSERT INTO bodies ({cols}) VALUES ({', '.join('?' * len(values))})",
                            tuple(values.values()))
            return self.by_kato(unit.code)
        changes = {k: v for k, v in names.items() if k not in existing.corrected and getattr(existing, k) != v}
        if "parent_id" not in existing.corrected and parent and existing.parent_id != parent.id:
            changes["parent_id"] = parent.id
        if changes:
            changes["updated_at"] = stamp
            sets = ", ".join(f"{k} = ?" for k in changes)
            self.db.execute(f"UPDATE bodies SET {sets} WHERE id = ?", (*changes.values(), existing.id))
            return self.get(existing.id)
        return existing

    def add(self, body: Body) -> Body:
        """A body KATO does not hold (a local executive body, a central body, a department...)."""
        self._validate(body)
        stamp = now_iso()
        values = {k: v for k, v in asdict(body).items() if k not in ("id", "created_at", "updated_at")}
        values["corrected"] = json.dumps(sorted(set(body.corrected) | {f for f in NAME_FIELDS if values.get(f)}))
        values["is_own"] = int(body.is_own)
        values.update(created_at=stamp, updated_at=stamp)
        with self.db.transaction():
            if body.is_own:
                self.db.execute("UPDATE bodies SET is_own = 0 WHERE is_own = 1")
            cur = self.db.execute(f"INSERT INTO bodies ({', '.join(values)}) VALUES "
                                  f"({', '.join('?' * len(values))})", tuple(values.values()))
        return self.get(cur.lastrowid)

    def correct(self, body_id: int, **changes) -> Body:
        """The user's correction of a body's fields; corrected name fields are kept from now on."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise StoreError(f"Поля органа нельзя изменить: {', '.join(sorted(unknown))}.",
                             f"Органның өрістерін өзгертуге болмайды: {', '.join(sorted(unknown))}.",
                             code="bad-field")
        body = self.get(body_id)
        for key, value in changes.items():
            setattr(body, key, value)
        self._validate(body)
        changes = {key: getattr(body, key) for key in changes}  # as cleaned
        if "parent_id" in changes and changes["parent_id"] is not None:
            if changes["parent_id"] == body_id or body_id in [b.id for b in self.chain(changes["parent_id"])]:
                raise StoreError("Орган не может быть вышестоящим сам для себя.",
                                 "Орган өзіне-өзі жоғары тұрған бола алмайды.", code="parent-cycle")
        corrected = sorted(set(body.corrected) | set(changes))
        sets = {**changes, "corrected": json.dumps(corrected), "updated_at": now_iso()}
        with self.db.transaction():
            self.db.execute(f"UPDATE bodies SET {', '.join(f'{k} = ?' for k in sets)} WHERE id = ?",
                            (*sets.values(), body_id))
        return self.get(body_id)

    def set_own(self, body_id: int) -> Body:
        with self.db.transaction():
            self.get(body_id)
            self.db.execute("UPDATE bodies SET is_own = 0 WHERE is_own = 1")
            self.db.execute("UPDATE bodies SET is_own = 1, updated_at = ? WHERE id = ?", (now_iso(), body_id))
        return self.get(body_id)

    def _validate(self, body: Body) -> None:
        """Refuse what cannot be a body; clean its texts in place (``clean_text``)."""
        from kelisim.law.routing import BODY_KINDS, KIND_NAMES

        if not isinstance(body.kind, str) or body.kind not in BODY_KINDS:
            raise StoreError(f"Неизвестный вид органа «{shown(body.kind)}». Возможные: "
                             f"{', '.join(KIND_NAMES[k][0] for k in BODY_KINDS)}.",
                             f"Белгісіз орган түрі «{shown(body.kind)}».", code="bad-kind")
        for name in BODY_TEXTS:
            setattr(body, name, clean_text(name, getattr(body, name)))
        _record_id(body.parent_id, "Вышестоящий орган", "Жоғары тұрған орган")
        if body.parent_id is not None and self.db.one("SELECT 1 FROM bodies WHERE id = ?", (body.parent_id,)) is None:
            raise StoreError(f"Вышестоящий орган №{body.parent_id} не найден в справочнике.",
                             f"№{body.parent_id} жоғары тұрған орган анықтамалықта жоқ.", code="body-not-found")
        if body.kato is not None and (not isinstance(body.kato, str) or not body.kato.isdigit()):
            raise StoreError("Код КАТО — 9 цифр.", "ҚАТО коды — 9 цифр.", code="bad-field")
        if not body.name_ru.strip() and not body.name_kk.strip():
            raise StoreError("Укажите наименование органа (на русском или казахском языке).",
                             "Органның атауын көрсетіңіз (орыс немесе қазақ тілінде).", code="no-name")


class Officials:
    def __init__(self, db: Database):
        self.db = db

    def add(self, official: Official) -> Official:
        self._validate(official)
        stamp = now_iso()
        values = {k: v for k, v in asdict(official).items() if k not in ("id", "created_at", "updated_at")}
        values["since"] = official.since.isoformat() if official.since else None
        values["until"] = official.until.isoformat() if official.until else None
        values["supervises_legal"] = int(official.supervises_legal)
        values.update(created_at=stamp, updated_at=stamp)
        with self.db.transaction():
            cur = self.db.execute(f"INSERT INTO officials ({', '.join(values)}) VALUES "
                                  f"({', '.join('?' * len(values))})", tuple(values.values()))
        return self.get(cur.lastrowid)

    def get(self, official_id: int) -> Official:
        row = self.db.one("SELECT * FROM officials WHERE id = ?", (official_id,))
        if row is None:
            raise StoreError(f"Должностное лицо №{official_id} не найдено.", f"№{official_id} лауазымды тұлға жоқ.",
                             code="official-not-found")
        return _official(row)

    def of_body(self, body_id: int, on: date | None = None) -> list[Official]:
        rows = [_official(r) for r in self.db.query(
            "SELECT * FROM officials WHERE body_id = ? ORDER BY CASE role WHEN 'first_head' THEN 0 "
            "WHEN 'acting_head' THEN 1 WHEN 'deputy' THEN 2 WHEN 'apparatus_head' THEN 3 ELSE 4 END, full_name",
            (body_id,))]
        return [o for o in rows if on is None or o.holds_office_on(on)]

    def head(self, body_id: int, on: date) -> Official | None:
        """The first head in office on the day, else the acting head."""
        for role in ("first_head", "acting_head"):
            found = [o for o in self.of_body(body_id, on) if o.role == role]
            if found:
                return found[0]
        return None

    def decision_signatories(self, body_id: int, on: date) -> list[Official]:
        """Who may sign a decision (Algorithm п. 8): the first head or the acting head; a deputy or the head of
        the apparatus who supervises the legal service."""
        return [o for o in self.of_body(body_id, on) if o.signs_decisions]

    def update(self, official_id: int, **changes) -> Official:
        official = self.get(official_id)
        for key, value in changes.items():
            if not hasattr(official, key) or key in ("id", "created_at", "updated_at"):
                raise StoreError(f"Поле «{key}» нельзя изменить.", f"«{key}» өрісін өзгертуге болмайды.",
                                 code="bad-field")
            setattr(official, key, value)
        self._validate(official)
        values = {k: v for k, v in asdict(official).items() if k not in ("id", "created_at")}
        values["since"] = official.since.isoformat() if official.since else None
        values["until"] = official.until.isoformat() if official.until else None
        values["supervises_legal"] = int(official.supervises_legal)
        values["updated_at"] = now_iso()
        with self.db.transaction():
            self.db.execute(f"UPDATE officials SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                            (*values.values(), official_id))
        return self.get(official_id)

    def _validate(self, official: Official) -> None:
        """Refuse what cannot be an official; clean the texts and dates in place."""
        if not isinstance(official.role, str) or official.role not in OFFICIAL_ROLES:
            raise StoreError(f"Неизвестная должность «{shown(official.role)}».",
                             f"Белгісіз лауазым «{shown(official.role)}».", code="bad-role")
        for name in OFFICIAL_TEXTS:
            setattr(official, name, clean_text(name, getattr(official, name)))
        for name, ru, kk in (("since", "начала", "басталу"), ("until", "окончания", "аяқталу")):
            value = getattr(official, name)
            if isinstance(value, datetime):
                value = value.date()
            if value is not None and not (isinstance(value, date) and 1991 <= value.year <= 2100):
                raise StoreError(f"Дата {ru} полномочий: ожидалась дата 1991–2100 годов.",
                                 f"Өкілеттіктің {kk} күні: 1991–2100 жылдардағы күн күтілді.", code="bad-dates")
            setattr(official, name, value)
        if not isinstance(official.supervises_legal, (bool, int)) or official.supervises_legal not in (0, 1):
            raise StoreError("Курирует ли юридическую службу: да или нет.", "Заң қызметіне жетекшілік ете ме: иә "
                             "немесе жоқ.", code="bad-field")
        official.supervises_legal = bool(official.supervises_legal)
        _record_id(official.body_id, "Орган должностного лица", "Лауазымды тұлғаның органы")
        if official.body_id is None:
            raise StoreError("Укажите орган должностного лица.", "Лауазымды тұлғаның органын көрсетіңіз.",
                             code="body-not-found")
        if not official.full_name.strip():
            raise StoreError("Укажите фамилию, имя и отчество должностного лица.",
                             "Лауазымды тұлғаның тегін, атын және әкесінің атын көрсетіңіз.", code="no-name")
        if official.since and official.until and official.until < official.since:
            raise StoreError("Дата окончания полномочий раньше даты начала.",
                             "Өкілеттіктің аяқталу күні басталу күнінен бұрын.", code="bad-dates")
        if self.db.one("SELECT 1 FROM bodies WHERE id = ?", (official.body_id,)) is None:
            raise StoreError(f"Орган №{official.body_id} не найден.", f"№{official.body_id} орган жоқ.",
                             code="body-not-found")
