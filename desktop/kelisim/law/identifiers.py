"""Kazakhstan's identification numbers: ИИН (ЖСН) of a person and БИН (БСН) of a business.

Law of the Republic of Kazakhstan of 12 January 2007 No. 223 «О национальных реестрах идентификационных
номеров» and the Rules for forming the identification number (Government Decree of 22 May 2007 No. 406,
as amended). Both numbers have 12 digits.

ИИН ``YYMMDD C NNNN K``
    digits 1–6  the birth date YYMMDD;
    digit 7     the century of birth and the sex: 1/2 — 19th century (18YY) male/female, 3/4 — 20th
                century (19YY), 5/6 — 21st century (20YY);
    digits 8–11 the serial number; digit 12 the check digit.

БИН ``YYMM T A NNNNN K``
    digits 1–4  the year and month of registration YYMM (the century is not encoded);
    digit 5     the kind of the person: 4 — resident legal entity, 5 — non-resident legal entity,
                6 — individual entrepreneur in the form of joint entrepreneurship (ИП(С));
    digit 6     the attribute: 0 — head unit, 1 — branch, 2 — representative office,
                3 — peasant (farm) household run as joint entrepreneurship;
    digits 7–11 the serial number; digit 12 the check digit.
    (The same layout is given by the OECD's TIN sheet for Kazakhstan; the check-digit algorithm below
    reproduces the check digit of every published БИН we compared it with, see the tests.)

Check digit (the same for both): the sum of digits 1–11 weighted 1, 2, …, 11, modulo 11. When that is 10,
the sum is taken again with the weights 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2, modulo 11; when it is 10
again, no number is formed from these eleven digits.

Decisions, so that nobody has to rediscover them:

* **Digit 7 = 0.** Not defined by the Rules, but met in registers for some foreigners. It is accepted:
  the century and the sex are unknown (``birth_date`` and ``sex`` are ``None``); digits 3–6 must still be
  a possible month and day (29 February allowed). Digits 7, 8 and 9 are refused.
* **What the digits say is not proof.** Since Decree No. 853 of 26 August 2013 the digits of an ИИН are
  no longer tied to a person's data: the Ministry of Justice explains that an ИИН whose date differs from
  the birth date in the documents is not an error (the number never changes, the documents may). So
  ``birth_date`` and ``sex`` are what the number *encodes*; never print them as the person's data.
  ``strict=False`` checks only the length, the digits and the check digit, for a number copied from an
  official document that does not follow the layout.
* **The check digit does not catch every typo.** The weight of digit 11 in the first pass is 11 ≡ 0
  (mod 11), so a wrong 11th digit goes unnoticed whenever the first pass is used (≈ 10 numbers in 11),
  and a wrong digit 1–10 goes unnoticed in the rare case (≈ 1.7 %) where exactly one of the right and the
  wrong number needs the second pass. A wrong 12th digit is always caught. The tests prove this exactly.
  Show the decoded fields to the user to confirm, and compare with the document.
* An ИИН and a БИН never look alike: digit 5 of an ИИН is the first digit of a day (0–3), of a БИН the
  kind of person (4–6). :func:`validate_iin_or_bin` decides by it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import ClassVar

from kelisim.law import LawError

LENGTH = 12
WEIGHTS_FIRST = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WEIGHTS_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_DIGITS = frozenset("0123456789")
_LOOKS_LIKE_ZERO = frozenset("OoОо")  # Latin and Cyrillic O, typed for a zero
_CHECK_RU = " Проверьте номер по документу."
_CHECK_KK = " Нөмірді құжат бойынша тексеріңіз."


class Sex(str, Enum):
    """The sex encoded in digit 7 of an ИИН."""

    MALE = "male"
    FEMALE = "female"

    def label(self, lang: str = "ru") -> str:
        return _LABELS[self][1 if lang == "kk" else 0]


class EntityType(str, Enum):
    """Digit 5 of a БИН."""

    RESIDENT = "resident"  # 4
    NON_RESIDENT = "non_resident"  # 5
    JOINT_ENTREPRENEUR = "joint_entrepreneur"  # 6: ИП(С), individual entrepreneur in joint entrepreneurship

    def label(self, lang: str = "ru") -> str:
        return _LABELS[self][1 if lang == "kk" else 0]


class BinAttribute(str, Enum):
    """Digit 6 of a БИН."""

    HEAD_UNIT = "head_unit"  # 0
    BRANCH = "branch"  # 1
    REPRESENTATIVE_OFFICE = "representative_office"  # 2
    PEASANT_FARM = "peasant_farm"  # 3: peasant (farm) household run as joint entrepreneurship

    def label(self, lang: str = "ru") -> str:
        return _LABELS[self][1 if lang == "kk" else 0]


_LABELS = {
    Sex.MALE: ("мужской", "ер"),
    Sex.FEMALE: ("женский", "әйел"),
    EntityType.RESIDENT: ("юридическое лицо — резидент", "резидент заңды тұлға"),
    EntityType.NON_RESIDENT: ("юридическое лицо — нерезидент", "бейрезидент заңды тұлға"),
    EntityType.JOINT_ENTREPRENEUR: ("ИП в форме совместного предпринимательства",
                                    "бірлескен кәсіпкерлік нысанындағы жеке кәсіпкер"),
    BinAttribute.HEAD_UNIT: ("головное подразделение", "бас бөлімше"),
    BinAttribute.BRANCH: ("филиал", "филиал"),
    BinAttribute.REPRESENTATIVE_OFFICE: ("представительство", "өкілдік"),
    BinAttribute.PEASANT_FARM: ("крестьянское (фермерское) хозяйство", "шаруа (фермер) қожалығы"),
}

# digit 7 of an ИИН -> (first year of the century, sex)
_CENTURY_SEX = {
    "1": (1800, Sex.MALE), "2": (1800, Sex.FEMALE),
    "3": (1900, Sex.MALE), "4": (1900, Sex.FEMALE),
    "5": (2000, Sex.MALE), "6": (2000, Sex.FEMALE),
}
_ENTITY_TYPES = {"4": EntityType.RESIDENT, "5": EntityType.NON_RESIDENT, "6": EntityType.JOINT_ENTREPRENEUR}
_ATTRIBUTES = {"0": BinAttribute.HEAD_UNIT, "1": BinAttribute.BRANCH,
               "2": BinAttribute.REPRESENTATIVE_OFFICE, "3": BinAttribute.PEASANT_FARM}


@dataclass(frozen=True)
class Iin:
    """A valid ИИН. ``birth_date`` and ``sex`` are what the digits encode (None when unknown), not proof."""

    number: str
    birth_date: date | None
    sex: Sex | None
    kind: ClassVar[str] = "iin"

    @property
    def masked(self) -> str:
        return mask_iin(self.number)

    def __str__(self) -> str:
        return self.number


@dataclass(frozen=True)
class Bin:
    """A valid БИН. The registration year has two digits only; the century is not encoded.

    With ``strict=False`` a field whose digits do not follow the layout is None.
    """

    number: str
    registration_yy: int
    registration_month: int | None
    entity_type: EntityType | None
    attribute: BinAttribute | None
    kind: ClassVar[str] = "bin"

    def __str__(self) -> str:
        return self.number


# --- the check digit ---------------------------------------------------------------------------------

def check_digit(first_eleven: str) -> int | None:
    """The check digit for eleven digits, or None when both passes give 10 (no number is formed)."""
    if len(first_eleven) != LENGTH - 1 or not set(first_eleven) <= _DIGITS:
        raise ValueError(f"eleven digits expected, got {first_eleven!r}")
    digits = [int(c) for c in first_eleven]
    for weights in (WEIGHTS_FIRST, WEIGHTS_SECOND):
        value = sum(d * w for d, w in zip(digits, weights)) % 11
        if value != 10:
            return value
    return None


def has_valid_check_digit(number: str) -> bool:
    """True when twelve digits end with the check digit of the first eleven."""
    if len(number) != LENGTH or not set(number) <= _DIGITS:
        return False
    expected = check_digit(number[:-1])
    return expected is not None and expected == int(number[-1])


# --- validation --------------------------------------------------------------------------------------

_NAMES = {"iin": ("ИИН", "ЖСН"), "bin": ("БИН", "БСН"), "id": ("ИИН/БИН", "ЖСН/БСН")}


def _digits(text: str, kind: str) -> str:
    """Twelve ASCII digits from ``text`` (whitespace of any kind removed), or a LawError saying why not."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    ru, kk = _NAMES[kind]
    number = "".join(ch for ch in text if not ch.isspace())
    if not number:
        raise LawError(f"{ru} не введён. Введите 12 цифр {ru}.",
                       f"{kk} енгізілмеген. {kk} нөмірінің 12 цифрын енгізіңіз.", code=f"{kind}_empty")
    bad = next((ch for ch in number if ch not in _DIGITS), None)
    if bad is not None:
        hint_ru = hint_kk = ""
        if bad in _LOOKS_LIKE_ZERO:
            hint_ru = " Возможно, вместо нуля введена буква «О»."
            hint_kk = " Нөлдің орнына «О» әрпі енгізілген болуы мүмкін."
        raise LawError(f"{ru} должен состоять только из цифр, а в нём есть знак «{bad}».{hint_ru}",
                       f"{kk} тек цифрлардан тұруы керек, ал онда «{bad}» таңбасы бар.{hint_kk}",
                       code=f"{kind}_not_digits")
    if len(number) != LENGTH:
        raise LawError(f"{ru} должен состоять из {LENGTH} цифр, а введено {len(number)}.",
                       f"{kk} {LENGTH} цифрдан тұруы керек, ал {len(number)} цифр енгізілген.",
                       code=f"{kind}_length")
    return number


def _require_check_digit(number: str, kind: str) -> None:
    ru, kk = _NAMES[kind]
    expected = check_digit(number[:-1])
    if expected is None:
        raise LawError(
            f"{ru} {number}: такой номер не выдаётся — по первым 11 цифрам контрольную цифру рассчитать "
            f"нельзя.{_CHECK_RU}",
            f"{kk} {number}: мұндай нөмір берілмейді — алғашқы 11 цифр бойынша бақылау цифрын есептеу "
            f"мүмкін емес.{_CHECK_KK}",
            code=f"{kind}_check_impossible")
    if expected != int(number[-1]):
        raise LawError(f"{ru} {number}: неверная контрольная цифра (12-я).{_CHECK_RU}",
                       f"{kk} {number}: бақылау цифры (12-ші) дұрыс емес.{_CHECK_KK}",
                       code=f"{kind}_check_digit")


def _decode_iin(number: str) -> tuple[date | None, Sex | None, str | None]:
    """(birth date, sex, problem code): the code is None when digits 1–7 follow the layout."""
    yy, mm, dd = int(number[0:2]), int(number[2:4]), int(number[4:6])
    century_sex = _CENTURY_SEX.get(number[6])
    if century_sex is None:
        if number[6] != "0":
            return None, None, "iin_century"
        try:  # century unknown: any year; 2000 is a leap year, so 29 February passes
            date(2000, mm, dd)
        except ValueError:
            return None, None, "iin_birth_date"
        return None, None, None
    century, sex = century_sex
    try:
        return date(century + yy, mm, dd), sex, None
    except ValueError:
        return None, sex, "iin_birth_date"


def _decode_bin(number: str) -> tuple[int | None, EntityType | None, BinAttribute | None, str | None]:
    """(month, kind, attribute, problem code): the code is None when digits 3–6 follow the layout."""
    month: int | None = int(number[2:4])
    entity_type = _ENTITY_TYPES.get(number[4])
    attribute = _ATTRIBUTES.get(number[5])
    problem = None
    if not 1 <= month <= 12:
        month, problem = None, "bin_month"
    elif entity_type is None:
        problem = "bin_entity_type"
    elif attribute is None:
        problem = "bin_attribute"
    return month, entity_type, attribute, problem


def _iin_error(number: str, problem: str, birth_date: date | None = None) -> LawError:
    if problem == "iin_century":
        d = number[6]
        return LawError(
            f"ИИН {number}: 7-я цифра ({d}) должна обозначать век рождения и пол — от 1 до 6 "
            f"(у некоторых иностранцев 0).{_CHECK_RU}",
            f"ЖСН {number}: 7-ші цифр ({d}) туған ғасыр мен жынысты білдіруі керек — 1-ден 6-ға дейін "
            f"(кейбір шетелдіктерде 0).{_CHECK_KK}",
            code=problem)
    if problem == "iin_birth_date":
        part = number[:6]
        return LawError(
            f"ИИН {number}: первые шесть цифр ({part}) — это дата рождения ГГММДД, а такой даты нет.{_CHECK_RU}",
            f"ЖСН {number}: алғашқы алты цифр ({part}) — туған күн (ЖЖААКК), ал мұндай күн жоқ.{_CHECK_KK}",
            code=problem)
    if problem == "iin_birth_in_future":
        shown = birth_date.strftime("%d.%m.%Y") if birth_date else number[:6]
        return LawError(f"ИИН {number}: дата рождения {shown} ещё не наступила.{_CHECK_RU}",
                        f"ЖСН {number}: {shown} туған күні әлі келмеген.{_CHECK_KK}", code=problem)
    if problem == "iin_is_bin":
        return LawError(f"Номер {number} — это БИН, а не ИИН. Проверьте, в нужное ли поле он введён.",
                        f"{number} нөмірі — БСН, ЖСН емес. Қажетті өріске енгізілгенін тексеріңіз.", code=problem)
    raise AssertionError(problem)


def _bin_error(number: str, problem: str) -> LawError:
    if problem == "bin_month":
        mm = number[2:4]
        return LawError(
            f"БИН {number}: 3–4-я цифры — месяц регистрации (от 01 до 12), а здесь {mm}.{_CHECK_RU}",
            f"БСН {number}: 3–4-цифрлар — тіркелген ай (01-ден 12-ге дейін), ал мұнда {mm}.{_CHECK_KK}",
            code=problem)
    if problem == "bin_entity_type":
        d = number[4]
        return LawError(
            f"БИН {number}: 5-я цифра ({d}) должна обозначать вид лица: 4 — юридическое лицо-резидент, "
            f"5 — нерезидент, 6 — ИП в форме совместного предпринимательства.{_CHECK_RU}",
            f"БСН {number}: 5-ші цифр ({d}) тұлғаның түрін білдіруі керек: 4 — резидент заңды тұлға, "
            f"5 — бейрезидент, 6 — бірлескен кәсіпкерлік нысанындағы жеке кәсіпкер.{_CHECK_KK}",
            code=problem)
    if problem == "bin_attribute":
        d = number[5]
        return LawError(
            f"БИН {number}: 6-я цифра ({d}) должна быть признаком: 0 — головное подразделение, 1 — филиал, "
            f"2 — представительство, 3 — крестьянское (фермерское) хозяйство.{_CHECK_RU}",
            f"БСН {number}: 6-шы цифр ({d}) белгіні білдіруі керек: 0 — бас бөлімше, 1 — филиал, "
            f"2 — өкілдік, 3 — шаруа (фермер) қожалығы.{_CHECK_KK}",
            code=problem)
    if problem == "bin_is_iin":
        return LawError(f"Номер {number} — это ИИН, а не БИН. Проверьте, в нужное ли поле он введён.",
                        f"{number} нөмірі — ЖСН, БСН емес. Қажетті өріске енгізілгенін тексеріңіз.", code=problem)
    raise AssertionError(problem)


def _iin(number: str, strict: bool, today: date | None) -> Iin:
    birth_date, sex, problem = _decode_iin(number)
    if strict and problem is not None:
        if number[4] in "456" and _decode_bin(number)[3] is None and has_valid_check_digit(number):
            problem = "iin_is_bin"
        raise _iin_error(number, problem)
    _require_check_digit(number, "iin")
    if problem is not None:  # not strict: say nothing we cannot read from the digits
        birth_date, sex = None, None
    if strict and today is not None and birth_date is not None and birth_date > today:
        raise _iin_error(number, "iin_birth_in_future", birth_date)
    return Iin(number, birth_date, sex)


def _bin(number: str, strict: bool) -> Bin:
    month, entity_type, attribute, problem = _decode_bin(number)
    if strict and problem is not None:
        if number[4] in "0123" and _decode_iin(number)[2] is None and has_valid_check_digit(number):
            problem = "bin_is_iin"
        raise _bin_error(number, problem)
    _require_check_digit(number, "bin")
    return Bin(number, int(number[0:2]), month, entity_type, attribute)


def validate_iin(text: str, *, strict: bool = True, today: date | None = None) -> Iin:
    """The ИИН in ``text`` (spaces allowed), or a LawError a lawyer can act on.

    Checks, in this order: not empty (``iin_empty``), only digits (``iin_not_digits``), 12 of them
    (``iin_length``); with ``strict``: digit 7 (``iin_century``), the birth date exists
    (``iin_birth_date``), or it is a БИН (``iin_is_bin``); the check digit (``iin_check_impossible``,
    ``iin_check_digit``); with ``strict`` and ``today``: the birth date is not after today
    (``iin_birth_in_future``). The date and layout are checked before the check digit because they
    say *where* the mistake is.
    """
    return _iin(_digits(text, "iin"), strict, today)


def validate_bin(text: str, *, strict: bool = True) -> Bin:
    """The БИН in ``text`` (spaces allowed), or a LawError a lawyer can act on.

    Codes: ``bin_empty``, ``bin_not_digits``, ``bin_length``; with ``strict``: ``bin_month`` (digits 3–4),
    ``bin_entity_type`` (digit 5), ``bin_attribute`` (digit 6), ``bin_is_iin``; then
    ``bin_check_impossible``, ``bin_check_digit``.
    """
    return _bin(_digits(text, "bin"), strict)


def validate_iin_or_bin(text: str, *, strict: bool = True, today: date | None = None) -> Iin | Bin:
    """An :class:`Iin` or a :class:`Bin` (see ``.kind``), decided by digit 5: 0–3 ИИН, 4–6 БИН.

    Codes for the input as such: ``id_empty``, ``id_not_digits``, ``id_length``; ``id_kind`` when digit 5
    is 7–9 (neither); otherwise the codes of :func:`validate_iin` or :func:`validate_bin`.
    """
    number = _digits(text, "id")
    fifth = number[4]
    if fifth in "0123":
        return _iin(number, strict, today)
    if fifth in "456":
        return _bin(number, strict)
    raise LawError(
        f"Номер {number} не является ни ИИН, ни БИН: 5-я цифра ({fifth}) у ИИН бывает от 0 до 3 "
        f"(день рождения), у БИН — 4, 5 или 6 (вид лица).{_CHECK_RU}",
        f"{number} нөмірі ЖСН де, БСН де емес: 5-ші цифр ЖСН-де 0-ден 3-ке дейін (туған күн), "
        f"БСН-де 4, 5 немесе 6 (тұлға түрі) болады.{_CHECK_KK}",
        code="id_kind")


def mask_iin(text: str, visible: int = 4) -> str:
    """«********1234»: the number without whitespace, all but the last ``visible`` digits hidden.

    Never raises on a wrong number (masking must work on any stored value); a value no longer than
    ``visible`` is hidden completely.
    """
    number = "".join(ch for ch in text if not ch.isspace())
    if len(number) <= visible:
        return "*" * len(number)
    return "*" * (len(number) - visible) + number[len(number) - visible:]
