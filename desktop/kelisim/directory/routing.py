"""Routing for a KATO unit: build the chain of akims from the classifier, ask ``law.routing``, and name the
approving official in the forms a letter needs. The CLI's ``route`` and the wizard both call this.
"""
from __future__ import annotations

from dataclasses import dataclass

from kelisim.directory.kato import KatoDirectory, Unit, default_directory
from kelisim.directory.names import akim_title, unit_name
from kelisim.law.routing import CIVIL, APPEAL, BodyRef, Route, route

CITY_PROPER = "city_proper"


@dataclass(frozen=True)
class KatoRoute:
    """A routing answer for a KATO unit, with the official's title in every form a document needs."""

    route: Route
    asked: Unit  # the unit the user named
    requester: Unit  # the akim-bearing unit that actually files (``asked`` or the akimat it belongs to)
    approver: Unit | None
    titles: dict  # {(lang, case): title} of the approving official; empty when no consent is needed
    edition: str

    @property
    def official_ru(self) -> str:
        return self.titles.get(("ru", "nom"), "")

    @property
    def official_kk(self) -> str:
        return self.titles.get(("kk", "nom"), "")

    def explain(self, lang: str = "ru") -> str:
        text = self.route.explain(lang)
        if self.approver is not None:
            dat = self.titles[(lang, "dat")]
            text += ("\nХатта: «" if lang == "kk" else "\nВ письме: «") + dat[:1].upper() + dat[1:] + "»"
        text += (f"\nКАТО басылымы: {self.edition}" if lang == "kk" else f"\nРедакция КАТО: {self.edition}")
        return text

    def to_dict(self) -> dict:
        """The ``route --json`` contract of ARCHITECTURE.md, with a few extras."""
        r = self.route

        def body(unit: Unit | None) -> dict | None:
            if unit is None:
                return None
            return {"kato": unit.code, "kind": unit.kind, "name_ru": unit_name(unit, "ru"),
                    "name_kk": unit_name(unit, "kk"), "kato_name_ru": unit.name_ru, "kato_name_kk": unit.name_kk,
                    "edition": unit.edition}

        return {
            "requester": body(self.requester),
            "consent_required": r.consent_required,
            "approver": body(self.approver),
            "official_ru": self.official_ru or None,
            "official_kk": self.official_kk or None,
            "official_dat_ru": self.titles.get(("ru", "dat")),
            "official_dat_kk": self.titles.get(("kk", "dat")),
            "basis": r.basis_ru,
            "basis_kk": r.basis_kk,
            "quote": r.quote_ru,
            "by_analogy": r.by_analogy,
            "notes": list(r.notes_ru),
            "notes_kk": list(r.notes_kk),
            "rule": r.rule,
            "procedure": r.procedure,
            "stage": r.stage,
            "asked": body(self.asked) if self.asked is not self.requester else None,
        }


def _ref(unit: Unit, directory: KatoDirectory) -> BodyRef:
    return BodyRef(unit.kind, unit.code, akim_title(unit, "ru", directory=directory),
                   akim_title(unit, "kk", directory=directory))


def route_kato(code: str, procedure: str = CIVIL, stage: str = APPEAL, *,
               directory: KatoDirectory | None = None) -> KatoRoute:
    """Who consents when the akim of the unit ``code`` (or the akimat a populated place belongs to) appeals."""
    directory = directory or default_directory()
    asked = directory.unit(code)
    notes_ru: list[str] = []
    notes_kk: list[str] = []
    requester = asked
    if not asked.has_akim:
        # A populated place without an akim of its own, or the city proper of a city akimat: the case is
        # conducted by the akim of the unit it belongs to.
        holders = directory.akim_chain(asked.code)
        if not holders:
            raise _no_akim(asked)
        requester = holders[0]
        what_ru = "входит в состав" if asked.kind != CITY_PROPER else "управляется"
        notes_ru.append(f"У единицы «{asked.name_ru}» (КАТО {asked.code}) нет своего акима: она {what_ru} "
                        f"«{requester.name_ru}» (КАТО {requester.code}). Маршрут определён для акима этой единицы.")
        notes_kk.append(f"«{asked.name_kk}» бірлігінің (КАТО {asked.code}) өз әкімі жоқ: ол «{requester.name_kk}» "
                        f"(КАТО {requester.code}) құрамында. Бағыт осы бірліктің әкімі үшін анықталды.")
    chain = [_ref(u, directory) for u in directory.akim_chain(requester.code)]
    result = route(_ref(requester, directory), chain, procedure, stage)
    if requester.note or asked.note:
        for unit in dict.fromkeys((asked, requester)):
            if unit.note:
                notes_ru.append(f"КАТО {unit.code}: {unit.note_in('ru')}")
                notes_kk.append(f"КАТО {unit.code}: {unit.note_in('kk')}")
    if notes_ru:
        result = Route(result.requester, result.procedure, result.stage, result.consent_required, result.approver,
                       result.rule, result.basis_ru, result.basis_kk, result.quote_ru, result.quote_kk,
                       result.by_analogy, (*notes_ru, *result.notes_ru), (*notes_kk, *result.notes_kk))
    approver = directory.unit(result.approver.code) if result.approver is not None else None
    titles = {}
    if approver is not None:
        titles = {(lang, case): akim_title(approver, lang, case, directory=directory)
                  for lang in ("ru", "kk") for case in ("nom", "gen", "dat")}
    return KatoRoute(result, asked, requester, approver, titles, directory.edition)


def _no_akim(unit: Unit):
    from kelisim.directory.kato import DirectoryError

    return DirectoryError(f"Для «{unit.name_ru}» (КАТО {unit.code}) в классификаторе нет ни своего акима, ни "
                          f"вышестоящего: выберите акимат, к которому относится этот населённый пункт.",
                          f"«{unit.name_kk}» (КАТО {unit.code}) үшін сыныптауышта өз әкімі де, жоғары тұрғаны да "
                          f"жоқ: бұл елді мекен қатысты әкімдікті таңдаңыз.", code="no-akim")
