"""Official names of KATO units and of their akims, in Russian and Kazakh, in the cases a letter needs.

The classifier gives short forms with abbreviations («Касыкский с.о.», «Қасық а.о.»); a letter needs
«Касыкский сельский округ», «акиму Касыкского сельского округа», «Қасық ауылдық округінің әкіміне».

Russian: the generic word (район, область, город, сельский округ, посёлок, село) is declined, with the
adjectives that agree with it («Кордайского района»); a proper name in apposition stays as it is
(«поселка Актас», «сельского округа Достық»), as official Kazakhstani usage has it, except the names of
cities of oblast and republican significance, whose forms in the names of their akimats are fixed in
``CITY_FORMS_RU`` («города Караганды», «города Астаны», «города Тараз»).
Kazakh: the proper name stays, the generic noun takes the possessive (ауданы, облысы, қаласы, округі,
кенті, ауылы) and then the case ending («ауданының», «ауданына»); names «… атындағы …» take a bare noun.
These are proposals: the store keeps the user's corrections, and a correction wins.
"""
from __future__ import annotations

import re

from kelisim.directory.kato import CITY_PROPER, POPULATED_PLACE, KatoDirectory, Unit, default_directory
from kelisim.law.routing import (CITY_DISTRICT_IN_CITY, CITY_DISTRICT_SIGNIFICANCE, CITY_OBLAST, CITY_REPUBLICAN,
                                 DISTRICT, OBLAST, RURAL_DISTRICT, SETTLEMENT, VILLAGE)

CASES = ("nom", "gen", "dat")

# Genitive and dative of the cities of oblast and republican significance as the names of their akimats use
# them; a city not listed stays undeclined («города Тараз», «города Актобе», «города Шымкент»).
CITY_FORMS_RU = {
    "Астана": ("Астаны", "Астане"),
    "Караганда": ("Караганды", "Караганде"),
    "Кызылорда": ("Кызылорды", "Кызылорде"),
    "Уральск": ("Уральска", "Уральску"),
    "Павлодар": ("Павлодара", "Павлодару"),
    "Петропавловск": ("Петропавловска", "Петропавловску"),
    "Усть-Каменогорск": ("Усть-Каменогорска", "Усть-Каменогорску"),
    "Костанай": ("Костаная", "Костанаю"),
    "Талдыкорган": ("Талдыкоргана", "Талдыкоргану"),
    "Степногорск": ("Степногорска", "Степногорску"),
    "Курчатов": ("Курчатова", "Курчатову"),
    "Балхаш": ("Балхаша", "Балхашу"),
    "Приозерск": ("Приозерска", "Приозерску"),
    "Сарань": ("Сарани", "Сарани"),
    "Шахтинск": ("Шахтинска", "Шахтинску"),
    "Аркалык": ("Аркалыка", "Аркалыку"),
    "Лисаковск": ("Лисаковска", "Лисаковску"),
    "Рудный": ("Рудного", "Рудному"),
    "Экибастуз": ("Экибастуза", "Экибастузу"),
    "Туркестан": ("Туркестана", "Туркестану"),
    "Арысь": ("Арыси", "Арыси"),
    "Жезказган": ("Жезказгана", "Жезказгану"),
    "Каражал": ("Каражала", "Каражалу"),
    "Сатпаев": ("Сатпаева", "Сатпаеву"),
    "Риддер": ("Риддера", "Риддеру"),
    "Байконыр": ("Байконыра", "Байконыру"),
    "Қонаев": ("Қонаева", "Қонаеву"),
}

# Russian generic words: (nominative, genitive, dative) and the gender the adjectives agree with.
HEADS_RU = {
    OBLAST: (("область", "области", "области"), "f"),
    DISTRICT: (("район", "района", "району"), "m"),
    CITY_DISTRICT_IN_CITY: (("район", "района", "району"), "m"),
    "city": (("город", "города", "городу"), "m"),
    RURAL_DISTRICT: (("сельский округ", "сельского округа", "сельскому округу"), "m"),
    SETTLEMENT: (("поселок", "поселка", "поселку"), "m"),
    VILLAGE: (("село", "села", "селу"), "n"),
    "station": (("станция", "станции", "станции"), "f"),
}
# Populated-place prefixes in Russian names and the generic word they stand for.
PLACE_PREFIX_RU = {"г.": "city", "п.": SETTLEMENT, "с.": VILLAGE, "ст.": "station"}

# Kazakh generic nouns: possessive forms (nom, gen, dat) and bare forms (nom, gen, dat).
HEADS_KK = {
    OBLAST: (("облысы", "облысының", "облысына"), ("облыс", "облыстың", "облысқа")),
    DISTRICT: (("ауданы", "ауданының", "ауданына"), ("аудан", "ауданның", "ауданға")),
    "city": (("қаласы", "қаласының", "қаласына"), ("қала", "қаланың", "қалаға")),
    RURAL_DISTRICT: (("ауылдық округі", "ауылдық округінің", "ауылдық округіне"),
                     ("ауылдық округ", "ауылдық округтің", "ауылдық округке")),
    SETTLEMENT: (("кенті", "кентінің", "кентіне"), ("кент", "кенттің", "кентке")),
    VILLAGE: (("ауылы", "ауылының", "ауылына"), ("ауыл", "ауылдың", "ауылға")),
}
HEADS_KK[CITY_DISTRICT_IN_CITY] = HEADS_KK[DISTRICT]
PLACE_SUFFIX_KK = {"қ.": "city", "к.": SETTLEMENT, "а.": VILLAGE, "ќ.": "city"}

# Abbreviations of the classifier's names (kato.NOTES.md), removed before the generic word is added.
_ABBR_RU = re.compile(r"(?<![А-Яа-яЁё])(с\.о|п\.а|с\.а|г\.а|р\.а|Г\.А)(?![А-Яа-яЁё])\.?")
_ABBR_KK = re.compile(r"(?<![А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])(а\.о|к\.ә|а\.ә|қ\.ә|Қ\.Ә|Г\.А)(?![А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])\.?")
_NAMED_AFTER_RU = re.compile(r"(?<![А-Яа-яЁё])(им\.|имени)\s*", re.IGNORECASE)
_NAMED_AFTER_KK = re.compile(r"(?<![\wӘәҒғҚқҢңӨөҰұҮүҺһІі])(атын\.|ат\.|атындағы)\s*")

# Russian adjective endings: nominative → (genitive, dative), by gender.
_ADJ_M = (("ский", "ского", "скому"), ("цкий", "цкого", "цкому"), ("кий", "кого", "кому"), ("гий", "гого", "гому"),
          ("хий", "хого", "хому"), ("жий", "жего", "жему"), ("ший", "шего", "шему"), ("чий", "чего", "чему"),
          ("щий", "щего", "щему"), ("ний", "него", "нему"), ("ый", "ого", "ому"), ("ой", "ого", "ому"))
_ADJ_F = (("ская", "ской", "ской"), ("цкая", "цкой", "цкой"), ("жая", "жей", "жей"), ("шая", "шей", "шей"),
          ("чая", "чей", "чей"), ("щая", "щей", "щей"), ("яя", "ей", "ей"), ("ая", "ой", "ой"))


def _spaces(text: str) -> str:
    """Single spaces, and no dot left standing alone by a removed abbreviation («Бурыл а.о .»)."""
    return re.sub(r"\s+", " ", re.sub(r"(^|\s)\.(?=\s|$)", " ", text)).strip()


def _adjective(word: str, gender: str, case: str) -> str | None:
    """The word declined as an adjective agreeing with the generic word, or None if it is not one."""
    table = _ADJ_F if gender == "f" else _ADJ_M if gender == "m" else ()
    lower = word.lower()
    for nom, gen, dat in table:
        if lower.endswith(nom) and len(word) > len(nom) + 2:
            return word if case == "nom" else word[: len(word) - len(nom)] + (gen if case == "gen" else dat)
    return None


def _expand_named_after_ru(text: str) -> str:
    return _NAMED_AFTER_RU.sub("имени ", text)


# ---------------------------------------------------------------------------- Russian
# The kinds whose classifier names put an agreeing adjective before the generic word («Кордайский район»).
_ADJECTIVE_KINDS = (OBLAST, DISTRICT, CITY_DISTRICT_IN_CITY, RURAL_DISTRICT)


def _ru(kind: str, core: str, case: str, *, city_forms: bool = False, quote: bool = False) -> str:
    """The Russian name of a unit of this kind whose own part is ``core`` («Кордайский», «Актас»)."""
    forms, gender = HEADS_RU[kind]
    head = forms[CASES.index(case)]
    core = _spaces(_expand_named_after_ru(core))
    words = core.split(" ") if core else []
    if kind in _ADJECTIVE_KINDS and words and _adjective(words[-1], gender, case) is not None:
        # «Жогаргы Аксусский» → «Жогаргы Аксусского сельского округа»: every agreeing adjective declines.
        return " ".join(_adjective(w, gender, case) or w for w in words) + " " + head
    if city_forms and case != "nom" and core in CITY_FORMS_RU:
        core = CITY_FORMS_RU[core][0 if case == "gen" else 1]  # «города Караганды», «городу Караганде»
    if quote and core and not core.startswith("имени"):
        core = f"«{core}»"  # «района «Алматы» города Астаны»
    return f"{head} {core}".strip()


def _strip_generic_ru(name: str, generic: str) -> str:
    return _spaces(re.sub(rf"(?<![А-Яа-яЁё]){generic}(?![А-Яа-яЁё])", " ", name, flags=re.IGNORECASE))


def _place_ru(unit: Unit) -> tuple[str, str]:
    """(generic kind, proper name) of a populated place from «с.Альжан ана», «г.Шу», «п.Актас»."""
    name = _spaces(unit.name_ru)
    for prefix in sorted(PLACE_PREFIX_RU, key=len, reverse=True):
        if name.startswith(prefix) and len(name) > len(prefix) and not name[len(prefix)].islower():
            return PLACE_PREFIX_RU[prefix], name[len(prefix):].strip()
    return "", name


def _place_kk(unit: Unit) -> tuple[str, str]:
    name = _spaces(unit.name_kk)
    for suffix, kind in PLACE_SUFFIX_KK.items():
        if name.endswith(" " + suffix):
            return kind, name[: -len(suffix)].strip()
    return "", name


def _own_name(unit: Unit, directory: KatoDirectory, lang: str) -> str:
    """The proper name of a settlement, village or city administration: its main populated place if the
    classifier has it, else the administration's name without its abbreviation and adjective ending."""
    place = directory.main_place(unit)
    if place is not None:
        kind, name = (_place_kk if lang == "kk" else _place_ru)(place)
        if name:
            return name
    raw = unit.name_kk if lang == "kk" else unit.name_ru
    return _spaces((_ABBR_KK if lang == "kk" else _ABBR_RU).sub(" ", raw))


def _city_name(unit: Unit, lang: str) -> str:
    """«Семей» of «Семей Г.А.», «Астана» of «г.Астана», «Алматы» of «Алматы қ.»."""
    raw = unit.name_kk if lang == "kk" else unit.name_ru
    raw = (_ABBR_KK if lang == "kk" else _ABBR_RU).sub(" ", raw)
    raw = re.sub(r"^г\.\s*", "", _spaces(raw)) if lang == "ru" else re.sub(r"\s+қ\.$", "", _spaces(raw))
    return _spaces(raw)


def _name_ru(unit: Unit, case: str, directory: KatoDirectory) -> str:
    kind = unit.kind
    if kind == OBLAST:
        return _ru(OBLAST, _strip_generic_ru(unit.name_ru, "область"), case)
    if kind in (CITY_REPUBLICAN, CITY_OBLAST, CITY_PROPER):
        return _ru("city", _city_name(unit, "ru"), case, city_forms=True)
    if kind == DISTRICT:
        return _ru(DISTRICT, _strip_generic_ru(unit.name_ru, "район"), case)
    if kind == CITY_DISTRICT_IN_CITY:
        own = _spaces(_ABBR_RU.sub(" ", _strip_generic_ru(unit.name_ru, "район")))
        district = _ru(CITY_DISTRICT_IN_CITY, own, case, quote=True)
        city = next((u for u in directory.akim_chain(unit.code) if u.kind in (CITY_REPUBLICAN, CITY_OBLAST)), None)
        return district if city is None else f"{district} {_name_ru(city, 'gen', directory)}"
    if kind == RURAL_DISTRICT:
        return _ru(RURAL_DISTRICT, _ABBR_RU.sub(" ", unit.name_ru), case)
    if kind in (SETTLEMENT, VILLAGE, CITY_DISTRICT_SIGNIFICANCE):
        if unit.level == "settlement":  # the place itself is the unit (16 cities, п.Конырат, п.Ульба)
            generic, name = _place_ru(unit)
            return _ru(generic or kind, name, case)
        generic = {SETTLEMENT: SETTLEMENT, VILLAGE: VILLAGE, CITY_DISTRICT_SIGNIFICANCE: "city"}[kind]
        place = directory.main_place(unit)
        if place is not None and kind == VILLAGE:
            generic = _place_ru(place)[0] or generic  # a с.а. may be named after a settlement («п.»)
        return _ru(generic, _own_name(unit, directory, "ru"), case)
    generic, name = _place_ru(unit)
    if generic:
        return _ru(generic, name, case)
    return _spaces(unit.name_ru)


# ---------------------------------------------------------------------------- Kazakh
def _kk(kind: str, core: str, case: str) -> str:
    possessive, bare = HEADS_KK[kind]
    core = _spaces(core)
    named_after = _NAMED_AFTER_KK.search(core)
    if named_after:
        core = _spaces(_NAMED_AFTER_KK.sub("атындағы ", core))
        return f"{core} {bare[CASES.index(case)]}"
    return f"{core} {possessive[CASES.index(case)]}".strip()


def _named_after_kk(name: str) -> str:
    """«Ғабит Мүсірепов атын.ауданы» → «Ғабит Мүсірепов атындағы ауданы» (the generic word then goes bare)."""
    return _NAMED_AFTER_KK.sub("атындағы ", name)


def _strip_generic_kk(name: str, *generics: str) -> str:
    for generic in generics:
        name = re.sub(rf"(?<![\wӘәҒғҚқҢңӨөҰұҮүҺһІі]){generic}(?![\wӘәҒғҚқҢңӨөҰұҮүҺһІі])", " ", name)
    return _spaces(name)


def _name_kk(unit: Unit, case: str, directory: KatoDirectory) -> str:
    kind = unit.kind
    if kind == OBLAST:
        return _kk(OBLAST, _strip_generic_kk(unit.name_kk, "облысы"), case)
    if kind in (CITY_REPUBLICAN, CITY_OBLAST, CITY_PROPER):
        return _kk("city", _city_name(unit, "kk"), case)
    if kind == DISTRICT:
        return _kk(DISTRICT, _strip_generic_kk(_named_after_kk(unit.name_kk), "ауданы"), case)
    if kind == CITY_DISTRICT_IN_CITY:
        own = _strip_generic_kk(_ABBR_KK.sub(" ", _named_after_kk(unit.name_kk)), "ауданы")
        district = _kk(CITY_DISTRICT_IN_CITY, own, case)
        city = next((u for u in directory.akim_chain(unit.code) if u.kind in (CITY_REPUBLICAN, CITY_OBLAST)), None)
        return district if city is None else f"{_name_kk(city, 'nom', directory)} {district}"
    if kind == RURAL_DISTRICT:
        return _kk(RURAL_DISTRICT, _ABBR_KK.sub(" ", _named_after_kk(unit.name_kk)), case)
    if kind in (SETTLEMENT, VILLAGE, CITY_DISTRICT_SIGNIFICANCE):
        if unit.level == "settlement":
            generic, name = _place_kk(unit)
            return _kk(generic or kind, name, case)
        generic = {SETTLEMENT: SETTLEMENT, VILLAGE: VILLAGE, CITY_DISTRICT_SIGNIFICANCE: "city"}[kind]
        place = directory.main_place(unit)
        if place is not None and kind == VILLAGE:
            generic = _place_kk(place)[0] or generic
        return _kk(generic, _own_name(unit, directory, "kk"), case)
    generic, name = _place_kk(unit)
    if generic:
        return _kk(generic, name, case)
    return _spaces(unit.name_kk)


# ---------------------------------------------------------------------------- public
def _check(lang: str, case: str) -> None:
    if lang not in ("ru", "kk"):
        raise ValueError(f"language must be 'ru' or 'kk', not {lang!r}")
    if case not in CASES:
        raise ValueError(f"case must be one of {CASES}, not {case!r}")


def unit_name(unit: Unit, lang: str = "ru", case: str = "nom", directory: KatoDirectory | None = None) -> str:
    """The full name of a unit, without abbreviations: «Касыкский сельский округ», «Қасық ауылдық округі»."""
    _check(lang, case)
    directory = directory or default_directory()
    return (_name_kk if lang == "kk" else _name_ru)(unit, case, directory)


def akim_title(unit: Unit, lang: str = "ru", case: str = "nom", directory: KatoDirectory | None = None) -> str:
    """The akim of a unit: «аким Кордайского района» / «акиму …»; «Қордай ауданының әкімі» / «… әкіміне»."""
    _check(lang, case)
    if lang == "kk":
        return f"{unit_name(unit, 'kk', 'gen', directory)} " + {"nom": "әкімі", "gen": "әкімінің",
                                                                 "dat": "әкіміне"}[case]
    return {"nom": "аким", "gen": "акима", "dat": "акиму"}[case] + " " + unit_name(unit, "ru", "gen", directory)


def office_name(unit: Unit, lang: str = "ru", directory: KatoDirectory | None = None) -> str:
    """The akim's office, as a state institution is named: «Аппарат акима Касыкского сельского округа»,
    «Қасық ауылдық округі әкімінің аппараты»."""
    if lang == "kk":
        return f"{unit_name(unit, 'kk', 'nom', directory)} әкімінің аппараты"
    return f"Аппарат акима {unit_name(unit, 'ru', 'gen', directory)}"


def capitalize_first(text: str) -> str:
    """«акиму Кордайского района» → «Акиму Кордайского района» (only the first letter changes)."""
    return text[:1].upper() + text[1:]


__all__ = ["unit_name", "akim_title", "office_name", "capitalize_first", "CITY_FORMS_RU", "CASES",
           "POPULATED_PLACE"]
