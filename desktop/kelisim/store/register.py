"""Registering a case as the wizard and ``kelisim case new`` do: bodies from KATO, the approver from routing (or
an override with its reason), the case and its attachments in one transaction — all or nothing."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kelisim.directory.routing import route_kato
from kelisim.law.routing import APPEAL
from kelisim.law.terms import RULES
from kelisim.store.cases import Case
from kelisim.store.db import StoreError, shown


@dataclass(frozen=True)
class NewAttachment:
    role: str
    path: Path
    pages: int | None = None


REQUIRED_ROLES = ("draft_complaint", "court_act")  # Algorithm п. 6


def register_case(store, fields: dict, *, requester_kato: str | None = None, approver_kato: str | None = None,
                  override_reason: str = "", attachments: list[NewAttachment] = (), require_attachments: bool = False,
                  today: date | None = None) -> Case:
    """Create a case (and the bodies it names) with its attachments; nothing is written if any part is refused."""
    if not isinstance(fields, dict):
        raise StoreError("Данные дела должны быть объектом JSON.", "Іс деректері JSON нысаны болуы керек.",
                         code="bad-input")
    fields = dict(fields)
    rule = fields.get("rule")
    if not isinstance(rule, str) or rule not in RULES:
        raise StoreError(f"Неизвестное правило «{shown(rule)}». Возможные: {', '.join(RULES)}.",
                         f"Белгісіз ереже «{shown(rule)}». Мүмкіндері: {', '.join(RULES)}.", code="bad-rule")
    if require_attachments:
        missing = [r for r in REQUIRED_ROLES if r not in {a.role for a in attachments}]
        if missing:
            names = {"draft_complaint": ("проект жалобы", "шағымның жобасы"), "court_act": ("судебный акт",
                                                                                            "сот актісі")}
            raise StoreError(
                "К запросу прилагаются проект жалобы и обжалуемый судебный акт (Алгоритм, п. 6); не хватает: "
                + ", ".join(names[m][0] for m in missing) + ".",
                "Сұрау салуға шағымның жобасы мен шағымданылатын сот актісі қоса беріледі (Алгоритм, 6-тармақ); "
                "жетіспейді: " + ", ".join(names[m][1] for m in missing) + ".", code="attachments-missing")
    with store.transaction():
        if requester_kato:
            rule_def = RULES[rule]
            routed = route_kato(requester_kato, rule_def.procedure, rule_def.stage or APPEAL)
            requester = store.bodies.from_kato(routed.requester.code)
            fields["requester_id"] = requester.id
            fields.setdefault("kato_edition", routed.edition)
            fields["route_rule"] = routed.route.rule
            fields["route_basis"] = routed.route.basis_ru
            proposed = store.bodies.from_kato(routed.approver.code) if routed.approver is not None else None
            if approver_kato:
                chosen = store.bodies.from_kato(approver_kato)
                if proposed is None or chosen.id != proposed.id:
                    if not override_reason.strip():
                        expected = proposed.head_ru if proposed else "согласование не требуется"
                        raise StoreError(
                            f"Согласующий орган отличается от определённого по Алгоритму ({expected}; "
                            f"{routed.route.basis_ru}). Укажите причину.",
                            f"Келісетін орган Алгоритм бойынша анықталғаннан өзгеше ({routed.route.basis_kk}). "
                            f"Себебін көрсетіңіз.", code="override-reason-required")
                    fields["approver_override_reason"] = override_reason.strip()
                fields["approver_id"] = chosen.id
            elif proposed is not None:
                fields["approver_id"] = proposed.id
        elif approver_kato:
            fields["approver_id"] = store.bodies.from_kato(approver_kato).id
            if override_reason.strip():
                fields["approver_override_reason"] = override_reason.strip()
        case = store.cases.create(fields, today=today)
        for attachment in attachments:
            store.attachments.add(case.id, attachment.path, attachment.role, pages=attachment.pages)
    return store.cases.get(case.id)


def route_stored_body(store, body_id: int, procedure: str, stage: str = APPEAL, *, write: bool = True):
    """Routing for any body of the register: on the KATO directory when the body comes from it (its approver added to
    the register; with ``write=False`` nothing is written: an approver the register lacks comes back with ``id``
    None), else on the parents the user recorded (``route_body``). Returns ``(Route, approver Body or None, KATO
    edition or "")``."""
    body = store.bodies.get(body_id)
    if body.kato:
        routed = route_kato(body.kato, procedure, stage or APPEAL)
        find = store.bodies.from_kato if write else store.bodies.of_kato
        approver = find(routed.approver.code) if routed.approver is not None else None
        return routed.route, approver, routed.edition
    result, approver = route_body(store, body_id, procedure, stage or APPEAL)
    return result, approver, ""


def route_body(store, body_id: int, procedure: str, stage: str = APPEAL):
    """Routing for a body kept in the register (a body KATO does not hold, or a corrected one): the chain of
    its parents as the user recorded them. Returns ``(law.routing.Route, approver Body or None)``."""
    from kelisim.law.routing import route

    body = store.bodies.get(body_id)
    chain = store.bodies.chain(body_id)
    result = route(body.ref(), [b.ref() for b in chain], procedure, stage)
    approver = None
    if result.approver is not None:
        approver = next((b for b in chain if b.ref() == result.approver), None)
    return result, approver
