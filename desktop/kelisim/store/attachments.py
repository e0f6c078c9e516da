"""Attachments: files copied into ``attachments/`` under their SHA-256, checked by content.

A file is written aside, synced and renamed into place before its row is inserted, so a process killed at
any moment leaves either no row (and at most an unreferenced file, removed by ``collect_garbage``) or a
row whose file is complete. A stored path is never taken from a file's name.
"""
from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from kelisim.store.db import Database, StoreError, disk_error, now_iso, shown

MAX_SIZE = 50 * 1024 * 1024
ROLES = ("draft_complaint", "court_act", "confirming_document", "request_letter", "decision", "proposal", "other")
ROLE_NAMES = {  # (ru, kk)
    "draft_complaint": ("проект жалобы", "шағымның жобасы"),
    "court_act": ("судебный акт", "сот актісі"),
    "confirming_document": ("подтверждающий документ", "растайтын құжат"),
    "request_letter": ("письмо-запрос", "сұрау салу хаты"),
    "decision": ("решение", "шешім"),
    "proposal": ("предложение юридической службы", "заң қызметінің ұсынысы"),
    "other": ("иной документ", "өзге құжат"),
}
# What a file claims to be by its extension, and the content that proves it.
KINDS = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".doc": "application/msword",
    ".rtf": "application/rtf",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".tif": "image/tiff", ".tiff": "image/tiff",
    ".txt": "text/plain",
}
KIND_NAMES = {"application/pdf": "PDF", KINDS[".docx"]: "DOCX", "application/msword": "DOC", "application/rtf": "RTF",
              KINDS[".odt"]: "ODT", "image/jpeg": "JPEG", "image/png": "PNG", "image/tiff": "TIFF",
              "text/plain": "TXT"}


@dataclass(frozen=True)
class Attachment:
    id: int
    case_id: int
    sha256: str
    role: str
    original_name: str
    pages: int | None
    size: int
    mime: str
    position: int
    added_at: str


def sniff(head: bytes, path: Path) -> str | None:
    """The type a file's first bytes prove, or None."""
    import zipfile  # on first need: not at the program's start

    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
                if "word/document.xml" in names:
                    return KINDS[".docx"]
                if "mimetype" in names and z.read("mimetype").strip() == b"application/vnd.oasis.opendocument.text":
                    return KINDS[".odt"]
        except (zipfile.BadZipFile, OSError, KeyError):
            return None
        return None
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/msword"
    if head.startswith(b"{\\rtf"):
        return "application/rtf"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    return "text/plain" if _looks_like_text(head) else None


def _looks_like_text(head: bytes) -> bool:
    """Plain text: no NUL byte, and UTF-8 (a character cut at the end of the sample is fine) or, as Notepad on a
    Russian Windows saves it, Windows-1251 without control characters other than tabs, line and page breaks."""
    import codecs

    if b"\x00" in head:
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return True
    except UnicodeDecodeError:
        pass
    text = head.decode("cp1251", errors="replace")
    return "\ufffd" not in text and all(ch >= " " or ch in "\t\r\n\f" for ch in text)


def count_pages(path: Path, mime: str) -> int | None:
    """Pages read from the file where the format says it: a PDF's page objects, a DOCX's statistics."""
    import zipfile

    try:
        if mime == "application/pdf":
            data = path.read_bytes()
            count = re.search(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data, re.S)
            if count:
                return int(count.group(1))
            pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
            return pages or None
        if mime == KINDS[".docx"]:
            with zipfile.ZipFile(path) as z:
                if "docProps/app.xml" in z.namelist():
                    m = re.search(rb"<Pages>(\d+)</Pages>", z.read("docProps/app.xml"))
                    if m and int(m.group(1)) > 0:
                        return int(m.group(1))
        if mime in ("image/jpeg", "image/png"):
            return 1
    except (OSError, zipfile.BadZipFile, ValueError):
        return None
    return None


def check_file(path: Path, name: str | None = None) -> tuple[str, int]:
    """(mime, size) of a file a lawyer attaches, or a refusal that says what is wrong with it. ``name`` is the
    file's display name when it differs from the path (a file taken out of an archive)."""
    name = safe_original_name(name or path.name)
    suffix = Path(name).suffix
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise IsADirectoryError(str(path))
        with open(path, "rb") as f:
            head = f.read(4096)  # enough for the signatures and a fair sample of a text file
    except FileNotFoundError as exc:
        raise StoreError(f"Файл «{name}» не найден: {path}.", f"«{name}» файлы табылмады: {path}.",
                         code="file-missing") from exc
    except PermissionError as exc:
        raise StoreError(f"Файл «{name}» не открывается: он открыт в другой программе (например, в Word) или нет "
                         f"прав на чтение. Закройте его и повторите.",
                         f"«{name}» файлы ашылмайды: ол басқа бағдарламада (мысалы, Word-та) ашық немесе оқуға "
                         f"құқық жоқ. Оны жауып, қайталаңыз.", code="file-locked") from exc
    except OSError as exc:
        raise StoreError(f"Файл «{name}» не читается: {exc}.", f"«{name}» файлы оқылмайды: {exc}.",
                         code="file-unreadable") from exc
    if size == 0:
        raise StoreError(f"Файл «{name}» пустой (0 байт). Выберите файл с содержимым.",
                         f"«{name}» файлы бос (0 байт). Мазмұны бар файлды таңдаңыз.", code="file-empty")
    if size > MAX_SIZE:
        raise StoreError(f"Файл «{name}» слишком большой ({size / 1048576:.1f} МБ; не более 50 МБ). Сожмите скан "
                         f"или разделите его.",
                         f"«{name}» файлы тым үлкен ({size / 1048576:.1f} МБ; 50 МБ-тан аспауы керек). Сканерді "
                         f"қысыңыз немесе бөліңіз.", code="file-too-large")
    claimed = KINDS.get(suffix.lower())
    actual = sniff(head, path)
    if claimed is None:
        raise StoreError(f"Файл «{name}»: формат «{suffix or 'без расширения'}» не принимается. Допустимы PDF, "
                         f"DOCX, DOC, RTF, ODT, JPEG, PNG, TIFF, TXT.",
                         f"«{name}» файлы: «{suffix or 'кеңейтімсіз'}» пішімі қабылданбайды. PDF, DOCX, DOC, "
                         f"RTF, ODT, JPEG, PNG, TIFF, TXT рұқсат етілген.", code="file-type")
    if actual != claimed:
        shown = KIND_NAMES[claimed]
        found = KIND_NAMES.get(actual, "неизвестный формат") if actual else "неизвестный формат"
        found_kk = KIND_NAMES.get(actual, "белгісіз пішім") if actual else "белгісіз пішім"
        raise StoreError(f"Файл «{name}» назван как {shown}, но по содержимому это {found}: файл повреждён или "
                         f"переименован. Сохраните документ заново как {shown}.",
                         f"«{name}» файлы {shown} деп аталған, бірақ мазмұны бойынша бұл {found_kk}: файл "
                         f"зақымдалған немесе атауы өзгертілген. Құжатты қайтадан {shown} ретінде сақтаңыз.",
                         code="file-content")
    return claimed, size


def safe_original_name(name: str) -> str:
    """A display name only: folders stripped, control characters removed, length bounded."""
    name = re.split(r"[\\/]", name)[-1]
    name = re.sub(r"[\x00-\x1f\x7f]", "", name).strip() or "file"
    return name[:200]


class Attachments:
    def __init__(self, db: Database):
        self.db = db
        self.folder = db.home / "attachments"

    def path_of(self, sha256: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise StoreError("Неверная ссылка на вложение.", "Қосымшаға сілтеме қате.", code="bad-hash")
        return self.folder / sha256[:2] / sha256

    def store_file(self, source: Path, name: str | None = None) -> tuple[str, int, str, int | None]:
        """Copy a checked file into the attachments folder; (sha256, size, mime, pages)."""
        import hashlib
        import tempfile

        source = Path(source)
        mime, size = check_file(source, name)
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.folder)
        tmp = Path(tmp_name)
        digest = hashlib.sha256()
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                while chunk := src.read(1 << 20):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_of(sha)
            self._created_dir = not target.parent.exists()
            target.parent.mkdir(exist_ok=True)
            self._created = not (target.exists() and target.stat().st_size == size)
            if not self._created:
                tmp.unlink()
            else:
                os.replace(tmp, target)
                _fsync_dir(target.parent)
        except PermissionError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if Path(exc.filename or "") == source:
                raise StoreError(f"Файл «{source.name}» открыт в другой программе; закройте его и повторите.",
                                 f"«{source.name}» файлы басқа бағдарламада ашық; оны жауып, қайталаңыз.",
                                 code="file-locked") from exc
            raise disk_error(exc, "сохранение вложения", "қосымшаны сақтау") from exc
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise disk_error(exc, "сохранение вложения", "қосымшаны сақтау") from exc
        return sha, size, mime, count_pages(target, mime)

    def add(self, case_id: int, source: Path, role: str, *, pages: int | None = None,
            original_name: str | None = None) -> Attachment:
        if not isinstance(role, str) or role not in ROLES:
            raise StoreError(f"Неизвестная роль вложения «{shown(role)}».", f"Қосымшаның белгісіз рөлі «{shown(role)}».",
                             code="bad-role")
        if pages is not None:
            _check_pages(pages)
        self._created = self._created_dir = False
        sha, size, mime, counted = self.store_file(Path(source), original_name)
        if self._created:  # a file this call brought in goes again if the write it belongs to is undone
            self.db.on_rollback(lambda sha=sha, folder=self._created_dir: self._discard(sha, folder))
        with self.db.transaction():
            self._ensure_case(case_id)
            self.db.execute("INSERT OR IGNORE INTO files (sha256, size, mime, pages, created_at) VALUES (?,?,?,?,?)",
                            (sha, size, mime, counted, now_iso()))
            position = self.db.one("SELECT coalesce(max(position), 0) + 1 AS p FROM attachments WHERE case_id = ?",
                                   (case_id,))["p"]
            shown_name = safe_original_name(original_name or Path(source).name)
            cur = self.db.execute(
                "INSERT INTO attachments (case_id, sha256, role, original_name, pages, position, added_at) "
                "VALUES (?,?,?,?,?,?,?)",
                (case_id, sha, role, shown_name, pages or counted, position, now_iso()))
            self.db.record_event(case_id, "attached", role, None, f"{shown_name} sha256:{sha}")
        return self.get(cur.lastrowid)

    def _discard(self, sha: str, folder: bool) -> None:
        """Remove a file (and its folder, if created with it) that no stored row refers to: the transaction that was
        to record it was rolled back (a full disk, a refused case). Nothing half-done stays in the folder."""
        if self.db.one("SELECT 1 AS x FROM files WHERE sha256 = ?", (sha,)) is not None:
            return  # another case's row refers to the same content meanwhile
        path = self.path_of(sha)
        with contextlib.suppress(OSError):
            path.unlink()
        if folder:
            with contextlib.suppress(OSError):
                path.parent.rmdir()

    def _ensure_case(self, case_id: int) -> None:
        if self.db.one("SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None:
            raise StoreError(f"Дело №{case_id} не найдено.", f"№{case_id} іс табылмады.", code="case-not-found")

    def get(self, attachment_id: int) -> Attachment:
        row = self.db.one("SELECT a.*, f.size, f.mime FROM attachments a JOIN files f USING (sha256) "
                          "WHERE a.id = ?", (attachment_id,))
        if row is None:
            raise StoreError(f"Вложение №{attachment_id} не найдено.", f"№{attachment_id} қосымша табылмады.",
                             code="attachment-not-found")
        return Attachment(**row)

    def of_case(self, case_id: int) -> list[Attachment]:
        return [Attachment(**r) for r in self.db.query(
            "SELECT a.*, f.size, f.mime FROM attachments a JOIN files f USING (sha256) WHERE a.case_id = ? "
            "ORDER BY a.position, a.id", (case_id,))]

    def set_pages(self, attachment_id: int, pages: int) -> Attachment:
        _check_pages(pages)
        with self.db.transaction():
            current = self.get(attachment_id)
            if current.pages == pages:
                return current
            self.db.execute("UPDATE attachments SET pages = ? WHERE id = ?", (pages, attachment_id))
            self.db.record_event(current.case_id, "pages", current.role, current.pages, pages,
                                 current.original_name)
        return self.get(attachment_id)

    def replace(self, attachment_id: int, source: Path, *, pages: int | None = None,
                original_name: str | None = None) -> Attachment:
        """A new version of an attached file in the old one's place: its kind and its position in the list, in one
        transaction (the old version is detached; both steps are in the case's history)."""
        old = self.get(attachment_id)
        with self.db.transaction():
            new = self.add(old.case_id, source, old.role, pages=pages, original_name=original_name)
            self.db.execute("UPDATE attachments SET position = ? WHERE id = ?", (old.position, new.id))
            self.remove(old.id)
        return self.get(new.id)

    def remove(self, attachment_id: int) -> Attachment:
        """Detach a file from its case (the file stays while another case uses it; garbage collection frees it)."""
        attachment = self.get(attachment_id)
        with self.db.transaction():
            self.db.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            self.db.record_event(attachment.case_id, "detached", attachment.role,
                                 f"{attachment.original_name} sha256:{attachment.sha256}", None)
        return attachment

    def copy_out(self, attachment_id: int, dest: Path) -> Path:
        import shutil

        attachment = self.get(attachment_id)
        dest = Path(dest)
        target = dest / safe_original_name(attachment.original_name) if dest.is_dir() else dest
        try:
            shutil.copyfile(self.path_of(attachment.sha256), target)
        except OSError as exc:
            raise disk_error(exc, "выгрузка вложения", "қосымшаны шығару") from exc
        return target

    def verify(self) -> list[str]:
        """Problems with the stored files: a referenced file missing or not matching its hash."""
        import hashlib

        problems = []
        for row in self.db.query("SELECT sha256, size FROM files"):
            path = self.path_of(row["sha256"])
            if not path.exists():
                problems.append(f"{row['sha256']}: missing")
                continue
            digest = hashlib.sha256()
            with open(path, "rb") as f:
                while chunk := f.read(1 << 20):
                    digest.update(chunk)
            if digest.hexdigest() != row["sha256"]:
                problems.append(f"{row['sha256']}: content does not match its hash")
        return problems

    def collect_garbage(self) -> int:
        """Remove files no case refers to and temporary files left by an interrupted copy."""
        removed = 0
        with self.db.transaction():
            self.db.execute("DELETE FROM files WHERE sha256 NOT IN (SELECT sha256 FROM attachments)")
            known = {r["sha256"] for r in self.db.query("SELECT sha256 FROM files")}
        for path in self.folder.rglob("*"):
            if path.is_file() and (path.name.startswith(".incoming-") or path.name not in known):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed


def _check_pages(pages) -> None:
    """A number of sheets: a whole number 1–10000 (a case file may hold any value there)."""
    if isinstance(pages, bool) or not isinstance(pages, int) or not 1 <= pages <= 10000:
        raise StoreError("Число листов должно быть от 1 до 10000.", "Парақ саны 1-ден 10000-ға дейін болуы керек.",
                         code="bad-pages")


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
