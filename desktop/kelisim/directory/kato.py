"""The administrative directory from KATO (КАТО, НК РК 11-2025): units, their parents and which of them
have an akim.

KATO does not say which units have an akim; it is inferred from the code structure (AB CD EF HIJ) and the
abbreviations of the names, as ``resources/data/kato.NOTES.md`` explains. Doubtful units carry a note that
the program shows next to any answer built on them; the store lets the user correct a unit.
"""
from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

from kelisim.law import LawError
from kelisim.law.routing import (CITY_DISTRICT_IN_CITY, CITY_DISTRICT_SIGNIFICANCE, CITY_OBLAST, CITY_REPUBLICAN,
                                 DISTRICT, OBLAST, RURAL_DISTRICT, SETTLEMENT, VILLAGE)
from kelisim.resources import data_file

CITY_PROPER = "city_proper"  # EF=10 under a city administration: the same akimat as its parent
POPULATED_PLACE = "populated_place"  # a village, settlement, station... without an akim of its own
UNIT_KINDS = (OBLAST, CITY_REPUBLICAN, DISTRICT, CITY_OBLAST, CITY_DISTRICT_IN_CITY, CITY_DISTRICT_SIGNIFICANCE,
              RURAL_DISTRICT, SETTLEMENT, VILLAGE, CITY_PROPER, POPULATED_PLACE)

REPUBLICAN_CITIES = ("71", "75", "79")  # Astana, Almaty, Shymkent
ATTRIBUTION_FORMAT = "КАТО, БНС АСПР РК, {version}, ред. {actualised}"

# Units the source leaves in doubt (kato.NOTES.md, "Known defects"): (note ru, note kk).
DOUBTFUL = {
    "351600200": ("Посёлок Конырат находится прямо в составе администрации города Балхаш; наличие у него своего "
                  "акима классификатор не подтверждает — проверьте.",
                  "Қоңырат кенті тікелей Балқаш қаласы әкімшілігінің құрамында; оның өз әкімі бар екенін "
                  "сыныптауыш растамайды — тексеріңіз."),
    "632400200": ("Посёлок Ульба находится прямо в составе администрации города Риддер; наличие у него своего "
                  "акима классификатор не подтверждает — проверьте.",
                  "Үлбі кенті тікелей Риддер қаласы әкімшілігінің құрамында; оның өз әкімі бар екенін сыныптауыш "
                  "растамайды — тексеріңіз."),
    "431900000": ("Байконыр — город с особым правовым режимом (аренда комплекса «Байконур»); порядок согласования "
                  "для его органов проверьте отдельно.",
                  "Байқоңыр — ерекше құқықтық режимі бар қала («Байқоңыр» кешенін жалға беру); оның органдары үшін "
                  "келісу тәртібін бөлек тексеріңіз."),
    "191800000": ("Алатау — новый город, его статус недавно менялся; проверьте, кому подчинён его аким.",
                  "Алатау — жаңа қала, оның мәртебесі жақында өзгерді; оның әкімі кімге бағынатынын тексеріңіз."),
    "434645000": ("В источнике этот код носит то же название, что и 434630000 (похоже на ошибку классификатора); "
                  "сверьте название органа.",
                  "Дереккөзде бұл кодтың атауы 434630000 кодымен бірдей (сыныптауыштың қатесіне ұқсайды); органның "
                  "атауын салыстырыңыз."),
}
DOUBTFUL_SETTLEMENTS = ("351600200", "632400200")  # given an akim, with the note above

_CODE = re.compile(r"^\d{9}$")


def _abbr(letters: str) -> re.Pattern:
    return re.compile(rf"(?<![А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]){letters[0]}\.{letters[1]}(?![А-Яа-яЁё])")


_ABBR = {  # the administrative abbreviation of an EF-level name, in Russian
    RURAL_DISTRICT: _abbr("со"),
    SETTLEMENT: _abbr("па"),
    VILLAGE: _abbr("са"),
    CITY_DISTRICT_SIGNIFICANCE: _abbr("га"),
    CITY_DISTRICT_IN_CITY: re.compile(r"(?<![А-Яа-яЁё])р\.а(?![А-Яа-яЁё])|(^|\s)[Рр]айон(\s|$)"),
}


class DirectoryError(LawError):
    """A code or name that the directory cannot answer for, with a message a lawyer can act on."""


class Unit(NamedTuple):
    """One KATO unit, as the classifier gives it plus the kind and akim inferred from the structure.

    Immutable; a named tuple because 15,594 of them are built at start-up (three times faster than a
    frozen dataclass)."""

    code: str
    edition: str  # the classifier's version, stored with every record that refers to a code
    level: str  # the source's level: oblast, district, sub_district, settlement
    type_code: str
    name_ru: str  # the classifier's short form, kept as published («Касыкский с.о.»)
    name_kk: str
    parent: str | None
    kind: str
    has_akim: bool
    note: str = ""  # why the inference is doubtful, in Russian
    note_kk: str = ""

    def note_in(self, lang: str) -> str:
        return self.note_kk if lang == "kk" else self.note


def _candidates(code: str) -> Iterator[str]:
    """The parent's code, tried in the order kato.NOTES.md gives."""
    if code[7:9] != "00":
        yield code[:7] + "00"
    if code[6:9] != "000":
        yield code[:6] + "000"
    if code[4:9] != "00000":
        yield code[:4] + "00000"
    if code[2:9] != "0000000":
        yield code[:2] + "0000000"


def _classify(code: str, level: str, name_ru: str, parent: Unit | None) -> tuple[str, bool]:
    """(kind, has_akim) of a unit from its level, name and parent."""
    if level == "oblast":
        return (CITY_REPUBLICAN if code[:2] in REPUBLICAN_CITIES else OBLAST), True
    parent_kind = parent.kind if parent else None
    if level == "district":
        return (CITY_OBLAST if name_ru.rstrip().endswith(("Г.А.", "Г.А")) else DISTRICT), True
    if level == "sub_district":
        if parent_kind == CITY_REPUBLICAN:
            return CITY_DISTRICT_IN_CITY, True
        if parent_kind == CITY_OBLAST and code[4:6] == "10" and name_ru.startswith("г."):
            return CITY_PROPER, False
        for kind in (RURAL_DISTRICT, SETTLEMENT, VILLAGE, CITY_DISTRICT_SIGNIFICANCE, CITY_DISTRICT_IN_CITY):
            if _ABBR[kind].search(name_ru):
                return kind, True
        return POPULATED_PLACE, False
    # HIJ level: populated places, with the few akims kato.NOTES.md lists.
    if code in DOUBTFUL_SETTLEMENTS:
        return SETTLEMENT, True
    if parent_kind == CITY_OBLAST and re.match(r"^[Рр]айон\s", name_ru):
        return CITY_DISTRICT_IN_CITY, True  # the districts of Aktobe and Taraz
    if parent_kind == DISTRICT and name_ru.startswith("г."):
        return CITY_DISTRICT_SIGNIFICANCE, True  # a city of district significance directly under a district
    return POPULATED_PLACE, False


class KatoDirectory:
    """The whole classifier in memory: 15,594 units, looked up by code, with parents and children."""

    def __init__(self, units: dict[str, Unit], children: dict[str, list[str]], edition: str, attribution: str,
                 actualised: str = ""):
        self._units = units
        self._children = children
        self.edition = edition
        self.attribution = attribution
        self.actualised = actualised

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | Path | None = None, source: str | Path | None = None) -> "KatoDirectory":
        path = Path(path) if path else data_file("kato.csv")
        source = Path(source) if source else path.with_name("kato.source.json")
        try:
            with open(path, encoding="utf-8", newline="") as f:
                reader = csv.reader(f)
                header = next(reader)
                rows = list(reader)
        except (OSError, StopIteration, UnicodeDecodeError, csv.Error) as exc:
            raise DirectoryError(f"Не удалось прочитать классификатор КАТО ({path}): {exc}. Переустановите программу "
                                 f"или восстановите файл kato.csv.",
                                 f"КАТО сыныптауышын оқу мүмкін болмады ({path}): {exc}. Бағдарламаны қайта "
                                 f"орнатыңыз немесе kato.csv файлын қалпына келтіріңіз.", code="kato-unreadable")
        expected = ["kato", "kato_version", "level", "type_code", "name_ru", "name_kk"]
        if header != expected:
            raise DirectoryError(f"Файл КАТО {path} имеет другие столбцы ({', '.join(header)}), ожидались "
                                 f"{', '.join(expected)}.",
                                 f"КАТО файлында {path} басқа бағандар бар ({', '.join(header)}), күтілгені: "
                                 f"{', '.join(expected)}.", code="kato-unreadable")
        actualised = ""
        version = rows[0][1] if rows else ""
        try:
            meta = json.loads(source.read_text(encoding="utf-8"))
            actualised = meta.get("actualised_at", "")
            version = meta.get("kato_version", version)
        except (OSError, ValueError):
            pass
        version_ru = version.replace("NK RK", "НК РК")
        actualised_ru = ".".join(reversed(actualised.split("-"))) if actualised else "?"
        edition = f"{version_ru}, ред. {actualised_ru}" if actualised else version_ru
        attribution = ATTRIBUTION_FORMAT.format(version=version_ru, actualised=actualised_ru)

        units: dict[str, Unit] = {}
        children: dict[str, list[str]] = {}
        # Codes sort so that every parent precedes its children (a parent's code is a zero-padded prefix).
        rows.sort(key=lambda r: r[0])
        for code, kato_version, level, type_code, name_ru, name_kk in rows:
            parent = parent_code = None
            for candidate in _candidates(code):
                parent = units.get(candidate)
                if parent is not None:
                    parent_code = candidate
                    break
            kind, has_akim = _classify(code, level, name_ru, parent)
            note, note_kk = DOUBTFUL.get(code, ("", ""))
            units[code] = Unit(code, kato_version, level, type_code, name_ru, name_kk, parent_code, kind, has_akim,
                               note, note_kk)
            if parent_code:
                children.setdefault(parent_code, []).append(code)
        return cls(units, children, edition, attribution, actualised)

    # ------------------------------------------------------------------ lookups
    def __len__(self) -> int:
        return len(self._units)

    def __contains__(self, code: str) -> bool:
        return code in self._units

    def get(self, code: str) -> Unit | None:
        return self._units.get(code)

    def unit(self, code: str) -> Unit:
        """The unit with this code, or a ``DirectoryError`` a lawyer can act on."""
        raw = code if isinstance(code, str) else str(code)
        clean = re.sub(r"[\s\u00a0]", "", raw)
        if not _CODE.match(clean):
            shown = raw.strip() or "—"
            raise DirectoryError(
                f"Код КАТО «{shown}» должен состоять из 9 цифр (например, 314845000 — Касыкский сельский округ).",
                f"КАТО коды «{shown}» 9 цифрдан тұруы керек (мысалы, 314845000 — Қасық ауылдық округі).",
                code="bad-kato")
        unit = self._units.get(clean)
        if unit is None:
            raise DirectoryError(
                f"Код КАТО {clean} не найден в классификаторе ({self.edition}). Коды меняются между редакциями: "
                f"найдите орган по названию.",
                f"КАТО коды {clean} сыныптауышта табылмады ({self.edition}). Кодтар басылымдар арасында "
                f"өзгереді: органды атауы бойынша іздеңіз.", code="kato-not-found")
        return unit

    def parent(self, code: str) -> Unit | None:
        parent = self.unit(code).parent
        return self._units[parent] if parent else None

    def chain(self, code: str) -> list[Unit]:
        """The ancestors of a unit, nearest first (the unit itself not included)."""
        out = []
        unit = self.unit(code)
        while unit.parent:
            unit = self._units[unit.parent]
            out.append(unit)
        return out

    def akim_chain(self, code: str) -> list[Unit]:
        """The ancestors that have an akim, nearest first: the route of a consent request goes up this chain."""
        return [u for u in self.chain(code) if u.has_akim]

    def children(self, code: str) -> list[Unit]:
        return [self._units[c] for c in self._children.get(code, ())]

    def units(self) -> Iterator[Unit]:
        return iter(self._units.values())

    def main_place(self, unit: Unit) -> Unit | None:
        """The populated place that gives its name to a settlement, village or city administration
        (``ABCDEF100``), or None."""
        kids = self._children.get(unit.code, ())
        if not kids:
            return None
        first = unit.code[:6] + "100"
        return self._units[first] if first in kids else None


@lru_cache(maxsize=1)
def default_directory() -> KatoDirectory:
    """The classifier shipped with the program (loaded once)."""
    return KatoDirectory.load()


__all__ = ["Unit", "KatoDirectory", "DirectoryError", "default_directory", "CITY_PROPER", "POPULATED_PLACE",
           "UNIT_KINDS"]
