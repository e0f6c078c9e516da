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
        <source>About Kelisim</source>
        <translation>Kelisim туралы</translation>
    </message>
    <message>
        <source>Consent of the higher akim to appeal a court act: deadlines, routing and documents for the legal services of akimats.</source>
        <translation>Сот актілеріне шағым жасауды жоғары тұрған әкіммен келісу: әкімдіктердің заң қызметтеріне арналған мерзімдер, келісу тәртібі және құжаттар.</translation>
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
        <translation>Түсіндірмені &amp;көшіру</translation>
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
        <translation>&amp;Жыл:</translation>
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
        <translation>басқа</translation>
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
        <source>Chosen instead of the routing&apos;s proposal: {reason}</source>
        <translation>Алгоритм бойынша анықталғанның орнына таңдалды: {reason}</translation>
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
        <source>Other</source>
        <translation>Басқа</translation>
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
        <source>No program opens this kind of file; the copy is in {folder}.</source>
        <translation>Мұндай файлды ашатын бағдарлама жоқ; көшірмесі {folder} қалтасында.</translation>
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
        <source>&amp;Deadlines</source>
        <translation>&amp;Мерзімдер</translation>
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
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Тарих</translation>
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
        <translation>&amp;Орындаушы (ТАӘ):</translation>
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
    <name>Labels</name>
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
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;About Kelisim</source>
        <translation>Kelisim &amp;туралы</translation>
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
        <source>case number, party, court, subject</source>
        <translation>іс нөмірі, тарап, сот, нысана</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Мәр&amp;тебесі:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Жыл:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Ба&amp;ғыты:</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Мерзімі ө&amp;ткен</translation>
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
</TS>
