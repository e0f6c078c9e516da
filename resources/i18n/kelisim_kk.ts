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
    <name>MainWindow</name>
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
</TS>
