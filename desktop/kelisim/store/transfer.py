"""Moving data in and out as single verified archives (``store.archive``):

- ``backup``: the database (a consistent snapshot through SQLite's backup API) and every attachment, with a
  manifest of SHA-256 sums; ``restore`` verifies the whole archive before touching anything and keeps the
  current data aside.
- ``export_case`` / ``import_case``: one case with its parties, bodies, history and attachments in a
  ``.kelisim`` file another copy of the program can open; verified on import, all or nothing.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path
from typing import Callable

from kelisim.home import make_private_tree
from kelisim.law import LawError
from kelisim.store.archive import ArchiveError
from kelisim.store.archive import read_archive as _read_archive
from kelisim.store.archive import write_archive as _write_archive
from kelisim.store.bodies import NAME_FIELDS
from kelisim.store.cases import UID_PATTERN, Case
from kelisim.store.db import DB_NAME, StoreError, check_database_file, disk_error
from kelisim.store.schema import SCHEMA_VERSION

CASE_FORMAT = "kelisim-case"
CASE_FORMAT_VERSION = 1
BACKUP_FORMAT = "kelisim-backup"
BODY_FIELDS = ("kind", "kato", "kato_edition", *NAME_FIELDS, "address_ru", "address_kk", "phone", "email")


def write_archive(*args, **kwargs) -> Path:
    try:
        return _write_archive(*args, **kwargs)
    except ArchiveError as exc:
        raise StoreError(exc.message_ru, exc.message_kk, code=exc.code) from exc


def read_archive(*args, **kwargs):
    try:
        return _read_archive(*args, **kwargs)
    except ArchiveError as exc:
        raise StoreError(exc.message_ru, exc.message_kk, code=exc.code) from exc


def _stamp() -> str:
    return _dt.datetime.now().strftime("%Y%m%d-%H%M%S")


# ---------------------------------------------------------------------------- backup / restore
def backup(store, dest: Path | None = None, *, progress: Callable[[int, int], None] | None = None) -> Path:
    """One archive with the database and the attachments; ``dest`` a file or a folder (default backups/)."""
    return backup_home(store.home, dest, progress=progress)


def backup_home(home: Path, dest: Path | None = None, *,
                progress: Callable[[int, int], None] | None = None) -> Path:
    """``backup`` of the data folder ``home`` on a connection of its own (read-only), so that it can run in a
    background thread while the program goes on using its store; ``progress(done, total)`` after each file (an
    exception it raises cancels the backup, leaving no partial archive)."""
    home = Path(home)
    folder = home / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    target = Path(dest) if dest else folder
    if target.is_dir() or not target.suffix:
        target = target / f"kelisim-backup-{_stamp()}.zip"
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        snapshot = Path(tmp) / DB_NAME
        try:
            conn = sqlite3.connect(f"file:{home / DB_NAME}?mode=ro", uri=True, timeout=30)
        except sqlite3.Error as exc:
            raise disk_error(OSError(5, str(exc)), "резервное копирование", "сақтық көшірме жасау") from exc
        try:  # a compact, consistent copy (no free pages that would look like an archive bomb)
            conn.execute("VACUUM INTO ?", (str(snapshot),))
            hashes = [row[0] for row in conn.execute("SELECT sha256 FROM files ORDER BY sha256")]
            cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        except sqlite3.OperationalError as exc:
            raise disk_error(OSError(28 if "full" in str(exc) else 5, str(exc)), "резервное копирование",
                             "сақтық көшірме жасау") from exc
        finally:
            conn.close()
        files = {DB_NAME: snapshot}
        for sha in hashes:
            files[f"attachments/{sha[:2]}/{sha}"] = home / "attachments" / sha[:2] / sha
        return write_archive(target, BACKUP_FORMAT, SCHEMA_VERSION,
                             {"cases": cases, "attachments": len(files) - 1, "home": str(home)}, files,
                             progress=progress)


def restore(home: Path, src: Path, *, progress: Callable[[int, int], None] | None = None) -> Path:
    """Replace the data folder's database and attachments with a verified backup; the current ones are moved to
    ``restore-aside-<time>/`` first. Returns that folder. Refused (``FolderInUse``) while another copy of the program
    has the folder open.

    A kill at any moment leaves the old data or the restored data, never a mix (``store.recovery``): the archive is
    unpacked and checked in ``.restore-*/``, then ``restore-journal.json`` is written (the point of no return), then
    the current files are moved aside and the restored ones put in place, then the journal is removed. The next start
    cancels a restore killed before its journal and completes one killed after it, and says which."""
    from kelisim.store.lock import lock_folder
    from kelisim.store.recovery import JOURNAL, STAGING_INFO, complete_restore, sweep, write_json_atomically

    home = Path(home)
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise disk_error(exc, "восстановление из архива", "мұрағаттан қалпына келтіру") from exc
    with lock_folder(home) as lock:
        if lock.first:
            sweep(home, thorough=lock.unclean)  # an earlier restore killed half-way is completed (or cancelled) before this one begins
        started = _dt.datetime.now().astimezone().isoformat(timespec="seconds")
        try:
            staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=home))
        except OSError as exc:
            raise disk_error(exc, "восстановление из архива", "мұрағаттан қалпына келтіру") from exc
        try:
            write_json_atomically(staging / STAGING_INFO, {"source": str(src), "started": started})
            read_archive(Path(src), BACKUP_FORMAT, SCHEMA_VERSION, staging, progress=progress)
            if check_database_file(staging / DB_NAME, full=True) is not None:
                raise StoreError("База данных в архиве повреждена; восстановление отменено, данные не изменены.",
                                 "Мұрағаттағы дерекқор зақымдалған; қалпына келтіру тоқтатылды, деректер өзгерген жоқ.",
                                 code="backup-damaged")
            (staging / "attachments").mkdir(exist_ok=True)
            make_private_tree(staging)  # personal data: the restored files readable by their owner only
            aside = home / f"restore-aside-{_stamp()}"
            n = 1
            while aside.exists():
                n += 1
                aside = home / f"restore-aside-{_stamp()}-{n}"
            write_json_atomically(home / JOURNAL, {"staging": staging.name, "aside": aside.name, "source": str(src),
                                                   "started": started})
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise disk_error(exc, "восстановление из архива", "мұрағаттан қалпына келтіру") from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        try:
            complete_restore(home)
        except OSError as exc:  # the journal stays: the next start completes the restore
            raise disk_error(exc, "восстановление из архива", "мұрағаттан қалпына келтіру") from exc
        return aside


# ---------------------------------------------------------------------------- one case
def _body_payload(store, body_id: int | None) -> list[dict]:
    """A body and its parents, nearest first, as plain fields."""
    if body_id is None:
        return []
    chain = [store.bodies.get(body_id), *store.bodies.chain(body_id)]
    return [{k: getattr(b, k) for k in BODY_FIELDS} for b in chain]


def export_case(store, case_id: int, dest: Path, *, mask: bool = False) -> Path:
    """One case with its bodies, history and attachments in a ``.kelisim`` file. ``mask``: for analysis outside the
    legal service (issue 8) — people's names as «Иванов И.И.», ИИН/БИН as «********1234», the free text masked
    (``law.masking``), the attachments left out with a note; such a file cannot be imported into a register."""
    case = store.cases.get(case_id)
    dest = Path(dest)
    if dest.is_dir():
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in (case.case_number or f"case-{case.id}"))
        dest = dest / f"{safe}.kelisim"
    attachments = store.attachments.of_case(case.id)
    payload = {
        "case": {k: v for k, v in case.to_dict().items() if k not in ("id", "requester_id", "approver_id",
                                                                      "signatory_id")},
        "requester": _body_payload(store, case.requester_id),
        "approver": _body_payload(store, case.approver_id),
        "attachments": [{"role": a.role, "name": a.original_name, "pages": a.pages, "sha256": a.sha256,
                         "path": f"attachments/{a.sha256}"} for a in attachments],
        "history": store.cases.history(case.id),
        "format_version": CASE_FORMAT_VERSION,
    }
    files = {f"attachments/{a.sha256}": store.attachments.path_of(a.sha256) for a in attachments}
    if mask:
        payload, files = _masked_payload(payload, case, attachments), {}
    return write_archive(dest, CASE_FORMAT, CASE_FORMAT_VERSION, payload, files)


MASKED_NOTE = ("Обезличенная выгрузка для анализа вне юридической службы: имена — фамилией и инициалами, ИИН/БИН — "
               "последними 4 цифрами, вложения не включены. В реестр не загружается.",
               "Талдауға арналған иесіздендірілген көшірме (заң қызметінен тыс): аттар — тегі мен бас әріптері, "
               "ЖСН/БСН — соңғы 4 цифры, қосымшалар енгізілмеген. Тізілімге жүктелмейді.")
_PERSON_FIELDS = ("executor_name", "request_signatory_name")


def _masked_payload(payload: dict, case: Case, attachments) -> dict:
    """``export_case``'s payload with personal data masked: parties' names and numbers, the executor and the
    signatory, every free text (the known names first, whatever their form, then ``law.masking.mask_text``), who made
    each change; no attachments (their roles and pages counted), no identifiers linking back to the register."""
    from kelisim.law.masking import mask_id, mask_name, name_masker

    text = name_masker([p.name for p in case.parties] + [getattr(case, f) for f in _PERSON_FIELDS])

    fields = dict(payload["case"])
    for key, value in list(fields.items()):
        if key in _PERSON_FIELDS:
            fields[key] = mask_name(value or "")
        elif key == "executor_phone":
            fields[key] = mask_id(value or "")
        elif key == "parties":
            fields[key] = [{"role": p["role"], "name": mask_name(p["name"]), "id_number": mask_id(p["id_number"])}
                           for p in value]
        elif key == "overrides":
            fields[key] = {name: {"date": o.get("date"), "reason": text(o.get("reason", ""))}
                           for name, o in value.items()}
        elif key in ("uid", "peer_uid", "created_at", "updated_at"):
            fields.pop(key)
        else:
            fields[key] = text(value)
    roles: dict[str, int] = {}
    for a in attachments:
        roles[a.role] = roles.get(a.role, 0) + 1
    return {
        **payload, "case": fields, "attachments": [],
        "attachments_left_out": {"count": len(attachments), "roles": roles,
                                 "pages": sum(a.pages or 0 for a in attachments)},
        "history": [{"at": e["at"], "action": e["action"], "field": e["field"], "old": text(e["old"]),
                     "new": text(e["new"]), "reason": text(e["reason"])} for e in payload["history"]],
        "masked": True, "note_ru": MASKED_NOTE[0], "note_kk": MASKED_NOTE[1],
    }


def _import_body(store, chain: list[dict]) -> int | None:
    """Find or create the bodies of a chain (parents first); a KATO body is matched by its code."""
    parent_id = None
    for fields in reversed(chain):
        body = None
        if isinstance(fields.get("kato"), str) and fields["kato"]:
            # A code this copy's KATO edition lacks (DirectoryError) or that has no akim: matched by name below.
            with contextlib.suppress(LawError):
                body = store.bodies.from_kato(fields["kato"])
        if body is None:
            from kelisim.store.bodies import Body

            found = [b for b in store.bodies.search(fields.get("name_ru", ""), limit=5)
                     if b.name_ru == fields.get("name_ru") and b.kind == fields.get("kind")]
            body = found[0] if found else store.bodies.add(Body(
                None, fields.get("kind"), fields.get("name_ru", ""), parent_id=parent_id,
                **{k: fields.get(k) or "" for k in BODY_FIELDS if k not in ("kind", "name_ru", "kato",
                                                                             "kato_edition")}))
        parent_id = body.id
    return parent_id


def import_case(store, src: Path) -> Case:
    """Open a ``.kelisim`` file: verify it, then add the case, its bodies and attachments in one transaction.
    A case already in the register (same identifier) is refused, not duplicated."""
    with tempfile.TemporaryDirectory(dir=store.home) as tmp:
        manifest = read_archive(Path(src), CASE_FORMAT, CASE_FORMAT_VERSION, Path(tmp))
        payload = manifest.payload
        if payload.get("masked"):
            raise StoreError(f"Файл «{Path(src).name}» — обезличенная выгрузка дела для анализа (имена и ИИН скрыты, "
                             f"вложений нет): в реестр она не загружается. Попросите выгрузить дело без "
                             f"обезличивания.",
                             f"«{Path(src).name}» файлы — талдауға арналған иесіздендірілген көшірме (аттар мен ЖСН "
                             f"жасырылған, қосымшалар жоқ): тізілімге жүктелмейді. Істі иесіздендірусіз шығаруды "
                             f"сұраңыз.", code="masked-export")
        fields, listed = payload.get("case"), payload.get("attachments") or []
        chains = [payload.get("requester") or [], payload.get("approver") or []]
        if not isinstance(fields, dict) or not isinstance(listed, list) \
                or not all(isinstance(item, dict) for item in listed) \
                or not all(isinstance(chain, list) and all(isinstance(f, dict) for f in chain) for chain in chains):
            raise StoreError("Файл дела неполный или испорчен: нет данных дела, органов или описи вложений. Попросите "
                             "выгрузить дело заново; данные не изменены.",
                             "Іс файлы толық емес немесе бүлінген: іс, орган немесе қосымшалар тізімдемесі деректері "
                             "жоқ. Істі қайта шығаруды сұраңыз; деректер өзгерген жоқ.", code="bad-package")
        fields = dict(fields)
        uid = fields.get("uid")
        if not isinstance(uid, str) or not UID_PATTERN.fullmatch(uid):
            fields["uid"] = uuid.uuid4().hex  # no usable identifier: the case gets one of its own
        elif (existing := store.cases.by_uid(uid)) is not None:
            raise StoreError(f"Это дело уже есть в реестре (№{existing.id}); повторно не загружается.",
                             f"Бұл іс тізілімде бар (№{existing.id}); қайта жүктелмейді.", code="duplicate-case")
        keep = {"uid", "direction", "procedure", "rule", "status", "language", "decision", "parties",
                "court_ru", "court_kk", "case_number", "subject", "act_kind", "act_announced", "act_final",
                "act_received", "trigger_date", "request_sent", "received_on", "decision_date", "complaint_filed",
                "closed_on", "executor_name", "executor_phone", "request_number", "incoming_number",
                "decision_reasons", "notes", "approver_override_reason", "route_rule", "route_basis", "kato_edition"}
        fields = {k: v for k, v in fields.items() if k in keep}
        with store.transaction():
            fields["requester_id"] = _import_body(store, chains[0])
            fields["approver_id"] = _import_body(store, chains[1])
            fields["reason"] = f"импорт из файла {Path(src).name}"
            case = store.cases.create(fields)
            for item in listed:
                path = Path(tmp) / str(item.get("path", ""))
                if not path.is_file() or path.resolve().parent != (Path(tmp) / "attachments").resolve():
                    raise StoreError("В файле дела не хватает вложения из его описи.",
                                     "Іс файлында тізімдегі қосымша жетіспейді.", code="bad-package")
                store.attachments.add(case.id, path, item.get("role", "other"), pages=item.get("pages"),
                                      original_name=str(item.get("name") or path.name))
        return store.cases.get(case.id)
