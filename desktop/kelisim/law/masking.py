"""Personal data masked for analysis outside the legal service (issue 8): «Иванов Иван Иванович» → «Иванов И.И.»,
ИИН/БИН → «********1234».

- :func:`mask_name`: a party's or an official's name. A person's name (two to four capitalised words, a Kazakh
  patronymic in two words «Асқар ұлы» counted as one) keeps the surname and becomes initials: «Иванов И.И.»,
  «Сәрсенбаев Н.А.»; anything else — an organisation («ТОО «Береке»», «Аппарат акима Касыкского сельского округа»),
  already initials («Иванов И.И.») — is left as it is, except for the names and numbers :func:`mask_text` finds in it
  («ИП Иванов Иван Иванович» → «ИП Иванов И.И.»).
- :func:`mask_id`: any ИИН or БИН, valid or not: every character but the last four digits hidden.
- :func:`mask_text`: free text (a subject of claim, notes, reasons): every run of 12 digits (a ИИН or БИН, spaces
  between groups allowed) masked, and every full name with a patronymic, in any grammatical case («с Иванова Ивана
  Ивановича» → «с Иванова И.И.», «Петровой Анне Сергеевне» → «Петровой А.С.», «Ивану Ивановичу Иванову» →
  «И.И. Иванову», «Сәрсенбаев Нұрлан Асқарұлы»), reduced to the surname and initials. A name without a patronymic
  cannot be told from other capitalised words in free text and is left alone there.

Pure functions of text: no I/O, never raise on any string.
"""
from __future__ import annotations

import re

from kelisim.law.identifiers import mask_iin
from kelisim.law.person_names import initials, split_name

_UP = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LO = "a-zа-яёәғқңөұүһі"
_WORD = f"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?"  # «Иванов», «Мухамед-Али»
# A patronymic in any grammatical case: Russian -ович/-евич/-ич(а, у, ем, е), -овна/-евна/-ична/-инична (ы, е, у, ой);
# Kazakh -ұлы/-улы/-қызы/-кызы, joined or as a second word, with any case ending (ұлына, қызының...).
_PATRONYMIC = (f"[{_UP}][{_LO}]*(?:(?:ович|евич|ьич|ич)(?:а|у|ем|е|ом)?|(?:овн|евн|ичн|иничн)(?:а|ы|е|у|ой|ою)"
               f"|(?:\\s?(?:ұлы|улы|қызы|кызы)[{_LO}]*))")
_BOUNDARY_BEFORE = f"(?<![{_UP}{_LO}\\w-])"
_BOUNDARY_AFTER = f"(?![{_LO}\\w-])"
# Surname Given Patronymic («Иванов Иван Иванович», «Иванова Ивана Ивановича»).
_SURNAME_FIRST = re.compile(f"{_BOUNDARY_BEFORE}({_WORD})\\s+({_WORD})\\s+({_PATRONYMIC}){_BOUNDARY_AFTER}")
# Given Patronymic Surname («Ивану Ивановичу Иванову»).
_SURNAME_LAST = re.compile(f"{_BOUNDARY_BEFORE}({_WORD})\\s+({_PATRONYMIC})\\s+({_WORD}){_BOUNDARY_AFTER}")
# 12 digits (a ИИН or БИН), optionally in groups separated by single spaces, not part of a longer number.
_ID_NUMBER = re.compile(r"(?<![\d])(?:\d[ \u00a0]?){11}\d(?![\d])")
_PERSON_TOKEN = re.compile(f"{_WORD}")
_KAZAKH_PATRONYMIC_WORDS = ("ұлы", "улы", "қызы", "кызы")


def mask_id(number) -> str:
    """«900101300017» → «********0017»: whitespace dropped, every character but the last four hidden (a value of four
    characters or fewer hidden completely); empty stays empty. Any value, valid or not
    (``law.identifiers.mask_iin``)."""
    if number is None or isinstance(number, bool):
        return ""
    return mask_iin(number if isinstance(number, str) else str(number))


def _initial(word: str) -> str:
    return word[:1].upper() + "."


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words of letters (a two-word Kazakh patronymic «Асқар ұлы» counts as one): a person's
    name, not an organisation's (which has lower-case words, quotes, abbreviations, digits)."""
    words = name.split()
    if len(words) >= 2 and words[-1].casefold() in _KAZAKH_PATRONYMIC_WORDS:
        words = [*words[:-2], words[-2] + words[-1].casefold()]
    return 2 <= len(words) <= 4 and all(_PERSON_TOKEN.fullmatch(w) for w in words)


def mask_name(name: str) -> str:
    """A party's or an official's name for analysis: a person's «Фамилия Имя Отчество» → «Фамилия И.О.»; an
    organisation's name left as it is (names and numbers inside it masked by :func:`mask_text`)."""
    if not isinstance(name, str):
        return ""
    text = " ".join(name.split())
    if looks_like_person(text):
        surname = split_name(text)[0]
        return f"{surname} {initials(text)}".strip()
    return mask_text(text)


def _surname_first(match: re.Match) -> str:
    surname, given, patronymic = match.group(1), match.group(2), match.group(3)
    return f"{surname} {_initial(given)}{_initial(patronymic.strip())}"


def _surname_last(match: re.Match) -> str:
    given, patronymic, surname = match.group(1), match.group(2), match.group(3)
    return f"{_initial(given)}{_initial(patronymic.strip())} {surname}"


def mask_text(text: str) -> str:
    """Free text with every 12-digit number (ИИН/БИН) and every full name with a patronymic masked."""
    if not isinstance(text, str):
        return ""
    text = _ID_NUMBER.sub(lambda m: mask_id(m.group(0)), text)
    text = _SURNAME_FIRST.sub(_surname_first, text)
    return _SURNAME_LAST.sub(_surname_last, text)


def name_masker(names):
    """A masking function for free text that knows the people of a case (its parties, executor, signatory): each of
    their names — as written, and as «Фамилия Имя» without the patronymic — becomes its masked form, then
    :func:`mask_text` does the rest. Longer names first, so that a full name is never half-replaced."""
    pairs: dict[str, str] = {}
    for name in names:
        if not isinstance(name, str):
            continue
        name = " ".join(name.split())
        if not looks_like_person(name):
            continue
        pairs[name] = mask_name(name)
        words = name.split()
        if len(words) >= 3:
            pairs[" ".join(words[:2])] = f"{words[0]} {_initial(words[1])}"
    known = sorted(pairs.items(), key=lambda item: len(item[0]), reverse=True)
    pattern = re.compile("|".join(f"{_BOUNDARY_BEFORE}{re.escape(name)}{_BOUNDARY_AFTER}" for name, _ in known)) \
        if known else None
    replacement = dict(known)

    def masked(text):
        if not isinstance(text, str):
            return text
        if pattern is not None:
            text = pattern.sub(lambda m: replacement[m.group(0)], text)
        return mask_text(text)

    return masked


__all__ = ["mask_id", "mask_name", "mask_text", "name_masker", "looks_like_person"]
