"""The names a template sees: a stable, documented set (resources/templates/README.md lists every one).

``build_context(bundle, lang)`` turns a ``CaseBundle`` into plain text values in the language of the documents:
dates written out («31 марта 2025 года» / «2025 жылғы 31 наурыз»), bodies with their name forms, people with their
initials, the deadlines with their explanation, the attachments with page counts. Every group is a ``Fields`` object:
a template writes ``{{ case.court }}``; a name that does not exist is caught by the template check (``check.py``),
which knows where each value came from through ``Fields.path``.
"""
from __future__ import annotations

from datetime import date

from kelisim.directory.names import capitalize_first
from kelisim.documents.words import (addressee_kk, addressee_ru, dative_kk, initials_surname, long_date, pages_kk,
                                     pages_ru, plural_ru,
                                     short_date)
from kelisim.law.identifiers import mask_iin
from kelisim.law.terms import RULES

KINDS = ("request", "decision", "attachments-list", "proposal")

# Algorithm п. 1: the Codes' articles that make consent mandatory.
CONSENT_BASIS = {
    ("appeal", "ru"): "частью второй статьи 401 Гражданского процессуального кодекса Республики Казахстан",
    ("cassation", "ru"): "частью 1-1 статьи 435 Гражданского процессуального кодекса Республики Казахстан",
    ("appeal", "kk"): "Қазақстан Республикасы Азаматтық процестік кодексінің 401-бабының екінші бөлігіне",
    ("cassation", "kk"): "Қазақстан Республикасы Азаматтық процестік кодексінің 435-бабының 1-1-бөлігіне",
}
ADMIN_BASIS = {  # Algorithm п. 1 ч. 2: administrative cases follow ГПК through АППК ст. 1 ч. 3
    "ru": "абзацем вторым части третьей статьи 1 Административного процедурно-процессуального кодекса "
          "Республики Казахстан",
    "kk": "Қазақстан Республикасы Әкімшілік рәсімдік-процестік кодексінің 1-бабы үшінші бөлігінің екінші абзацына",
}
ALGORITHM = {
    "ru": "Алгоритм рассмотрения запроса о согласовании права апелляционного, кассационного обжалования судебных "
          "актов (приложение к Типовому положению о юридической службе центрального и местного исполнительного "
          "органа Республики Казахстан, утверждённому постановлением Правительства Республики Казахстан от "
          "9 ноября 2006 года № 1072)",
    "kk": "Сот актілеріне апелляциялық, кассациялық шағым жасау құқығын келісу туралы сұрау салуды қарау алгоритмі "
          "(Қазақстан Республикасы Үкіметінің 2006 жылғы 9 қарашадағы № 1072 қаулысымен бекітілген орталық және "
          "жергілікті атқарушы органның заң қызметі туралы үлгі ережеге қосымша)",
}
STAGE_WORDS = {  # the adjective in «право апелляционного обжалования» / «апелляциялық шағым жасау құқығы»
    ("appeal", "ru"): "апелляционного", ("cassation", "ru"): "кассационного",
    ("appeal", "kk"): "апелляциялық", ("cassation", "kk"): "кассациялық",
}
COMPLAINT_WORDS = {
    ("appeal", "ru"): "апелляционной жалобы", ("cassation", "ru"): "кассационной жалобы (ходатайства)",
    ("appeal", "kk"): "апелляциялық шағымның", ("cassation", "kk"): "кассациялық шағымның (өтінішхаттың)",
}
DEFAULT_ACT_KIND = {  # when the lawyer did not name the act
    "civil-appeal": ("решение", "шешім"), "civil-simplified": ("решение", "шешім"),
    "civil-private": ("определение", "ұйғарым"), "civil-cassation": ("постановление", "қаулы"),
    "admin-appeal": ("решение", "шешім"), "admin-short": ("решение", "шешім"),
    "admin-private": ("определение", "ұйғарым"), "admin-cassation": ("постановление", "қаулы"),
}
PROCEDURE_NAMES = {"civil": ("гражданское", "азаматтық"), "administrative": ("административное", "әкімшілік")}
PARTY_ROLE_NAMES = {
    "plaintiff": ("истец", "талап қоюшы"), "defendant": ("ответчик", "жауапкер"),
    "third_party": ("третье лицо", "үшінші тұлға"), "applicant": ("заявитель", "өтініш беруші"),
    "other": ("участник", "қатысушы"),
}
ATTACHMENT_TITLES = {
    "draft_complaint": ("Проект {complaint}", "{complaint} жобасы"),
    "court_act": ("Копия обжалуемого судебного акта ({act} от {date}, {court})",
                  "Шағым жасалатын сот актісінің көшірмесі ({court}, {date}, {act})"),
    "confirming_document": ("Документ, подтверждающий полномочия подписавшего лица",
                            "Қол қойған тұлғаның өкілеттігін растайтын құжат"),
    "request_letter": ("Запрос о согласовании", "Келісу туралы сұрау салу"),
    "decision": ("Решение о согласовании", "Келісу туралы шешім"),
    "proposal": ("Предложение юридической службы", "Заң қызметінің ұсынысы"),
    "other": ("{name}", "{name}"),
}
VERDICTS = {
    ("consented", "ru"): "Согласовать право {stage} обжалования {act} по делу № {number}.",
    ("refused", "ru"): "Отказать в согласовании права {stage} обжалования {act} по делу № {number}.",
    ("consented", "kk"): "№ {number} іс бойынша {act} {stage} шағым жасау құқығын келісу.",
    ("refused", "kk"): "№ {number} іс бойынша {act} {stage} шағым жасау құқығын келісуден бас тарту.",
}
BLANK = "____________"


class Fields:
    """One group of template names (``case``, ``requester``…): attribute access for Jinja, ``path`` for messages."""

    def __init__(self, path: str, values: dict):
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_values", dict(values))

    @property
    def path(self) -> str:
        return self._path

    def __getattr__(self, name: str):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name: str):
        return self._values[name]

    def __contains__(self, name: str) -> bool:
        return name in self._values

    def names(self) -> list[str]:
        return list(self._values)

    def __repr__(self) -> str:
        return f"Fields({self._path!r}, {self._values!r})"


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "kk" else pair[0]


def office_forms(body) -> dict[str, str] | None:
    """An akim's body taken from KATO is named by its territory («Касыкский сельский округ»); a letter is written by
    the akim's office: «Аппарат акима Касыкского сельского округа» / «Қасық ауылдық округі әкімінің аппараты», in the
    three cases. None when the user named the body themselves (their name wins) or it is not a KATO akim."""
    if body is None or not body.kato or "name_ru" in (body.corrected or []) or not body.head_ru_gen:
        return None
    territory_kk = body.name_kk or body.name_ru
    return {
        "name_ru": "Аппарат " + body.head_ru_gen, "name_ru_gen": "аппарата " + body.head_ru_gen,
        "name_ru_dat": "аппарату " + body.head_ru_gen,
        "name_kk": f"{territory_kk} әкімінің аппараты", "name_kk_gen": f"{territory_kk} әкімі аппаратының",
        "name_kk_dat": f"{territory_kk} әкімінің аппаратына",
    }


def _body_fields(path: str, body, lang: str) -> Fields:
    office = office_forms(body)

    def form(prefix: str, case: str) -> str:
        if body is None:
            return ""
        suffix = "" if case == "nom" else f"_{case}"
        for key in (f"{prefix}_{lang}{suffix}", f"{prefix}_ru{suffix}"):
            value = (office or {}).get(key) if prefix == "name" else None
            value = value or getattr(body, key, "")
            if value:
                return value
        return ""
    name = form("name", "nom")
    return Fields(path, {
        "name": name, "name_gen": form("name", "gen"), "name_dat": form("name", "dat"),
        "head": form("head", "nom"), "head_gen": form("head", "gen"), "head_dat": form("head", "dat"),
        "name_ru": (office or {}).get("name_ru") or (body.name_ru if body else ""),
        "name_kk": (office or {}).get("name_kk") or ((body.name_kk or body.name_ru) if body else ""),
        "territory": ((body.name_kk or body.name_ru) if lang == "kk" else body.name_ru) if office else "",
        "address": ((body.address_kk or body.address_ru) if lang == "kk" else body.address_ru) if body else "",
        "phone": body.phone if body else "", "email": body.email if body else "",
    })


def _person_fields(path: str, official, lang: str, fallback_position: str = "") -> Fields:
    if official is None:
        return Fields(path, {"name": "", "initials_surname": "", "position": fallback_position, "acting": False,
                             "supervises_legal": False, "authority_documents": "", "phone": ""})
    name = (official.full_name_kk or official.full_name) if lang == "kk" else official.full_name
    position = (official.position_kk or official.position_ru) if lang == "kk" else official.position_ru
    return Fields(path, {
        "name": name, "initials_surname": initials_surname(name), "position": position or fallback_position,
        "acting": official.role == "acting_head", "supervises_legal": bool(official.supervises_legal),
        "authority_documents": official.authority_documents or "", "phone": official.phone or "",
    })


def build_context(bundle, lang: str | None = None) -> dict:
    """Every name a template may use, as text in ``lang`` (default: the case's language of documents)."""
    case = bundle.case
    lang = lang or case.language or "ru"
    if lang not in ("ru", "kk"):
        lang = "ru"
    rule = RULES[case.rule]
    stage = rule.stage
    act_kind = case.act_kind or _pick(DEFAULT_ACT_KIND.get(case.rule, ("судебный акт", "сот актісі")), lang)
    act_date = case.act_final or case.act_announced or case.trigger_date
    court = (case.court_kk or case.court_ru) if lang == "kk" else case.court_ru

    def parties_of(role: str) -> str:
        return "; ".join(p.name for p in case.parties if p.role == role)

    parties = [Fields("case.parties[]", {
        "role": _pick(PARTY_ROLE_NAMES.get(p.role, ("участник", "қатысушы")), lang), "name": p.name,
        "id_number": p.id_number, "id_number_masked": mask_iin(p.id_number) if p.id_number else "",
    }) for p in case.parties]

    case_fields = Fields("case", {
        "number": case.case_number, "court": court, "court_ru": case.court_ru, "court_kk": case.court_kk or "",
        "subject": case.subject, "procedure": _pick(PROCEDURE_NAMES[rule.procedure], lang),
        "administrative": rule.procedure == "administrative", "rule": rule.id,
        "rule_title": rule.title_kk if lang == "kk" else rule.title_ru, "stage": stage,
        "stage_word": STAGE_WORDS[(stage, lang)], "complaint_word": COMPLAINT_WORDS[(stage, lang)],
        "act_kind": act_kind, "act_kind_gen": _act_gen(act_kind, "ru") if lang == "ru" else act_kind,
        "act_date": long_date(act_date, lang),
        "act_announced": long_date(case.act_announced, lang), "act_final": long_date(case.act_final, lang),
        "act_received": long_date(case.act_received, lang), "trigger": long_date(case.trigger_date, lang),
        "plaintiffs": parties_of("plaintiff"), "defendants": parties_of("defendant"),
        "third_parties": parties_of("third_party"), "applicants": parties_of("applicant"), "parties": parties,
        "notes": case.notes,
    })

    requester = _body_fields("requester", bundle.requester, lang)
    approver = _body_fields("approver", bundle.approver, lang)
    head = bundle.approver_head
    head_name = ((head.full_name_kk or head.full_name) if lang == "kk" else head.full_name) if head else ""
    addressee = Fields("addressee", {
        "title": capitalize_first(approver.head_dat),
        "name": (addressee_kk(head_name) if lang == "kk" else addressee_ru(head_name)) if head_name else "",
        "full_name": head_name,
    })
    reply_name = ""
    if bundle.request_signatory is not None:
        person = bundle.request_signatory
        reply_name = (person.full_name_kk or person.full_name) if lang == "kk" else person.full_name
    elif getattr(case, "request_signatory_role", "") in ("", "first_head", "acting_head"):
        # An incoming request whose requester's officials are not in our register (typed from the letter or loaded
        # from a package): the decision answers the head who signed it, by the name the letter gives.
        reply_name = getattr(case, "request_signatory_name", "") or ""
    reply_to = Fields("reply_to", {
        "title": capitalize_first(requester.head_dat),
        "name": (addressee_kk(reply_name) if lang == "kk" else addressee_ru(reply_name)) if reply_name else "",
    })
    signatory = _person_fields("signatory", bundle.request_signatory, lang, capitalize_first(requester.head))
    decision_signatory = _person_fields("decision_signatory", bundle.decision_signatory, lang,
                                        capitalize_first(approver.head))
    legal_head = _person_fields("legal_head", bundle.legal_head, lang)
    executor = Fields("executor", {"name": case.executor_name, "phone": case.executor_phone})

    stored = case.deadlines or {}
    trail = [Fields("deadlines.trail[]", {
        "date": long_date(date.fromisoformat(step["date"]), lang) if step.get("date") else "",
        "date_short": short_date(date.fromisoformat(step["date"])) if step.get("date") else "",
        "step": step.get("step_kk" if lang == "kk" else "step", ""),
        "basis": step.get("basis_kk" if lang == "kk" else "basis", ""),
    }) for step in stored.get("trail", [])]
    warnings = [w.get("message_kk" if lang == "kk" else "message", "") if isinstance(w, dict) else str(w)
                for w in stored.get("warnings", [])]
    if rule.months:
        term = f"{rule.months} {'ай' if lang == 'kk' else plural_ru(rule.months, 'месяц', 'месяца', 'месяцев')}"
    else:
        days = rule.working_days
        term = f"{days} " + ("жұмыс күні" if lang == "kk" else plural_ru(days, "рабочий день", "рабочих дня",
                                                                          "рабочих дней"))
    overridden = [Fields("deadlines.overridden[]", {
        "name": name, "date": long_date(date.fromisoformat(value["date"]), lang) if value.get("date") else "",
        "reason": value.get("reason", "")}) for name, value in sorted((case.overrides or {}).items())]
    deadlines = Fields("deadlines", {
        "term": term, "term_basis": rule.basis_kk if lang == "kk" else rule.basis_ru,
        "expiry": long_date(case.due("expiry"), lang), "request_latest": long_date(case.due("request_latest"), lang),
        "decision_due": long_date(case.due("decision_due"), lang), "received": long_date(case.received_on, lang),
        "trail": trail, "warnings": warnings, "overridden": overridden,
        "request_in_time": (case.request_sent <= case.due("request_latest"))
        if case.request_sent and case.due("request_latest") else None,
    })

    items = []
    for n, attachment in enumerate(bundle.attachments, 1):
        template = _pick(ATTACHMENT_TITLES.get(attachment.role, ATTACHMENT_TITLES["other"]), lang)
        title = template.format(complaint=COMPLAINT_WORDS[(stage, lang)], act=act_kind, court=court,
                                date=short_date(act_date), name=_without_extension(attachment.original_name))
        title = capitalize_first(title)
        pages = attachment.pages or 0
        items.append(Fields("attachments.list[]", {
            "n": n, "title": title, "file_name": attachment.original_name, "role": attachment.role,
            "pages": pages, "pages_text": (pages_kk(pages) if lang == "kk" else pages_ru(pages)) if pages else "",
        }))
    total = sum(i.pages for i in items)
    attachments = Fields("attachments", {
        "list": items, "count": len(items), "total_pages": total,
        "total_pages_text": (pages_kk(total) if lang == "kk" else pages_ru(total)) if total else "",
        "missing_pages": any(not i.pages for i in items),
    })

    verdict = ""
    if case.decision in ("consented", "refused"):
        verdict = VERDICTS[(case.decision, lang)].format(stage=STAGE_WORDS[(stage, lang)], act=_act_gen(act_kind, lang),
                                                         number=case.case_number or BLANK)
    decision = Fields("decision", {
        "consented": case.decision == "consented", "refused": case.decision == "refused",
        "decided": case.decision in ("consented", "refused"), "verdict": verdict,
        "reasons": case.decision_reasons, "date": long_date(case.decision_date, lang),
        "number": "",  # the office (канцелярия) gives the outgoing number when the decision is registered
    })
    proposed = getattr(case, "proposal", None)
    proposal_verdict = ""
    if proposed in ("consent", "refuse"):  # the legal service's proposal (Algorithm п. 7), worded as the decision would be
        proposal_verdict = VERDICTS[({"consent": "consented", "refuse": "refused"}[proposed], lang)].format(
            stage=STAGE_WORDS[(stage, lang)], act=_act_gen(act_kind, lang), number=case.case_number or BLANK)
    proposal = Fields("proposal", {
        "made": proposed in ("consent", "refuse"), "consent": proposed == "consent", "refuse": proposed == "refuse",
        "verdict": proposal_verdict, "reasons": getattr(case, "proposal_reasons", ""),
        "date": long_date(getattr(case, "proposal_date", None), lang),
    })
    out = Fields("out", {"number": case.request_number, "date": long_date(case.request_sent, lang),
                         "date_short": short_date(case.request_sent)})
    incoming = Fields("incoming", {"number": case.incoming_number, "date": long_date(case.received_on, lang),
                                   "date_short": short_date(case.received_on)})
    law = Fields("law", {
        "consent_basis": CONSENT_BASIS[(stage, lang)], "admin_basis": ADMIN_BASIS[lang],
        "algorithm": ALGORITHM[lang], "route_basis": case.route_basis,
        "override_reason": case.approver_override_reason,
    })
    doc = Fields("doc", {"lang": lang, "today": long_date(bundle.today, lang), "today_short": short_date(bundle.today),
                         "blank": BLANK})
    return {"doc": doc, "out": out, "incoming": incoming, "case": case_fields, "law": law, "requester": requester,
            "approver": approver, "addressee": addressee, "reply_to": reply_to, "signatory": signatory,
            "decision_signatory": decision_signatory, "legal_head": legal_head, "executor": executor,
            "deadlines": deadlines, "attachments": attachments, "decision": decision, "proposal": proposal}


def _without_extension(name: str) -> str:
    """«Акт обследования.pdf» → «Акт обследования» (a letter lists documents, not files)."""
    stem, dot, ext = name.rpartition(".")
    return stem if dot and stem and ext.lower() in ("pdf", "docx", "doc", "rtf", "odt", "jpg", "jpeg", "png", "tif",
                                                    "tiff", "txt", "xlsx", "xls") else name


def _act_gen(act_kind: str, lang: str) -> str:
    """The act as the verdict line needs it: Russian genitive («решения»), Kazakh dative («шешімге»)."""
    if lang == "kk":  # the dative: «шешімге», «ұйғарымға», «қаулыға»
        return dative_kk(act_kind.strip()) if act_kind.strip() else "сот актісіне"
    table = {"решение": "решения", "определение": "определения", "постановление": "постановления",
             "судебный акт": "судебного акта"}
    return table.get(act_kind.strip().lower(), f"судебного акта ({act_kind})" if act_kind else "судебного акта")


def context_names(context: dict) -> list[str]:
    """Every dotted name the context offers (``case.court``, ``attachments.list[].title``…), for the README check."""
    out: list[str] = []

    def walk(prefix: str, value) -> None:
        if isinstance(value, Fields):
            for name in value.names():
                walk(f"{prefix}.{name}" if prefix else name, value[name])
        elif isinstance(value, list) and value and isinstance(value[0], Fields):
            walk(prefix + "[]", value[0])
        else:
            out.append(prefix)
    for key, value in context.items():
        walk(key, value)
    return out
