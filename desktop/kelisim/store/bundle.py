"""Everything the documents of one case need, read from the store into plain values.

``documents`` never reads the database (ARCHITECTURE.md): the UI and the CLI build a ``CaseBundle`` here and hand it
over. The bundle names the requesting body (the one that asks for consent) and the approving body, the people who
sign on each side, the executor, and the attachments in the order the lawyer put them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kelisim.store.attachments import Attachment
from kelisim.store.bodies import Body, Official
from kelisim.store.cases import Case


@dataclass(frozen=True)
class CaseBundle:
    case: Case
    requester: Body | None = None  # the body that asks for consent (орган, направивший запрос)
    approver: Body | None = None  # the body that decides (согласующий орган)
    request_signatory: Official | None = None  # signs the request: the head of the requester or the acting head
    approver_head: Official | None = None  # the addressee of the request: the approver's first (or acting) head
    decision_signatory: Official | None = None  # signs the decision (Algorithm п. 8): head, or a supervising deputy
    legal_head: Official | None = None  # the approver's legal service head: signs the proposal (п. 7)
    attachments: list[Attachment] = field(default_factory=list)
    today: date = field(default_factory=date.today)


def case_bundle(store, case_id: int, today: date | None = None) -> CaseBundle:
    """The case and everything around it that its documents name."""
    today = today or date.today()
    case = store.cases.get(case_id)
    requester = store.bodies.get(case.requester_id) if case.requester_id else None
    approver = store.bodies.get(case.approver_id) if case.approver_id else None
    on = case.request_sent or today
    signatory = None
    if case.signatory_id:
        signatory = store.officials.get(case.signatory_id)
    elif requester is not None:
        signatory = store.officials.head(requester.id, on)
    approver_head = store.officials.head(approver.id, on) if approver is not None else None
    decision_signatory = legal_head = None
    if approver is not None:
        decided_on = case.decision_date or case.received_on or on
        if case.decision_signatory_id is not None:  # the one the legal service chose (case card, Review tab)
            decision_signatory = store.officials.get(case.decision_signatory_id)
        else:
            signatories = store.officials.decision_signatories(approver.id, decided_on)
            decision_signatory = signatories[0] if signatories else None
        legal = [o for o in store.officials.of_body(approver.id, decided_on) if o.role == "legal_head"]
        legal_head = legal[0] if legal else None
    return CaseBundle(case=case, requester=requester, approver=approver, request_signatory=signatory,
                      approver_head=approver_head, decision_signatory=decision_signatory, legal_head=legal_head,
                      attachments=store.attachments.of_case(case_id), today=today)
