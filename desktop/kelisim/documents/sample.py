"""A complete sample case, built in memory (no database): the template check renders every template against it, and
the README's examples come from it. A rural district's akim's office asks the district akim (Algorithm п. 2 пп. 8)."""
from __future__ import annotations

from datetime import date

from kelisim.law.deadlines import compute_deadlines
from kelisim.store.attachments import Attachment
from kelisim.store.bodies import Body, Official
from kelisim.store.bundle import CaseBundle
from kelisim.store.cases import Case, Party

TODAY = date(2026, 3, 2)
# The sample's bodies carry the office names a user would have entered (as corrections: they win over KATO's).
NAMED = ("name_ru", "name_ru_gen", "name_ru_dat", "name_kk", "name_kk_gen", "name_kk_dat")


def sample_bundle(*, decision: str | None = None, rule: str = "civil-appeal", language: str = "ru") -> CaseBundle:
    trigger = date(2026, 2, 21)
    received = date(2026, 3, 4)
    deadlines = compute_deadlines(rule, trigger, received=received, today=TODAY).to_dict("ru")
    deadlines.pop("status", None)
    case = Case(
        id=1, uid="sample0000000001", direction="outgoing", procedure="administrative" if rule.startswith("admin")
        else "civil", rule=rule, status="decided" if decision else "request_sent", trigger_date=trigger,
        court_ru="Кордайский районный суд Жамбылской области", court_kk="Жамбыл облысы Қордай аудандық соты",
        case_number="2-1234/2026", subject="о взыскании ущерба, причинённого затоплением жилого дома",
        act_kind="решение" if language == "ru" else "шешім", act_announced=date(2026, 2, 16),
        act_final=trigger, act_received=date(2026, 2, 24), requester_id=1, approver_id=2,
        route_rule="8", route_basis="Алгоритм, п. 2 пп. 8", signatory_id=1, executor_name="Ахметова Айгүл Серікқызы",
        executor_phone="+7 (72636) 2-11-45", language=language, request_number="01-15/112",
        request_sent=date(2026, 3, 3), received_on=received, incoming_number="1-2/345",
        decision=decision, decision_date=date(2026, 3, 10) if decision else None,
        decision_reasons="Доводы проекта жалобы о неправильном применении норм материального права обоснованы; "
                         "основания для обжалования, предусмотренные статьёй 427 ГПК, имеются." if decision else "",
        deadlines=deadlines, parties=[
            Party("plaintiff", "Жұмабаев Ерғали Қайратұлы", "880101300123"),
            Party("defendant", "Аппарат акима Касыкского сельского округа"),
            Party("third_party", "ГУ «Отдел жилищно-коммунального хозяйства Кордайского района»")])
    requester = Body(1, "akim_office", "Аппарат акима Касыкского сельского округа", kato="314845000",
                     name_ru_gen="аппарата акима Касыкского сельского округа",
                     name_ru_dat="аппарату акима Касыкского сельского округа",
                     name_kk="Қасық ауылдық округі әкімінің аппараты",
                     name_kk_gen="Қасық ауылдық округі әкімі аппаратының",
                     name_kk_dat="Қасық ауылдық округі әкімінің аппаратына",
                     head_ru="аким Касыкского сельского округа", head_ru_gen="акима Касыкского сельского округа",
                     head_ru_dat="акиму Касыкского сельского округа", head_kk="Қасық ауылдық округінің әкімі",
                     head_kk_gen="Қасық ауылдық округі әкімінің", head_kk_dat="Қасық ауылдық округінің әкіміне",
                     address_ru="Жамбылская область, Кордайский район, село Касык, ул. Абая, 12",
                     address_kk="Жамбыл облысы, Қордай ауданы, Қасық ауылы, Абай к-сі, 12", phone="+7 (72636) 2-11-40",
                     is_own=True, corrected=list(NAMED))
    approver = Body(2, "akim_office", "Аппарат акима Кордайского района", kato="314800000",
                    name_ru_gen="аппарата акима Кордайского района", name_ru_dat="аппарату акима Кордайского района",
                    name_kk="Қордай ауданы әкімінің аппараты", name_kk_gen="Қордай ауданы әкімі аппаратының",
                    name_kk_dat="Қордай ауданы әкімінің аппаратына", head_ru="аким Кордайского района",
                    head_ru_gen="акима Кордайского района", head_ru_dat="акиму Кордайского района",
                    head_kk="Қордай ауданының әкімі", head_kk_gen="Қордай ауданы әкімінің",
                    head_kk_dat="Қордай ауданының әкіміне",
                    address_ru="Жамбылская область, Кордайский район, село Кордай, ул. Толе би, 104",
                    address_kk="Жамбыл облысы, Қордай ауданы, Қордай ауылы, Төле би к-сі, 104",
                    phone="+7 (72636) 2-15-00", email="kordai@zhambyl.gov.kz", corrected=list(NAMED))
    signatory = Official(1, 1, "first_head", "Сейтқали Нұрлан Ержанұлы", position_ru="Аким Касыкского сельского округа",
                         position_kk="Қасық ауылдық округінің әкімі")
    head = Official(2, 2, "first_head", "Ахметов Талгат Болатович", position_ru="Аким Кордайского района",
                    position_kk="Қордай ауданының әкімі")
    legal = Official(3, 2, "legal_head", "Омарова Дана Маратовна", position_ru="Руководитель юридического отдела "
                     "аппарата акима Кордайского района", position_kk="Қордай ауданы әкімі аппаратының заң бөлімінің "
                     "басшысы", phone="+7 (72636) 2-15-17")
    attachments = [
        Attachment(1, 1, "a" * 64, "draft_complaint", "Апелляционная жалоба (проект).docx", 6, 20480,
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 1, "2026-03-02T10:00:00"),
        Attachment(2, 1, "b" * 64, "court_act", "Решение 2-1234-2026.pdf", 5, 102400, "application/pdf", 2,
                   "2026-03-02T10:00:00"),
        Attachment(3, 1, "c" * 64, "other", "Акт обследования жилого дома.pdf", 2, 51200, "application/pdf", 3,
                   "2026-03-02T10:00:00"),
    ]
    return CaseBundle(case=case, requester=requester, approver=approver, request_signatory=signatory,
                      approver_head=head, decision_signatory=head, legal_head=legal, attachments=attachments,
                      today=TODAY)
