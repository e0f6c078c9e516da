<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version: {version}</source>
        <translation>Нұсқасы: {version}</translation>
    </message>
    <message>
        <source>Built with: {qt}</source>
        <translation>Құрастырылған: {qt}</translation>
    </message>
    <message>
        <source>Working-day calendar: edition {edition}, confirmed through {year}</source>
        <translation>Өндірістік күнтізбе: {edition} редакциясы, {year} жылды қоса алғанда расталған</translation>
    </message>
    <message>
        <source>Administrative-territorial units: {source}</source>
        <translation>Әкімшілік-аумақтық бірліктер: {source}</translation>
    </message>
    <message>
        <source>Holidays and transfers of days off: the python-holidays package and the program&apos;s own data</source>
        <translation>Мерекелер мен демалыс күндерін ауыстыру: python-holidays пакеті және бағдарламаның өз деректері</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Деректер қалтасы: {path}</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3.</source>
        <translation>Qt және PySide6 GNU Lesser General Public License 3-нұсқасының шарттарымен пайдаланылады.</translation>
    </message>
    <message>
        <source>Licences of the bundled components: {path}</source>
        <translation>Бағдарлама құрамындағы компоненттердің лицензиялары: {path}</translation>
    </message>
    <message>
        <source>About Kelisim</source>
        <translation>Kelisim туралы</translation>
    </message>
    <message>
        <source>Consent of the higher akim to appeal a court act: deadlines, routing and documents for the legal services of akimats.</source>
        <translation>Сот актілеріне шағым жасауды жоғары тұрған әкіммен келісу: әкімдіктердің заң қызметтеріне арналған мерзімдер, келісу тәртібі және құжаттар.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>Not enough memory to finish. Close other programs and try again.</source>
        <translation>Аяқтауға жад жетпейді. Басқа бағдарламаларды жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The operation stopped: {reason}{where}. Nothing was changed; check the disk and the folder&apos;s permissions and try again.</source>
        <translation>Операция тоқтатылды: {reason}{where}. Ештеңе өзгерген жоқ; дискіні және қалтаға құқықтарды тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The operation stopped because of an unexpected error ({kind}: {text}). Nothing was changed; please report it to your IT service.</source>
        <translation>Операция күтпеген қатеге байланысты тоқтатылды ({kind}: {text}). Ештеңе өзгерген жоқ; бұл туралы АТ қызметіне хабарлаңыз.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Number of cases</source>
        <translation>Істер саны</translation>
    </message>
    <message>
        <source>Nothing to show for this period</source>
        <translation>Бұл кезеңде деректер жоқ</translation>
    </message>
</context>
<context>
    <name>CalculatorPage</name>
    <message>
        <source>The explanation has been copied to the clipboard.</source>
        <translation>Түсіндірме алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>Court act (event)</source>
        <translation>Сот актісі (оқиға)</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Мерзімнің басталуы</translation>
    </message>
    <message>
        <source>Last day by count</source>
        <translation>Есеп бойынша соңғы күн</translation>
    </message>
    <message>
        <source>Appeal term expires</source>
        <translation>Шағым жасау мерзімінің өтуі</translation>
    </message>
    <message>
        <source>Latest day to send the request</source>
        <translation>Сұрау салуды жіберудің соңғы күні</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Сұрау салу келіп түсті</translation>
    </message>
    <message>
        <source>Decision on consent due</source>
        <translation>Келісу туралы шешім мерзімі</translation>
    </message>
    <message>
        <source>Civil procedure (Civil Procedure Code)</source>
        <translation>Азаматтық сот ісін жүргізу (ҚР АПК)</translation>
    </message>
    <message>
        <source>Administrative procedure (Administrative Procedure Code)</source>
        <translation>Әкімшілік сот ісін жүргізу (ҚР ӘРПК)</translation>
    </message>
    <message>
        <source>Term: {period}. Basis: {basis}.</source>
        <translation>Мерзімі: {period}. Негізі: {basis}.</translation>
    </message>
    <message>
        <source>Event: {what}.</source>
        <translation>Оқиға: {what}.</translation>
    </message>
    <message>
        <source>Enough time.</source>
        <translation>Уақыт жеткілікті.</translation>
    </message>
    <message>
        <source>The latest sending day has passed.</source>
        <translation>Сұрау салуды жіберудің соңғы күні өтіп кетті.</translation>
    </message>
    <message>
        <source>Soon.</source>
        <translation>Мерзім жақындап қалды.</translation>
    </message>
    <message>
        <source>Urgent.</source>
        <translation>Шұғыл!</translation>
    </message>
    <message>
        <source>Appeal term has expired.</source>
        <translation>Шағым жасау мерзімі өтті.</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Назар аударыңыз:</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>&amp;Complaint:</source>
        <translation>&amp;Шағым:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>&amp;Event date:</source>
        <translation>&amp;Оқиға күні:</translation>
    </message>
    <message>
        <source>&amp;Request received:</source>
        <translation>Сұрау салу &amp;келіп түсті:</translation>
    </message>
    <message>
        <source>The day the approving body received the request for consent; the decision is due within 7 working days of it.</source>
        <translation>Келісу туралы сұрау салудың келісетін органға келіп түскен күні; шешім осы күннен бастап 7 жұмыс күні ішінде қабылданады.</translation>
    </message>
    <message>
        <source>by the approving body (optional)</source>
        <translation>келісетін органға (белгілі болса)</translation>
    </message>
    <message>
        <source>&amp;Count as of:</source>
        <translation>&amp;Есептеу күні:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Бүгін</translation>
    </message>
    <message>
        <source>Count the days left as of today</source>
        <translation>Қалған күндерді бүгінгі күнге есептеу</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Негізгі күндер</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Апта күні</translation>
    </message>
    <message>
        <source>Step-by-step explanation</source>
        <translation>Қадамдар бойынша түсіндірме</translation>
    </message>
    <message>
        <source>&amp;Copy explanation</source>
        <translation>Түсіндірмені көші&amp;ру</translation>
    </message>
    <message>
        <source>Put the whole explanation on the clipboard as plain text</source>
        <translation>Бүкіл түсіндірмені алмасу буферіне қарапайым мәтінмен көшіру</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>January</source>
        <translation>Қаңтар</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Ақпан</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Наурыз</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Сәуір</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>Мамыр</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Маусым</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Шілде</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Тамыз</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Қыркүйек</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Қазан</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Қараша</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Желтоқсан</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>дүйсенбі</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>сейсенбі</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>сәрсенбі</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>бейсенбі</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>жұма</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>сенбі</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>жексенбі</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>Дс</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>Сс</translation>
    </message>
    <message>
        <source>We</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Th</source>
        <translation>Бс</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Жм</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>Жс</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Жұмыс күні</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Демалыс күні</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Мереке күні</translation>
    </message>
    <message>
        <source>Moved day off</source>
        <comment>a holiday fell on a weekend; the day off moved to the next working day</comment>
        <translation>Ауыстырылған демалыс (мереке демалысқа түсті)</translation>
    </message>
    <message>
        <source>Transferred day off</source>
        <comment>a day off transferred by a Government decision from a worked weekend</comment>
        <translation>Ауыстыру туралы шешім бойынша демалыс</translation>
    </message>
    <message>
        <source>Worked weekend day</source>
        <translation>Жұмыс істейтін демалыс күні</translation>
    </message>
    <message>
        <source>Extra day off</source>
        <translation>Қосымша демалыс күні</translation>
    </message>
    <message>
        <source>Extra working day</source>
        <translation>Қосымша жұмыс күні</translation>
    </message>
    <message>
        <source>estimated date</source>
        <translation>алдын ала белгіленген күн</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>working days: {count}</source>
        <translation>жұмыс күні: {count}</translation>
    </message>
    <message>
        <source>Working days in {year}: {count}</source>
        <translation>{year} жылғы жұмыс күндері: {count}</translation>
    </message>
    <message>
        <source>Calendar data: edition {edition}, confirmed through {year}</source>
        <translation>Күнтізбе деректері: {edition} редакциясы, {year} жылды қоса алғанда расталған</translation>
    </message>
    <message>
        <source>The calendar for {year} is not confirmed: holidays and transfers of days off for it have not been approved yet, some dates are estimates (marked *). The last confirmed year is {valid}. Check the dates before relying on them.</source>
        <translation>{year} жылғы күнтізбе расталмаған: осы жылғы мерекелер мен демалыс күндерін ауыстыру әлі бекітілмеген, кейбір күндер алдын ала белгіленген (* белгісімен). Расталған соңғы жыл — {valid}. Күндерге сүйенбес бұрын оларды тексеріңіз.</translation>
    </message>
    <message>
        <source>The calendar for {year} contains estimated dates (marked *): check them before relying on them.</source>
        <translation>{year} жылғы күнтізбеде алдын ала белгіленген күндер бар (* белгісімен): оларға сүйенбес бұрын тексеріңіз.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Ж&amp;ыл:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <source>Holidays, moved days and worked weekends</source>
        <translation>Мерекелер, ауыстырулар және жұмыс істейтін демалыс күндері</translation>
    </message>
</context>
<context>
    <name>CaseCardDialog</name>
    <message>
        <source>Case without a number</source>
        <translation>Нөмірі жоқ іс</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>{number} іс</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Мәртебесі:</translation>
    </message>
    <message>
        <source>Next: {what} on {date}</source>
        <translation>Жақын мерзім: {what} — {date}</translation>
    </message>
    <message>
        <source>({n} working days left)</source>
        <translation>(қалған жұмыс күндері: {n})</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>жария етілді</translation>
    </message>
    <message>
        <source>in final form</source>
        <translation>түпкілікті нысанда</translation>
    </message>
    <message>
        <source>received</source>
        <translation>алынды</translation>
    </message>
    <message>
        <source>the term runs from {date}</source>
        <translation>мерзім {date} бастап есептеледі</translation>
    </message>
    <message>
        <source>Chosen instead of the routing&apos;s proposal: {reason}</source>
        <translation>Алгоритм бойынша анықталғанның орнына таңдалды: {reason}</translation>
    </message>
    <message>
        <source>signed by {name}</source>
        <translation>қол қоюшы: {name}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>sent {date}</source>
        <translation>{date} жіберілді</translation>
    </message>
    <message>
        <source>incoming No. {number}</source>
        <translation>кіріс № {number}</translation>
    </message>
    <message>
        <source>received {date}</source>
        <translation>{date} келіп түсті</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>келісілді</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <source>complaint filed {date}</source>
        <translation>шағым берілді {date}</translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation>жабылды {date}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Апта күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>set by hand: {reason}</source>
        <translation>қолмен қойылған: {reason}</translation>
    </message>
    <message>
        <source>The deadlines cannot be recomputed from the case&apos;s dates.</source>
        <translation>Мерзімдерді іс күндері бойынша қайта есептеу мүмкін емес.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Назар аударыңыз:</translation>
    </message>
    <message>
        <source>Court act</source>
        <translation>Сот актісі</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>created</source>
        <translation>құрылды</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>status</source>
        <translation>мәртебе</translation>
    </message>
    <message>
        <source>deadlines recomputed</source>
        <translation>мерзімдер қайта есептелді</translation>
    </message>
    <message>
        <source>deadline set by hand</source>
        <translation>мерзім қолмен қойылды</translation>
    </message>
    <message>
        <source>hand-set deadline cleared</source>
        <translation>қолмен қойылған мерзім алынды</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <source>document written</source>
        <translation>құжат қалыптастырылды</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>файл тіркелді</translation>
    </message>
    <message>
        <source>file removed</source>
        <translation>файл алынып тасталды</translation>
    </message>
    <message>
        <source>number of pages changed</source>
        <translation>парақ саны өзгертілді</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>тараптар</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>жазбалар</translation>
    </message>
    <message>
        <source>what is appealed</source>
        <translation>не шағымданылады</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>іс жүргізу түрі</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>шешім</translation>
    </message>
    <message>
        <source>reasons of the decision</source>
        <translation>шешімнің уәждері</translation>
    </message>
    <message>
        <source>outgoing number</source>
        <translation>шығыс нөмірі</translation>
    </message>
    <message>
        <source>incoming number</source>
        <translation>кіріс нөмірі</translation>
    </message>
    <message>
        <source>requesting body</source>
        <translation>сұрау салатын орган</translation>
    </message>
    <message>
        <source>approving body</source>
        <translation>келісуші орган</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>қол қоюшы</translation>
    </message>
    <message>
        <source>why this approving body</source>
        <translation>келісуші органды таңдау негізі</translation>
    </message>
    <message>
        <source>language</source>
        <translation>құжаттар тілі</translation>
    </message>
    <message>
        <source>routing rule</source>
        <translation>келісуші органды анықтау ережесі</translation>
    </message>
    <message>
        <source>routing basis</source>
        <translation>негізі (Алгоритм тармағы)</translation>
    </message>
    <message>
        <source>KATO edition</source>
        <translation>КАТО редакциясы</translation>
    </message>
    <message>
        <source>appeal term expiry</source>
        <translation>шағымдану мерзімінің өтуі</translation>
    </message>
    <message>
        <source>proposal of the legal service</source>
        <translation>заң қызметінің ұсынысы</translation>
    </message>
    <message>
        <source>signs the decision</source>
        <translation>шешімге қол қояды</translation>
    </message>
    <message>
        <source>capacity of the request&apos;s signatory</source>
        <translation>сұрау салуға қол қойғанның лауазымы</translation>
    </message>
    <message>
        <source>to consent</source>
        <translation>келісу</translation>
    </message>
    <message>
        <source>to refuse</source>
        <translation>бас тарту</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Сұрау салу жіберілді</translation>
    </message>
    <message>
        <source>Consent received</source>
        <translation>Келісім алынды</translation>
    </message>
    <message>
        <source>Refusal received</source>
        <translation>Бас тарту алынды</translation>
    </message>
    <message>
        <source>Complaint filed</source>
        <translation>Шағым берілді</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Істі жабу</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Жобаға қайтару</translation>
    </message>
    <message>
        <source>Taken under review</source>
        <translation>Қарауға алынды</translation>
    </message>
    <message>
        <source>Decided: consent</source>
        <translation>Шешілді: келісу</translation>
    </message>
    <message>
        <source>Decided: refuse</source>
        <translation>Шешілді: бас тарту</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Сұрау салу алынды</translation>
    </message>
    <message>
        <source>Choose the date, then what happened on it.</source>
        <translation>Күнді таңдаңыз, содан кейін сол күні не болғанын белгілеңіз.</translation>
    </message>
    <message>
        <source>The case is closed: nothing more to record.</source>
        <translation>Іс жабылды: бұдан әрі белгілейтін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>civil</source>
        <translation>азаматтық іс</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>әкімшілік іс</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>(our body)</source>
        <translation>(біздің орган)</translation>
    </message>
    <message>
        <source>The proposal and the decision cannot be written yet. Fill in:</source>
        <translation>Ұсыныс пен шешімді әзірге қалыптастыру мүмкін емес. Толтырыңыз:</translation>
    </message>
    <message>
        <source>— in what capacity? —</source>
        <translation>— қандай лауазымда? —</translation>
    </message>
    <message>
        <source>— choose who signs —</source>
        <translation>— кім қол қоятынын таңдаңыз —</translation>
    </message>
    <message>
        <source>The date of receipt is not recorded: the decision&apos;s term (7 working days from receipt, Algorithm, item 8) cannot be counted. Enter it with Edit on the Case tab.</source>
        <translation>Сұрау салудың келіп түскен күні көрсетілмеген: шешім мерзімін (келіп түскен күннен бастап жеті жұмыс күні, Алгоритм, 8-тармақ) есептеу мүмкін емес. Оны «Іс» қойындысындағы «Өзгерту» батырмасымен енгізіңіз.</translation>
    </message>
    <message>
        <source>(set by hand)</source>
        <translation>(қолмен қойылған)</translation>
    </message>
    <message>
        <source>The decision was due on {due}; it was taken on {date}.</source>
        <translation>Шешім мерзімі — {due}; шешім {date} қабылданды.</translation>
    </message>
    <message>
        <source>The decision was due on {due}; the case is closed.</source>
        <translation>Шешім мерзімі — {due}; іс жабылды.</translation>
    </message>
    <message>
        <source>The decision was due on {due}: late by {n} working days.</source>
        <translation>Шешім мерзімі {due} өтті: кешіктірілген жұмыс күндері: {n}.</translation>
    </message>
    <message>
        <source>Decide by {due}: {n} working days left.</source>
        <translation>Шешімді {due} кешіктірмей қабылдаңыз: қалған жұмыс күндері: {n}.</translation>
    </message>
    <message>
        <source>The appeal term expires on {date}; the request had to be sent by {latest}.</source>
        <translation>Шағым жасау мерзімі {date} өтеді; сұрау салу {latest} кешіктірілмей жіберілуге тиіс еді.</translation>
    </message>
    <message>
        <source>No problems found: the request can be considered on its merits (Algorithm, item 7).</source>
        <translation>Ескертулер табылмады: сұрау салуды мәні бойынша қарауға болады (Алгоритм, 7-тармақ).</translation>
    </message>
    <message>
        <source>Errors: {errors}; to check: {warnings}.</source>
        <translation>Бұзушылықтар: {errors}; тексеру керек: {warnings}.</translation>
    </message>
    <message>
        <source>No official of our body who may sign decisions is recorded: add the head, or a deputy (or the head of the apparatus) who supervises the legal service, in Settings → Officials.</source>
        <translation>Анықтамалықта біздің органның шешімге қол қоюға құқылы лауазымды тұлғасы жоқ: басшыны не заң қызметіне жетекшілік ететін орынбасарды (аппарат басшысын) «Баптаулар → Лауазымды тұлғалар» бөлімінде қосыңыз.</translation>
    </message>
    <message>
        <source>Choose who signs the decision.</source>
        <translation>Шешімге кім қол қоятынын таңдаңыз.</translation>
    </message>
    <message>
        <source>The first head or the person acting for them signs: no confirming documents are needed.</source>
        <translation>Бірінші басшы немесе оны алмастыратын тұлға қол қояды: растайтын құжаттар қажет емес.</translation>
    </message>
    <message>
        <source>A deputy or the head of the apparatus who supervises the legal service signs: the decision lists the documents confirming their authority (Algorithm, item 8).</source>
        <translation>Заң қызметіне жетекшілік ететін орынбасар немесе аппарат басшысы қол қояды: шешімде оның өкілеттігін растайтын құжаттар көрсетіледі (Алгоритм, 8-тармақ).</translation>
    </message>
    <message>
        <source>Name them below: the order of appointment, of assignment or distribution of duties.</source>
        <translation>Оларды төменде көрсетіңіз: тағайындау, функционалдық міндеттерді жүктеу немесе бөлу туралы бұйрық.</translation>
    </message>
    <message>
        <source>Decided on {date}: {what}.</source>
        <translation>{date} шешілді: {what}.</translation>
    </message>
    <message>
        <source>Under review by the legal service.</source>
        <translation>Заң қызметінің қарауында.</translation>
    </message>
    <message>
        <source>Received: start the review when the legal service takes the request up.</source>
        <translation>Сұрау салу алынды: заң қызметі оны жұмысқа алғанда қарауды бастаңыз.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Іс жабылды.</translation>
    </message>
    <message>
        <source>Write the reasons for proposing a refusal: the decision must give its grounds (Algorithm, item 8).</source>
        <translation>Бас тартуды ұсыну себептерін көрсетіңіз: шешімде негіздеме болуға тиіс (Алгоритм, 8-тармақ).</translation>
    </message>
    <message>
        <source>Choose what the legal service proposes: to consent or to refuse.</source>
        <translation>Заң қызметі не ұсынатынын таңдаңыз: келісу ме, әлде бас тарту ма.</translation>
    </message>
    <message>
        <source>Correct the proposal above first.</source>
        <translation>Алдымен жоғарыдағы ұсынысты түзетіңіз.</translation>
    </message>
    <message>
        <source>Write the grounds of the refusal: the decision must give them (Algorithm, item 8).</source>
        <translation>Бас тартудың негіздемесін көрсетіңіз: шешім оны міндетті түрде қамтиды (Алгоритм, 8-тармақ).</translation>
    </message>
    <message>
        <source>&amp;Send as a package…</source>
        <translation>&amp;Пакетпен жіберу…</translation>
    </message>
    <message>
        <source>Write the request with its attachments into one .kelisim file for the approving body (the request letter is generated first)</source>
        <translation>Сұрау салуды қосымшаларымен бірге келісуші орган үшін бір .kelisim файлына жазу (алдымен сұрау салу хаты қалыптастырылады)</translation>
    </message>
    <message>
        <source>&amp;Send the decision as a package…</source>
        <translation>Шешімді &amp;пакетпен жіберу…</translation>
    </message>
    <message>
        <source>Write the decision with its document into one .kelisim file for the requesting body</source>
        <translation>Шешімді құжатымен бірге сұрау салған орган үшін бір .kelisim файлына жазу</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Пакетті сақтау</translation>
    </message>
    <message>
        <source>Kelisim packages (*.kelisim)</source>
        <translation>Kelisim пакеттері (*.kelisim)</translation>
    </message>
    <message>
        <source>The package is written:
{path}

Send this file to {body} (by e-mail, the document system or on a USB drive); there it is loaded with File → Import a package.</source>
        <translation>Пакет жазылды:
{path}

Бұл файлды «{body}» органына жіберіңіз (электрондық пошта, құжат айналымы жүйесі арқылы немесе флешкамен); онда ол Файл → Пакетті жүктеу командасымен жүктеледі.</translation>
    </message>
    <message>
        <source>The package is written:
{path}

Send this file to the other body (by e-mail, the document system or on a USB drive); there it is loaded with File → Import a package.</source>
        <translation>Пакет жазылды:
{path}

Бұл файлды екінші тарапқа жіберіңіз (электрондық пошта, құжат айналымы жүйесі арқылы немесе флешкамен); онда ол Файл → Пакетті жүктеу командасымен жүктеледі.</translation>
    </message>
    <message>
        <source>Open its folder?</source>
        <translation>Оның қалтасын ашу керек пе?</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— көрсетілмеген —</translation>
    </message>
    <message>
        <source>expected, if received on the day it was sent ({date})</source>
        <translation>сұрау салу жіберілген күні ({date}) келіп түссе, күтілетін мерзім</translation>
    </message>
    <message>
        <source>head</source>
        <translation>басшы</translation>
    </message>
    <message>
        <source>acting head</source>
        <translation>басшының міндетін атқарушы</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>орынбасар</translation>
    </message>
    <message>
        <source>head of the apparatus</source>
        <translation>аппарат басшысы</translation>
    </message>
    <message>
        <source>head of the legal service</source>
        <translation>заң қызметінің басшысы</translation>
    </message>
    <message>
        <source>other official</source>
        <translation>өзге лауазымды тұлға</translation>
    </message>
    <message>
        <source>the head on the day (chosen by the program)</source>
        <translation>сұрау салу күнгі басшы (бағдарлама анықтайды)</translation>
    </message>
    <message>
        <source>Term: {period} from the day after: {what} ({basis}).</source>
        <translation>Мерзім: {period}, келесі күннен бастап: {what} ({basis}).</translation>
    </message>
    <message>
        <source>Routing cannot name the approving body: {why}</source>
        <translation>Келісуші орган анықталмады: {why}</translation>
    </message>
    <message>
        <source>By the Algorithm no consent is needed ({basis}).</source>
        <translation>Алгоритм бойынша келісу қажет емес ({basis}).</translation>
    </message>
    <message>
        <source>By the Algorithm the approving body is {body} ({basis}).</source>
        <translation>Алгоритм бойынша келісуші орган — {body} ({basis}).</translation>
    </message>
    <message>
        <source>Another body is chosen: write why.</source>
        <translation>Басқа орган таңдалды: негізін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Write why this body approves instead of the one the Algorithm names (for example, the law that authorises it to hear complaints).</source>
        <translation>Алгоритм бойынша аталған органның орнына неге осы орган келісетінін көрсетіңіз (мысалы, оған шағымдарды қарауға өкілеттік беретін заң).</translation>
    </message>
    <message>
        <source>Saved; the deadlines were recomputed.</source>
        <translation>Сақталды; мерзімдер қайта есептелді.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Choose: {what}</source>
        <translation>Таңдаңыз: {what}</translation>
    </message>
    <message>
        <source>A new version of: {name}</source>
        <translation>Файлдың жаңа нұсқасы: {name}</translation>
    </message>
    <message>
        <source>{n} p.</source>
        <translation>{n} п.</translation>
    </message>
    <message>
        <source>pages not counted</source>
        <translation>парақ саны анықталмады</translation>
    </message>
    <message>
        <source>Attached: {name} ({what}, {pages}).</source>
        <translation>Қоса берілді: {name} ({what}, {pages}).</translation>
    </message>
    <message>
        <source>Replaced: {old} → {new} ({pages}).</source>
        <translation>Ауыстырылды: {old} → {new} ({pages}).</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Қосымшаны алып тастау</translation>
    </message>
    <message>
        <source>Detach «{name}» from the case?</source>
        <translation>«{name}» файлын істен алып тастау керек пе?</translation>
    </message>
    <message>
        <source>Detached: {name}.</source>
        <translation>Алып тасталды: {name}.</translation>
    </message>
    <message>
        <source>No program opens this kind of file; the copy is in {folder}.</source>
        <translation>Мұндай файлды ашатын бағдарлама жоқ; көшірмесі {folder} қалтасында.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Қалыптастырылды</translation>
    </message>
    <message>
        <source>other file</source>
        <translation>өзге файл</translation>
    </message>
    <message>
        <source>{name} (the file is no longer there)</source>
        <translation>{name} (файл енді жоқ)</translation>
    </message>
    <message>
        <source>The file {path} is no longer there: generate the documents again.</source>
        <translation>{path} файлы енді жоқ: құжаттарды қайта қалыптастырыңыз.</translation>
    </message>
    <message>
        <source>No program opens this kind of file; it is {path}.</source>
        <translation>Мұндай файлды ашатын бағдарлама жоқ; файл: {path}.</translation>
    </message>
    <message>
        <source>No documents have been generated for this case yet.</source>
        <translation>Бұл іс бойынша құжаттар әлі қалыптастырылмаған.</translation>
    </message>
    <message>
        <source>The documents cannot be written yet. Fill in on the Case and Attachments tabs:</source>
        <translation>Құжаттарды әзірге қалыптастыру мүмкін емес. «Іс» және «Қосымшалар» қойындыларында толтырыңыз:</translation>
    </message>
    <message>
        <source>{n} documents written to {folder}</source>
        <translation>Қалыптастырылған құжаттар: {n}, қалта {folder}</translation>
    </message>
    <message>
        <source>Case card</source>
        <translation>Іс карточкасы</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Бағыты:</translation>
    </message>
    <message>
        <source>What is appealed:</source>
        <translation>Не шағымданылады:</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Сот:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Іс нөмірі:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Тараптар:</translation>
    </message>
    <message>
        <source>Subject of the claim:</source>
        <translation>Талап қою нысанасы:</translation>
    </message>
    <message>
        <source>Court act:</source>
        <translation>Сот актісі:</translation>
    </message>
    <message>
        <source>Requesting body:</source>
        <translation>Сұрау салушы орган:</translation>
    </message>
    <message>
        <source>Approving body:</source>
        <translation>Келісетін орган:</translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation>Орындаушы:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Сұрау салу:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Жазбалар:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Өзгерту</translation>
    </message>
    <message>
        <source>Change the case&apos;s data; the deadlines are recomputed</source>
        <translation>Іс деректерін өзгерту; мерзімдер қайта есептеледі</translation>
    </message>
    <message>
        <source>&amp;What is appealed:</source>
        <translation>&amp;Не шағымданылады:</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>&amp;Сот:</translation>
    </message>
    <message>
        <source>Court (in &amp;Kazakh):</source>
        <translation>Сот (қ&amp;азақша):</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Іс нө&amp;мірі:</translation>
    </message>
    <message>
        <source>Act&apos;s &amp;dates:</source>
        <translation>Актінің к&amp;үндері:</translation>
    </message>
    <message>
        <source>copy received</source>
        <translation>көшірмесі алынды</translation>
    </message>
    <message>
        <source>Term &amp;runs from:</source>
        <translation>Мерзім &amp;есептеледі:</translation>
    </message>
    <message>
        <source>Su&amp;bject of the claim:</source>
        <translation>Талап қою н&amp;ысанасы:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>Та&amp;раптар:</translation>
    </message>
    <message>
        <source>Add part&amp;y</source>
        <translation>Тарап &amp;қосу</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Тарапты жою</translation>
    </message>
    <message>
        <source>Bodies and people</source>
        <translation>Органдар және лауазымды тұлғалар</translation>
    </message>
    <message>
        <source>Re&amp;questing body:</source>
        <translation>Сұрау салатын ор&amp;ган:</translation>
    </message>
    <message>
        <source>Why &amp;this body:</source>
        <translation>Таң&amp;дау негізі:</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>Қол қо&amp;юшы:</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>Орында&amp;ушы:</translation>
    </message>
    <message>
        <source>Executor&apos;s p&amp;hone:</source>
        <translation>Орындаушының теле&amp;фоны:</translation>
    </message>
    <message>
        <source>Reas&amp;on for the change (kept in the history):</source>
        <translation>&amp;Өзгерту себебі (тарихта сақталады):</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Ө&amp;згерістерді сақтау</translation>
    </message>
    <message>
        <source>Request, decision and complaint</source>
        <translation>Сұрау салу, шешім және шағым</translation>
    </message>
    <message>
        <source>sent on</source>
        <translation>жіберілген күні</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>келіп түскен күні</translation>
    </message>
    <message>
        <source>on</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>Reasons of the decision:</source>
        <translation>Шешімнің уәждері:</translation>
    </message>
    <message>
        <source>Complaint &amp;filed on:</source>
        <translation>Шағым &amp;берілген күні:</translation>
    </message>
    <message>
        <source>case closed on</source>
        <translation>іс жабылған күні</translation>
    </message>
    <message>
        <source>Kind of the &amp;act:</source>
        <translation>Актінің &amp;түрі:</translation>
    </message>
    <message>
        <source>Appro&amp;ving body:</source>
        <translation>Келісуші &amp;орган:</translation>
    </message>
    <message>
        <source>&amp;Language of the documents:</source>
        <translation>Құжаттар ті&amp;лі:</translation>
    </message>
    <message>
        <source>O&amp;utgoing no. and date:</source>
        <translation>Шы&amp;ғыс № және күні:</translation>
    </message>
    <message>
        <source>Incoming no. and date of rec&amp;eipt:</source>
        <translation>Кір&amp;іс № және келіп түскен күні:</translation>
    </message>
    <message>
        <source>Dec&amp;ision:</source>
        <translation>&amp;Шешім:</translation>
    </message>
    <message>
        <source>Save the changes; the deadlines are recomputed (Ctrl+S)</source>
        <translation>Өзгерістерді сақтау; мерзімдер қайта есептеледі (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Өзгерістерден бас тарту (Esc)</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Мерзімдер</translation>
    </message>
    <message>
        <source>Set a deadline by hand (for example, another date of service of the act)</source>
        <translation>Мерзімді қолмен қою (мысалы, акт басқа күні табыс етілгенде)</translation>
    </message>
    <message>
        <source>Deadl&amp;ine:</source>
        <translation>Мер&amp;зім:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Жаңа к&amp;үні:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>Се&amp;бебі:</translation>
    </message>
    <message>
        <source>Set &amp;by hand</source>
        <translation>&amp;Қолмен қою</translation>
    </message>
    <message>
        <source>Back to the &amp;computed date</source>
        <translation>Есептелген күнге қ&amp;айтару</translation>
    </message>
    <message>
        <source>How the deadlines were computed:</source>
        <translation>Мерзімдер қалай есептелді:</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Қосымшалар</translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation>Әзірге қосымшалар жоқ.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Тү&amp;рі:</translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation>Файл &amp;қосу…</translation>
    </message>
    <message>
        <source>Attach a file of the chosen kind; it is checked at once</source>
        <translation>Таңдалған түрдегі файлды қоса беру; ол бірден тексеріледі</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Ауы&amp;стыру…</translation>
    </message>
    <message>
        <source>Put a new version of the chosen file in its place</source>
        <translation>Таңдалған файлдың орнына оның жаңа нұсқасын қою</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алып &amp;тастау</translation>
    </message>
    <message>
        <source>Detach the chosen file from the case</source>
        <translation>Таңдалған файлды істен алып тастау</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Құжатта&amp;р</translation>
    </message>
    <message>
        <source>No documents generated yet.</source>
        <translation>Құжаттар әлі қалыптастырылмаған.</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>&amp;Қалтаны ашу</translation>
    </message>
    <message>
        <source>&amp;Generate the documents</source>
        <translation>Құжаттарды қал&amp;ыптастыру</translation>
    </message>
    <message>
        <source>Write the case&apos;s documents from its current data (again, if they were written before)</source>
        <translation>Іс құжаттарын оның ағымдағы деректері бойынша қалыптастыру (бұрын қалыптастырылса — қайтадан)</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Т&amp;ексеру</translation>
    </message>
    <message>
        <source>The check against the Algorithm (items 2, 6, 8)</source>
        <translation>Алгоритм бойынша тексеру (2, 6, 8-тармақтар)</translation>
    </message>
    <message>
        <source>Show the full e&amp;xplanation</source>
        <translation>Толық түсіндірмені &amp;көрсету</translation>
    </message>
    <message>
        <source>The dates, every finding with its paragraph, the route and how the dates were computed</source>
        <translation>Күндер, әр ескерту негізделген тармағымен, бағыт және мерзімдердің есебі</translation>
    </message>
    <message>
        <source>Who signed the request (Algorithm, item 6)</source>
        <translation>Сұрау салуға кім қол қойды (Алгоритм, 6-тармақ)</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Қол &amp;қойған:</translation>
    </message>
    <message>
        <source>surname, first name and patronymic, as in the letter</source>
        <translation>тегі, аты және әкесінің аты — хаттағыдай</translation>
    </message>
    <message>
        <source>In what capacity the person signed</source>
        <translation>Сұрау салуға қандай лауазымда қол қойылған</translation>
    </message>
    <message>
        <source>Proposal of the legal service (Algorithm, item 7)</source>
        <translation>Заң қызметінің ұсынысы (Алгоритм, 7-тармақ)</translation>
    </message>
    <message>
        <source>Propos&amp;al:</source>
        <translation>&amp;Ұсыныс:</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>К&amp;елісу</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Бас т&amp;арту</translation>
    </message>
    <message>
        <source>Reaso&amp;ns:</source>
        <translation>&amp;Уәждері:</translation>
    </message>
    <message>
        <source>whether the law gives grounds to appeal the act, and why</source>
        <translation>заңнамада актіге шағым жасауға негіздер бар ма және неге</translation>
    </message>
    <message>
        <source>Da&amp;ted:</source>
        <translation>Күн&amp;і:</translation>
    </message>
    <message>
        <source>Si&amp;gns the decision:</source>
        <translation>&amp;Шешімге қол қоятын:</translation>
    </message>
    <message>
        <source>The first head or the person acting for them; or a deputy or the head of the apparatus who supervises the legal service (Algorithm, item 8)</source>
        <translation>Бірінші басшы немесе оны алмастыратын тұлға; не заң қызметіне жетекшілік ететін орынбасар немесе аппарат басшысы (Алгоритм, 8-тармақ)</translation>
    </message>
    <message>
        <source>Confir&amp;ming documents:</source>
        <translation>&amp;Растайтын құжаттар:</translation>
    </message>
    <message>
        <source>e.g. order No. 15-k of 10.01.2026 on the distribution of duties</source>
        <translation>мысалы, міндеттерді бөлу туралы 10.01.2026 № 15-к бұйрық</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save who signed the request, the proposal and who signs the decision</source>
        <translation>Сұрау салуға қол қойған тұлғаны, ұсынысты және шешімге қол қоюшыны сақтау</translation>
    </message>
    <message>
        <source>Decision (Algorithm, item 8)</source>
        <translation>Шешім (Алгоритм, 8-тармақ)</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Шешім кү&amp;ні:</translation>
    </message>
    <message>
        <source>Gro&amp;unds:</source>
        <translation>Негізде&amp;месі:</translation>
    </message>
    <message>
        <source>the grounds of the decision; taken from the proposal</source>
        <translation>шешімнің негіздемесі; ұсыныстан алынады</translation>
    </message>
    <message>
        <source>Start the revie&amp;w</source>
        <translation>Қарауды &amp;бастау</translation>
    </message>
    <message>
        <source>Decided: c&amp;onsent</source>
        <translation>Шешілді: ке&amp;лісу</translation>
    </message>
    <message>
        <source>Record the decision to consent on the date chosen</source>
        <translation>Келісу туралы шешімді таңдалған күнге белгілеу</translation>
    </message>
    <message>
        <source>Decided: &amp;refuse</source>
        <translation>Шешілді: бас &amp;тарту</translation>
    </message>
    <message>
        <source>Record the refusal on the date chosen; its grounds are required</source>
        <translation>Бас тартуды таңдалған күнге белгілеу; негіздемесі міндетті</translation>
    </message>
    <message>
        <source>Generate the &amp;proposal and the decision</source>
        <translation>Ұсыныс пен шешімді қалы&amp;птастыру</translation>
    </message>
    <message>
        <source>Write the proposal (item 7) and the decision (item 8) from the case&apos;s data and open their folder</source>
        <translation>Іс деректері бойынша ұсынысты (7-тармақ) және шешімді (8-тармақ) қалыптастырып, олардың қалтасын ашу</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>Не болғанын белгілеу</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>Continue in the &amp;wizard</source>
        <translation>&amp;Шеберде жалғастыру</translation>
    </message>
    <message>
        <source>Open the new-request wizard on this draft</source>
        <translation>Осы жобада жаңа сұрау салу шеберін ашу</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Жабу</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>(includes {place})</source>
        <translation>({place} кіреді)</translation>
    </message>
    <message>
        <source>KATO code {code}</source>
        <translation>КАТО коды {code}</translation>
    </message>
    <message>
        <source>Nothing found: try another spelling or part of the name.</source>
        <translation>Ештеңе табылмады: басқаша жазып немесе атаудың бір бөлігін енгізіп көріңіз.</translation>
    </message>
    <message>
        <source>Choose the body in the list.</source>
        <translation>Тізімнен органды таңдаңыз.</translation>
    </message>
    <message>
        <source>The head is the {title}.</source>
        <translation>Басшысы — {title}.</translation>
    </message>
    <message>
        <source>Find our body and choose it in the list.</source>
        <translation>Өз органыңызды тауып, тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>Write the head&apos;s surname and first name (and patronymic, if any).</source>
        <translation>Басшының тегі мен атын (болса, әкесінің атын) жазыңыз.</translation>
    </message>
    <message>
        <source>Write the executor&apos;s surname and first name.</source>
        <translation>Орындаушының тегі мен атын жазыңыз.</translation>
    </message>
    <message>
        <source>Welcome to Kelisim</source>
        <translation>Kelisim бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>Before the case register opens, tell Kelisim which body you work for: it will be the requesting body of your requests, and the letters will name its head and the executor. Everything can be changed later. The deadline calculator and the calendar can be used right away.</source>
        <translation>Істер тізілімі ашылмас бұрын қай органда жұмыс істейтініңізді көрсетіңіз: ол сіздің сұрау салуларыңыздың сұрау салушы органы болады, ал хаттарда оның басшысы мен орындаушысы көрсетіледі. Мұның бәрін кейін өзгертуге болады. Мерзімдер калькуляторы мен күнтізбені бірден пайдалануға болады.</translation>
    </message>
    <message>
        <source>Our &amp;body:</source>
        <translation>Біздің &amp;орган:</translation>
    </message>
    <message>
        <source>a name in Russian or Kazakh, e.g. Узынагаш or Қасық, or a KATO code</source>
        <translation>орысша немесе қазақша атауы, мысалы Узынагаш немесе Қасық, не КАТО коды</translation>
    </message>
    <message>
        <source>&amp;Head (full name):</source>
        <translation>&amp;Басшы (ТАӘ):</translation>
    </message>
    <message>
        <source>surname, first name, patronymic</source>
        <translation>тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>&amp;Executor (full name):</source>
        <translation>Ор&amp;ындаушы (ТАӘ):</translation>
    </message>
    <message>
        <source>the lawyer who prepares the requests</source>
        <translation>сұрау салуларды дайындайтын заңгер</translation>
    </message>
    <message>
        <source>Executor&apos;s &amp;phone:</source>
        <translation>Орындаушының &amp;телефоны:</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Кейінірек</translation>
    </message>
    <message>
        <source>Use the calculator and the calendar now; set up the body later</source>
        <translation>Калькулятор мен күнтізбені қазір пайдалану, ал органды кейін көрсету</translation>
    </message>
    <message>
        <source>&amp;Save and open the register</source>
        <translation>&amp;Сақтау және тізілімді ашу</translation>
    </message>
</context>
<context>
    <name>ImportPackageDialog</name>
    <message>
        <source>{n} MB</source>
        <translation>{n} МБ</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Кімнен:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кімге:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Іс:</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>{date} № {number}</translation>
    </message>
    <message>
        <source>Request letter:</source>
        <translation>Сұрау салу хаты:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Қол қойған:</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>келісілді</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>келісуден бас тартылды</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Шешім қабылдаған:</translation>
    </message>
    <message>
        <source>Our request:</source>
        <translation>Біздің сұрау салу:</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлдар:</translation>
    </message>
    <message>
        <source>{files}, {size} in all</source>
        <translation>{files}, барлығы {size}</translation>
    </message>
    <message>
        <source>Package made:</source>
        <translation>Пакет жасалған:</translation>
    </message>
    <message>
        <source>{when}, Kelisim {version}</source>
        <translation>{when}, Kelisim {version} бағдарламасы</translation>
    </message>
    <message>
        <source>Load the request for consent to appeal?</source>
        <translation>Шағымдануды келісу туралы сұрау салуды жүктеу керек пе?</translation>
    </message>
    <message>
        <source>The request becomes an incoming case of the register, with its files; the decision&apos;s due date is counted from the date of receipt. Nothing is written before you press Load.</source>
        <translation>Сұрау салу файлдарымен бірге тізілімнің кіріс ісі болады; шешім мерзімі келіп түскен күннен бастап есептеледі. «Жүктеу» басылғанға дейін ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Load the decision on our request?</source>
        <translation>Біздің сұрау салу бойынша шешімді жүктеу керек пе?</translation>
    </message>
    <message>
        <source>The decision is recorded in the case of our request, with the decision document. Nothing is written before you press Load.</source>
        <translation>Шешім құжатымен бірге біздің сұрау салу ісіне енгізіледі. «Жүктеу» басылғанға дейін ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>Import a package — {name}</source>
        <translation>Пакетті жүктеу — {name}</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Пакетті жүктеу</translation>
    </message>
    <message>
        <source>Registration of the incoming request</source>
        <translation>Кіріс сұрау салуды тіркеу</translation>
    </message>
    <message>
        <source>Date of &amp;receipt:</source>
        <translation>Келіп &amp;түскен күні:</translation>
    </message>
    <message>
        <source>The day the request reached us; the decision is due within 7 working days of it (Algorithm, p. 8)</source>
        <translation>Сұрау салудың бізге келіп түскен күні; шешім осы күннен бастап 7 жұмыс күні ішінде қабылданады (Алгоритм, 8-тармақ)</translation>
    </message>
    <message>
        <source>Our &amp;incoming number:</source>
        <translation>Біздің &amp;кіріс нөміріміз:</translation>
    </message>
    <message>
        <source>as registered by the office, e.g. 01-15/1187</source>
        <translation>кеңсе тіркеген нөмір, мысалы 01-15/1187</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Жүктеу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <source>{name} (in the register)</source>
        <translation>{name} (тізілімде)</translation>
    </message>
    <message>
        <source>From the register: {name}.</source>
        <translation>Тізілімнен: {name}.</translation>
    </message>
    <message>
        <source>Civil case</source>
        <translation>Азаматтық іс</translation>
    </message>
    <message>
        <source>Administrative case</source>
        <translation>Әкімшілік іс</translation>
    </message>
    <message>
        <source>— in what capacity? —</source>
        <translation>— қандай лауазымда? —</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Draft complaint</source>
        <translation>Шағымның жобасы</translation>
    </message>
    <message>
        <source>Term: {period} from the day after: {what} ({basis}).</source>
        <translation>Мерзім: {period}, келесі күннен бастап: {what} ({basis}).</translation>
    </message>
    <message>
        <source>Our own body is not chosen yet: choose it in Settings first; the request is registered as received by it.</source>
        <translation>Біздің орган әлі таңдалмаған: алдымен оны баптауларда таңдаңыз — сұрау салу соған келіп түскен ретінде тіркеледі.</translation>
    </message>
    <message>
        <source>Approving body: {body} (our body).</source>
        <translation>Келісуші орган: {body} (біздің орган).</translation>
    </message>
    <message>
        <source>The approving body cannot be determined: {why}</source>
        <translation>Келісуші орган анықталмады: {why}</translation>
    </message>
    <message>
        <source>By the Algorithm this body needs no consent ({basis}): the review will say so.</source>
        <translation>Алгоритм бойынша бұл органға келісу талап етілмейді ({basis}): бұл тексеру кезінде белгіленеді.</translation>
    </message>
    <message>
        <source>By the Algorithm this body&apos;s requests come to us ({basis}).</source>
        <translation>Алгоритм бойынша бұл органның сұрау салулары бізге келіп түседі ({basis}).</translation>
    </message>
    <message>
        <source>By the Algorithm this body&apos;s requests go to the {official}, not to us ({basis}). It can still be registered; the review will flag it.</source>
        <translation>Алгоритм бойынша бұл органның сұрау салуларын біздің орган емес, {official} келіседі ({basis}). Сұрау салуды тіркеуге болады; тексеру кезінде бұл белгіленеді.</translation>
    </message>
    <message>
        <source>By analogy: please check.</source>
        <translation>Ұқсастығы бойынша — тексеріңіз.</translation>
    </message>
    <message>
        <source>Choose: {what}</source>
        <translation>Таңдаңыз: {what}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Pages: read from the file where possible; correct it if needed</source>
        <translation>Парақ саны: мүмкін болса файлдан оқылды; қажет болса түзетіңіз</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>not attached yet (required with the request, item 6)</source>
        <translation>әлі қоса берілмеген (сұрау салуға міндетті, 6-тармақ)</translation>
    </message>
    <message>
        <source>drop files here</source>
        <translation>файлдарды осында сүйреңіз</translation>
    </message>
    <message>
        <source>Choose our own body in Settings first: the request is registered as received by it.</source>
        <translation>Алдымен біздің органды баптауларда таңдаңыз: сұрау салу соған келіп түскен ретінде тіркеледі.</translation>
    </message>
    <message>
        <source>Find the requesting body and choose it in the list.</source>
        <translation>Сұрау салған органды тауып, оны тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <source>The letter is dated after the day it was received: check both dates.</source>
        <translation>Хаттың күні оның келіп түскен күнінен кейін: екі күнді де тексеріңіз.</translation>
    </message>
    <message>
        <source>The request cannot be received after today ({date}): check the date of receipt.</source>
        <translation>Сұрау салу бүгінгі күннен ({date}) кейін келіп түсе алмайды: келіп түскен күнін тексеріңіз.</translation>
    </message>
    <message>
        <source>Write the court that made the act.</source>
        <translation>Актіні шығарған сотты көрсетіңіз.</translation>
    </message>
    <message>
        <source>Write the case number.</source>
        <translation>Іс нөмірін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Write the subject of the claim: the decision must state it (Algorithm, item 8).</source>
        <translation>Талап қою нысанасын көрсетіңіз: шешім оны міндетті түрде баяндайды (Алгоритм, 8-тармақ).</translation>
    </message>
    <message>
        <source>Enter the date the appeal term runs from: {what}.</source>
        <translation>Шағымдану мерзімі есептелетін күнді көрсетіңіз: {what}.</translation>
    </message>
    <message>
        <source>Register an incoming request</source>
        <translation>Кіріс сұрау салуды тіркеу</translation>
    </message>
    <message>
        <source>Enter what the letter says. The request is registered as received by our body, which decides on it within 7 working days of receipt (Algorithm, item 8).</source>
        <translation>Хатта жазылғанды енгізіңіз. Сұрау салу біздің органға келіп түскен ретінде тіркеледі; ол бойынша шешім келіп түскен күннен бастап жеті жұмыс күнінен аспайтын мерзімде қабылданады (Алгоритм, 8-тармақ).</translation>
    </message>
    <message>
        <source>The request letter</source>
        <translation>Сұрау салу хаты</translation>
    </message>
    <message>
        <source>Requesting &amp;body:</source>
        <translation>Сұрау салған &amp;орган:</translation>
    </message>
    <message>
        <source>name in Russian or Kazakh, or the KATO code</source>
        <translation>орысша немесе қазақша атауы не КАТО коды</translation>
    </message>
    <message>
        <source>Type a part of the name: akimats from KATO and the bodies already in the register are offered</source>
        <translation>Атауының бір бөлігін теріңіз: КАТО-дағы әкімдіктер мен тізілімге енгізілген органдар ұсынылады</translation>
    </message>
    <message>
        <source>Choose the requesting body; Enter in the search box takes the first one</source>
        <translation>Сұрау салған органды таңдаңыз; іздеу жолындағы Enter біріншісін таңдайды</translation>
    </message>
    <message>
        <source>&amp;Their outgoing no.:</source>
        <translation>&amp;Шығыс нөмірі:</translation>
    </message>
    <message>
        <source>their outgoing number</source>
        <translation>хаттың шығыс нөмірі</translation>
    </message>
    <message>
        <source>of</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>the date of the letter</source>
        <translation>хаттың күні</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Қол қо&amp;йған:</translation>
    </message>
    <message>
        <source>surname, first name and patronymic, as in the letter</source>
        <translation>тегі, аты және әкесінің аты — хаттағыдай</translation>
    </message>
    <message>
        <source>In what capacity the person signed (Algorithm, item 6)</source>
        <translation>Сұрау салуға қандай лауазымда қол қойылған (Алгоритм, 6-тармақ)</translation>
    </message>
    <message>
        <source>Our &amp;incoming no.:</source>
        <translation>&amp;Біздің кіріс нөмірі:</translation>
    </message>
    <message>
        <source>our registration number</source>
        <translation>бізде тіркелген нөмірі</translation>
    </message>
    <message>
        <source>received o&amp;n</source>
        <translation>келіп тү&amp;скен күні</translation>
    </message>
    <message>
        <source>The day the letter reached us: the 7 working days of the decision run from it (Algorithm, item 8)</source>
        <translation>Хаттың бізге келіп түскен күні: шешімге берілетін жеті жұмыс күні содан бастап есептеледі (Алгоритм, 8-тармақ)</translation>
    </message>
    <message>
        <source>&amp;Language of the documents:</source>
        <translation>Құжаттар ті&amp;лі:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Қосымшалар</translation>
    </message>
    <message>
        <source>In the capacity of:</source>
        <translation>Лауазымы:</translation>
    </message>
    <message>
        <source>Drop the files on a line or choose them; each file is checked at once and stored when the request is registered.</source>
        <translation>Файлдарды қажетті жолға сүйреңіз немесе таңдаңыз; әр файл бірден тексеріледі және сұрау салу тіркелгенде сақталады.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Choose the draft complaint (or petition)</source>
        <translation>Шағымның (өтінішхаттың) жобасын таңдаңыз</translation>
    </message>
    <message>
        <source>Court act that is appealed</source>
        <translation>Шағым жасалатын сот актісі</translation>
    </message>
    <message>
        <source>Choose the court act that is appealed</source>
        <translation>Шағым жасалатын сот актісін таңдаңыз</translation>
    </message>
    <message>
        <source>The request letter itself</source>
        <translation>Сұрау салу хатының өзі</translation>
    </message>
    <message>
        <source>Choose the scan of the request letter</source>
        <translation>Сұрау салу хатының сканерленген көшірмесін таңдаңыз</translation>
    </message>
    <message>
        <source>Confirming documents</source>
        <translation>Растайтын құжаттар</translation>
    </message>
    <message>
        <source>Choose the documents confirming the signatory&apos;s authority</source>
        <translation>Қол қойған тұлғаның өкілеттігін растайтын құжаттарды таңдаңыз</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Өзге құжаттар</translation>
    </message>
    <message>
        <source>Choose other documents</source>
        <translation>Өзге құжаттарды таңдаңыз</translation>
    </message>
    <message>
        <source>The court act</source>
        <translation>Сот актісі</translation>
    </message>
    <message>
        <source>Pro&amp;cedure:</source>
        <translation>&amp;Іс жүргізу:</translation>
    </message>
    <message>
        <source>What is &amp;appealed:</source>
        <translation>Не шағымдан&amp;ылады:</translation>
    </message>
    <message>
        <source>Co&amp;urt:</source>
        <translation>Со&amp;т:</translation>
    </message>
    <message>
        <source>e.g. the district court that made the act</source>
        <translation>мысалы, актіні шығарған аудандық сот</translation>
    </message>
    <message>
        <source>Court (in &amp;Kazakh):</source>
        <translation>Сот (&amp;қазақша):</translation>
    </message>
    <message>
        <source>the court&apos;s name in Kazakh, for documents in Kazakh (optional)</source>
        <translation>соттың қазақша атауы — қазақ тіліндегі құжаттар үшін (міндетті емес)</translation>
    </message>
    <message>
        <source>Case nu&amp;mber:</source>
        <translation>Іс нө&amp;мірі:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>Та&amp;раптар:</translation>
    </message>
    <message>
        <source>The people and organisations in the case; the IIN/BIN is optional</source>
        <translation>Іске қатысатын тұлғалар мен ұйымдар; ЖСН/БСН міндетті емес</translation>
    </message>
    <message>
        <source>Add a part&amp;y</source>
        <translation>Тарап қос&amp;у</translation>
    </message>
    <message>
        <source>Remo&amp;ve the party</source>
        <translation>Тарапты алып т&amp;астау</translation>
    </message>
    <message>
        <source>&amp;Subject of the claim:</source>
        <translation>Талап қою &amp;нысанасы:</translation>
    </message>
    <message>
        <source>what the plaintiff asked the court for</source>
        <translation>талапкер соттан не сұрады</translation>
    </message>
    <message>
        <source>The act&apos;s dates:</source>
        <translation>Актінің күндері:</translation>
    </message>
    <message>
        <source>Ann&amp;ounced:</source>
        <translation>&amp;Жария етілді:</translation>
    </message>
    <message>
        <source>the operative part was read out</source>
        <translation>қарар бөлігі жария етілді</translation>
    </message>
    <message>
        <source>In &amp;final form:</source>
        <translation>Түпкілікті нысан&amp;да:</translation>
    </message>
    <message>
        <source>the date the full text was made</source>
        <translation>толық мәтіні дайындалған күн</translation>
    </message>
    <message>
        <source>Copy rec&amp;eived by them:</source>
        <translation>Көшірмені ал&amp;ған күні:</translation>
    </message>
    <message>
        <source>the day the requesting body received the copy of the act</source>
        <translation>сұрау салған органның акт көшірмесін алған күні</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Тір&amp;кеу</translation>
    </message>
    <message>
        <source>Create the incoming case with its attachments and open its card (Ctrl+Enter)</source>
        <translation>Кіріс істі қосымшаларымен бірге құрып, оның карточкасын ашу (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Close without registering (Esc)</source>
        <translation>Тіркемей жабу (Esc)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft complaint</source>
        <translation>Шағымның жобасы</translation>
    </message>
    <message>
        <source>Court act</source>
        <translation>Сот актісі</translation>
    </message>
    <message>
        <source>Confirming document</source>
        <translation>Растайтын құжат</translation>
    </message>
    <message>
        <source>Request letter</source>
        <translation>Сұрау салу хаты</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Ұсыныс</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Өзге құжат</translation>
    </message>
    <message>
        <source>head of the body</source>
        <translation>орган басшысы</translation>
    </message>
    <message>
        <source>acting head</source>
        <translation>басшыны алмастыратын тұлға</translation>
    </message>
    <message>
        <source>deputy head</source>
        <translation>басшының орынбасары</translation>
    </message>
    <message>
        <source>head of the apparatus</source>
        <translation>аппарат басшысы</translation>
    </message>
    <message>
        <source>head of the legal service</source>
        <translation>заң қызметінің басшысы</translation>
    </message>
    <message>
        <source>executor</source>
        <translation>орындаушы</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>өзге тұлға</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.rtf *.odt *.jpg *.jpeg *.png *.tif *.tiff *.txt)</source>
        <translation>Құжаттар (*.pdf *.docx *.doc *.rtf *.odt *.jpg *.jpeg *.png *.tif *.tiff *.txt)</translation>
    </message>
    <message>
        <source>late</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>3 working days or less</source>
        <translation>3 жұмыс күні және одан аз</translation>
    </message>
    <message>
        <source>7 working days or less</source>
        <translation>7 жұмыс күні және одан аз</translation>
    </message>
    <message>
        <source>enough time</source>
        <translation>уақыт жеткілікті</translation>
    </message>
    <message>
        <source>closed or no deadline</source>
        <translation>жабылған немесе мерзімсіз</translation>
    </message>
    <message>
        <source>send the request</source>
        <translation>сұрау салуды жіберу</translation>
    </message>
    <message>
        <source>appeal term expires</source>
        <translation>шағымдану мерзімі өтеді</translation>
    </message>
    <message>
        <source>decision on consent due</source>
        <translation>келісу туралы шешім мерзімі</translation>
    </message>
    <message>
        <source>Court act (event)</source>
        <translation>Сот актісі (оқиға)</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Мерзімнің басталуы</translation>
    </message>
    <message>
        <source>Last day by count</source>
        <translation>Есеп бойынша соңғы күн</translation>
    </message>
    <message>
        <source>Appeal term expires</source>
        <translation>Шағымдану мерзімі өтеді</translation>
    </message>
    <message>
        <source>Latest day to send the request</source>
        <translation>Сұрау салуды жіберудің соңғы күні</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Сұрау салу келіп түсті</translation>
    </message>
    <message>
        <source>Decision on consent due</source>
        <translation>Келісу туралы шешімнің мерзімі</translation>
    </message>
    <message>
        <source>our request to the higher akim</source>
        <translation>жоғары тұрған әкімге біздің сұрау салуымыз</translation>
    </message>
    <message>
        <source>a request to us</source>
        <translation>бізге келген сұрау салу</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case register</source>
        <translation>Істер тізілімі</translation>
    </message>
    <message>
        <source>Deadline calculator</source>
        <translation>Мерзімдер калькуляторы</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Өндірістік күнтізбе</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Жаңа сұрау салу…</translation>
    </message>
    <message>
        <source>Prepare a new request for consent to appeal</source>
        <translation>Шағымдануды келісу туралы жаңа сұрау салуды дайындау</translation>
    </message>
    <message>
        <source>Register an &amp;incoming request…</source>
        <translation>Кі&amp;ріс сұрау салуды тіркеу…</translation>
    </message>
    <message>
        <source>Register a request for consent that came to us from a lower body</source>
        <translation>Төмен тұрған органнан бізге келіп түскен келісу туралы сұрау салуды тіркеу</translation>
    </message>
    <message>
        <source>Import a &amp;package…</source>
        <translation>&amp;Пакетті жүктеу…</translation>
    </message>
    <message>
        <source>Load a .kelisim package: a request for consent from a lower body, or the decision on our request</source>
        <translation>.kelisim пакетін жүктеу: төмен тұрған органның келісу туралы сұрау салуы немесе біздің сұрау салу бойынша шешім</translation>
    </message>
    <message>
        <source>Semi-&amp;annual report…</source>
        <translation>Жартыжылдық &amp;есеп…</translation>
    </message>
    <message>
        <source>The figures of the half-year per body, with charts; saved as DOCX and XLSX</source>
        <translation>Органдар бойынша жартыжылдық көрсеткіштері, диаграммалармен; DOCX және XLSX ретінде сақталады</translation>
    </message>
    <message>
        <source>&amp;Generate documents for the selected cases…</source>
        <translation>Таңдалған істер бойынша құжа&amp;ттар…</translation>
    </message>
    <message>
        <source>Write the documents of every case selected in the register (Ctrl or Shift + click selects several)</source>
        <translation>Тізілімде таңдалған әр іс бойынша құжаттарды жасау (бірнеше іс Ctrl немесе Shift басып тұрып шерту арқылы таңдалады)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Сақтық &amp;көшірме жасау…</translation>
    </message>
    <message>
        <source>Write a verified archive of the register and every attachment</source>
        <translation>Тізілім мен барлық қосымшалардың тексерілген мұрағатын жазу</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Сақтық көшірмеден қа&amp;лпына келтіру…</translation>
    </message>
    <message>
        <source>Replace the register with a backup; the current data is kept aside</source>
        <translation>Тізілімді сақтық көшірмемен ауыстыру; ағымдағы деректер бөлек сақталады</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>Our body and officials, languages, the data folder, templates, the calendar</source>
        <translation>Біздің орган және лауазымды тұлғалар, тілдер, деректер қалтасы, үлгілер, күнтізбе</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;About Kelisim</source>
        <translation>Kelisim &amp;туралы</translation>
    </message>
    <message>
        <source>Kelisim is already open</source>
        <translation>Kelisim ашық тұр</translation>
    </message>
    <message>
        <source>The data folder is not available</source>
        <translation>Деректер қалтасы қолжетімсіз</translation>
    </message>
    <message>
        <source>The data folder cannot be written</source>
        <translation>Деректер қалтасына жазуға болмайды</translation>
    </message>
    <message>
        <source>An interrupted operation</source>
        <translation>Үзілген әрекет</translation>
    </message>
    <message>
        <source>Choose our own body first: the request is made on its behalf.</source>
        <translation>Алдымен өз органыңызды таңдаңыз: сұрау салу оның атынан жіберіледі.</translation>
    </message>
    <message>
        <source>Choose our own body first: the request is registered as received by it.</source>
        <translation>Алдымен біздің органды таңдаңыз: сұрау салу соған келіп түскен ретінде тіркеледі.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Деректер қалтасы: {path}</translation>
    </message>
    <message>
        <source>Wait until the running operation ends.</source>
        <translation>Орындалып жатқан операцияның аяқталуын күтіңіз.</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Сақтық көшірме жазылды: {path}</translation>
    </message>
    <message>
        <source>Backup cancelled; no file was left behind.</source>
        <translation>Сақтық көшірме жасау тоқтатылды; аяқталмаған файл қалған жоқ.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Сақтық көшірме жазылуда…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Сақтық көшірмені таңдаңыз</translation>
    </message>
    <message>
        <source>Kelisim backups (*.zip)</source>
        <translation>Kelisim сақтық көшірмелері (*.zip)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Replace the register with the backup of {date} ({cases} cases, {files} attachments)? The current data is kept aside in the data folder, nothing is deleted.</source>
        <translation>Тізілімді {date} күнгі сақтық көшірмемен ауыстыру керек пе (істер: {cases}, қосымшалар: {files})? Ағымдағы деректер деректер қалтасында бөлек сақталады, ештеңе жойылмайды.</translation>
    </message>
    <message>
        <source>Restored from {path}; the previous data is in {aside}.</source>
        <translation>{path} көшірмесінен қалпына келтірілді; бұрынғы деректер — {aside} қалтасында.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Сақтық көшірме тексеріліп, қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>Select the cases in the register first (Ctrl or Shift + click).</source>
        <translation>Алдымен тізілімде істерді таңдаңыз (Ctrl немесе Shift басып тұрып шерту).</translation>
    </message>
    <message>
        <source>{files} documents written for {cases} cases.</source>
        <translation>Жасалған құжаттар: {files}, істер саны: {cases}.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>Жасалмағандары:</translation>
    </message>
    <message>
        <source>Writing the documents of {n} cases…</source>
        <translation>Істер бойынша құжаттар жасалуда ({n})…</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Пакетті жүктеу</translation>
    </message>
    <message>
        <source>Kelisim packages (*.kelisim)</source>
        <translation>Kelisim пакеттері (*.kelisim)</translation>
    </message>
    <message>
        <source>Choose our own body first: packages are loaded into its register.</source>
        <translation>Алдымен өз органыңызды таңдаңыз: пакеттер оның тізіліміне жүктеледі.</translation>
    </message>
    <message>
        <source>The request (case {number}) is loaded as incoming case No. {id}.</source>
        <translation>Сұрау салу ({number} іс) № {id} кіріс іс ретінде жүктелді.</translation>
    </message>
    <message>
        <source>The decision is recorded in case {number}: {verdict}.</source>
        <translation>Шешім {number} іске енгізілді: {verdict}.</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>келісілді</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>келісуден бас тартылды</translation>
    </message>
    <message>
        <source>Please check (kept in the case):</source>
        <translation>Тексеріңіз (іске жазылды):</translation>
    </message>
    <message>
        <source>Checking and loading the package…</source>
        <translation>Пакет тексеріліп, жүктелуде…</translation>
    </message>
</context>
<context>
    <name>NonWorkingModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Holiday or transfer</source>
        <translation>Мереке немесе ауыстыру</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <source>plaintiff</source>
        <translation>талапкер</translation>
    </message>
    <message>
        <source>defendant</source>
        <translation>жауапкер</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>үшінші тұлға</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>өтініш беруші</translation>
    </message>
    <message>
        <source>other</source>
        <translation>өзге</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Іс жүргізудегі
жағдайы</translation>
    </message>
    <message>
        <source>Name or full name</source>
        <translation>Атауы немесе ТАӘ</translation>
    </message>
    <message>
        <source>IIN/BIN (optional)</source>
        <translation>ЖСН/БСН (міндетті емес)</translation>
    </message>
    <message>
        <source>F2 or a double-click chooses the role</source>
        <translation>Рөлі F2 пернесімен немесе екі рет шерту арқылы таңдалады</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Қалған жұмыс күні</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Мерзімге не</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Нысанасы</translation>
    </message>
    <message>
        <source>late</source>
        <translation>мерзімі өтті</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>Шешім күтуде</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Барлық жылдар</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Екеуі де</translation>
    </message>
    <message>
        <source>Our requests</source>
        <translation>Біздің сұрау салулар</translation>
    </message>
    <message>
        <source>Requests to us</source>
        <translation>Бізге сұрау салулар</translation>
    </message>
    <message>
        <source>Late: {n}</source>
        <translation>Мерзімі өткен: {n}</translation>
    </message>
    <message>
        <source>Due this week: {n}</source>
        <translation>Осы аптада мерзімі: {n}</translation>
    </message>
    <message>
        <source>Awaiting a decision: {n}</source>
        <translation>Шешім күтуде: {n}</translation>
    </message>
    <message>
        <source>Decisions late: {n}</source>
        <translation>Шешімі кешіккен: {n}</translation>
    </message>
    <message>
        <source>Decisions due this week: {n}</source>
        <translation>Шешім осы аптада: {n}</translation>
    </message>
    <message>
        <source>Cases shown: {n}</source>
        <translation>Көрсетілген істер: {n}</translation>
    </message>
    <message>
        <source>Show the cases whose deadline has passed</source>
        <translation>Мерзімі өткен істерді көрсету</translation>
    </message>
    <message>
        <source>Show the cases due within five working days</source>
        <translation>Мерзімі алдағы бес жұмыс күні ішіндегі істерді көрсету</translation>
    </message>
    <message>
        <source>Show the requests that wait for a decision on consent</source>
        <translation>Келісу туралы шешім күтіп тұрған сұрау салуларды көрсету</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Барлығын көрсету</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Барлық сүзгілерді алып тастау</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>І&amp;здеу:</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Жаңа сұрау салу…</translation>
    </message>
    <message>
        <source>Prepare a new request for consent to appeal (Ctrl+N)</source>
        <translation>Шағымдануды келісу туралы жаңа сұрау салуды дайындау (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Incoming request…</source>
        <translation>Кіріс &amp;сұрау салу…</translation>
    </message>
    <message>
        <source>Register a request for consent that came to us from a lower body (Ctrl+I)</source>
        <translation>Төмен тұрған органнан бізге келіп түскен келісу туралы сұрау салуды тіркеу (Ctrl+I)</translation>
    </message>
    <message>
        <source>Show the requests to us whose decision is overdue (Algorithm, item 8: 7 working days from receipt)</source>
        <translation>Шешімі кешіктірілген, бізге келген сұрау салуларды көрсету (Алгоритм, 8-тармақ: келіп түскен күннен бастап жеті жұмыс күні)</translation>
    </message>
    <message>
        <source>Show the requests to us whose decision is due within five working days</source>
        <translation>Шешімін бес жұмыс күні ішінде қабылдау керек, бізге келген сұрау салуларды көрсету</translation>
    </message>
    <message>
        <source>case number, party, court, subject</source>
        <translation>іс нөмірі, тарап, сот, нысана</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Мәр&amp;тебесі:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Ж&amp;ыл:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Ба&amp;ғыты:</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Мерзімі өт&amp;кен</translation>
    </message>
    <message>
        <source>Due &amp;within</source>
        <translation>Мерзімі &amp;ішінде</translation>
    </message>
    <message>
        <source>working days from today</source>
        <translation>бүгіннен бастап жұмыс күндері</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>Double-click a case or press Enter to open its card</source>
        <translation>Іс карточкасын ашу үшін оны екі рет басыңыз немесе Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Белгілер:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>No report for this period</source>
        <translation>Мұндай кезеңге есеп жасалмайды</translation>
    </message>
    <message>
        <source>Figures as of {date}; the period is not over yet.</source>
        <translation>{date} жағдай бойынша мәліметтер; кезең әлі аяқталмаған.</translation>
    </message>
    <message>
        <source>Figures as of {date}.</source>
        <translation>{date} жағдай бойынша мәліметтер.</translation>
    </message>
    <message>
        <source>Cases counted: {n}.</source>
        <translation>Есепке алынған істер: {n}.</translation>
    </message>
    <message>
        <source>Body that sent the request</source>
        <translation>Сұрау салуды жіберген орган</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Сұрау салулар</translation>
    </message>
    <message>
        <source>sent in time</source>
        <translation>мерзімінде жіберілген</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Келісілді</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Decisions in time</source>
        <translation>Мерзімінде қабылданған шешімдер</translation>
    </message>
    <message>
        <source>Decisions late</source>
        <translation>Мерзімі бұзылған шешімдер</translation>
    </message>
    <message>
        <source>sent late</source>
        <translation>мерзімі бұзылып жіберілген</translation>
    </message>
    <message>
        <source>of them without a decision</source>
        <translation>оның ішінде шешімсіз</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Шағымдар берілді</translation>
    </message>
    <message>
        <source>Our requests: the body that sent them (ours or one we serve). Requests to us: the lower body that asked.</source>
        <translation>Біздің сұрау салулар — оны жіберген орган (біздің немесе біз қызмет көрсететін орган). Бізге сұрау салулар — бізге жүгінген төмен тұрған орган.</translation>
    </message>
    <message>
        <source>Our requests sent in the period; requests to us received in the period</source>
        <translation>Кезеңде жіберілген біздің сұрау салулар; кезеңде келіп түскен бізге сұрау салулар</translation>
    </message>
    <message>
        <source>Sent no later than the last day for sending (Algorithm, p. 6)</source>
        <translation>Жіберудің соңғы күнінен кешіктірілмей жіберілген (Алгоритм, 6-тармақ)</translation>
    </message>
    <message>
        <source>Sent after the last day for sending</source>
        <translation>Жіберудің соңғы күнінен кейін жіберілген</translation>
    </message>
    <message>
        <source>Decisions to consent dated in the period</source>
        <translation>Кезеңде қабылданған келісу туралы шешімдер</translation>
    </message>
    <message>
        <source>Decisions to refuse dated in the period</source>
        <translation>Кезеңде қабылданған келісуден бас тарту туралы шешімдер</translation>
    </message>
    <message>
        <source>Decided within 7 working days of receipt (Algorithm, p. 8)</source>
        <translation>Шешім сұрау салу келіп түскен күннен бастап 7 жұмыс күні ішінде қабылданған (Алгоритм, 8-тармақ)</translation>
    </message>
    <message>
        <source>Decided after the due date, or still undecided at the end of the period</source>
        <translation>Шешім мерзімі өткеннен кейін қабылданған немесе кезең соңында қабылданбаған</translation>
    </message>
    <message>
        <source>Requests to us whose due date passed in the period without a decision</source>
        <translation>Шешім мерзімі кезеңде өтіп кеткен, бірақ шешімі жоқ бізге сұрау салулар</translation>
    </message>
    <message>
        <source>Complaints filed in the period</source>
        <translation>Кезеңде берілген шағымдар</translation>
    </message>
    <message>
        <source>Our requests (sent by us and by the bodies we serve)</source>
        <translation>Біздің сұрау салулар (біз және біз қызмет көрсететін органдар жіберген)</translation>
    </message>
    <message>
        <source>Requests to us from lower bodies (our decisions)</source>
        <translation>Төмен тұрған органдардың бізге сұрау салулары (біздің шешімдеріміз)</translation>
    </message>
    <message>
        <source>No such requests in the period.</source>
        <translation>Кезеңде мұндай сұрау салулар жоқ.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Жалпы жиыны</translation>
    </message>
    <message>
        <source>Requests whose timeliness could not be checked (no sending date or no last day): {n}.</source>
        <translation>Жіберу мерзімі тексерілмеген сұрау салулар (жіберілген күні немесе соңғы күні жоқ): {n}.</translation>
    </message>
    <message>
        <source>Decisions whose timeliness could not be checked (no date of receipt): {n}.</source>
        <translation>Мерзімі тексерілмеген шешімдер (сұрау салудың келіп түскен күні жоқ): {n}.</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Choose the folder for the report</source>
        <translation>Есеп үшін қалтаны таңдаңыз</translation>
    </message>
    <message>
        <source>Semi-annual report</source>
        <translation>Жартыжылдық есеп</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Есеп жазылуда…</translation>
    </message>
    <message>
        <source>Written: {files} — in {folder}</source>
        <translation>Жазылды: {files} — {folder} қалтасында</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>The calendar half-year that contains today</source>
        <translation>Бүгінгі күн кіретін күнтізбелік жартыжылдық</translation>
    </message>
    <message>
        <source>&amp;Current half-year</source>
        <translation>&amp;Ағымдағы жартыжылдық</translation>
    </message>
    <message>
        <source>The last completed calendar half-year</source>
        <translation>Соңғы аяқталған күнтізбелік жартыжылдық</translation>
    </message>
    <message>
        <source>&amp;Previous half-year</source>
        <translation>Алдың&amp;ғы жартыжылдық</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Кезең &amp;басы:</translation>
    </message>
    <message>
        <source>The first day of the period (included)</source>
        <translation>Кезеңнің бірінші күні (қоса алғанда)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Кезең &amp;соңы:</translation>
    </message>
    <message>
        <source>The last day of the period (included)</source>
        <translation>Кезеңнің соңғы күні (қоса алғанда)</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>&amp;Көрсеткіштер</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммалар</translation>
    </message>
    <message>
        <source>&amp;Language of the files:</source>
        <translation>Файлдар &amp;тілі:</translation>
    </message>
    <message>
        <source>For analysis outside the legal service: people&apos;s names in the files become «Иванов И.И.», ИИН and БИН become ********1234</source>
        <translation>Заң қызметінен тыс талдау үшін: файлдардағы адамдардың аты-жөні «Иванов И.И.» болып, ЖСН мен БСН ********1234 болып көрсетіледі</translation>
    </message>
    <message>
        <source>Mas&amp;k personal data</source>
        <translation>Дербес деректерді жас&amp;ыру</translation>
    </message>
    <message>
        <source>Write the report as a Word document and an Excel workbook into a folder you choose</source>
        <translation>Есепті Word құжаты және Excel кітабы ретінде таңдалған қалтаға жазу</translation>
    </message>
    <message>
        <source>&amp;Save as DOCX and XLSX…</source>
        <translation>DOCX және XLSX &amp;ретінде сақтау…</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Жабу</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Our body</source>
        <translation>&amp;Біздің орган</translation>
    </message>
    <message>
        <source>Our body now</source>
        <translation>Біздің орган қазір</translation>
    </message>
    <message>
        <source>Change our body</source>
        <translation>Біздің органды ауыстыру</translation>
    </message>
    <message>
        <source>&amp;Find in KATO:</source>
        <translation>КАТО-дан &amp;табу:</translation>
    </message>
    <message>
        <source>a name in Russian or Kazakh, e.g. Узынагаш or Қасық, or a KATO code</source>
        <translation>орысша немесе қазақша атауы, мысалы Узынагаш немесе Қасық, не КАТО коды</translation>
    </message>
    <message>
        <source>&amp;Make it our body</source>
        <translation>Біздің орган &amp;ету</translation>
    </message>
    <message>
        <source>Requests made from now on are made on behalf of the body chosen in the list</source>
        <translation>Жаңа сұрау салулар тізімде таңдалған орган атынан жіберіледі</translation>
    </message>
    <message>
        <source>Names in letters</source>
        <translation>Хаттардағы атаулар</translation>
    </message>
    <message>
        <source>Proposed from KATO; what you correct here is kept and never replaced by a later proposal.</source>
        <translation>КАТО бойынша ұсынылған; мұнда түзетілгені сақталады және бағдарлама ұсынысымен бұдан былай ауыстырылмайды.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Name (genitive)</source>
        <translation>Атауы (ілік септік)</translation>
    </message>
    <message>
        <source>Name (dative)</source>
        <translation>Атауы (барыс септік)</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <source>Head (genitive)</source>
        <translation>Басшы (ілік септік)</translation>
    </message>
    <message>
        <source>Head (dative)</source>
        <translation>Басшы (барыс септік)</translation>
    </message>
    <message>
        <source>Our body is not chosen yet: find it in KATO below.</source>
        <translation>Біздің орган әлі таңдалмаған: оны төменде КАТО-дан табыңыз.</translation>
    </message>
    <message>
        <source>KATO code {code}</source>
        <translation>КАТО коды {code}</translation>
    </message>
    <message>
        <source>head: {name}</source>
        <translation>басшы: {name}</translation>
    </message>
    <message>
        <source>Corrected by you: kept when KATO proposes another form</source>
        <translation>Сіз түзеткенсіз: КАТО бойынша басқа нысан ұсынылса да сақталады</translation>
    </message>
    <message>
        <source>Head (akim)</source>
        <translation>Басшы (әкім)</translation>
    </message>
    <message>
        <source>Acting head</source>
        <translation>Міндетін атқарушы</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Орынбасар</translation>
    </message>
    <message>
        <source>Head of the apparatus</source>
        <translation>Аппарат басшысы</translation>
    </message>
    <message>
        <source>Head of the legal service</source>
        <translation>Заң қызметінің басшысы</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Other official</source>
        <translation>Өзге лауазымды тұлға</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>{date} дейін</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>{date} бастап</translation>
    </message>
    <message>
        <source>in office</source>
        <translation>лауазымда</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>Not in office today</source>
        <translation>Бүгін лауазымда емес</translation>
    </message>
    <message>
        <source>&amp;Add official</source>
        <translation>Қ&amp;осу</translation>
    </message>
    <message>
        <source>Write the official&apos;s surname and first name (and patronymic, if any).</source>
        <translation>Лауазымды тұлғаның тегі мен атын (әкесінің аты болса, оны да) жазыңыз.</translation>
    </message>
    <message>
        <source>{name} ({role}) leaves office today, {date}? Requests already made keep their signatory.</source>
        <translation>{name} ({role}) бүгін, {date}, лауазымнан кете ме? Дайындалған сұрау салулардағы қол қоюшы өзгермейді.</translation>
    </message>
    <message>
        <source>Write the executor&apos;s surname and first name.</source>
        <translation>Орындаушының тегі мен атын жазыңыз.</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>The folder is set by the {variable} environment variable: to move the data, change the variable (ask your administrator).</source>
        <translation>Қалта {variable} орта айнымалысымен берілген: деректерді көшіру үшін осы айнымалыны өзгертіңіз (әкімшіге хабарласыңыз).</translation>
    </message>
    <message>
        <source>The data was moved to {new} and checked; Kelisim works there now. The old folder {old} was left as it was, with a note saying where the data went: delete it once you have looked at the new one.</source>
        <translation>Деректер {new} қалтасына көшіріліп, тексерілді; Kelisim енді сонда жұмыс істейді. Бұрынғы {old} қалтасы деректердің қайда көшірілгені туралы жазбамен өзгеріссіз қалдырылды: жаңасында бәрі орнында екеніне көз жеткізген соң, оны жойыңыз.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the data</source>
        <translation>Деректер үшін бос қалтаны таңдаңыз</translation>
    </message>
    <message>
        <source>Copying the data to {folder}…</source>
        <translation>Деректер {folder} қалтасына көшірілуде…</translation>
    </message>
    <message>
        <source>Moving the data folder</source>
        <translation>Деректер қалтасын көшіру</translation>
    </message>
    <message>
        <source>Request for consent</source>
        <translation>Келісу туралы сұрау салу</translation>
    </message>
    <message>
        <source>Decision on consent</source>
        <translation>Келісу туралы шешім</translation>
    </message>
    <message>
        <source>List of attachments</source>
        <translation>Қосымшалар тізімдемесі</translation>
    </message>
    <message>
        <source>Proposal of the legal service</source>
        <translation>Заң қызметінің ұсынысы</translation>
    </message>
    <message>
        <source>your own copy</source>
        <translation>өз көшірмеңіз</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>кірістірілген</translation>
    </message>
    <message>
        <source>problems: {count}</source>
        <translation>қателер: {count}</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>қатесіз</translation>
    </message>
    <message>
        <source>&amp;Open for editing</source>
        <translation>Түзетуге а&amp;шу</translation>
    </message>
    <message>
        <source>Press Check to check your own templates.</source>
        <translation>Өз үлгілеріңізді тексеру үшін «Тексеру» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>You have no templates of your own: the built-in ones are used, and they are checked with the program.</source>
        <translation>Сізде өз үлгілеріңіз жоқ: кірістірілген үлгілер қолданылады, олар бағдарламамен бірге тексерілген.</translation>
    </message>
    <message>
        <source>{template}: no problems</source>
        <translation>{template}: қате жоқ</translation>
    </message>
    <message>
        <source>Use the built-in template «{kind}» ({lang}) again? Your copy is moved to the templates/replaced folder, not deleted.</source>
        <translation>«{kind}» ({lang}) кірістірілген үлгісін қайта қолдану керек пе? Сіздің көшірмеңіз жойылмайды, templates/replaced қалтасына ауыстырылады.</translation>
    </message>
    <message>
        <source>Calendar data shipped with the program: edition {edition}, confirmed through {year}.</source>
        <translation>Бағдарламамен бірге берілетін күнтізбе деректері: {edition} редакциясы, {year} жылға дейін расталған.</translation>
    </message>
    <message>
        <source>The calendar for {years} is not confirmed: its holidays and moved days off are estimates until the government approves them. When a decree moves a day, add it below with its source, or update the program.</source>
        <translation>{years} жылғы күнтізбе расталмаған: мерекелер мен демалыс күндерін ауыстыру Үкімет бекіткенге дейін болжам ғана. Қаулы күнді ауыстырғанда, оны төменде дереккөзімен қосыңыз немесе бағдарламаны жаңартыңыз.</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>демалыс күні</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Қайтару</translation>
    </message>
    <message>
        <source>Show the names as they are saved</source>
        <translation>Атауларды сақталған күйінде көрсету</translation>
    </message>
    <message>
        <source>&amp;Save names</source>
        <translation>Атауларды &amp;сақтау</translation>
    </message>
    <message>
        <source>O&amp;fficials</source>
        <translation>&amp;Лауазымды тұлғалар</translation>
    </message>
    <message>
        <source>Officials of our body</source>
        <translation>Біздің органның лауазымды тұлғалары</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Лауазым</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>In office</source>
        <translation>Өкілеттік мерзімі</translation>
    </message>
    <message>
        <source>Signs decisions</source>
        <translation>Шешімге қол қояды</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Лауазым:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>surname, first name, patronymic</source>
        <translation>тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>Аты-жөні қа&amp;зақша:</translation>
    </message>
    <message>
        <source>if it is written differently</source>
        <translation>басқаша жазылса</translation>
    </message>
    <message>
        <source>Position (Russian):</source>
        <translation>Лауазымы (орысша):</translation>
    </message>
    <message>
        <source>Position (Kazakh):</source>
        <translation>Лауазымы (қазақша):</translation>
    </message>
    <message>
        <source>In office s&amp;ince:</source>
        <translation>Лауазымда, &amp;бастап:</translation>
    </message>
    <message>
        <source>In office &amp;until:</source>
        <translation>Лауазымда, &amp;дейін:</translation>
    </message>
    <message>
        <source>Supervises the legal service (may si&amp;gn decisions on consent)</source>
        <translation>Заң қызметіне жетекшілік етеді (келісу туралы шешімдерге қол &amp;қоя алады)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Жаңа</translation>
    </message>
    <message>
        <source>&amp;End of office…</source>
        <translation>Өкілеттікті &amp;тоқтату…</translation>
    </message>
    <message>
        <source>The chosen official leaves office today</source>
        <translation>Таңдалған тұлға бүгін лауазымнан кетеді</translation>
    </message>
    <message>
        <source>Sa&amp;ve official</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Executors</source>
        <translation>Орындаушылар</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>A new request proposes the first executor of the list.</source>
        <translation>Жаңа сұрау салуда тізімдегі бірінші орындаушы ұсынылады.</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>Ор&amp;ындаушы:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>&amp;Add executor</source>
        <translation>Орындаушы қос&amp;у</translation>
    </message>
    <message>
        <source>Save c&amp;hanges</source>
        <translation>Өз&amp;герістерді сақтау</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Алы&amp;п тастау</translation>
    </message>
    <message>
        <source>The chosen executor is no longer proposed</source>
        <translation>Таңдалған орындаушы бұдан былай ұсынылмайды</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Тілдер</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Интерфейс тілі:</translation>
    </message>
    <message>
        <source>Applied at once; the Язык / Тіл menu of the main window does the same.</source>
        <translation>Бірден қолданылады; негізгі терезенің «Язык / Тіл» мәзірі де осыны істейді.</translation>
    </message>
    <message>
        <source>&amp;Documents by default:</source>
        <translation>Әдепкі &amp;құжаттар тілі:</translation>
    </message>
    <message>
        <source>The language a new request&apos;s letters start in; each request can still be written in the other one.</source>
        <translation>Жаңа сұрау салу хаттарының бастапқы тілі; кез келген сұрау салуды екінші тілде де дайындауға болады.</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>&amp;Деректер қалтасы</translation>
    </message>
    <message>
        <source>Everything Kelisim keeps is in one folder: the database, the attachments, the generated documents, the backups and your templates.</source>
        <translation>Kelisim сақтайтынның бәрі бір қалтада: дерекқор, қосымшалар, дайындалған құжаттар, сақтық көшірмелер және сіздің үлгілеріңіз.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>Қалтаны &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Көшіру…</translation>
    </message>
    <message>
        <source>Copy the data to an empty folder, check the copy and use it from now on</source>
        <translation>Деректерді бос қалтаға көшіріп, көшірмені тексеріп, бұдан былай онымен жұмыс істеу</translation>
    </message>
    <message>
        <source>Moving copies every file to the empty folder you choose, checks the copy (every file&apos;s SHA-256, the database&apos;s integrity) and only then switches to it. The old folder is left as it was, with a note saying where the data went.</source>
        <translation>Көшіру кезінде барлық файл таңдалған бос қалтаға көшіріледі, көшірме тексеріледі (әр файлдың SHA-256, дерекқордың тұтастығы), содан кейін ғана бағдарлама соған ауысады. Бұрынғы қалта деректердің қайда көшірілгені туралы жазбамен өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>Ү&amp;лгілер</translation>
    </message>
    <message>
        <source>Your own templates (DOCX, edited in Word) are kept in the data folder and used instead of the built-in ones of the same document and language.</source>
        <translation>Сіздің үлгілеріңіз (DOCX, Word-та түзетіледі) деректер қалтасында сақталады және сол құжат пен тілдің кірістірілген үлгілерінің орнына қолданылады.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Қолданылады</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Open the templates &amp;folder</source>
        <translation>Үлгілер &amp;қалтасын ашу</translation>
    </message>
    <message>
        <source>&amp;Copy for editing</source>
        <translation>Түзету үшін &amp;көшіру</translation>
    </message>
    <message>
        <source>Copy the built-in template into your folder and open it</source>
        <translation>Кірістірілген үлгіні өз қалтаңызға көшіріп, оны ашу</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Т&amp;ексеру</translation>
    </message>
    <message>
        <source>Check every template of your own</source>
        <translation>Барлық өз үлгілеріңізді тексеру</translation>
    </message>
    <message>
        <source>&amp;Restore built-in…</source>
        <translation>Кірістірілгенді қайт&amp;ару…</translation>
    </message>
    <message>
        <source>Stop using your own copy of the chosen template; it is moved aside, not deleted</source>
        <translation>Таңдалған үлгінің өз көшірмеңізді қолдануды тоқтату; ол жойылмайды, басқа жерге ауыстырылады</translation>
    </message>
    <message>
        <source>Check results:</source>
        <translation>Тексеру нәтижелері:</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Күнтізбе</translation>
    </message>
    <message>
        <source>Your own days</source>
        <translation>Сіздің күндеріңіз</translation>
    </message>
    <message>
        <source>A day off or a working day the shipped calendar does not know yet (a government decree moving a day, a regional holiday). Every day needs its source.</source>
        <translation>Берілген күнтізбеде әлі жоқ демалыс немесе жұмыс күні (күнді ауыстыру туралы Үкімет қаулысы, өңірлік мереке). Әр күн үшін дереккөз қажет.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Атауы (орысша)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Атауы (қазақша)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <source>Name (R&amp;ussian):</source>
        <translation>Атауы (&amp;орысша):</translation>
    </message>
    <message>
        <source>e.g. Перенесённый выходной день</source>
        <translation>мысалы, Перенесённый выходной день</translation>
    </message>
    <message>
        <source>Name (&amp;Kazakh):</source>
        <translation>Атауы (&amp;қазақша):</translation>
    </message>
    <message>
        <source>e.g. Ауыстырылған демалыс күні</source>
        <translation>мысалы, Ауыстырылған демалыс күні</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Дереккөз:</translation>
    </message>
    <message>
        <source>the decree: its number and date</source>
        <translation>қаулы: нөмірі мен күні</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>Күн қо&amp;су</translation>
    </message>
    <message>
        <source>Re&amp;move day</source>
        <translation>Күнді &amp;жою</translation>
    </message>
</context>
<context>
    <name>StoreDamagedDialog</name>
    <message>
        <source>The data file is damaged</source>
        <translation>Деректер файлы зақымдалған</translation>
    </message>
    <message>
        <source>Kelisim cannot open its data file</source>
        <translation>Kelisim деректер файлын аша алмайды</translation>
    </message>
    <message>
        <source>Restoring puts the latest daily backup in place; the damaged file is kept beside it for a specialist. Changes made after that backup will have to be entered again.</source>
        <translation>Қалпына келтіргенде файлдың орнына соңғы күнделікті сақтық көшірме қойылады; зақымдалған файл маман үшін қасында сақталады. Осы көшірмеден кейін енгізілген өзгерістерді қайта енгізуге тура келеді.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>Соңғы көшірмені &amp;қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something went wrong inside Kelisim ({kind}). What you saved is safe: every change is written to the register at once.</source>
        <translation>Kelisim жұмысында ақау болды ({kind}). Сіз сақтаған деректер жоғалған жоқ: әрбір өзгеріс тізілімге бірден жазылады.</translation>
    </message>
    <message>
        <source>The technical details are in {path}. If it happens again, send that file to your IT service; it holds no names or ИИН.</source>
        <translation>Техникалық мәліметтер {path} файлына жазылды. Ақау қайталанса, осы файлды АТ қызметіне жіберіңіз; онда тегі де, ЖСН де жоқ.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
</context>
<context>
    <name>WizardDialog</name>
    <message>
        <source>Civil case</source>
        <translation>Азаматтық іс</translation>
    </message>
    <message>
        <source>Administrative case</source>
        <translation>Әкімшілік іс</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>head</source>
        <translation>басшы</translation>
    </message>
    <message>
        <source>acting head</source>
        <translation>басшының міндетін атқарушы</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>орынбасар</translation>
    </message>
    <message>
        <source>head of the apparatus</source>
        <translation>аппарат басшысы</translation>
    </message>
    <message>
        <source>head of the legal service</source>
        <translation>заң қызметінің басшысы</translation>
    </message>
    <message>
        <source>other official</source>
        <translation>өзге лауазымды тұлға</translation>
    </message>
    <message>
        <source>(our body)</source>
        <translation>(біздің орган)</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>{total} қадамның {n}-қадамы</translation>
    </message>
    <message>
        <source>Request for consent — case {number}</source>
        <translation>Келісу туралы сұрау салу — {number} іс</translation>
    </message>
    <message>
        <source>New request for consent to appeal</source>
        <translation>Шағымдануды келісу туралы жаңа сұрау салу</translation>
    </message>
    <message>
        <source>The court act</source>
        <translation>Сот актісі</translation>
    </message>
    <message>
        <source>Who asks and who consents</source>
        <translation>Кім сұрайды және кім келіседі</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Қосымшалар</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Signatory and executor</source>
        <translation>Қол қоюшы және орындаушы</translation>
    </message>
    <message>
        <source>Review and generate</source>
        <translation>Тексеру және қалыптастыру</translation>
    </message>
    <message>
        <source>The draft is saved when you leave this step.</source>
        <translation>Келесі қадамға өткенде жоба сақталады.</translation>
    </message>
    <message>
        <source>Draft saved at {time}; closing keeps it in the register.</source>
        <translation>Жоба {time} сақталды; жапқанда ол тізілімде қалады.</translation>
    </message>
    <message>
        <source>Draft from the register; changes are saved at every step.</source>
        <translation>Тізілімдегі жоба; өзгерістер әр қадамда сақталады.</translation>
    </message>
    <message>
        <source>Enter the date the appeal term runs from: {what}.</source>
        <translation>Шағымдану мерзімі есептелетін күнді көрсетіңіз: {what}.</translation>
    </message>
    <message>
        <source>Write why this body approves instead of the one the Algorithm names (for example, the law that authorises it to hear complaints).</source>
        <translation>Алгоритм бойынша аталған органның орнына неге осы орган келісетінін көрсетіңіз (мысалы, оған шағымдарды қарауға өкілеттік беретін заң).</translation>
    </message>
    <message>
        <source>Write the executor&apos;s surname and first name.</source>
        <translation>Орындаушының тегі мен атын жазыңыз.</translation>
    </message>
    <message>
        <source>Term: {period} from the day after: {what} ({basis}).</source>
        <translation>Мерзім: {period}, келесі күннен бастап: {what} ({basis}).</translation>
    </message>
    <message>
        <source>The approving body cannot be determined</source>
        <translation>Келісетін органды анықтау мүмкін болмады</translation>
    </message>
    <message>
        <source>Choose the requesting body.</source>
        <translation>Сұрау салатын органды таңдаңыз.</translation>
    </message>
    <message>
        <source>No consent is needed: this body appeals without asking a higher body.</source>
        <translation>Келісу талап етілмейді: бұл орган жоғары тұрған органнан сұрамай шағымданады.</translation>
    </message>
    <message>
        <source>Basis: {basis}</source>
        <translation>Негізі: {basis}</translation>
    </message>
    <message>
        <source>by analogy, please check</source>
        <translation>ұқсастығы бойынша, тексеріңіз</translation>
    </message>
    <message>
        <source>Choose: {what}</source>
        <translation>Таңдаңыз: {what}</translation>
    </message>
    <message>
        <source>Fill in the court act first (step 1).</source>
        <translation>Алдымен сот актісі туралы мәліметтерді толтырыңыз (1-қадам).</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Парақ</translation>
    </message>
    <message>
        <source>Pages: read from the file where possible; correct it if needed</source>
        <translation>Парақ саны: мүмкін болса файлдан оқылды; қажет болса түзетіңіз</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>not attached yet — drop the file here</source>
        <translation>әлі қоса берілмеген — файлды осында сүйреңіз</translation>
    </message>
    <message>
        <source>drop files here</source>
        <translation>файлдарды осында сүйреңіз</translation>
    </message>
    <message>
        <source>Enter the court act&apos;s dates on step 1.</source>
        <translation>Сот актісінің күндерін 1-қадамда көрсетіңіз.</translation>
    </message>
    <message>
        <source>The decision day assumes the request reaches the approving body on {date}.</source>
        <translation>Шешім күні сұрау салу келісетін органға {date} келіп түседі деп есептелді.</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Назар аударыңыз:</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негіз</translation>
    </message>
    <message>
        <source>court act</source>
        <translation>сот актісі</translation>
    </message>
    <message>
        <source>send by</source>
        <translation>жіберу мерзімі</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>шешім</translation>
    </message>
    <message>
        <source>term expires</source>
        <translation>мерзімнің өтуі</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <source>No head of the requesting body is recorded: add the head (or the acting head) in the register of officials first.</source>
        <translation>Сұрау салатын органның басшысы жазылмаған: алдымен басшыны (немесе міндетін атқарушыны) лауазымды тұлғалар анықтамалығына қосыңыз.</translation>
    </message>
    <message>
        <source>The head or the person acting for them signs: no confirming documents are needed.</source>
        <translation>Басшы немесе оның міндетін атқаратын тұлға қол қояды: растайтын құжаттар қажет емес.</translation>
    </message>
    <message>
        <source>Not the first head: attach the confirming documents (the order of appointment, of assignment or distribution of duties) on step 3.</source>
        <translation>Бірінші басшы қол қоймайды: растайтын құжаттарды (тағайындау, міндеттерді жүктеу немесе бөлу туралы бұйрық) 3-қадамда қоса беріңіз.</translation>
    </message>
    <message>
        <source>The court act (step 1)</source>
        <translation>Сот актісі туралы мәліметтер (1-қадам)</translation>
    </message>
    <message>
        <source>The court (step 1)</source>
        <translation>Сот (1-қадам)</translation>
    </message>
    <message>
        <source>The case number (step 1)</source>
        <translation>Іс нөмірі (1-қадам)</translation>
    </message>
    <message>
        <source>The parties (step 1)</source>
        <translation>Тараптар (1-қадам)</translation>
    </message>
    <message>
        <source>The subject of the claim (step 1)</source>
        <translation>Талап қою нысанасы (1-қадам)</translation>
    </message>
    <message>
        <source>The approving body (step 2)</source>
        <translation>Келісетін орган (2-қадам)</translation>
    </message>
    <message>
        <source>The draft complaint (step 3)</source>
        <translation>Шағымның жобасы (3-қадам)</translation>
    </message>
    <message>
        <source>The court act&apos;s copy (step 3)</source>
        <translation>Сот актісінің көшірмесі (3-қадам)</translation>
    </message>
    <message>
        <source>The confirming documents of the signatory&apos;s authority (step 3)</source>
        <translation>Қол қоюшының өкілеттігін растайтын құжаттар (3-қадам)</translation>
    </message>
    <message>
        <source>The signatory (step 5)</source>
        <translation>Қол қоюшы (5-қадам)</translation>
    </message>
    <message>
        <source>The executor (step 5)</source>
        <translation>Орындаушы (5-қадам)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>жария етілді</translation>
    </message>
    <message>
        <source>in final form</source>
        <translation>түпкілікті нысанда</translation>
    </message>
    <message>
        <source>received</source>
        <translation>алынды</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Іс жүргізу</translation>
    </message>
    <message>
        <source>What is appealed</source>
        <translation>Не шағымданылады</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Court (in Kazakh)</source>
        <translation>Сот (қазақша)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Талап қою нысанасы</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>chosen instead of the proposal: {reason}</source>
        <translation>ұсынылғанның орнына таңдалды: {reason}</translation>
    </message>
    <message>
        <source>no consent is needed</source>
        <translation>келісу талап етілмейді</translation>
    </message>
    <message>
        <source>Requesting body</source>
        <translation>Сұрау салатын орган</translation>
    </message>
    <message>
        <source>Approving body</source>
        <translation>Келісетін орган</translation>
    </message>
    <message>
        <source>{n} p.</source>
        <translation>{n} п.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>The appeal term expires</source>
        <translation>Шағымдану мерзімі өтеді</translation>
    </message>
    <message>
        <source>Send the request no later than</source>
        <translation>Сұрау салуды кешіктірмей жіберу</translation>
    </message>
    <message>
        <source>Decision expected by</source>
        <translation>Шешім күтілетін күн</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Outgoing number and date</source>
        <translation>Шығыс нөмірі мен күні</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Құжаттардың тілі</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Әлі жетіспейді:</translation>
    </message>
    <message>
        <source>Everything is in place: generate the documents.</source>
        <translation>Бәрі дайын: құжаттарды қалыптастырыңыз.</translation>
    </message>
    <message>
        <source>Complete what is missing first</source>
        <translation>Алдымен жетіспейтінін толтырыңыз</translation>
    </message>
    <message>
        <source>{n} documents written to {folder}</source>
        <translation>Қалыптастырылған құжаттар: {n}, қалта {folder}</translation>
    </message>
    <message>
        <source>Go to a step</source>
        <translation>Қадамға өту</translation>
    </message>
    <message>
        <source>1. Court act</source>
        <translation>1. Сот актісі</translation>
    </message>
    <message>
        <source>2. Bodies</source>
        <translation>2. Органдар</translation>
    </message>
    <message>
        <source>3. Attachments</source>
        <translation>3. Қосымшалар</translation>
    </message>
    <message>
        <source>4. Deadlines</source>
        <translation>4. Мерзімдер</translation>
    </message>
    <message>
        <source>5. Signatory</source>
        <translation>5. Қол қоюшы</translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation>6. Тексеру</translation>
    </message>
    <message>
        <source>Describe the court act you want to appeal. The program computes the appeal term from its dates.</source>
        <translation>Шағымданғыңыз келетін сот актісін сипаттаңыз. Бағдарлама шағымдану мерзімін оның күндері бойынша есептейді.</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Іс жүргізу:</translation>
    </message>
    <message>
        <source>What is &amp;appealed:</source>
        <translation>Не &amp;шағымданылады:</translation>
    </message>
    <message>
        <source>e.g. the district court that made the act</source>
        <translation>мысалы, актіні шығарған аудандық сот</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Тараптар:</translation>
    </message>
    <message>
        <source>The people and organisations in the case; the IIN/BIN is optional</source>
        <translation>Іске қатысатын тұлғалар мен ұйымдар; ЖСН/БСН міндетті емес</translation>
    </message>
    <message>
        <source>Remo&amp;ve the party</source>
        <translation>Тарапты а&amp;лып тастау</translation>
    </message>
    <message>
        <source>&amp;Subject of the claim:</source>
        <translation>Талап қою &amp;нысанасы:</translation>
    </message>
    <message>
        <source>what the plaintiff asked the court for</source>
        <translation>талапкер соттан не сұрады</translation>
    </message>
    <message>
        <source>The act&apos;s dates:</source>
        <translation>Актінің күндері:</translation>
    </message>
    <message>
        <source>Ann&amp;ounced:</source>
        <translation>Ж&amp;ария етілді:</translation>
    </message>
    <message>
        <source>In &amp;final form:</source>
        <translation>Түпкілікті н&amp;ысанда:</translation>
    </message>
    <message>
        <source>the date the full text was made</source>
        <translation>толық мәтіні дайындалған күн</translation>
    </message>
    <message>
        <source>Rece&amp;ived by us:</source>
        <translation>Бізге &amp;келді:</translation>
    </message>
    <message>
        <source>the day our body received the copy</source>
        <translation>біздің органның көшірмені алған күні</translation>
    </message>
    <message>
        <source>Who asks for consent, and who gives it. The approving body is found by the Algorithm annexed to the Typical Regulation on the legal service.</source>
        <translation>Келісуді кім сұрайды және кім береді. Келісетін орган Заң қызметі туралы үлгілік ережеге қосымшадағы Алгоритм бойынша анықталады.</translation>
    </message>
    <message>
        <source>Re&amp;questing body:</source>
        <translation>Сұрау &amp;салатын орган:</translation>
    </message>
    <message>
        <source>Approving body proposed by the Algorithm</source>
        <translation>Алгоритм бойынша келісетін орган</translation>
    </message>
    <message>
        <source>Another body</source>
        <translation>Өзге орган</translation>
    </message>
    <message>
        <source>Co&amp;urt:</source>
        <translation>С&amp;от:</translation>
    </message>
    <message>
        <source>the court&apos;s name in Kazakh, for documents in Kazakh (optional)</source>
        <translation>соттың қазақша атауы — қазақ тіліндегі құжаттар үшін (міндетті емес)</translation>
    </message>
    <message>
        <source>Case nu&amp;mber:</source>
        <translation>Іс нө&amp;мірі:</translation>
    </message>
    <message>
        <source>Add a pa&amp;rty</source>
        <translation>Тарап &amp;қосу</translation>
    </message>
    <message>
        <source>the operative part was read out</source>
        <translation>қарар бөлігі жария етілді</translation>
    </message>
    <message>
        <source>Another bod&amp;y approves (not the one proposed)</source>
        <translation>Өзге &amp;орган келіседі (ұсынылған емес)</translation>
    </message>
    <message>
        <source>Bo&amp;dy:</source>
        <translation>Ор&amp;ган:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Се&amp;бебі:</translation>
    </message>
    <message>
        <source>why this body, e.g. the law that authorises it</source>
        <translation>неге осы орган, мысалы, оған өкілеттік беретін заң</translation>
    </message>
    <message>
        <source>Drag the files onto a line or choose them. The draft complaint and the court act must go with the request (Algorithm, item 6). Each file is checked at once.</source>
        <translation>Файлдарды қажетті жолға сүйреңіз немесе таңдаңыз. Сұрау салуға шағымның жобасы мен сот актісі міндетті түрде қоса беріледі (Алгоритм, 6-тармақ). Әр файл бірден тексеріледі.</translation>
    </message>
    <message>
        <source>Draft complaint (required)</source>
        <translation>Шағымның жобасы (міндетті)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Файлды таңдау…</translation>
    </message>
    <message>
        <source>Court act that is appealed (required)</source>
        <translation>Шағымданылатын сот актісі (міндетті)</translation>
    </message>
    <message>
        <source>Confirming documents (when the request is signed by someone other than the first head)</source>
        <translation>Растайтын құжаттар (сұрау салуға бірінші басшы қол қоймаса)</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Өзге құжаттар</translation>
    </message>
    <message>
        <source>The number of pages is read from the file where possible (PDF, DOCX); correct it if needed.</source>
        <translation>Парақ саны мүмкін болса файлдан оқылады (PDF, DOCX); қажет болса түзетіңіз.</translation>
    </message>
    <message>
        <source>The appeal term expires:</source>
        <translation>Шағымдану мерзімі өтеді:</translation>
    </message>
    <message>
        <source>Send the request no later than:</source>
        <translation>Сұрау салуды кешіктірмей жіберу:</translation>
    </message>
    <message>
        <source>Decision on consent expected by:</source>
        <translation>Келісу туралы шешім күтілетін күн:</translation>
    </message>
    <message>
        <source>Show &amp;how it was computed</source>
        <translation>Қалай &amp;есептелгенін көрсету</translation>
    </message>
    <message>
        <source>The request is signed by the head of the requesting body or the person acting for them (Algorithm, item 6).</source>
        <translation>Сұрау салуға органның басшысы немесе оның міндетін атқаратын тұлға қол қояды (Алгоритм, 6-тармақ).</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>&amp;Қол қоюшы:</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <source>surname and first name</source>
        <translation>тегі мен аты</translation>
    </message>
    <message>
        <source>Executor&apos;s p&amp;hone:</source>
        <translation>Орындаушының &amp;телефоны:</translation>
    </message>
    <message>
        <source>Outgoing n&amp;umber:</source>
        <translation>Шығыс &amp;нөмірі:</translation>
    </message>
    <message>
        <source>can be added later, when the letter is registered</source>
        <translation>хат тіркелгенде кейінірек көрсетуге болады</translation>
    </message>
    <message>
        <source>Outgoing &amp;date:</source>
        <translation>Шығыс &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Language of the documents:</source>
        <translation>Құжаттардың ті&amp;лі:</translation>
    </message>
    <message>
        <source>&amp;Generate the documents</source>
        <translation>Құжаттарды &amp;қалыптастыру</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close the wizard; the draft stays in the register</source>
        <translation>Шеберді жабу; жоба тізілімде қалады</translation>
    </message>
</context>
</TS>
