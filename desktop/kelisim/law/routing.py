"""Who consents to an appeal or cassation: the Algorithm, п. 2 (civil cases) and пп. 3–5 (administrative).

Routing works on plain values — a body's kind and the chain of bodies above it, nearest first — so it
does not depend on KATO or on the store: the directory builds the chain from KATO, the store from the
bodies the user keeps (a local executive body and the akimat that created it, a territorial
subdivision and its department). Every answer says on which paragraph it rests and quotes it.

Program rules (PROCEDURAL-TERMS.md §4), shown to the user with every answer:
- the akim of a city of oblast significance is not named in п. 2: route to the oblast akim by analogy
  with пп. 6, and flag it;
- a unit whose nearest higher akim is a city of oblast significance rather than a district (rural
  districts and settlements administered by a city akimat): route to that city's akim by analogy with
  пп. 8 (п. 2 пп. 5 treats «района (города областного значения)» alike), and flag it;
- administrative cases: for akim tiers and the bodies of п. 2 the higher body is found as in п. 2
  (п. 4: «вышестоящим … в порядке подчиненности»); the user may name another authorised body instead
  (п. 3–4); a cassation is agreed by the body that agreed the appeal (п. 5) when that is known.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from kelisim.law import LawError

CIVIL = "civil"
ADMINISTRATIVE = "administrative"
PROCEDURES = (CIVIL, ADMINISTRATIVE)
APPEAL = "appeal"
CASSATION = "cassation"
STAGES = (APPEAL, CASSATION)

# Body kinds (ARCHITECTURE.md). Akim tiers come from KATO; the rest from the bodies the user keeps.
OBLAST = "oblast"
CITY_REPUBLICAN = "city_republican"  # Astana (the capital), Almaty, Shymkent
DISTRICT = "district"
CITY_OBLAST = "city_oblast"  # city of oblast significance
CITY_DISTRICT_IN_CITY = "city_district_in_city"
CITY_DISTRICT_SIGNIFICANCE = "city_district_significance"  # city of district significance
RURAL_DISTRICT = "rural_district"
SETTLEMENT = "settlement"
VILLAGE = "village"  # a village not part of a rural district, with an akim of its own
AKIM_KINDS = (OBLAST, CITY_REPUBLICAN, DISTRICT, CITY_OBLAST, CITY_DISTRICT_IN_CITY, CITY_DISTRICT_SIGNIFICANCE,
              RURAL_DISTRICT, SETTLEMENT, VILLAGE)

LOCAL_EXECUTIVE_BODY = "local_executive_body"  # исполнительный орган, финансируемый из местного бюджета
CENTRAL_BODY = "central_body"  # центральный государственный орган
CENTRAL_DEPARTMENT = "central_department"  # ведомство центрального государственного органа
TERRITORIAL_SUBDIVISION = "territorial_subdivision"  # территориальное подразделение (of a body, a department,
#                                                     or a territorial department: the parent says which)
PROSECUTION = "prosecution"  # органы прокуратуры, их ведомства и учреждение образования
NATIONAL_SECURITY = "national_security"  # ведомства Комитета национальной безопасности
NATIONAL_BANK = "national_bank"  # Национальный Банк и его единая структура
# Never the higher body in administrative cases (п. 3).
PRESIDENT = "president"
PRIME_MINISTER = "prime_minister"
GOVERNMENT = "government"
OTHER = "other"  # another body authorised by law to hear complaints (АППК гл. 13–15), named by the user

BODY_KINDS = (*AKIM_KINDS, LOCAL_EXECUTIVE_BODY, CENTRAL_BODY, CENTRAL_DEPARTMENT, TERRITORIAL_SUBDIVISION,
              PROSECUTION, NATIONAL_SECURITY, NATIONAL_BANK, PRESIDENT, PRIME_MINISTER, GOVERNMENT, OTHER)
NEVER_HIGHER = (PRESIDENT, PRIME_MINISTER, GOVERNMENT)
EXEMPT_KINDS = (CENTRAL_BODY, OBLAST, CITY_REPUBLICAN, PROSECUTION, NATIONAL_SECURITY, NATIONAL_BANK)

KIND_NAMES = {  # (ru, kk), for explanations and pickers
    OBLAST: ("область", "облыс"),
    CITY_REPUBLICAN: ("город республиканского значения (столица)", "республикалық маңызы бар қала (астана)"),
    DISTRICT: ("район", "аудан"),
    CITY_OBLAST: ("город областного значения", "облыстық маңызы бар қала"),
    CITY_DISTRICT_IN_CITY: ("район в городе", "қаладағы аудан"),
    CITY_DISTRICT_SIGNIFICANCE: ("город районного значения", "аудандық маңызы бар қала"),
    RURAL_DISTRICT: ("сельский округ", "ауылдық округ"),
    SETTLEMENT: ("поселок", "кент"),
    VILLAGE: ("село, не входящее в состав сельского округа", "ауылдық округтің құрамына кірмейтін ауыл"),
    LOCAL_EXECUTIVE_BODY: ("исполнительный орган, финансируемый из местного бюджета",
                           "жергілікті бюджеттен қаржыландырылатын атқарушы орган"),
    CENTRAL_BODY: ("центральный государственный орган", "орталық мемлекеттік орган"),
    CENTRAL_DEPARTMENT: ("ведомство центрального государственного органа", "орталық мемлекеттік органның ведомствосы"),
    TERRITORIAL_SUBDIVISION: ("территориальное подразделение", "аумақтық бөлімше"),
    PROSECUTION: ("орган прокуратуры", "прокуратура органы"),
    NATIONAL_SECURITY: ("ведомство Комитета национальной безопасности", "Ұлттық қауіпсіздік комитетінің ведомствосы"),
    NATIONAL_BANK: ("Национальный Банк Республики Казахстан", "Қазақстан Республикасының Ұлттық Банкі"),
    PRESIDENT: ("Президент Республики Казахстан", "Қазақстан Республикасының Президенті"),
    PRIME_MINISTER: ("Премьер-Министр Республики Казахстан", "Қазақстан Республикасының Премьер-Министрі"),
    GOVERNMENT: ("Правительство Республики Казахстан", "Қазақстан Республикасының Үкіметі"),
    OTHER: ("иной орган, уполномоченный рассматривать жалобы", "шағымдарды қарауға уәкілетті өзге орган"),
}

# The text of п. 2 and пп. 3–5, quoted in every explanation (annex as worded by decree No. 394 of 18.05.2024).
P2_RU = {
    1: "ведомства центральных государственных органов осуществляют согласование с соответствующими "
       "центральными государственными органами",
    2: "территориальные подразделения центральных государственных органов осуществляют согласование с "
       "соответствующими центральными государственными органами",
    3: "территориальные подразделения ведомств центральных государственных органов осуществляют согласование "
       "с соответствующими ведомствами центральных государственных органов",
    4: "территориальные подразделения территориальных департаментов осуществляют согласование с "
       "соответствующими территориальными департаментами центральных государственных органов",
    5: "исполнительные органы, финансируемые из местного бюджета, образованные акиматом соответствующей "
       "области, города республиканского значения, столицы, района (города областного значения), осуществляют "
       "согласование с соответствующим акимом области, города республиканского значения, столицы, района "
       "(города областного значения) или иным лицом в соответствии с пунктом 8 настоящего алгоритма",
    6: "акимы района осуществляют согласование с соответствующим акимом области",
    7: "акимы района в городе осуществляют согласование с соответствующим акимом города, города "
       "республиканского значения или столицы",
    8: "акимы города районного значения, сельского округа, поселка и села, не входящего в состав сельского "
       "округа, осуществляют согласование с соответствующим акимом района",
}
P2_KK = {
    1: "орталық мемлекеттік органдардың ведомстволары тиісті орталық мемлекеттік органдармен келісуді жүзеге "
       "асырады",
    2: "орталық мемлекеттік органдардың аумақтық бөлімшелері тиісті орталық мемлекеттік органдармен келісуді "
       "жүзеге асырады",
    3: "орталық мемлекеттік органдар ведомстволарының аумақтық бөлімшелері орталық мемлекеттік органдардың "
       "тиісті ведомстволарымен келісуді жүзеге асырады",
    4: "аумақтық департаменттердің аумақтық бөлімшелері орталық мемлекеттік органдардың тиісті аумақтық "
       "департаменттерімен келісуді жүзеге асырады",
    5: "тиісті облыстың, республикалық маңызы бар қаланың, астананың, ауданның (облыстық маңызы бар қаланың) "
       "әкімдігі құрған, жергілікті бюджеттен қаржыландырылатын атқарушы органдар облыстың, республикалық "
       "маңызы бар қаланың, астананың, ауданның (облыстық маңызы бар қаланың) тиісті әкімімен немесе осы "
       "алгоритмнің 8-тармағына сәйкес өзге тұлғамен келісуді жүзеге асырады",
    6: "аудан әкімдері тиісті облыс әкімімен келісуді жүзеге асырады",
    7: "қаладағы аудан әкімдері қаланың, республикалық маңызы бар қаланың немесе астананың тиісті әкімімен "
       "келісуді жүзеге асырады",
    8: "аудандық маңызы бар қаланың, ауылдық округтің, кенттің және ауылдық округтің құрамына кірмейтін "
       "ауылдың әкімдері тиісті аудан әкімімен келісуді жүзеге асырады",
}
EXEMPTION_RU = ("Требования по согласованию не распространяются в случае подачи апелляционной жалобы или "
                "ходатайства об оспаривании судебных актов самими центральными государственными органами, "
                "акимами областей, городов республиканского значения, столицы, органами прокуратуры Республики "
                "Казахстан, в том числе ведомствами и учреждением образования органов прокуратуры, ведомствами "
                "Комитета национальной безопасности, Национальным Банком Республики Казахстан, а также "
                "филиалами, представительствами, ведомствами и организациями, составляющими единую структуру "
                "Национального Банка Республики Казахстан")
EXEMPTION_KK = ("Келісу жөніндегі талаптар сот актілеріне апелляциялық шағымды немесе дау айту туралы "
                "өтінішхатты орталық мемлекеттік органдардың, облыстар, республикалық маңызы бар қалалар, астана "
                "әкімдерінің, Қазақстан Республикасының прокуратура органдарының, оның ішінде прокуратура "
                "органдарының ведомстволары мен білім беру мекемесінің, Ұлттық қауіпсіздік комитеті "
                "ведомстволарының, Қазақстан Республикасы Ұлттық Банкінің, сондай-ақ Қазақстан Республикасы "
                "Ұлттық Банкінің бірыңғай құрылымын құрайтын филиалдардың, өкілдіктердің, ведомстволар мен "
                "ұйымдардың өздері берген жағдайда қолданылмайды")
P4_RU = ("Согласование права апелляционного обжалования судебных актов осуществляется вышестоящим "
         "административным органом, должностным лицом в порядке подчиненности органов, должностных лиц или иным "
         "органом (лицом), уполномоченным в соответствии с законом рассматривать жалобы, по отношению к "
         "административному органу, должностному лицу, чьи административный акт, административное действие "
         "(бездействие) обжалуются в суде первой инстанции")
P4_KK = ("Сот актілеріне апелляциялық шағым жасау құқығын келісуді әкімшілік актісіне, әкімшілік әрекетіне "
         "(әрекетсіздігіне) бірінші сатыдағы сотта шағым жасалатын әкімшілік органға, лауазымды тұлғаға қатысты "
         "органдардың, лауазымды тұлғалардың бағыныстылығы тәртібімен жоғары тұрған әкімшілік орган, лауазымды "
         "тұлға немесе заңға сәйкес шағымдарды қарауға уәкілеттік берілген өзге де орган (тұлға) жүзеге асырады")
P5_RU = ("Согласование права кассационного обжалования судебных актов осуществляется вышестоящим административным "
         "органом, должностным лицом … согласовавших права апелляционного обжалования. В случае отсутствия такого "
         "вышестоящего административного органа, должностного лица согласование права кассационного обжалования "
         "осуществляется повторно административным органом, должностным лицом, согласовавшим права "
         "апелляционного обжалования")
P5_KK = ("Сот актілеріне кассациялық шағым жасау құқығын келісуді апелляциялық шағым жасау құқығын келіскен … "
         "жоғары тұрған әкімшілік орган, лауазымды тұлға … жүзеге асырады. Мұндай жоғары тұрған әкімшілік орган, "
         "лауазымды тұлға болмаған жағдайда кассациялық шағым жасау құқығын келісуді апелляциялық шағым жасау "
         "құқығын келіскен әкімшілік орган, лауазымды тұлға қайтадан жүзеге асырады")
P8_NOTE_RU = ("Решение принимает первый руководитель (или лицо, его замещающее); допускается согласование "
              "заместителем первого руководителя или руководителем аппарата, курирующим юридическую службу, с "
              "приложением подтверждающих документов (приказ о назначении, о возложении и распределении "
              "функциональных обязанностей) — Алгоритм, п. 8.")
P8_NOTE_KK = ("Шешімді бірінші басшы (не оны алмастыратын тұлға) қабылдайды; растайтын құжаттарды (тағайындау, "
              "функционалдық міндеттерді жүктеу және бөлу туралы бұйрық) қоса бере отырып, бірінші басшының "
              "орынбасарымен немесе заң қызметіне жетекшілік ететін аппарат басшысымен келісуге жол беріледі — "
              "Алгоритм, 8-тармақ.")


@dataclass(frozen=True)
class BodyRef:
    """A body as routing sees it: its kind, an identifier (a KATO code or the store's id) and its names.
    For akim tiers the names are the akim's title («аким Жамбылского района» / «Жамбыл ауданының әкімі»)."""

    kind: str
    code: str = ""
    name_ru: str = ""
    name_kk: str = ""

    def name(self, lang: str = "ru") -> str:
        return self.name_kk if lang == "kk" else self.name_ru


@dataclass(frozen=True)
class Route:
    """Who consents, on which paragraph, and why."""

    requester: BodyRef
    procedure: str
    stage: str
    consent_required: bool
    approver: BodyRef | None
    rule: str  # a stable id: "p2-1" … "p2-8", "exempt", "p4", "p5", "p4-authorised"
    basis_ru: str  # «Алгоритм, п. 2 пп. 8»
    basis_kk: str  # «Алгоритм, 2-тармақ 8) тармақша»
    quote_ru: str  # the words of the paragraph applied
    quote_kk: str
    by_analogy: bool = False
    notes_ru: tuple[str, ...] = field(default=())
    notes_kk: tuple[str, ...] = field(default=())

    def basis(self, lang: str = "ru") -> str:
        return self.basis_kk if lang == "kk" else self.basis_ru

    def notes(self, lang: str = "ru") -> tuple[str, ...]:
        return self.notes_kk if lang == "kk" else self.notes_ru

    def explain(self, lang: str = "ru") -> str:
        """The answer as plain text (the CLI prints it; the UI shows it under the proposed approver)."""
        kk = lang == "kk"
        kind = KIND_NAMES.get(self.requester.kind, (self.requester.kind, self.requester.kind))[1 if kk else 0]
        code = f", КАТО {self.requester.code}" if self.requester.code.isdigit() else ""
        procedure = (("азаматтық іс", "әкімшілік іс") if kk else ("гражданское дело", "административное дело"))[
            self.procedure == ADMINISTRATIVE]
        stage = (("апелляциялық шағым", "кассациялық шағым") if kk else ("апелляция", "кассация"))[
            self.stage == CASSATION]
        lines = [f"{'Өтініш беруші' if kk else 'Заявитель'}: {self.requester.name(lang)} ({kind}{code})",
                 f"{'Іс' if kk else 'Дело'}: {procedure}, {stage}"]
        if self.consent_required:
            approver = self.approver.name(lang) if self.approver else ""
            lines.append(f"{'Келісетін лауазымды тұлға' if kk else 'Согласует'}: {approver}")
        else:
            lines.append("Келісу талап етілмейді." if kk else "Согласование не требуется.")
        analogy = (" (ұқсастығы бойынша — тексеріңіз)" if kk else " (по аналогии — проверьте)") if self.by_analogy else ""
        lines.append(f"{'Негізі' if kk else 'Основание'}: {self.basis(lang)}{analogy}")
        lines.append(f"«{self.quote_kk if kk else self.quote_ru}»")
        for note in self.notes(lang):
            lines.append(f"! {note}")
        return "\n".join(lines)


def _p2(n: int) -> tuple[str, str, str, str]:
    return (f"Алгоритм, п. 2 пп. {n}", f"Алгоритм, 2-тармақ {n}) тармақша", P2_RU[n], P2_KK[n])


def _first(chain: Sequence[BodyRef], kinds: tuple[str, ...]) -> BodyRef | None:
    return next((b for b in chain if b.kind in kinds), None)


def _no_higher(requester: BodyRef, wanted_ru: str, wanted_kk: str) -> LawError:
    return LawError(
        f"Для органа «{requester.name_ru}» не найден {wanted_ru}: укажите вышестоящий орган в справочнике органов.",
        f"«{requester.name_kk or requester.name_ru}» органы үшін {wanted_kk} табылмады: органдар анықтамалығында "
        f"жоғары тұрған органды көрсетіңіз.", code="no-higher-body")


def route_civil(requester: BodyRef, chain: Sequence[BodyRef]) -> Route:
    """Algorithm п. 2: ``chain`` is the bodies above the requester, nearest first (for KATO units, the
    akim-bearing ones; for a local executive body, the akimat that created it; for a territorial
    subdivision, the body or department it belongs to)."""
    kind = requester.kind
    notes_ru: list[str] = []
    notes_kk: list[str] = []

    def done(approver: BodyRef | None, rule: str, texts: tuple[str, str, str, str], analogy: bool = False) -> Route:
        if approver is not None:
            notes_ru.append(P8_NOTE_RU)
            notes_kk.append(P8_NOTE_KK)
        return Route(requester, CIVIL, APPEAL, approver is not None, approver, rule, *texts, analogy,
                     tuple(notes_ru), tuple(notes_kk))

    if kind in EXEMPT_KINDS:
        return done(None, "exempt", ("Алгоритм, п. 2 ч. 2", "Алгоритм, 2-тармақ 2-бөлік", EXEMPTION_RU, EXEMPTION_KK))
    if kind == CENTRAL_DEPARTMENT:
        parent = _first(chain, (CENTRAL_BODY,))
        if parent is None:
            raise _no_higher(requester, "центральный государственный орган", "орталық мемлекеттік орган")
        return done(parent, "p2-1", _p2(1))
    if kind == TERRITORIAL_SUBDIVISION:
        parent = chain[0] if chain else None
        if parent is None or parent.kind not in (CENTRAL_BODY, CENTRAL_DEPARTMENT, TERRITORIAL_SUBDIVISION):
            raise _no_higher(requester, "центральный орган, ведомство или территориальный департамент",
                             "орталық орган, ведомство немесе аумақтық департамент")
        n = {CENTRAL_BODY: 2, CENTRAL_DEPARTMENT: 3, TERRITORIAL_SUBDIVISION: 4}[parent.kind]
        return done(parent, f"p2-{n}", _p2(n))
    if kind == LOCAL_EXECUTIVE_BODY:
        creator = chain[0] if chain else None
        if creator is None or creator.kind not in (OBLAST, CITY_REPUBLICAN, DISTRICT, CITY_OBLAST):
            raise LawError(
                f"Для исполнительного органа «{requester.name_ru}» укажите акимат, который его образовал (области, "
                f"города республиканского значения, столицы, района или города областного значения): п. 2 пп. 5 "
                f"Алгоритма направляет запрос акиму этой административно-территориальной единицы.",
                f"«{requester.name_kk or requester.name_ru}» атқарушы органы үшін оны құрған әкімдікті көрсетіңіз "
                f"(облыс, республикалық маңызы бар қала, астана, аудан немесе облыстық маңызы бар қала): Алгоритмнің "
                f"2-тармағының 5) тармақшасы сұрау салуды сол әкімге жібереді.", code="no-creator")
        return done(creator, "p2-5", _p2(5))
    if kind == DISTRICT:
        oblast = _first(chain, (OBLAST,))
        if oblast is None:
            raise _no_higher(requester, "аким области", "облыс әкімі")
        return done(oblast, "p2-6", _p2(6))
    if kind == CITY_OBLAST:
        oblast = _first(chain, (OBLAST,))
        if oblast is None:
            raise _no_higher(requester, "аким области", "облыс әкімі")
        notes_ru.append("Аким города областного значения в п. 2 Алгоритма не назван. Правило программы: запрос "
                        "направляется акиму области по аналогии с пп. 6 (акимы района — акиму области); п. 2 пп. 5 "
                        "ставит город областного значения в один ряд с районом. Проверьте сложившуюся в области "
                        "практику.")
        notes_kk.append("Облыстық маңызы бар қаланың әкімі Алгоритмнің 2-тармағында аталмаған. Бағдарлама ережесі: "
                        "сұрау салу 6) тармақшаға ұқсастығы бойынша (аудан әкімдері — облыс әкіміне) облыс әкіміне "
                        "жіберіледі; 2-тармақтың 5) тармақшасы облыстық маңызы бар қаланы ауданмен қатар қояды. "
                        "Облыста қалыптасқан тәжірибені тексеріңіз.")
        return done(oblast, "p2-6", _p2(6), analogy=True)
    if kind == CITY_DISTRICT_IN_CITY:
        city = _first(chain, (CITY_REPUBLICAN, CITY_OBLAST))
        if city is None:
            raise _no_higher(requester, "аким города", "қала әкімі")
        return done(city, "p2-7", _p2(7))
    if kind in (CITY_DISTRICT_SIGNIFICANCE, RURAL_DISTRICT, SETTLEMENT, VILLAGE):
        higher = _first(chain, (DISTRICT, CITY_OBLAST, CITY_DISTRICT_IN_CITY, CITY_REPUBLICAN))
        if higher is None:
            raise _no_higher(requester, "аким района", "аудан әкімі")
        if higher.kind == DISTRICT:
            return done(higher, "p2-8", _p2(8))
        notes_ru.append(
            f"Единица подчинена не району, а акиму «{higher.name_ru}». Правило программы: п. 2 пп. 8 (акиму района) "
            f"применяется по аналогии к акиму города, в подчинении которого она находится (п. 2 пп. 5 ставит город "
            f"областного значения в один ряд с районом). Проверьте.")
        notes_kk.append(
            f"Бірлік ауданға емес, «{higher.name_kk or higher.name_ru}» әкіміне бағынады. Бағдарлама ережесі: "
            f"2-тармақтың 8) тармақшасы (аудан әкіміне) ұқсастығы бойынша ол бағынатын қала әкіміне қолданылады "
            f"(2-тармақтың 5) тармақшасы облыстық маңызы бар қаланы ауданмен қатар қояды). Тексеріңіз.")
        return done(higher, "p2-8", _p2(8), analogy=True)
    if kind in NEVER_HIGHER:
        raise LawError(f"«{requester.name_ru}» не является органом, которому нужно согласование по Алгоритму.",
                       f"«{requester.name_kk or requester.name_ru}» Алгоритм бойынша келісу қажет орган емес.",
                       code="not-a-requester")
    raise LawError(
        f"Вид органа «{kind}» не предусмотрен п. 2 Алгоритма: укажите вид органа и вышестоящий орган в справочнике.",
        f"«{kind}» орган түрі Алгоритмнің 2-тармағында көзделмеген: анықтамалықта орган түрін және жоғары тұрған "
        f"органды көрсетіңіз.", code="unknown-kind")


def route(requester: BodyRef, chain: Sequence[BodyRef] = (), procedure: str = CIVIL, stage: str = APPEAL, *,
          appeal_approver: BodyRef | None = None, authorised_body: BodyRef | None = None,
          authorised_reason_ru: str = "", authorised_reason_kk: str = "") -> Route:
    """Who consents to the ``stage`` of a ``procedure`` case filed by ``requester``.

    Administrative cases (пп. 3–5): ``authorised_body`` names another body authorised by law to hear
    complaints, with the user's reason; ``appeal_approver`` is the body recorded as having agreed the
    appeal, which a cassation goes back to.
    """
    if procedure not in PROCEDURES:
        raise LawError(f"Вид производства «{procedure}» неизвестен: civil или administrative.",
                       f"«{procedure}» іс жүргізу түрі белгісіз: civil немесе administrative.", code="bad-procedure")
    if stage not in STAGES:
        raise LawError(f"Стадия «{stage}» неизвестна: appeal или cassation.",
                       f"«{stage}» сатысы белгісіз: appeal немесе cassation.", code="bad-stage")
    civil = route_civil(requester, chain)
    if procedure == CIVIL:
        return Route(requester, CIVIL, stage, civil.consent_required, civil.approver, civil.rule, civil.basis_ru,
                     civil.basis_kk, civil.quote_ru, civil.quote_kk, civil.by_analogy, civil.notes_ru, civil.notes_kk)

    # Administrative cases.
    for body in (authorised_body, appeal_approver):
        if body is not None and body.kind in NEVER_HIGHER:
            raise LawError(
                f"{KIND_NAMES[body.kind][0]} не признаётся вышестоящим органом для согласования (Алгоритм, п. 3).",
                f"{KIND_NAMES[body.kind][1]} келісу үшін жоғары тұрған орган болып танылмайды (Алгоритм, 3-тармақ).",
                code="never-higher")
    notes_ru = list(civil.notes_ru)
    notes_kk = list(civil.notes_kk)
    if stage == CASSATION and appeal_approver is not None:
        return Route(requester, ADMINISTRATIVE, CASSATION, True, appeal_approver, "p5", "Алгоритм, п. 5",
                     "Алгоритм, 5-тармақ", P5_RU, P5_KK, False, (P8_NOTE_RU,), (P8_NOTE_KK,))
    if authorised_body is not None:
        if not (authorised_reason_ru or authorised_reason_kk).strip():
            raise LawError("Укажите, каким законом этот орган уполномочен рассматривать жалобы (Алгоритм, пп. 3–4).",
                           "Бұл органның шағымдарды қарауға қандай заңмен уәкілетті екенін көрсетіңіз "
                           "(Алгоритм, 3–4-тармақтар).", code="authorised-without-reason")
        return Route(requester, ADMINISTRATIVE, stage, True, authorised_body, "p4-authorised",
                     "Алгоритм, пп. 3–4 (иной уполномоченный орган)", "Алгоритм, 3–4-тармақтар (өзге уәкілетті орган)",
                     P4_RU, P4_KK, False,
                     (f"Основание полномочий: {authorised_reason_ru or authorised_reason_kk}", P8_NOTE_RU),
                     (f"Өкілеттік негізі: {authorised_reason_kk or authorised_reason_ru}", P8_NOTE_KK))
    if not civil.consent_required:
        notes_ru.append("По административным делам вышестоящим органом не признаются Президент, Премьер-Министр и "
                        "Правительство (п. 3); иного вышестоящего органа в порядке подчиненности у заявителя нет. "
                        "Правило программы: согласование не требуется, как и по п. 2 ч. 2. Если закон уполномочивает "
                        "иной орган рассматривать жалобы, укажите его.")
        notes_kk.append("Әкімшілік істер бойынша Президент, Премьер-Министр және Үкімет жоғары тұрған орган болып "
                        "танылмайды (3-тармақ); өтініш берушіде бағыныстылық тәртібімен өзге жоғары тұрған орган жоқ. "
                        "Бағдарлама ережесі: 2-тармақтың 2-бөлігіндегідей келісу талап етілмейді. Егер заң шағымдарды "
                        "қарауды өзге органға жүктесе, оны көрсетіңіз.")
        return Route(requester, ADMINISTRATIVE, stage, False, None, "exempt", f"Алгоритм, п. 3; {civil.basis_ru}",
                     f"Алгоритм, 3-тармақ; {civil.basis_kk}", civil.quote_ru, civil.quote_kk, True,
                     tuple(notes_ru), tuple(notes_kk))
    rule_note_ru = (f"Правило программы: вышестоящий орган в порядке подчиненности определён, как в "
                    f"{civil.basis_ru.replace('Алгоритм, ', '')}. Если закон уполномочивает рассматривать жалобы иной "
                    f"орган, укажите его (пп. 3–4).")
    rule_note_kk = (f"Бағдарлама ережесі: бағыныстылық тәртібімен жоғары тұрған орган "
                    f"{civil.basis_kk.replace('Алгоритм, ', '')} бойынша анықталды. Егер заң шағымдарды қарауды өзге "
                    f"органға жүктесе, оны көрсетіңіз (3–4-тармақтар).")
    if stage == CASSATION:
        rule_note_ru += (" Кассацию согласует орган, согласовавший апелляционное обжалование (п. 5): если "
                         "апелляцию согласовал иной орган, укажите его.")
        rule_note_kk += (" Кассациялық шағымды апелляциялық шағымды келіскен орган келіседі (5-тармақ): егер "
                         "апелляцияны өзге орган келіссе, оны көрсетіңіз.")
    p = ("п. 5" if stage == CASSATION else "п. 4"), ("5-тармақ" if stage == CASSATION else "4-тармақ")
    return Route(requester, ADMINISTRATIVE, stage, True, civil.approver, "p5" if stage == CASSATION else "p4",
                 f"Алгоритм, {p[0]} ({civil.basis_ru.replace('Алгоритм, ', '')})",
                 f"Алгоритм, {p[1]} ({civil.basis_kk.replace('Алгоритм, ', '')})",
                 P5_RU if stage == CASSATION else P4_RU, P5_KK if stage == CASSATION else P4_KK, civil.by_analogy,
                 (rule_note_ru, *notes_ru), (rule_note_kk, *notes_kk))


__all__ = ["BodyRef", "Route", "route", "route_civil", "BODY_KINDS", "AKIM_KINDS", "EXEMPT_KINDS", "KIND_NAMES",
           "CIVIL", "ADMINISTRATIVE", "APPEAL", "CASSATION"]
