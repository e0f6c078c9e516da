<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version: {version}</source>
        <translation>Версия: {version}</translation>
    </message>
    <message>
        <source>Built with: {qt}</source>
        <translation>Собрано с: {qt}</translation>
    </message>
    <message>
        <source>Working-day calendar: edition {edition}, confirmed through {year}</source>
        <translation>Производственный календарь: редакция {edition}, подтверждён по {year} год включительно</translation>
    </message>
    <message>
        <source>Administrative-territorial units: {source}</source>
        <translation>Административно-территориальные единицы: {source}</translation>
    </message>
    <message>
        <source>Holidays and transfers of days off: the python-holidays package and the program&apos;s own data</source>
        <translation>Праздники и переносы выходных дней: пакет python-holidays и собственные данные программы</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <source>About Kelisim</source>
        <translation>О программе Kelisim</translation>
    </message>
    <message>
        <source>Consent of the higher akim to appeal a court act: deadlines, routing and documents for the legal services of akimats.</source>
        <translation>Согласование обжалования судебных актов с вышестоящим акимом: сроки, маршрут согласования и документы для юридических служб акиматов.</translation>
    </message>
</context>
<context>
    <name>CalculatorPage</name>
    <message>
        <source>The explanation has been copied to the clipboard.</source>
        <translation>Объяснение скопировано в буфер обмена.</translation>
    </message>
    <message>
        <source>Court act (event)</source>
        <translation>Судебный акт (событие)</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Начало срока</translation>
    </message>
    <message>
        <source>Last day by count</source>
        <translation>Последний день по счёту</translation>
    </message>
    <message>
        <source>Appeal term expires</source>
        <translation>Истечение срока обжалования</translation>
    </message>
    <message>
        <source>Latest day to send the request</source>
        <translation>Последний день направления запроса</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Запрос поступил</translation>
    </message>
    <message>
        <source>Decision on consent due</source>
        <translation>Срок решения о согласовании</translation>
    </message>
    <message>
        <source>Civil procedure (Civil Procedure Code)</source>
        <translation>Гражданское судопроизводство (ГПК РК)</translation>
    </message>
    <message>
        <source>Administrative procedure (Administrative Procedure Code)</source>
        <translation>Административное судопроизводство (АППК РК)</translation>
    </message>
    <message>
        <source>Term: {period}. Basis: {basis}.</source>
        <translation>Срок: {period}. Основание: {basis}.</translation>
    </message>
    <message>
        <source>Event: {what}.</source>
        <translation>Событие: {what}.</translation>
    </message>
    <message>
        <source>Enough time.</source>
        <translation>Время есть.</translation>
    </message>
    <message>
        <source>The latest sending day has passed.</source>
        <translation>Последний день направления запроса прошёл.</translation>
    </message>
    <message>
        <source>Soon.</source>
        <translation>Срок близко.</translation>
    </message>
    <message>
        <source>Urgent.</source>
        <translation>Срочно!</translation>
    </message>
    <message>
        <source>Appeal term has expired.</source>
        <translation>Срок обжалования истёк.</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Обратите внимание:</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>&amp;Complaint:</source>
        <translation>&amp;Жалоба:</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>&amp;Event date:</source>
        <translation>Дата &amp;события:</translation>
    </message>
    <message>
        <source>&amp;Request received:</source>
        <translation>Запрос &amp;поступил:</translation>
    </message>
    <message>
        <source>The day the approving body received the request for consent; the decision is due within 7 working days of it.</source>
        <translation>День поступления запроса о согласовании в согласующий орган; решение принимается в течение 7 рабочих дней с этого дня.</translation>
    </message>
    <message>
        <source>by the approving body (optional)</source>
        <translation>в согласующий орган (если известно)</translation>
    </message>
    <message>
        <source>&amp;Count as of:</source>
        <translation>&amp;Расчёт на дату:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>Count the days left as of today</source>
        <translation>Считать оставшиеся дни на сегодняшнюю дату</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>Ключевые даты</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Step-by-step explanation</source>
        <translation>Пошаговое объяснение</translation>
    </message>
    <message>
        <source>&amp;Copy explanation</source>
        <translation>&amp;Копировать объяснение</translation>
    </message>
    <message>
        <source>Put the whole explanation on the clipboard as plain text</source>
        <translation>Скопировать всё объяснение в буфер обмена простым текстом</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>January</source>
        <translation>Январь</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Февраль</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Март</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Апрель</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>Май</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Июнь</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Июль</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Август</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Сентябрь</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Октябрь</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Ноябрь</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Декабрь</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>воскресенье</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>We</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Th</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Рабочий день</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Выходной день</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Праздничный день</translation>
    </message>
    <message>
        <source>Moved day off</source>
        <comment>a holiday fell on a weekend; the day off moved to the next working day</comment>
        <translation>Перенесённый выходной (праздник в выходной)</translation>
    </message>
    <message>
        <source>Transferred day off</source>
        <comment>a day off transferred by a Government decision from a worked weekend</comment>
        <translation>Выходной по решению о переносе</translation>
    </message>
    <message>
        <source>Worked weekend day</source>
        <translation>Рабочий день в выходной (перенос)</translation>
    </message>
    <message>
        <source>Extra day off</source>
        <translation>Дополнительный выходной</translation>
    </message>
    <message>
        <source>Extra working day</source>
        <translation>Дополнительный рабочий день</translation>
    </message>
    <message>
        <source>estimated date</source>
        <translation>предварительная дата</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>working days: {count}</source>
        <translation>рабочих дней: {count}</translation>
    </message>
    <message>
        <source>Working days in {year}: {count}</source>
        <translation>Рабочих дней в {year} году: {count}</translation>
    </message>
    <message>
        <source>Calendar data: edition {edition}, confirmed through {year}</source>
        <translation>Данные календаря: редакция {edition}, подтверждены по {year} год включительно</translation>
    </message>
    <message>
        <source>The calendar for {year} is not confirmed: holidays and transfers of days off for it have not been approved yet, some dates are estimates (marked *). The last confirmed year is {valid}. Check the dates before relying on them.</source>
        <translation>Календарь на {year} год не подтверждён: праздники и переносы выходных дней на этот год ещё не утверждены, часть дат предварительная (отмечены *). Последний подтверждённый год — {valid}. Проверьте даты, прежде чем на них полагаться.</translation>
    </message>
    <message>
        <source>The calendar for {year} contains estimated dates (marked *): check them before relying on them.</source>
        <translation>Календарь на {year} год содержит предварительные даты (отмечены *): проверьте их, прежде чем на них полагаться.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <source>Holidays, moved days and worked weekends</source>
        <translation>Праздники, переносы и рабочие выходные</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Deadline calculator</source>
        <translation>Калькулятор сроков</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;About Kelisim</source>
        <translation>&amp;О программе Kelisim</translation>
    </message>
</context>
<context>
    <name>NonWorkingModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Holiday or transfer</source>
        <translation>Праздник или перенос</translation>
    </message>
</context>
</TS>
