"""People's names as Kazakh and Russian documents write them: «Фамилия Имя Отчество» split into its parts, the
initials, the signature form «Т.Б. Ахметов». Kazakh patronymics written in two words («Ержан ұлы») are one part."""
from __future__ import annotations


def split_name(full_name: str) -> tuple[str, str, str]:
    """(surname, given name, patronymic) of «Фамилия Имя Отчество»; Kazakh patronymics of two words («Ержан ұлы»)
    are joined."""
    parts = full_name.split()
    if len(parts) >= 4 and parts[-1].lower() in ("ұлы", "улы", "қызы", "кызы"):
        parts = [*parts[:-2], parts[-2] + parts[-1].lower()]
    surname = parts[0] if parts else ""
    given = parts[1] if len(parts) > 1 else ""
    patronymic = " ".join(parts[2:]) if len(parts) > 2 else ""
    return surname, given, patronymic


def initials(full_name: str) -> str:
    """«Ахметов Талгат Болатович» → «Т.Б.»."""
    _, given, patronymic = split_name(full_name)
    return "".join(part[0].upper() + "." for part in (given, patronymic) if part)


def initials_surname(full_name: str) -> str:
    """«Т.Б. Ахметов», as a signature block writes it."""
    surname = split_name(full_name)[0]
    letters = initials(full_name)
    return f"{letters} {surname}".strip() if letters else surname
