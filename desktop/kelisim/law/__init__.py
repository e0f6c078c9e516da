"""Pure legal knowledge: calendar, procedural terms, the consent chain, routing.

Imports only the standard library and ``holidays``. Every answer carries its explanation.
"""
from __future__ import annotations


class LawError(ValueError):
    """Bad input to a legal computation, with a message a lawyer can act on in both languages."""

    def __init__(self, message_ru: str, message_kk: str | None = None, *, code: str = "invalid"):
        super().__init__(message_ru)
        self.code = code
        self.message_ru = message_ru
        self.message_kk = message_kk or message_ru

    def message(self, lang: str = "ru") -> str:
        return self.message_kk if lang == "kk" else self.message_ru
