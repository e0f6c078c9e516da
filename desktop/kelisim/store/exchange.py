"""The request package between akimats, and the decision that travels back (issue 6; Algorithm пп. 6–8).

Two copies of Kelisim — the requesting body's (a rural district akim, say) and the approving body's (the district
akimat) — pass one consent request from the first to a decision and back without anything typed twice:

- :func:`export_request`: an OUTGOING case → a ``.kelisim`` file of format ``kelisim-request``: the case's fields, the
  requesting and approving bodies (chains with their KATO codes), who signs the request (п. 6: the head or the person
  acting for them), the attachments (the draft complaint and the court act are mandatory, п. 6) and the request letter;
- :func:`import_package` of a request → a new INCOMING case (status «запрос получен», the date of receipt, our own
  body as the approver when the package names it, ``peer_uid`` = the requesting case's uid);
- :func:`export_decision`: that incoming case, once decided → a ``kelisim-decision`` file (the requesting case's uid,
  the decision, its date and reasons, who signed it — п. 8 — and the decision document);
- :func:`import_package` of a decision → the outgoing case whose uid it names is marked consented or refused on the
  decision's date, with the reasons, and the decision document is attached.

Nothing in a package is trusted: the archive is checked by ``store.archive`` (paths, links, sizes, counts, bombs,
SHA-256 while extracting), then the payload field by field, then every file as an attachment would be — all before
anything is written. The import is one transaction; attachment files it stored are removed again if it fails, so a
refused package leaves the database and the attachments folder exactly as they were.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from kelisim.law import LawError
from kelisim.law.routing import BODY_KINDS
from kelisim.store.archive import MANIFEST_NAME, ArchiveError, FORMAT_NAMES, Manifest, inspect_archive
from kelisim.store.attachments import ROLE_NAMES, ROLES, check_file, count_pages, safe_original_name
from kelisim.store.bodies import NAME_FIELDS, Body
from kelisim.store.cases import STATUS_NAMES, UID_PATTERN, Case
from kelisim.store.db import StoreError, shown
from kelisim.store.transfer import BODY_FIELDS, _body_payload, read_archive, write_archive

REQUEST_FORMAT = "kelisim-request"
DECISION_FORMAT = "kelisim-decision"
FORMAT_VERSION = 1  # of both formats
VERSIONS = {REQUEST_FORMAT: FORMAT_VERSION, DECISION_FORMAT: FORMAT_VERSION}
KIND_OF_FORMAT = {REQUEST_FORMAT: "request", DECISION_FORMAT: "decision"}
SUFFIX = ".kelisim"
REQUIRED_ROLES = ("draft_complaint", "court_act")  # Algorithm п. 6
HEAD_ROLES = ("first_head", "acting_head")  # who signs a request (п. 6)
MAX_ATTACHMENTS = 500
MAX_CHAIN = 10
MAX_TEXT = 4000
MAX_NAME = 300
# The case's fields a request package carries (the uid travels as the incoming case's ``peer_uid``).
REQUEST_FIELDS = ("uid", "rule", "procedure", "court_ru", "court_kk", "case_number", "subject", "act_kind",
                  "act_announced", "act_final", "act_received", "trigger_date", "request_number", "request_sent",
                  "executor_name", "executor_phone", "language", "route_rule", "route_basis",
                  "approver_override_reason", "kato_edition")
DECISIONS = {"consented": ("согласовано", "келісілді"),
             "refused": ("отказано в согласовании", "келісуден бас тартылды")}


@dataclass(frozen=True)
class PackageInfo:
    """What a package holds, for the dialog that asks «load it?» (nothing is written to show it)."""
    kind: str  # "request" or "decision"
    case_number: str
    court: str
    requester: str  # the requesting body's name (ru, else kk)
    approver: str  # the approving body's name
    decision: str | None  # "consented" / "refused" for a decision package
    decision_date: date | None
    request_number: str
    request_sent: date | None
    signatory: str  # who signed the request (or the decision)
    files: int
    size: int  # bytes, all files together
    created_at: datetime
    app_version: str


@dataclass(frozen=True)
class ImportResult:
    kind: str  # "request" or "decision"
    case: Case  # the new incoming case, or the outgoing case the decision was recorded in
    created: bool  # a new case (a request) or an existing one updated (a decision)
    warnings: tuple[str, ...] = field(default=())  # things the lawyer should check (Russian), also kept in the case
    warnings_kk: tuple[str, ...] = field(default=())  # the same in Kazakh

    def messages(self, lang: str = "ru") -> tuple[str, ...]:
        """The warnings in the user's language."""
        return self.warnings_kk if lang == "kk" and self.warnings_kk else self.warnings


# ---------------------------------------------------------------------------- messages
def _date_text(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


def _case_title(case: Case) -> str:
    """«№12 (2-1234/2026)»: the register's number, then the court's."""
    return f"№{case.id}" + (f" ({case.case_number})" if case.case_number else "")


_case_title_kk = _case_title


def _bad_package(name: str, what_ru: str, what_kk: str) -> StoreError:
    return StoreError(f"Пакет «{name}» не загружен: он неполный или испорчен ({what_ru}). Попросите отправителя "
                      f"выгрузить пакет заново; данные не изменены.",
                      f"«{name}» пакеті жүктелмеді: ол толық емес немесе бүлінген ({what_kk}). Жіберушіден пакетті "
                      f"қайта шығаруды сұраңыз; деректер өзгерген жоқ.", code="bad-package")


def _refused(name: str, exc: LawError) -> StoreError:
    """A refusal met while loading a package, said as such."""
    def lowered(text: str) -> str:
        return text[:1].lower() + text[1:]

    return StoreError(f"Пакет «{name}» не загружен: {lowered(exc.message_ru)}",
                      f"«{name}» пакеті жүктелмеді: {lowered(exc.message_kk)}", code=exc.code)


# ---------------------------------------------------------------------------- writing
PACKAGE_WORDS = {"request": "Запрос", "decision": "Решение"}  # the files' names (Russian, as the CLI speaks)


def package_file_name(case: Case, kind: str) -> str:
    """«Запрос 2-77_2026.kelisim» / «Решение …»: the word, then the case number with what Windows refuses replaced."""
    number = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in (case.case_number or "")).strip("_")[:80]
    return f"{PACKAGE_WORDS[kind]} {number or f'case-{case.id}'}{SUFFIX}"


def _destination(dest: Path, kind: str, case: Case) -> Path:
    """A folder gets the package's own name (``package_file_name``); a file name is kept."""
    dest = Path(dest)
    return dest / package_file_name(case, kind) if dest.is_dir() else dest


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _document_item(path: Path | None, role: str, what_ru: str, what_kk: str) -> tuple[dict, Path] | None:
    """A generated document (the request letter, the decision) as a package item, checked as an attachment is."""
    if path is None:
        return None
    path = Path(path)
    try:
        mime, _size = check_file(path)
    except StoreError as exc:
        raise StoreError(f"{what_ru}: {exc.message_ru}", f"{what_kk}: {exc.message_kk}", code=exc.code) from exc
    sha = _sha256(path)
    return ({"role": role, "name": safe_original_name(path.name), "pages": count_pages(path, mime), "sha256": sha,
             "path": f"attachments/{sha}"}, path)


def _attachment_items(store, case_id: int, roles=None) -> list[tuple[dict, Path]]:
    return [({"role": a.role, "name": a.original_name, "pages": a.pages, "sha256": a.sha256,
              "path": f"attachments/{a.sha256}"}, store.attachments.path_of(a.sha256))
            for a in store.attachments.of_case(case_id) if roles is None or a.role in roles]


def _person(official) -> dict:
    return {"name": official.full_name, "name_kk": official.full_name_kk, "role": official.role,
            "position_ru": official.position_ru, "position_kk": official.position_kk}


def _write(dest: Path, fmt: str, payload: dict, items: list[tuple[dict, Path]]) -> Path:
    payload["attachments"] = [item for item, _ in items]
    files = {item["path"]: path for item, path in items}  # the same file twice is one member
    return write_archive(dest, fmt, VERSIONS[fmt], payload, files)


def check_request(store, case_id: int, *, today: date | None = None):
    """The outgoing case can travel as a request package (its bundle), or a refusal that says what to add.

    The request goes from an outgoing case with both bodies; the draft complaint and the court act are attached and
    the head of the requesting body (or the person acting for them) signs it (Algorithm п. 6)."""
    from kelisim.store.bundle import case_bundle

    case = store.cases.get(case_id)
    if case.direction != "outgoing":
        raise StoreError(f"Дело {_case_title(case)} — запрос, поступивший к нам: пакет запроса выгружается из "
                         f"нашего (исходящего) дела. По входящему запросу выгрузите пакет решения, когда оно принято.",
                         f"{_case_title_kk(case)} іс — бізге келген сұрау: сұрау пакеті біздің (шығыс) істен "
                         f"шығарылады. Кіріс сұрау бойынша шешім қабылданғанда шешім пакетін шығарыңыз.",
                         code="not-outgoing")
    roles = {a.role for a in store.attachments.of_case(case.id)}
    missing = [role for role in REQUIRED_ROLES if role not in roles]
    if missing:
        raise StoreError(
            "К запросу прилагаются проект жалобы и обжалуемый судебный акт (Алгоритм, п. 6); в деле "
            f"{_case_title(case)} нет: {', '.join(ROLE_NAMES[r][0] for r in missing)}. Приложите "
            f"{'их' if len(missing) > 1 else 'его'} в карточке дела (раздел «Вложения») и выгрузите пакет снова.",
            "Сұрау салуға шағымның жобасы мен шағымданылатын сот актісі қоса беріледі (Алгоритм, 6-тармақ); "
            f"{_case_title_kk(case)} істе жоқ: {', '.join(ROLE_NAMES[r][1] for r in missing)}. Оларды іс "
            f"карточкасында («Қосымшалар» бөлімі) қосып, пакетті қайта шығарыңыз.", code="attachments-missing")
    if case.requester_id is None or case.approver_id is None:
        which_ru = "запрашивающий" if case.requester_id is None else "согласующий"
        raise StoreError(f"В деле {_case_title(case)} не указан {which_ru} орган: укажите его в карточке дела.",
                         f"{_case_title_kk(case)} істе {'сұрау салатын' if case.requester_id is None else 'келісуші'} "
                         f"орган көрсетілмеген: оны іс карточкасында көрсетіңіз.", code="body-missing")
    bundle = case_bundle(store, case_id, today=today)
    if bundle.request_signatory is None:
        name = bundle.requester.name_ru if bundle.requester else ""
        name_kk = bundle.requester.name("kk") if bundle.requester else ""
        raise StoreError(f"Запрос подписывает руководитель органа или лицо, его замещающее (Алгоритм, п. 6): "
                         f"добавьте первого руководителя (или исполняющего обязанности) органа «{name}» в справочник "
                         f"должностных лиц или выберите подписанта в карточке дела.",
                         f"Сұрау салуға орган басшысы немесе оны алмастыратын тұлға қол қояды (Алгоритм, 6-тармақ): "
                         f"«{name_kk}» органының бірінші басшысын (немесе міндетін атқарушыны) лауазымды тұлғалар "
                         f"анықтамалығына қосыңыз немесе іс карточкасында қол қоюшыны таңдаңыз.",
                         code="signatory-missing")
    return bundle


def export_request(store, case_id: int, dest: Path, *, letter: Path | None, today: date | None = None) -> Path:
    """Write the request package of an outgoing case to ``dest`` (a file, or a folder: «Запрос <номер>.kelisim»);
    ``letter`` is the request letter (DOCX), sent with role ``request_letter``. Returns the file written."""
    bundle = check_request(store, case_id, today=today)
    case = bundle.case
    fields_ = case.to_dict()
    payload = {
        "case": {**{k: fields_[k] for k in REQUEST_FIELDS}, "parties": fields_["parties"]},
        "requester": _body_payload(store, case.requester_id),
        "approver": _body_payload(store, case.approver_id),
        "signatory": _person(bundle.request_signatory),
    }
    items = _attachment_items(store, case.id)
    letter_item = _document_item(letter, "request_letter", "Письмо-запрос", "Сұрау салу хаты")
    if letter_item is not None:
        items.append(letter_item)
    return _write(_destination(dest, "request", case), REQUEST_FORMAT, payload, items)


def check_decision(store, case_id: int, *, today: date | None = None):
    """The incoming case's decision can travel back (its bundle and the signatory), or a refusal that says why not."""
    from kelisim.store.bundle import case_bundle

    case = store.cases.get(case_id)
    if case.direction != "incoming":
        raise StoreError(f"Дело {_case_title(case)} — наш запрос: пакет решения выгружается из запроса, поступившего "
                         f"к нам. Для нашего запроса выгрузите пакет запроса.",
                         f"{_case_title_kk(case)} іс — біздің сұрау: шешім пакеті бізге келген сұраудан шығарылады. "
                         f"Біздің сұрау үшін сұрау пакетін шығарыңыз.", code="not-incoming")
    decided = case.status in ("decided_consented", "decided_refused") or (
        case.status == "closed" and case.decision is not None)
    if not decided or case.decision not in DECISIONS or case.decision_date is None:
        state_ru, state_kk = STATUS_NAMES[case.status]
        raise StoreError(f"По запросу {_case_title(case)} решение ещё не принято (статус «{state_ru}»): отметьте "
                         f"«Решение: согласовать» или «Решение: отказать» с датой и обоснованием, затем выгрузите "
                         f"пакет.",
                         f"{_case_title_kk(case)} сұрау бойынша шешім әлі қабылданбаған («{state_kk}»): «Шешім: "
                         f"келісу» немесе «Шешім: бас тарту» деп күнімен және негіздемесімен белгілеңіз, содан кейін "
                         f"пакетті шығарыңыз.", code="not-decided")
    if not case.peer_uid:
        raise StoreError(f"Запрос {_case_title(case)} внесён вручную, а не загружен из пакета запроса: программа "
                         f"запрашивающего органа не сможет найти, к какому запросу относится решение. Направьте "
                         f"решение письмом (документ «Решение» в карточке дела).",
                         f"{_case_title_kk(case)} сұрау сұрау пакетінен жүктелмей, қолмен енгізілген: сұрау салған "
                         f"органның бағдарламасы шешімнің қай сұрауға қатысты екенін таба алмайды. Шешімді хатпен "
                         f"жіберіңіз (іс карточкасындағы «Шешім» құжаты).", code="no-peer")
    if not case.decision_reasons.strip():
        raise StoreError(f"Решение по запросу {_case_title(case)} должно содержать обоснование (Алгоритм, п. 8): "
                         f"впишите его в карточке дела.",
                         f"{_case_title_kk(case)} сұрау бойынша шешімде негіздеме болуы керек (Алгоритм, 8-тармақ): "
                         f"оны іс карточкасында жазыңыз.", code="reasons-missing")
    bundle = case_bundle(store, case_id, today=today)
    signatory = store.officials.get(case.decision_signatory_id) if case.decision_signatory_id else \
        bundle.decision_signatory
    if signatory is None:
        raise StoreError("Решение подписывает первый руководитель (или лицо, его замещающее), либо курирующий "
                         "юридическую службу заместитель или руководитель аппарата (Алгоритм, п. 8): добавьте его в "
                         "справочник должностных лиц нашего органа или выберите подписанта решения в карточке дела.",
                         "Шешімге бірінші басшы (немесе оны алмастыратын тұлға) не заң қызметіне жетекшілік ететін "
                         "орынбасар немесе аппарат басшысы қол қояды (Алгоритм, 8-тармақ): оны біздің органның "
                         "лауазымды тұлғалар анықтамалығына қосыңыз немесе іс карточкасында шешімге қол қоюшыны "
                         "таңдаңыз.", code="signatory-missing")
    return bundle, signatory


def export_decision(store, case_id: int, dest: Path, *, decision_doc: Path | None,
                    today: date | None = None) -> Path:
    """Write the decision package of a decided incoming case to ``dest`` (a file, or a folder: «Решение
    <номер>.kelisim»); ``decision_doc`` is the decision (DOCX), sent with role ``decision`` together with any signed
    copy attached to the case under that role. Returns the file written."""
    bundle, signatory = check_decision(store, case_id, today=today)
    case = bundle.case
    payload = {
        "decision": {
            "peer_uid": case.peer_uid, "uid": case.uid, "decision": case.decision,
            "decision_date": case.decision_date.isoformat(), "reasons": case.decision_reasons,
            "case_number": case.case_number, "court_ru": case.court_ru, "court_kk": case.court_kk,
            "subject": case.subject, "request_number": case.request_number,
            "request_sent": case.request_sent.isoformat() if case.request_sent else None,
            "received_on": case.received_on.isoformat() if case.received_on else None,
            "incoming_number": case.incoming_number,
        },
        "signatory": _person(signatory),
        "approver": _body_payload(store, case.approver_id),
        "requester": _body_payload(store, case.requester_id),
    }
    items = _attachment_items(store, case.id, roles=("decision",))
    doc_item = _document_item(decision_doc, "decision", "Документ решения", "Шешім құжаты")
    if doc_item is not None:
        items.append(doc_item)
    return _write(_destination(dest, "decision", case), DECISION_FORMAT, payload, items)


# ---------------------------------------------------------------------------- reading the payload
@dataclass(frozen=True)
class _Request:
    case: dict
    requester: list[dict]
    approver: list[dict]
    signatory: dict
    attachments: list[dict]


@dataclass(frozen=True)
class _Decision:
    decision: dict
    approver: list[dict]
    requester: list[dict]
    signatory: dict
    attachments: list[dict]


def _text(name: str, value, what_ru: str, what_kk: str, *, limit: int = MAX_TEXT, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
        raise _bad_package(name, what_ru, what_kk)
    return value


def _day(name: str, value, what_ru: str, what_kk: str, *, required: bool = False) -> date | None:
    if value in (None, "") and not required:
        return None
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        raise _bad_package(name, what_ru, what_kk) from None
    if not 1991 <= day.year <= 2100:
        raise _bad_package(name, what_ru, what_kk)
    return day


def _dict(name: str, payload: dict, key: str, what_ru: str, what_kk: str) -> dict:
    value = payload.get(key)
    if not isinstance(value, dict):
        raise _bad_package(name, what_ru, what_kk)
    return value


def _chain(name: str, payload: dict, key: str, what_ru: str, what_kk: str) -> list[dict]:
    """A body and its parents, nearest first, each field a string; the kind one the program knows."""
    chain = payload.get(key)
    if not isinstance(chain, list) or not 1 <= len(chain) <= MAX_CHAIN:
        raise _bad_package(name, f"нет сведений об органе: {what_ru}", f"орган туралы мәлімет жоқ: {what_kk}")
    out = []
    for item in chain:
        if not isinstance(item, dict):
            raise _bad_package(name, f"неверные сведения об органе: {what_ru}", f"орган туралы мәлімет қате: {what_kk}")
        fields_ = {k: _text(name, item.get(k), f"неверные сведения об органе: {what_ru}",
                            f"орган туралы мәлімет қате: {what_kk}", limit=1000).strip() for k in BODY_FIELDS}
        if fields_["kind"] not in BODY_KINDS or not (fields_["name_ru"] or fields_["name_kk"]):
            raise _bad_package(name, f"неверные сведения об органе: {what_ru}", f"орган туралы мәлімет қате: {what_kk}")
        out.append(fields_)
    return out


def _signatory(name: str, payload: dict, what_ru: str, what_kk: str) -> dict:
    raw = _dict(name, payload, "signatory", what_ru, what_kk)
    person = {k: _text(name, raw.get(k), what_ru, what_kk, limit=MAX_NAME).strip()
              for k in ("name", "name_kk", "role", "position_ru", "position_kk")}
    if not person["name"] or person["role"] not in (*HEAD_ROLES, "deputy", "apparatus_head", "legal_head",
                                                    "executor", "other"):
        raise _bad_package(name, what_ru, what_kk)
    return person


def _attachments(name: str, payload: dict, manifest: Manifest) -> list[dict]:
    """The attachments the payload lists, each naming a file of the archive by its path and SHA-256; every file of
    the archive is listed."""
    items = payload.get("attachments", [])
    what = ("опись вложений", "қосымшалар тізімі")
    if not isinstance(items, list) or len(items) > MAX_ATTACHMENTS:
        raise _bad_package(name, *what)
    files = {f.path: f for f in manifest.files}
    out, used = [], set()
    for item in items:
        if not isinstance(item, dict):
            raise _bad_package(name, *what)
        role, pages, sha, path = item.get("role"), item.get("pages"), item.get("sha256"), item.get("path")
        original = _text(name, item.get("name"), *what, limit=MAX_NAME, required=True)
        if not isinstance(role, str) or role not in ROLES:
            raise _bad_package(name, *what)
        if pages is not None and (isinstance(pages, bool) or not isinstance(pages, int) or not 1 <= pages <= 10000):
            raise _bad_package(name, *what)
        if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha) or not isinstance(path, str) \
                or path not in files or files[path].sha256 != sha:
            raise _bad_package(name, "в описи вложений файл, которого нет в пакете",
                               "қосымшалар тізімінде пакетте жоқ файл бар")
        used.add(path)
        out.append({"role": role, "name": safe_original_name(original), "pages": pages, "sha256": sha, "path": path})
    if set(files) - used:
        raise _bad_package(name, "в пакете файл, не указанный в описи вложений",
                           "пакетте қосымшалар тізімінде көрсетілмеген файл бар")
    return out


def _parse_request(name: str, manifest: Manifest) -> _Request:
    payload = manifest.payload
    case = _dict(name, payload, "case", "нет сведений о деле", "іс туралы мәлімет жоқ")
    uid = case.get("uid")
    if not isinstance(uid, str) or not UID_PATTERN.fullmatch(uid) or not isinstance(case.get("rule"), str):
        raise _bad_package(name, "нет идентификатора запроса или правила срока",
                           "сұраудың сәйкестендіргіші немесе мерзім ережесі жоқ")
    for key in ("case_number", "court_ru", "court_kk", "request_number"):
        _text(name, case.get(key), "сведения о деле", "іс туралы мәлімет")
    _day(name, case.get("request_sent"), "дата отправки запроса", "сұрау жіберілген күн")
    return _Request(
        case=case,
        requester=_chain(name, payload, "requester", "запрашивающий орган", "сұрау салатын орган"),
        approver=_chain(name, payload, "approver", "согласующий орган", "келісуші орган"),
        signatory=_signatory(name, payload, "кто подписал запрос", "сұрауға кім қол қойды"),
        attachments=_attachments(name, payload, manifest))


def _parse_decision(name: str, manifest: Manifest) -> _Decision:
    payload = manifest.payload
    raw = _dict(name, payload, "decision", "нет сведений о решении", "шешім туралы мәлімет жоқ")
    peer = raw.get("peer_uid")
    if not isinstance(peer, str) or not UID_PATTERN.fullmatch(peer):
        raise _bad_package(name, "не указано, на какой запрос дано решение", "шешімнің қай сұрауға берілгені жоқ")
    if raw.get("decision") not in DECISIONS:
        raise _bad_package(name, "решение не «согласовать» и не «отказать»", "шешім «келісу» де, «бас тарту» да емес")
    decision = {
        "peer_uid": peer, "decision": raw["decision"],
        "decision_date": _day(name, raw.get("decision_date"), "дата решения", "шешім күні", required=True),
        "reasons": _text(name, raw.get("reasons"), "обоснование решения", "шешімнің негіздемесі").strip(),
        **{k: _text(name, raw.get(k), "сведения о деле", "іс туралы мәлімет", limit=1000).strip()
           for k in ("case_number", "court_ru", "court_kk", "subject", "request_number", "incoming_number")},
        "received_on": _day(name, raw.get("received_on"), "дата поступления запроса", "сұраудың келіп түскен күні"),
    }
    return _Decision(
        decision=decision,
        approver=_chain(name, payload, "approver", "согласующий орган", "келісуші орган"),
        requester=_chain(name, payload, "requester", "запрашивающий орган", "сұрау салатын орган")
        if payload.get("requester") else [],
        signatory=_signatory(name, payload, "кто подписал решение", "шешімге кім қол қойды"),
        attachments=_attachments(name, payload, manifest))


def _format_of(src: Path) -> str:
    """The format a manifest names (``inspect_archive`` has already checked the zip and parsed the manifest)."""
    try:
        with zipfile.ZipFile(src) as zf:
            fmt = json.loads(zf.read(MANIFEST_NAME).decode("utf-8")).get("format")
        return fmt if isinstance(fmt, str) else ""
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, AttributeError):
        return ""


def _manifest(src: Path) -> Manifest:
    """The manifest of a request or a decision package, after every check that needs no extraction."""
    src = Path(src)
    for fmt in (REQUEST_FORMAT, DECISION_FORMAT):
        try:
            manifest = inspect_archive(src, fmt, VERSIONS[fmt])
        except ArchiveError as exc:
            if exc.code == "wrong_format":
                continue
            raise StoreError(exc.message_ru, exc.message_kk, code=exc.code) from exc
        if manifest.schema_version != VERSIONS[fmt]:
            raise StoreError(f"Пакет «{src.name}» записан в версии формата {manifest.schema_version}, которую эта "
                             f"программа не знает. Попросите отправителя выгрузить пакет заново.",
                             f"«{src.name}» пакеті бұл бағдарлама білмейтін {manifest.schema_version} пішім "
                             f"нұсқасында жазылған. Жіберушіден пакетті қайта шығаруды сұраңыз.", code="bad-version")
        return manifest
    fmt = _format_of(src)
    got_ru, got_kk = FORMAT_NAMES.get(fmt, (f"архив вида «{shown(fmt)}»", f"«{shown(fmt)}» түріндегі мұрағат"))
    raise StoreError(f"В файле «{src.name}» {got_ru}, а не пакет запроса или решения о согласовании. Файл дела "
                     f"открывается импортом дела, резервная копия — восстановлением.",
                     f"«{src.name}» файлында {got_kk}, ал келісу туралы сұрау немесе шешім пакеті емес. Іс файлы іс "
                     f"импортымен, сақтық көшірме қалпына келтірумен ашылады.", code="wrong_format")


def _name(chain: list[dict]) -> str:
    return (chain[0]["name_ru"] or chain[0]["name_kk"]) if chain else ""


def inspect_package(src: Path, *, store=None) -> PackageInfo:
    """What the package at ``src`` holds, for a confirmation dialog; the archive and the payload are checked first
    (the files' SHA-256 only when it is loaded). With ``store``: also what loading it there would refuse at once
    (``precheck_package``), from the same reading of the file."""
    src = Path(src)
    manifest = _manifest(src)
    common = {"files": len(manifest.files), "size": manifest.total_size, "created_at": manifest.created_at,
              "app_version": manifest.app_version}
    if manifest.format == REQUEST_FORMAT:
        request = _parse_request(src.name, manifest)
        if store is not None:
            _refuse_request_conflicts(store, src.name, request)
        case = request.case
        return PackageInfo("request", case.get("case_number") or "", case.get("court_ru") or case.get("court_kk") or "",
                           _name(request.requester), _name(request.approver), None, None,
                           case.get("request_number") or "", _day(src.name, case.get("request_sent"), "", ""),
                           request.signatory["name"], **common)
    decision = _parse_decision(src.name, manifest)
    if store is not None:
        _decision_target(store, decision)
    d = decision.decision
    return PackageInfo("decision", d["case_number"], d["court_ru"] or d["court_kk"], _name(decision.requester),
                       _name(decision.approver), d["decision"], d["decision_date"], d["request_number"], None,
                       decision.signatory["name"], **common)


def precheck_package(store, src: Path) -> None:
    """What loading the package at ``src`` into ``store`` would refuse at once, said before the lawyer types the
    receipt details: our own request, a request loaded already, a decision for no request of ours or one already
    recorded. Nothing is written; the files' SHA-256 are checked when it is loaded."""
    inspect_package(src, store=store)


# ---------------------------------------------------------------------------- loading
def _match_chain(store, chain: list[dict]) -> int:
    """Find or create the bodies of a chain, parents first: a KATO body by its code (our directory builds its
    parents), any other by its kind and name, else added under the parent just found."""
    parent_id = None
    for fields_ in reversed(chain):
        body = None
        if fields_["kato"]:
            with contextlib.suppress(LawError):  # a code our edition of the classifier does not hold
                body = store.bodies.from_kato(fields_["kato"])
        if body is None:
            name = fields_["name_ru"] or fields_["name_kk"]
            found = [b for b in store.bodies.search(name, limit=50) if b.kind == fields_["kind"]
                     and (b.name_ru == fields_["name_ru"] if fields_["name_ru"] else b.name_kk == fields_["name_kk"])]
            body = found[0] if found else store.bodies.add(Body(
                None, fields_["kind"], fields_["name_ru"], parent_id=parent_id,
                **{k: fields_[k] for k in (*NAME_FIELDS, "address_ru", "address_kk", "phone", "email")
                   if k != "name_ru"}))
        parent_id = body.id
    return parent_id


def _is_body(body: Body, fields_: dict) -> bool:
    if body.kato or fields_["kato"]:
        return bool(body.kato) and body.kato == fields_["kato"]
    return body.kind == fields_["kind"] and body.name_ru == fields_["name_ru"]


@contextlib.contextmanager
def _files_undone_on_failure(store, shas):
    """Attachment files (and their folders) that the block stores and did not exist before are removed again if the
    block fails, after its transaction has been rolled back."""
    folder = store.attachments.folder
    shas = sorted(set(shas))
    files_before = {sha: store.attachments.path_of(sha).exists() for sha in shas}
    dirs_before = {sha[:2]: (folder / sha[:2]).exists() for sha in shas}
    try:
        yield
    except BaseException:
        for sha, existed in files_before.items():
            if not existed:
                with contextlib.suppress(OSError):
                    store.attachments.path_of(sha).unlink()
        for prefix, existed in dirs_before.items():
            if not existed:
                with contextlib.suppress(OSError):
                    (folder / prefix).rmdir()
        raise


def _checked_files(name: str, folder: Path, items: list[dict]) -> list[tuple[dict, Path]]:
    """Every file checked as an attachment is (type by content, size, not empty) before anything is written."""
    out = []
    for item in items:
        path = folder.joinpath(*item["path"].split("/"))
        try:
            check_file(path, item["name"])
        except StoreError as exc:
            raise _refused(name, exc) from exc
        out.append((item, path))
    return out


def import_package(store, src: Path, *, received_on: date | None = None, incoming_number: str = "",
                   today: date | None = None) -> ImportResult:
    """Load a request or a decision package (the format decides). All or nothing: a refusal leaves the database and
    the attachments folder as they were."""
    src = Path(src)
    fmt = _manifest(src).format
    with tempfile.TemporaryDirectory(prefix=".package-", dir=store.home) as tmp:
        manifest = read_archive(src, fmt, VERSIONS[fmt], Path(tmp) / "files")
        if manifest.format != fmt or manifest.schema_version != VERSIONS[fmt]:  # the file changed since looked at
            raise _bad_package(src.name, "файл изменился во время загрузки", "файл жүктеу кезінде өзгерді")
        if fmt == REQUEST_FORMAT:
            request = _parse_request(src.name, manifest)
            files = _checked_files(src.name, Path(tmp) / "files", request.attachments)
            return _import_request(store, src.name, request, files, received_on=received_on,
                                   incoming_number=incoming_number, today=today)
        decision = _parse_decision(src.name, manifest)
        files = _checked_files(src.name, Path(tmp) / "files", decision.attachments)
        return _import_decision(store, src.name, decision, files)


def _refuse_request_conflicts(store, name: str, request: _Request) -> None:
    """A request package that is ours, or was loaded already: refused before anything is written."""
    case = request.case
    uid = case["uid"]
    number = case.get("case_number") or "без номера"
    mine = store.cases.by_uid(uid)
    if mine is not None:
        raise StoreError(f"Пакет «{name}» — наш собственный запрос, дело {_case_title(mine)}: его загружают в "
                         f"программе согласующего органа, которому он адресован.",
                         f"«{name}» пакеті — біздің өз сұрауымыз, {_case_title_kk(mine)} іс: оны сұрау жолданған "
                         f"келісуші органның бағдарламасына жүктейді.", code="own-request")
    earlier = store.cases.by_peer_uid(uid)
    if earlier is not None:
        raise StoreError(f"Этот запрос (дело {number}) уже загружен: входящее дело {_case_title(earlier)}, поступило "
                         f"{_date_text(earlier.received_on)}. Повторно не загружается — откройте это дело в реестре.",
                         f"Бұл сұрау ({number} іс) бұрын жүктелген: кіріс іс {_case_title_kk(earlier)}, келіп түсті "
                         f"{_date_text(earlier.received_on)}. Қайта жүктелмейді — бұл істі тізілімнен ашыңыз.",
                         code="duplicate-request")


def _import_request(store, name: str, request: _Request, files, *, received_on, incoming_number, today) -> ImportResult:
    case = request.case
    uid = case["uid"]
    _refuse_request_conflicts(store, name, request)
    received = received_on or today or date.today()
    sent = _day(name, case.get("request_sent"), "дата отправки запроса", "сұрау жіберілген күн")
    if sent is not None and received < sent:
        raise StoreError(f"Дата поступления запроса ({_date_text(received)}) раньше даты его отправки "
                         f"({_date_text(sent)}): проверьте дату поступления.",
                         f"Сұраудың келіп түскен күні ({_date_text(received)}) жіберілген күнінен ({_date_text(sent)}) "
                         f"бұрын: келіп түскен күнді тексеріңіз.", code="bad-date-order")
    warnings_ru, warnings_kk = [], []
    signatory = request.signatory
    if signatory["role"] not in HEAD_ROLES:
        warnings_ru.append(f"Запрос подписал(а) {signatory['name']} ({signatory['position_ru'] or signatory['role']}),"
                           f" а не руководитель органа или лицо, его замещающее (Алгоритм, п. 6): проверьте "
                           f"полномочия.")
        warnings_kk.append(f"Сұрауға {signatory['name']} қол қойған, орган басшысы немесе оны алмастыратын тұлға емес "
                           f"(Алгоритм, 6-тармақ): өкілеттігін тексеріңіз.")
    fields_ = {k: case[k] for k in REQUEST_FIELDS if k in case and k != "uid"}
    fields_.update(direction="incoming", status="received", peer_uid=uid, received_on=received.isoformat(),
                   incoming_number=incoming_number, request_signatory_name=signatory["name"],
                   request_signatory_role=signatory["role"], parties=case.get("parties") or [],
                   reason=f"запрос загружен из пакета «{name}»")
    with _files_undone_on_failure(store, [item["sha256"] for item, _ in files]), store.transaction():
        own = store.bodies.own()
        fields_["requester_id"] = _match_chain(store, request.requester)
        if own is not None and _is_body(own, request.approver[0]):
            fields_["approver_id"] = own.id
        else:
            fields_["approver_id"] = _match_chain(store, request.approver)
            if own is not None:
                addressed = _name(request.approver)
                warnings_ru.append(f"Запрос адресован органу «{addressed}», а не нашему («{own.name_ru}»): проверьте, "
                                   f"что он поступил по адресу.")
                warnings_kk.append(f"Сұрау біздің органға («{own.name('kk')}») емес, «{addressed}» органына "
                                   f"жолданған: мекенжайына келгенін тексеріңіз.")
        if warnings_ru:
            fields_["notes"] = "\n".join(warnings_ru)
        try:
            created = store.cases.create(fields_, today=today)
        except StoreError as exc:
            raise _refused(name, exc) from exc
        for item, path in files:
            store.attachments.add(created.id, path, item["role"], pages=item["pages"], original_name=item["name"])
    return ImportResult("request", store.cases.get(created.id), True, tuple(warnings_ru), tuple(warnings_kk))


def _decision_target(store, decision: _Decision) -> Case:
    """Our outgoing case a decision package answers, awaiting that decision; else refused before anything is
    written."""
    d = decision.decision
    verdict_ru, verdict_kk = DECISIONS[d["decision"]]
    case = store.cases.by_uid(d["peer_uid"])
    if case is None or case.direction != "outgoing":
        number = d["case_number"] or "без номера"
        raise StoreError(f"В реестре нет нашего запроса, на который дано это решение (дело {number}"
                         f"{', ' + d['court_ru'] if d['court_ru'] else ''}). Пакет решения загружают в той программе, "
                         f"из которой был выгружен пакет запроса.",
                         f"Тізілімде бұл шешім берілген біздің сұрау жоқ ({number} іс). Шешім пакетін сұрау пакеті "
                         f"шығарылған бағдарламаға жүктейді.", code="request-not-found")
    if case.status == "draft":
        raise StoreError(f"Запрос по делу {_case_title(case)} в реестре ещё черновик: решение принимается по "
                         f"направленному запросу. Отметьте «Запрос направлен» (дата отправки и исходящий номер), затем "
                         f"загрузите решение снова.",
                         f"{_case_title_kk(case)} іс бойынша сұрау тізілімде әлі жоба: шешім жіберілген сұрау бойынша "
                         f"қабылданады. «Сұрау салу жіберілді» деп белгілеңіз (жіберілген күні мен шығыс нөмірі), "
                         f"содан кейін шешімді қайта жүктеңіз.", code="request-not-sent")
    if case.decision is not None:
        recorded_ru, recorded_kk = DECISIONS[case.decision]
        if case.decision == d["decision"] and case.decision_date == d["decision_date"]:
            raise StoreError(f"Это решение уже внесено в дело {_case_title(case)}: {recorded_ru} "
                             f"{_date_text(case.decision_date)}. Повторно не загружается.",
                             f"Бұл шешім {_case_title_kk(case)} іске енгізілген: {recorded_kk} "
                             f"{_date_text(case.decision_date)}. Қайта жүктелмейді.", code="duplicate-decision")
        raise StoreError(f"В деле {_case_title(case)} уже записано другое решение: {recorded_ru} "
                         f"{_date_text(case.decision_date)}; в пакете — {verdict_ru} {_date_text(d['decision_date'])}. "
                         f"Уточните у согласующего органа, какое решение действует; изменённое решение внесите "
                         f"вручную.",
                         f"{_case_title_kk(case)} істе басқа шешім жазылған: {recorded_kk} "
                         f"{_date_text(case.decision_date)}; пакетте — {verdict_kk} {_date_text(d['decision_date'])}. "
                         f"Қай шешімнің күшінде екенін келісуші органнан нақтылаңыз; өзгертілген шешімді қолмен "
                         f"енгізіңіз.", code="decision-conflict")
    if case.status != "request_sent":
        state_ru, state_kk = STATUS_NAMES[case.status]
        raise StoreError(f"Дело {_case_title(case)} не ожидает решения (статус «{state_ru}»); решение не внесено.",
                         f"{_case_title_kk(case)} іс шешім күтпейді («{state_kk}»); шешім енгізілмеді.",
                         code="not-awaiting-decision")
    if case.request_sent is not None and d["decision_date"] < case.request_sent:
        raise StoreError(f"Дата решения в пакете ({_date_text(d['decision_date'])}) раньше отправки нашего запроса "
                         f"({_date_text(case.request_sent)}): проверьте пакет у согласующего органа.",
                         f"Пакеттегі шешім күні ({_date_text(d['decision_date'])}) біздің сұрау жіберілген күннен "
                         f"({_date_text(case.request_sent)}) бұрын: пакетті келісуші органмен тексеріңіз.",
                         code="bad-date-order")
    return case


def _import_decision(store, name: str, decision: _Decision, files) -> ImportResult:
    d = decision.decision
    case = _decision_target(store, decision)
    warnings, warnings_kk = [], []
    if case.approver_id is not None and not _is_body(store.bodies.get(case.approver_id), decision.approver[0]):
        addressed = store.bodies.get(case.approver_id)
        warnings.append(f"Решение принял орган «{_name(decision.approver)}», а запрос был направлен органу "
                        f"«{addressed.name_ru}»: проверьте полномочия.")
        warnings_kk.append(f"Шешімді «{_name(decision.approver)}» органы қабылдаған, ал сұрау «{addressed.name('kk')}»"
                           f" органына жіберілген: өкілеттігін тексеріңіз.")
    if not d["reasons"]:
        warnings.append("В решении нет обоснования (Алгоритм, п. 8): запросите его у согласующего органа.")
        warnings_kk.append("Шешімде негіздеме жоқ (Алгоритм, 8-тармақ): оны келісуші органнан сұратыңыз.")
    signatory = decision.signatory
    signed = signatory["name"] + (f", {signatory['position_ru']}" if signatory["position_ru"] else "")
    reason = " ".join([f"решение из пакета «{name}», подписал(а): {signed}.", *warnings])
    status = "consented" if d["decision"] == "consented" else "refused"
    with _files_undone_on_failure(store, [item["sha256"] for item, _ in files]), store.transaction():
        try:
            store.cases.set_status(case.id, status, on=d["decision_date"], reason=reason[:MAX_TEXT],
                                   decision_reasons=d["reasons"])
        except StoreError as exc:
            raise _refused(name, exc) from exc
        for item, path in files:
            store.attachments.add(case.id, path, item["role"], pages=item["pages"], original_name=item["name"])
    return ImportResult("decision", store.cases.get(case.id), False, tuple(warnings), tuple(warnings_kk))
