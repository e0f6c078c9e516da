"""Words a letter needs: dates written out, people's names in the forms a letter uses, page counts.

Russian: «31 марта 2025 года»; Kazakh: «2025 жылғы 31 наурыз». A person: «Ахметов Талгат Болатович» → signature
«Т.Б. Ахметов», addressee «г-ну Ахметову Т.Б.» (dative); Kazakh addressee «Т.Б. Ахметовке»/«Ахметовқа» by vowel
harmony. Where a form cannot be derived safely (an unknown gender, a name of one word, foreign endings) the
nominative is used: a letter with a name left in the nominative is still correct Russian in the addressee block
(«г-ну Ахметов Т.Б.» is not, so the honorific is dropped too).
"""
from __future__ import annotations

from datetime import date

from kelisim.law.person_names import initials, initials_surname, split_name  # noqa: F401 (re-exported)

MONTHS_RU_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря")
MONTHS_KK = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан")


def long_date(day: date | None, lang: str = "ru") -> str:
    """«31 марта 2025 года» / «2025 жылғы 31 наурыз»; empty for no date."""
    if day is None:
        return ""
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {MONTHS_KK[day.month - 1]}"
    return f"{day.day} {MONTHS_RU_GEN[day.month - 1]} {day.year} года"


def short_date(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else ""


# ------------------------------------------------------------------------------------------ people
MALE_ENDINGS = ("ович", "евич", "ич", "ұлы", "улы", "оглы", "уулу")
FEMALE_ENDINGS = ("овна", "евна", "ична", "инична", "қызы", "кызы", "кизи", "гызы")


def gender(full_name: str) -> str | None:
    """"m", "f" or None, from the patronymic (the one sure sign in a Kazakh or Russian full name)."""
    patronymic = split_name(full_name)[2].lower()
    if not patronymic:
        return None
    if patronymic.endswith(FEMALE_ENDINGS):
        return "f"
    if patronymic.endswith(MALE_ENDINGS):
        return "m"
    return None


def surname_dative_ru(surname: str, sex: str | None) -> str | None:
    """The dative of a surname in Russian, for the regular Russian-pattern endings; None when unsure."""
    low = surname.lower()
    if sex == "m":
        for ending, replacement in (("ский", "скому"), ("цкий", "цкому"), ("ой", "ому")):
            if low.endswith(ending) and len(low) > len(ending) + 1:
                return surname[: -len(ending)] + replacement
        if low.endswith(("ов", "ев", "ёв", "ин", "ын")):
            return surname + "у"
        return None
    if sex == "f":
        for ending, replacement in (("ская", "ской"), ("цкая", "цкой"), ("ова", "овой"), ("ева", "евой"),
                                    ("ёва", "ёвой"), ("ина", "иной"), ("ына", "ыной")):
            if low.endswith(ending) and len(low) > len(ending):
                return surname[: -len(ending)] + replacement
        return None
    return None


def addressee_ru(full_name: str) -> str:
    """«г-ну Ахметову Т.Б.» / «г-же Ахметовой А.С.»; «Ахметову Т.Б.»-like only when the form is sure, else
    «Сейтқали Н.Е.» without an honorific."""
    surname = split_name(full_name)[0]
    sex = gender(full_name)
    dative = surname_dative_ru(surname, sex)
    letters = initials(full_name)
    if dative is None:
        return f"{surname} {letters}".strip()
    return f"{'г-ну' if sex == 'm' else 'г-же'} {dative} {letters}".strip()


BACK_VOWELS = set("аоұыяёюАОҰЫЯЁЮ")
FRONT_VOWELS = set("әеөүіэЕӘӨҮІЭ")  # и and у are written in words of both rows: they decide nothing
VOICELESS = set("кқпстфхцчшщ")


def dative_kk(word: str) -> str:
    """The Kazakh dative ending by vowel harmony: Ахметов → Ахметовқа, Сейтқали → Сейтқалиға, Әлиев → Әлиевке.

    The row is the last vowel's that decides (и and у do not: «Сейтқали» → «Сейтқалиға»). After a vowel or a voiced
    consonant -ға/-ге, after a voiceless one -қа/-ке; Russian-pattern surnames in -ов/-ев take -қа/-ке as Kazakh
    letters write them («Назарбаевқа»)."""
    if not word:
        return word
    letters = word
    if word.lower().endswith(("ев", "ёв")) and len(word) > 2 and word[-3].lower() in "аоұыяёюәеөүіэиу":
        letters = word[:-2]  # Тоқаев, Әлиев: the е is iotated, the vowel before it decides
    front = None
    for ch in reversed(letters):
        if ch in FRONT_VOWELS:
            front = True
            break
        if ch in BACK_VOWELS:
            front = False
            break
    if front is None:  # only и/у: «Ким» → «Кимге»
        front = "и" in letters.lower()
    last = word[-1].lower()
    hard = last in VOICELESS or word.lower().endswith(("ов", "ев", "ёв"))
    if hard:
        return word + ("ке" if front else "қа")
    return word + ("ге" if front else "ға")


def addressee_kk(full_name: str) -> str:
    """«Т.Б. Ахметовке»-style: initials, then the surname in the dative."""
    surname = split_name(full_name)[0]
    letters = initials(full_name)
    return f"{letters} {dative_kk(surname)}".strip()


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """The Russian noun form for a count: 1 лист, 2 листа, 5 листов (11–14 take the «many» form)."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def pages_ru(n: int) -> str:
    """«1 лист», «2 листа», «5 листов»."""
    return f"{n} {plural_ru(n, 'лист', 'листа', 'листов')}"


def pages_kk(n: int) -> str:
    return f"{n} парақ"
