"""Safe single-file archives: backups, case export (``.kelisim``) and request packages.

An archive is a zip file with a ``manifest.json``::

    {"format": "kelisim-case", "schema_version": 3, "created_at": "2026-05-09T07:35:25+00:00",
     "app_version": "0.1.0", "files": [{"path": "case.json", "sha256": "…", "size": 1234}, …],
     "payload": {…whatever the caller needs…}}

Writing (:func:`write_archive`) goes to a temporary file in the destination folder, which is flushed,
fsynced and then renamed over the final name with :func:`os.replace`: a crash or a full disk never leaves
half an archive under the final name, and the temporary file is removed on every error we see.

Reading (:func:`read_archive`) trusts nothing in the file. *Before* anything is written it checks that the
file is a zip, that the manifest exists, parses and has the expected format and a schema this program
knows, that the members and the manifest list the same files, that every path is a plain relative path
that cannot leave the destination folder (on Windows too), that there are no links or special files, and
that sizes, file count and compression ratios are within limits (archive bombs). Then it extracts,
checking each file's size and SHA-256 while streaming, never overwriting a file that is already there.
On any failure everything it created is removed and an :class:`ArchiveError` is raised.

Every refusal is an :class:`ArchiveError` with a stable ``code`` and a message in Russian and Kazakh a
lawyer can act on; it mirrors :class:`kelisim.law.LawError` (``code``, ``message_ru``, ``message_kk``,
``message(lang)``) without pretending to be a legal error. Mistakes of the calling program (a bad member
name, a payload that is not JSON) raise ``ValueError``/``TypeError`` instead.

Standard library only; no SQL here.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, BinaryIO, Callable, Mapping

MANIFEST_NAME = "manifest.json"
GiB = 1 << 30
MiB = 1 << 20
DEFAULT_MAX_TOTAL = 2 * GiB
DEFAULT_MAX_FILES = 10_000
DEFAULT_MAX_RATIO = 200
# The ratio limit applies to members larger than this: small files of repeated text (a JSON of empty
# fields, an empty SQLite page) legitimately compress far better than 200:1, and a bomb needs size.
RATIO_MIN_SIZE = 1 * MiB
MAX_MANIFEST_SIZE = 64 * MiB
MAX_NAME_LENGTH = 255
CHUNK = 1 * MiB

# Human names of the formats this program writes, for messages; other formats are shown as they are.
FORMAT_NAMES = {
    "kelisim-case": ("файл дела", "іс файлы"),
    "kelisim-backup": ("резервная копия", "сақтық көшірме"),
    "kelisim-request": ("пакет запроса", "сұрау пакеті"),
    "kelisim-decision": ("пакет решения", "шешім пакеті"),
}

_SHA256 = re.compile(r"[0-9a-f]{64}")
_WINDOWS_FORBIDDEN = set('<>:"|?*\\')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                     *(f"LPT{i}" for i in range(1, 10))}


class ArchiveError(Exception):
    """An archive cannot be written or read, with a message a lawyer can act on in both languages."""

    def __init__(self, message_ru: str, message_kk: str | None = None, *, code: str = "archive"):
        super().__init__(message_ru)
        self.code = code
        self.message_ru = message_ru
        self.message_kk = message_kk or message_ru

    def message(self, lang: str = "ru") -> str:
        return self.message_kk if lang == "kk" else self.message_ru


@dataclass(frozen=True)
class ManifestFile:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    format: str
    schema_version: int
    created_at: datetime
    app_version: str
    files: tuple[ManifestFile, ...]
    payload: dict[str, Any]

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files)


# --- member names ------------------------------------------------------------------------------------

def member_name_problem(name: object) -> str | None:
    """Why ``name`` cannot be an archive member (a short English reason), or None when it can.

    A member is a relative path with forward slashes; no empty, ``.`` or ``..`` segment; no absolute
    path, drive letter, backslash or control character; nothing Windows cannot create (``<>:"|?*``,
    reserved device names such as ``CON`` or ``lpt1.txt``, a segment ending in a dot or a space); no
    invisible formatting character (a right-to-left override shows ``act\u202efdp.exe`` as
    ``actexe.pdf``); at most :data:`MAX_NAME_LENGTH` characters; not the manifest's own name.
    """
    if not isinstance(name, str) or not name:
        return "empty or not a string"
    if len(name) > MAX_NAME_LENGTH:
        return "too long"
    if name.startswith("/"):
        return "absolute path"
    if re.match(r"[A-Za-z]:", name):
        return "drive letter"
    if "\\" in name:
        return "backslash"
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in name):
        return "control or formatting character"  # incl. right-to-left overrides that disguise a name
    for segment in name.split("/"):
        if segment in ("", ".", ".."):
            return f"segment {segment!r}"
        if set(segment) & _WINDOWS_FORBIDDEN:
            return "character not allowed on Windows"
        if segment[-1] in ". ":
            return "segment ends with a dot or a space"
        if segment.split(".")[0].upper().rstrip(" ") in _WINDOWS_RESERVED:
            return "reserved device name"
    if _fold(name) == MANIFEST_NAME:
        return "reserved for the manifest"
    return None


def _fold(name: str) -> str:
    """The key under which two names are the same file on Windows or macOS (case, Unicode form)."""
    return unicodedata.normalize("NFC", name).casefold()


# --- messages ----------------------------------------------------------------------------------------

def _shown(text: str, limit: int = 120) -> str:
    """Text from an untrusted file, fit for a message: control characters escaped, length bounded."""
    text = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _human_size(n: int) -> str:
    for unit, size in (("ГБ", GiB), ("МБ", MiB), ("КБ", 1024)):
        if n >= size:
            return f"{n / size:.1f}".replace(".", ",") + f" {unit}"
    return f"{n} Б"


def _format_names(fmt: str) -> tuple[str, str]:
    return FORMAT_NAMES.get(fmt, (f"архив вида «{_shown(fmt)}»", f"«{_shown(fmt)}» түріндегі мұрағат"))


def _refused(src: Path, code: str, ru: str, kk: str) -> ArchiveError:
    """A refusal of the archive ``src``: the reason, then what it means for the lawyer."""
    return ArchiveError(f"Архив «{src.name}» отклонён: {ru}", f"«{src.name}» мұрағаты қабылданбады: {kk}", code=code)


def _tampered(src: Path, code: str, ru: str, kk: str) -> ArchiveError:
    return _refused(src, code, f"{ru} Архив повреждён или изменён после создания — возьмите исходный файл ещё раз.",
                    f"{kk} Мұрағат бүлінген немесе жасалғаннан кейін өзгертілген — бастапқы файлды қайта алыңыз.")


def _not_archive(src: Path) -> ArchiveError:
    return ArchiveError(f"Файл «{src.name}» — это не архив Kelisim.",
                        f"«{src.name}» файлы — Kelisim мұрағаты емес.", code="not_archive")


def _damaged(src: Path) -> ArchiveError:
    return ArchiveError(f"Архив «{src.name}» повреждён или скопирован не полностью. Возьмите исходный файл ещё раз.",
                        f"«{src.name}» мұрағаты бүлінген немесе толық көшірілмеген. Бастапқы файлды қайта алыңыз.",
                        code="damaged")


def _bad_manifest(src: Path, field: str) -> ArchiveError:
    return _tampered(src, "bad_manifest", f"опись архива (manifest.json) испорчена: поле «{field}».",
                     f"мұрағат тізімдемесі (manifest.json) бүлінген: «{field}» өрісі.")


def _write_error(exc: OSError, folder: Path) -> ArchiveError:
    """A message for an OSError met while writing into ``folder``."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return ArchiveError(
            f"Недостаточно места на диске в папке «{folder}». Освободите место или выберите другую папку.",
            f"«{folder}» қалтасы тұрған дискіде орын жеткіліксіз. Орын босатыңыз немесе басқа қалтаны таңдаңыз.",
            code="disk_full")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ArchiveError(
            f"Нет прав на запись в папку «{folder}» (или файл открыт в другой программе). "
            f"Выберите другую папку или закройте файл.",
            f"«{folder}» қалтасына жазуға құқық жоқ (немесе файл басқа бағдарламада ашық). "
            f"Басқа қалтаны таңдаңыз немесе файлды жабыңыз.",
            code="no_permission")
    if isinstance(exc, FileNotFoundError):
        return ArchiveError(f"Папка «{folder}» не существует. Выберите другую папку.",
                            f"«{folder}» қалтасы жоқ. Басқа қалтаны таңдаңыз.", code="folder_missing")
    reason = exc.strerror or str(exc)
    return ArchiveError(f"Не удалось записать в папку «{folder}»: {reason}.",
                        f"«{folder}» қалтасына жазу мүмкін болмады: {reason}.", code="write_failed")


# --- writing -----------------------------------------------------------------------------------------

def _app_version() -> str:
    try:
        return metadata.version("kelisim")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown"


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder and needs no such step."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _zip_info(name: str, when: datetime) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, so that the mode below means what it says: a regular file
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def write_archive(dest: Path, fmt: str, schema_version: int, payload: Mapping[str, Any],
                  files: Mapping[str, Path], *, app_version: str | None = None,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    """Write ``files`` (member name → source file) and a manifest to ``dest`` atomically; return ``dest``.

    ``payload`` must be JSON-serialisable. Member names must pass :func:`member_name_problem` and be
    distinct ignoring case (Windows). Raises ``ValueError``/``TypeError`` for the caller's mistakes and
    :class:`ArchiveError` for the world's: ``source_missing``, ``source_unreadable``, ``disk_full``,
    ``no_permission``, ``folder_missing``, ``write_failed``.
    ``progress(done, total)`` is called after each member; an exception it raises (the user cancelled) stops the
    writing and removes the partial file.
    """
    dest = Path(dest)
    if not isinstance(fmt, str) or not fmt:
        raise ValueError("fmt must be a non-empty string")
    if isinstance(schema_version, bool) or not isinstance(schema_version, int) or schema_version < 0:
        raise ValueError("schema_version must be a non-negative int")
    seen: dict[str, str] = {}
    for name in files:
        problem = member_name_problem(name)
        if problem:
            raise ValueError(f"bad archive member name {name!r}: {problem}")
        if _fold(name) in seen:
            raise ValueError(f"archive member names {seen[_fold(name)]!r} and {name!r} collide")
        seen[_fold(name)] = name
    payload = dict(payload)
    json.dumps(payload, allow_nan=False)  # fail before touching the disk

    folder = dest.parent
    now = datetime.now(timezone.utc).replace(microsecond=0)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _write_error(exc, folder) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as raw:
            entries = []
            with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
                for name, source in files.items():
                    entries.append(_add_member(zf, name, Path(source), now.astimezone()))
                    if progress is not None:
                        progress(len(entries), len(files))
                manifest = {
                    "format": fmt, "schema_version": schema_version, "created_at": now.isoformat(),
                    "app_version": app_version if app_version is not None else _app_version(),
                    "files": entries, "payload": payload,
                }
                data = json.dumps(manifest, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")
                zf.writestr(_zip_info(MANIFEST_NAME, now.astimezone()), data)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, dest)
    except BaseException as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise _write_error(exc, folder) from exc
        raise
    _fsync_dir(folder)
    return dest


def _add_member(zf: zipfile.ZipFile, name: str, source: Path, when: datetime) -> dict[str, Any]:
    try:
        src = open(source, "rb")
    except FileNotFoundError:
        raise ArchiveError(f"Не удалось добавить в архив «{name}»: файл «{source}» не найден.",
                           f"Мұрағатқа «{name}» қосу мүмкін болмады: «{source}» файлы табылмады.",
                           code="source_missing") from None
    except OSError as exc:
        raise _source_unreadable(name, source, exc) from exc
    with src:
        try:
            size_hint = os.fstat(src.fileno()).st_size
        except OSError as exc:
            raise _source_unreadable(name, source, exc) from exc
        digest = hashlib.sha256()
        size = 0
        with zf.open(_zip_info(name, when), "w", force_zip64=size_hint >= GiB) as out:
            while True:
                try:
                    chunk = src.read(CHUNK)
                except OSError as exc:
                    raise _source_unreadable(name, source, exc) from exc
                if not chunk:
                    break
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
    return {"path": name, "sha256": digest.hexdigest(), "size": size}


def _source_unreadable(name: str, source: Path, exc: OSError) -> ArchiveError:
    reason = exc.strerror or str(exc)
    return ArchiveError(f"Не удалось добавить в архив «{name}»: файл «{source}» не читается ({reason}).",
                        f"Мұрағатқа «{name}» қосу мүмкін болмады: «{source}» файлы оқылмайды ({reason}).",
                        code="source_unreadable")


# --- reading -----------------------------------------------------------------------------------------

# What zipfile and zlib raise on a damaged file (an OSError here is a seek the bad offsets asked for).
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, OverflowError, struct.error,
               NotImplementedError, UnicodeDecodeError, RuntimeError)


def _declared_entry_count(fp: BinaryIO) -> int | None:
    """The number of entries the end-of-central-directory record declares, read before zipfile does.

    zipfile builds the whole member list in memory when it opens a file, so an archive that declares
    millions of entries is refused here first. None when no record is found (zipfile will refuse it).
    """
    fp.seek(0, os.SEEK_END)
    size = fp.tell()
    tail_len = min(size, 22 + 0xFFFF)
    fp.seek(size - tail_len)
    tail = fp.read(tail_len)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None
    count = struct.unpack("<H", tail[at + 10:at + 12])[0]
    if count == 0xFFFF and at >= 20 and tail[at - 20:at - 16] == b"PK\x06\x07":  # zip64
        offset = struct.unpack("<Q", tail[at - 12:at - 4])[0]
        if offset + 56 <= size:
            fp.seek(offset)
            record = fp.read(56)
            if record[:4] == b"PK\x06\x06":
                count = struct.unpack("<Q", record[32:40])[0]
    return count


def _is_link_or_special(info: zipfile.ZipInfo) -> bool:
    """A symlink, folder, device or pipe by its Unix mode (the high word of the external attributes).

    Many tools store only the permission bits (type 0): that is a regular file.
    """
    if info.create_system != 3:
        return False
    return stat.S_IFMT(info.external_attr >> 16) not in (0, stat.S_IFREG)


def _parse_manifest(src: Path, data: bytes, expected_fmt: str, max_schema: int) -> Manifest:
    def no_duplicates(pairs):
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key")
        return dict(pairs)

    def no_constants(name):
        raise ValueError(name)

    try:
        raw = json.loads(data.decode("utf-8"), object_pairs_hook=no_duplicates, parse_constant=no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad_manifest(src, "JSON") from None
    if not isinstance(raw, dict):
        raise _bad_manifest(src, "JSON")
    fmt = raw.get("format")
    if not isinstance(fmt, str) or not fmt:
        raise _bad_manifest(src, "format")
    if fmt != expected_fmt:
        (got_ru, got_kk), (want_ru, want_kk) = _format_names(fmt), _format_names(expected_fmt)
        raise ArchiveError(f"В архиве «{src.name}» {got_ru}, а нужен {want_ru}. Выберите другой файл.",
                           f"«{src.name}» мұрағатында {got_kk}, ал {want_kk} қажет. Басқа файлды таңдаңыз.",
                           code="wrong_format")
    schema = raw.get("schema_version")
    if isinstance(schema, bool) or not isinstance(schema, int) or schema < 0:
        raise _bad_manifest(src, "schema_version")
    app_version = raw.get("app_version")
    if not isinstance(app_version, str):
        raise _bad_manifest(src, "app_version")
    if schema > max_schema:
        app_version = _shown(app_version, 40)
        raise ArchiveError(
            f"Архив «{src.name}» создан более новой версией программы (Kelisim {app_version}). "
            f"Обновите Kelisim, чтобы открыть его.",
            f"«{src.name}» мұрағаты бағдарламаның жаңарақ нұсқасында жасалған (Kelisim {app_version}). "
            f"Оны ашу үшін Kelisim-ді жаңартыңыз.",
            code="newer_schema")
    try:
        created_at = datetime.fromisoformat(raw.get("created_at"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise _bad_manifest(src, "created_at") from None
    payload = raw.get("payload")
    if not isinstance(payload, dict):
        raise _bad_manifest(src, "payload")
    listed = raw.get("files")
    if not isinstance(listed, list):
        raise _bad_manifest(src, "files")
    entries = []
    for item in listed:
        if not isinstance(item, dict) or not isinstance(item.get("path"), str):
            raise _bad_manifest(src, "files")
        path, digest, size = item["path"], item.get("sha256"), item.get("size")
        if member_name_problem(path):
            raise _unsafe(src, path)
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            raise _bad_manifest(src, "sha256")
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise _bad_manifest(src, "size")
        entries.append(ManifestFile(path, digest, size))
    return Manifest(fmt, schema, created_at, app_version, tuple(entries), payload)


def _unsafe(src: Path, member: str) -> ArchiveError:
    shown = _shown(member)
    return _refused(src, "unsafe_path",
                    f"в нём файл с недопустимым путём «{shown}». Такой архив мог быть подделан.",
                    f"ішінде жолы рұқсат етілмеген «{shown}» файлы бар. Мұндай мұрағат қолдан жасалған болуы мүмкін.")


def _check(src: Path, zf: zipfile.ZipFile, expected_fmt: str, max_schema: int, max_total: int,
           max_files: int, max_ratio: float) -> tuple[Manifest, dict[str, zipfile.ZipInfo]]:
    """Everything that can be checked without extracting; the manifest and the members by name."""
    infos = zf.infolist()
    if len(infos) > max_files + 1:  # + the manifest
        raise _too_many(src, len(infos) - 1, max_files)
    members: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    manifest_info = None
    for info in infos:
        name = info.filename
        if name == MANIFEST_NAME:
            if manifest_info is not None:
                raise _duplicate(src, name)
            manifest_info = info
        elif member_name_problem(name):
            raise _unsafe(src, name)
        elif _fold(name) in folded:
            raise _duplicate(src, name)
        else:
            members[name] = info
            folded.add(_fold(name))
        if _is_link_or_special(info):
            name = _shown(name)
            raise _refused(src, "symlink",
                           f"в нём символическая ссылка или особый файл «{name}». Такой архив мог быть подделан.",
                           f"ішінде «{name}» символдық сілтемесі немесе ерекше файл бар. "
                           f"Мұндай мұрағат қолдан жасалған болуы мүмкін.")
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            name = _shown(name)
            raise _refused(src, "unsupported", f"файл «{name}» зашифрован или сжат неизвестным способом.",
                           f"«{name}» файлы шифрланған немесе белгісіз тәсілмен сығылған.")
    if manifest_info is None:
        raise ArchiveError(f"В архиве «{src.name}» нет описи (manifest.json): это не архив Kelisim или он повреждён.",
                           f"«{src.name}» мұрағатында тізімдеме (manifest.json) жоқ: бұл Kelisim мұрағаты емес "
                           f"немесе ол бүлінген.", code="no_manifest")
    if manifest_info.file_size > MAX_MANIFEST_SIZE:
        raise _bad_manifest(src, "manifest.json")
    with zf.open(manifest_info) as fh:
        data = fh.read(MAX_MANIFEST_SIZE + 1)
    if len(data) != manifest_info.file_size:
        raise _damaged(src)
    manifest = _parse_manifest(src, data, expected_fmt, max_schema)

    if len(manifest.files) > max_files:
        raise _too_many(src, len(manifest.files), max_files)
    listed: dict[str, ManifestFile] = {}
    listed_folded: set[str] = set()
    for entry in manifest.files:
        if _fold(entry.path) in listed_folded:
            raise _duplicate(src, entry.path)
        listed[entry.path] = entry
        listed_folded.add(_fold(entry.path))
    for name in members:
        if name not in listed:
            raise _tampered(src, "extra_member", f"файл «{name}» есть в архиве, но не указан в описи.",
                            f"«{name}» файлы мұрағатта бар, бірақ тізімдемеде көрсетілмеген.")
    for name in listed:
        if name not in members:
            raise _tampered(src, "missing_member", f"файл «{name}» указан в описи, но его нет в архиве.",
                            f"«{name}» файлы тізімдемеде көрсетілген, бірақ мұрағатта жоқ.")
    total = manifest_info.file_size
    for name, entry in listed.items():
        info = members[name]
        if info.file_size != entry.size:
            raise _tampered(src, "size_mismatch", f"размер файла «{name}» не совпадает с описью.",
                            f"«{name}» файлының өлшемі тізімдемеге сәйкес келмейді.")
        total += entry.size
        if entry.size > RATIO_MIN_SIZE and entry.size > max_ratio * max(info.compress_size, 1):
            ratio = entry.size // max(info.compress_size, 1)
            raise _refused(src, "bomb", f"файл «{name}» сжат подозрительно сильно (в {ratio} раз) — "
                                        f"это похоже на «архивную бомбу».",
                           f"«{name}» файлы күдікті түрде қатты сығылған ({ratio} есе) — "
                           f"бұл «мұрағат бомбасына» ұқсайды.")
    if total > max_total:
        raise _refused(src, "too_large", f"после распаковки он занял бы {_human_size(total)}, "
                                         f"больше допустимых {_human_size(max_total)}.",
                       f"ашылғаннан кейін ол {_human_size(total)} алар еді, бұл рұқсат етілген "
                       f"{_human_size(max_total)} шегінен көп.")
    return manifest, members


def _too_many(src: Path, count: int, limit: int) -> ArchiveError:
    return _refused(src, "too_many_files", f"в нём {count} файлов, больше допустимых {limit}.",
                    f"ішінде {count} файл бар, бұл рұқсат етілген {limit} шегінен көп.")


def _duplicate(src: Path, name: str) -> ArchiveError:
    name = _shown(name)
    return _tampered(src, "duplicate_member", f"файл «{name}» встречается в архиве дважды.",
                     f"«{name}» файлы мұрағатта екі рет кездеседі.")


def _open_zip(src: Path, max_files: int) -> tuple[BinaryIO, zipfile.ZipFile]:
    try:
        fp = open(src, "rb")
    except FileNotFoundError:
        raise ArchiveError(f"Файл «{src}» не найден.", f"«{src}» файлы табылмады.", code="not_found") from None
    except IsADirectoryError:
        raise _not_archive(src) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ArchiveError(f"Не удалось прочитать файл «{src}»: {reason}.",
                           f"«{src}» файлын оқу мүмкін болмады: {reason}.", code="read_failed") from exc
    head = b""
    try:
        head = fp.read(4)
        count = _declared_entry_count(fp)
        if count is None:
            raise _damaged(src) if head == b"PK\x03\x04" else _not_archive(src)
        if count > max_files + 1:
            raise _too_many(src, count - 1, max_files)
        fp.seek(0)
        return fp, zipfile.ZipFile(fp)
    except ArchiveError:
        fp.close()
        raise
    except _ZIP_ERRORS:
        fp.close()
        raise (_damaged(src) if head == b"PK\x03\x04" else _not_archive(src)) from None
    except BaseException:
        fp.close()
        raise


def inspect_archive(src: Path, expected_fmt: str, max_schema: int, *, max_total: int = DEFAULT_MAX_TOTAL,
                    max_files: int = DEFAULT_MAX_FILES, max_ratio: float = DEFAULT_MAX_RATIO) -> Manifest:
    """The manifest of ``src`` after every check of :func:`read_archive` that needs no extraction.

    For showing what a file holds (a backup's date, a case's title) before the user confirms. The
    SHA-256 of the members is only checked by :func:`read_archive`.
    """
    src = Path(src)
    fp, zf = _open_zip(src, max_files)
    with fp, zf:
        try:
            return _check(src, zf, expected_fmt, max_schema, max_total, max_files, max_ratio)[0]
        except ArchiveError:
            raise
        except _ZIP_ERRORS:
            raise _damaged(src) from None


def read_archive(src: Path, expected_fmt: str, max_schema: int, dest_dir: Path, *,
                 max_total: int = DEFAULT_MAX_TOTAL, max_files: int = DEFAULT_MAX_FILES,
                 max_ratio: float = DEFAULT_MAX_RATIO,
                 progress: Callable[[int, int], None] | None = None) -> Manifest:
    """Check ``src`` completely, then extract its files (not the manifest) into ``dest_dir``.

    ``dest_dir`` is created when missing; files already in it are never overwritten (``dest_conflict``).
    On any failure, everything created here is removed (and ``dest_dir`` itself if it was created here)
    before the :class:`ArchiveError` is raised. Codes: ``not_found``, ``read_failed``, ``not_archive``,
    ``damaged``, ``no_manifest``, ``bad_manifest``, ``wrong_format``, ``newer_schema``, ``unsafe_path``,
    ``symlink``, ``unsupported``, ``duplicate_member``, ``extra_member``, ``missing_member``,
    ``size_mismatch``, ``hash_mismatch``, ``too_many_files``, ``too_large``, ``bomb``, ``dest_conflict``,
    and the write errors of :func:`write_archive` (``disk_full``, ``no_permission``, ``write_failed``).
    ``progress(done, total)`` is called after each extracted file; an exception it raises undoes the extraction.
    """
    src, dest_dir = Path(src), Path(dest_dir)
    fp, zf = _open_zip(src, max_files)
    with fp, zf:
        try:
            manifest, members = _check(src, zf, expected_fmt, max_schema, max_total, max_files, max_ratio)
        except ArchiveError:
            raise
        except _ZIP_ERRORS:
            raise _damaged(src) from None
        _Extraction(src, zf, dest_dir, progress).run(manifest, members)
    return manifest


class _Extraction:
    """Extracts into ``dest`` and remembers everything it created, to undo it on failure."""

    def __init__(self, src: Path, zf: zipfile.ZipFile, dest: Path,
                 progress: Callable[[int, int], None] | None = None):
        self.src, self.zf, self.dest, self.progress = src, zf, dest, progress
        self.created_files: list[Path] = []
        self.created_dirs: list[Path] = []

    def run(self, manifest: Manifest, members: dict[str, zipfile.ZipInfo]) -> None:
        try:
            for name in members:  # refuse conflicts before writing a byte
                if os.path.lexists(self.dest.joinpath(*name.split("/"))):
                    raise self._conflict(name)
            self._make_dest()
            root = Path(os.path.realpath(self.dest))
            for done, entry in enumerate(manifest.files, 1):
                self._extract(entry, members[entry.path], root)
                if self.progress is not None:
                    self.progress(done, len(manifest.files))
        except BaseException as exc:
            self._undo()
            if isinstance(exc, OSError):  # reading errors were turned into ArchiveError in _extract
                raise _write_error(exc, self.dest) from exc
            raise

    def _conflict(self, name: str) -> ArchiveError:
        return ArchiveError(f"Распаковка отменена: в папке «{self.dest}» уже есть «{name}».",
                            f"Ашу тоқтатылды: «{self.dest}» қалтасында «{name}» бұрыннан бар.", code="dest_conflict")

    def _make_dest(self) -> None:
        """Create ``dest`` and any missing parents, remembering which, so that undo removes them."""
        missing = []
        path = self.dest
        while not os.path.lexists(path):
            missing.append(path)
            if path.parent == path:
                break
            path = path.parent
        for path in reversed(missing):
            path.mkdir()
            self.created_dirs.append(path)
        if not self.dest.is_dir():
            raise ArchiveError(f"Распаковка отменена: «{self.dest}» — это не папка.",
                               f"Ашу тоқтатылды: «{self.dest}» — қалта емес.", code="dest_conflict")

    def _mkdir_inside(self, entry: ManifestFile) -> Path:
        parent = self.dest
        for part in entry.path.split("/")[:-1]:
            parent = parent / part
            if os.path.lexists(parent):
                if parent.is_symlink() or not parent.is_dir():
                    raise self._conflict(entry.path)
            else:
                parent.mkdir()
                self.created_dirs.append(parent)
        return parent

    def _extract(self, entry: ManifestFile, info: zipfile.ZipInfo, root: Path) -> None:
        parent = self._mkdir_inside(entry)
        real_parent = Path(os.path.realpath(parent))
        if real_parent != root and root not in real_parent.parents:
            raise _unsafe(self.src, entry.path)
        target = parent / entry.path.rsplit("/", 1)[-1]
        digest = hashlib.sha256()
        size = 0
        out = open(target, "xb")  # never overwrite, never follow a link planted there
        self.created_files.append(target)
        with out:
            try:
                fh = self.zf.open(info)
            except _ZIP_ERRORS:
                raise _damaged(self.src) from None
            with fh:
                while True:
                    try:
                        chunk = fh.read(CHUNK)
                    except _ZIP_ERRORS:
                        raise _damaged(self.src) from None
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > entry.size:
                        break
                    digest.update(chunk)
                    out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if size != entry.size:
            raise _tampered(self.src, "size_mismatch", f"размер файла «{entry.path}» не совпадает с описью.",
                            f"«{entry.path}» файлының өлшемі тізімдемеге сәйкес келмейді.")
        if digest.hexdigest() != entry.sha256:
            raise _tampered(self.src, "hash_mismatch",
                            f"содержимое файла «{entry.path}» не совпадает с контрольной суммой в описи.",
                            f"«{entry.path}» файлының мазмұны тізімдемедегі бақылау сомасына сәйкес келмейді.")

    def _undo(self) -> None:
        for path in reversed(self.created_files):
            try:
                path.unlink()
            except OSError:
                pass
        for path in reversed(self.created_dirs):
            try:
                path.rmdir()
            except OSError:
                pass
