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
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3.</source>
        <translation>Qt и PySide6 используются на условиях GNU Lesser General Public License версии 3.</translation>
    </message>
    <message>
        <source>Licences of the bundled components: {path}</source>
        <translation>Лицензии входящих в программу компонентов: {path}</translation>
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
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Not enough memory to finish. Close other programs and try again.</source>
        <translation>Не хватает памяти, чтобы закончить. Закройте другие программы и повторите.</translation>
    </message>
    <message>
        <source>The operation stopped: {reason}{where}. Nothing was changed; check the disk and the folder&apos;s permissions and try again.</source>
        <translation>Операция остановлена: {reason}{where}. Ничего не изменено; проверьте диск и права на папку и повторите.</translation>
    </message>
    <message>
        <source>The operation stopped because of an unexpected error ({kind}: {text}). Nothing was changed; please report it to your IT service.</source>
        <translation>Операция остановлена из-за непредвиденной ошибки ({kind}: {text}). Ничего не изменено; сообщите об этом в ИТ-службу.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Number of cases</source>
        <translation>Количество дел</translation>
    </message>
    <message>
        <source>Nothing to show for this period</source>
        <translation>За этот период данных нет</translation>
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
        <translation>Се&amp;годня</translation>
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
    <name>CaseCardDialog</name>
    <message>
        <source>Case without a number</source>
        <translation>Дело без номера</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Дело {number}</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Next: {what} on {date}</source>
        <translation>Ближайший срок: {what} — {date}</translation>
    </message>
    <message>
        <source>({n} working days left)</source>
        <translation>(осталось рабочих дней: {n})</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>оглашён</translation>
    </message>
    <message>
        <source>in final form</source>
        <translation>в окончательной форме</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <source>the term runs from {date}</source>
        <translation>срок исчисляется с {date}</translation>
    </message>
    <message>
        <source>Chosen instead of the routing&apos;s proposal: {reason}</source>
        <translation>Выбран вместо определённого по Алгоритму: {reason}</translation>
    </message>
    <message>
        <source>signed by {name}</source>
        <translation>подписывает: {name}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>sent {date}</source>
        <translation>направлен {date}</translation>
    </message>
    <message>
        <source>incoming No. {number}</source>
        <translation>вх. № {number}</translation>
    </message>
    <message>
        <source>received {date}</source>
        <translation>поступил {date}</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>complaint filed {date}</source>
        <translation>жалоба подана {date}</translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation>закрыто {date}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>set by hand: {reason}</source>
        <translation>задан вручную: {reason}</translation>
    </message>
    <message>
        <source>The deadlines cannot be recomputed from the case&apos;s dates.</source>
        <translation>Сроки нельзя пересчитать по датам дела.</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>Обратите внимание:</translation>
    </message>
    <message>
        <source>Court act</source>
        <translation>Судебный акт</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Листов</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} КБ</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>deadlines recomputed</source>
        <translation>сроки пересчитаны</translation>
    </message>
    <message>
        <source>deadline set by hand</source>
        <translation>срок задан вручную</translation>
    </message>
    <message>
        <source>hand-set deadline cleared</source>
        <translation>ручной срок отменён</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>document written</source>
        <translation>сформирован документ</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>файл приложен</translation>
    </message>
    <message>
        <source>file removed</source>
        <translation>файл удалён</translation>
    </message>
    <message>
        <source>number of pages changed</source>
        <translation>изменено число листов</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>стороны</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>what is appealed</source>
        <translation>что обжалуется</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>вид производства</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>reasons of the decision</source>
        <translation>мотивы решения</translation>
    </message>
    <message>
        <source>outgoing number</source>
        <translation>исходящий номер</translation>
    </message>
    <message>
        <source>incoming number</source>
        <translation>входящий номер</translation>
    </message>
    <message>
        <source>requesting body</source>
        <translation>орган, направляющий запрос</translation>
    </message>
    <message>
        <source>approving body</source>
        <translation>согласующий орган</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>подписант</translation>
    </message>
    <message>
        <source>why this approving body</source>
        <translation>основание выбора согласующего органа</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык документов</translation>
    </message>
    <message>
        <source>routing rule</source>
        <translation>правило определения согласующего органа</translation>
    </message>
    <message>
        <source>routing basis</source>
        <translation>основание (пункт Алгоритма)</translation>
    </message>
    <message>
        <source>KATO edition</source>
        <translation>редакция КАТО</translation>
    </message>
    <message>
        <source>appeal term expiry</source>
        <translation>истечение срока обжалования</translation>
    </message>
    <message>
        <source>proposal of the legal service</source>
        <translation>предложение юридической службы</translation>
    </message>
    <message>
        <source>signs the decision</source>
        <translation>подписывает решение</translation>
    </message>
    <message>
        <source>capacity of the request&apos;s signatory</source>
        <translation>должность подписавшего запрос</translation>
    </message>
    <message>
        <source>to consent</source>
        <translation>согласовать</translation>
    </message>
    <message>
        <source>to refuse</source>
        <translation>отказать</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Запрос направлен</translation>
    </message>
    <message>
        <source>Consent received</source>
        <translation>Получено согласие</translation>
    </message>
    <message>
        <source>Refusal received</source>
        <translation>Получен отказ</translation>
    </message>
    <message>
        <source>Complaint filed</source>
        <translation>Жалоба подана</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Закрыть дело</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Вернуть в черновик</translation>
    </message>
    <message>
        <source>Taken under review</source>
        <translation>Принят к рассмотрению</translation>
    </message>
    <message>
        <source>Decided: consent</source>
        <translation>Решено: согласовать</translation>
    </message>
    <message>
        <source>Decided: refuse</source>
        <translation>Решено: отказать</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Запрос получен</translation>
    </message>
    <message>
        <source>Choose the date, then what happened on it.</source>
        <translation>Выберите дату, затем — что в этот день произошло.</translation>
    </message>
    <message>
        <source>The case is closed: nothing more to record.</source>
        <translation>Дело закрыто: отмечать больше нечего.</translation>
    </message>
    <message>
        <source>civil</source>
        <translation>гражданское дело</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>административное дело</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>(our body)</source>
        <translation>(наш орган)</translation>
    </message>
    <message>
        <source>The proposal and the decision cannot be written yet. Fill in:</source>
        <translation>Предложение и решение пока нельзя сформировать. Заполните:</translation>
    </message>
    <message>
        <source>— in what capacity? —</source>
        <translation>— в какой должности? —</translation>
    </message>
    <message>
        <source>— choose who signs —</source>
        <translation>— выберите, кто подписывает —</translation>
    </message>
    <message>
        <source>The date of receipt is not recorded: the decision&apos;s term (7 working days from receipt, Algorithm, item 8) cannot be counted. Enter it with Edit on the Case tab.</source>
        <translation>Дата поступления запроса не указана: срок решения (семь рабочих дней со дня поступления, Алгоритм, п. 8) не рассчитать. Внесите её кнопкой «Изменить» на вкладке «Дело».</translation>
    </message>
    <message>
        <source>(set by hand)</source>
        <translation>(задан вручную)</translation>
    </message>
    <message>
        <source>The decision was due on {due}; it was taken on {date}.</source>
        <translation>Срок решения — {due}; решение принято {date}.</translation>
    </message>
    <message>
        <source>The decision was due on {due}; the case is closed.</source>
        <translation>Срок решения — {due}; дело закрыто.</translation>
    </message>
    <message>
        <source>The decision was due on {due}: late by {n} working days.</source>
        <translation>Срок решения истёк {due}: просрочено рабочих дней: {n}.</translation>
    </message>
    <message>
        <source>Decide by {due}: {n} working days left.</source>
        <translation>Решение принять не позднее {due}: осталось рабочих дней: {n}.</translation>
    </message>
    <message>
        <source>The appeal term expires on {date}; the request had to be sent by {latest}.</source>
        <translation>Срок обжалования истекает {date}; запрос следовало направить не позднее {latest}.</translation>
    </message>
    <message>
        <source>No problems found: the request can be considered on its merits (Algorithm, item 7).</source>
        <translation>Замечаний не найдено: запрос можно рассматривать по существу (Алгоритм, п. 7).</translation>
    </message>
    <message>
        <source>Errors: {errors}; to check: {warnings}.</source>
        <translation>Нарушений: {errors}; проверить: {warnings}.</translation>
    </message>
    <message>
        <source>No official of our body who may sign decisions is recorded: add the head, or a deputy (or the head of the apparatus) who supervises the legal service, in Settings → Officials.</source>
        <translation>В справочнике нет должностного лица нашего органа, вправе подписать решение: добавьте руководителя либо заместителя (руководителя аппарата), курирующего юридическую службу, в разделе «Настройки → Должностные лица».</translation>
    </message>
    <message>
        <source>Choose who signs the decision.</source>
        <translation>Выберите, кто подписывает решение.</translation>
    </message>
    <message>
        <source>The first head or the person acting for them signs: no confirming documents are needed.</source>
        <translation>Подписывает первый руководитель или лицо, его замещающее: подтверждающие документы не нужны.</translation>
    </message>
    <message>
        <source>A deputy or the head of the apparatus who supervises the legal service signs: the decision lists the documents confirming their authority (Algorithm, item 8).</source>
        <translation>Подписывает заместитель или руководитель аппарата, курирующий юридическую службу: в решении указываются документы, подтверждающие его полномочия (Алгоритм, п. 8).</translation>
    </message>
    <message>
        <source>Name them below: the order of appointment, of assignment or distribution of duties.</source>
        <translation>Укажите их ниже: приказ о назначении, о возложении или распределении функциональных обязанностей.</translation>
    </message>
    <message>
        <source>Decided on {date}: {what}.</source>
        <translation>Решено {date}: {what}.</translation>
    </message>
    <message>
        <source>Under review by the legal service.</source>
        <translation>На рассмотрении юридической службы.</translation>
    </message>
    <message>
        <source>Received: start the review when the legal service takes the request up.</source>
        <translation>Запрос получен: начните рассмотрение, когда юридическая служба примет его в работу.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Дело закрыто.</translation>
    </message>
    <message>
        <source>Write the reasons for proposing a refusal: the decision must give its grounds (Algorithm, item 8).</source>
        <translation>Укажите причины, по которым предлагается отказать: решение должно содержать обоснование (Алгоритм, п. 8).</translation>
    </message>
    <message>
        <source>Choose what the legal service proposes: to consent or to refuse.</source>
        <translation>Выберите, что предлагает юридическая служба: согласовать или отказать.</translation>
    </message>
    <message>
        <source>Correct the proposal above first.</source>
        <translation>Сначала исправьте предложение выше.</translation>
    </message>
    <message>
        <source>Write the grounds of the refusal: the decision must give them (Algorithm, item 8).</source>
        <translation>Укажите обоснование отказа: решение обязательно его содержит (Алгоритм, п. 8).</translation>
    </message>
    <message>
        <source>&amp;Send as a package…</source>
        <translation>&amp;Отправить пакетом…</translation>
    </message>
    <message>
        <source>Write the request with its attachments into one .kelisim file for the approving body (the request letter is generated first)</source>
        <translation>Записать запрос с приложениями в один файл .kelisim для согласующего органа (сначала формируется письмо-запрос)</translation>
    </message>
    <message>
        <source>&amp;Send the decision as a package…</source>
        <translation>&amp;Отправить решение пакетом…</translation>
    </message>
    <message>
        <source>Write the decision with its document into one .kelisim file for the requesting body</source>
        <translation>Записать решение с его документом в один файл .kelisim для органа, направившего запрос</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <source>Kelisim packages (*.kelisim)</source>
        <translation>Пакеты Kelisim (*.kelisim)</translation>
    </message>
    <message>
        <source>The package is written:
{path}

Send this file to {body} (by e-mail, the document system or on a USB drive); there it is loaded with File → Import a package.</source>
        <translation>Пакет записан:
{path}

Направьте этот файл органу «{body}» (электронной почтой, через систему документооборота или на флешке); там его загружают командой Файл → Загрузить пакет.</translation>
    </message>
    <message>
        <source>The package is written:
{path}

Send this file to the other body (by e-mail, the document system or on a USB drive); there it is loaded with File → Import a package.</source>
        <translation>Пакет записан:
{path}

Направьте этот файл другой стороне (электронной почтой, через систему документооборота или на флешке); там его загружают командой Файл → Загрузить пакет.</translation>
    </message>
    <message>
        <source>Open its folder?</source>
        <translation>Открыть папку с ним?</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— не указан —</translation>
    </message>
    <message>
        <source>expected, if received on the day it was sent ({date})</source>
        <translation>ожидается, если запрос поступит в день отправки ({date})</translation>
    </message>
    <message>
        <source>head</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>acting head</source>
        <translation>исполняющий обязанности руководителя</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>заместитель</translation>
    </message>
    <message>
        <source>head of the apparatus</source>
        <translation>руководитель аппарата</translation>
    </message>
    <message>
        <source>head of the legal service</source>
        <translation>руководитель юридической службы</translation>
    </message>
    <message>
        <source>other official</source>
        <translation>иное должностное лицо</translation>
    </message>
    <message>
        <source>the head on the day (chosen by the program)</source>
        <translation>руководитель на дату запроса (определяется программой)</translation>
    </message>
    <message>
        <source>Term: {period} from the day after: {what} ({basis}).</source>
        <translation>Срок: {period} со дня, следующего за датой: {what} ({basis}).</translation>
    </message>
    <message>
        <source>Routing cannot name the approving body: {why}</source>
        <translation>Согласующий орган не определён: {why}</translation>
    </message>
    <message>
        <source>By the Algorithm no consent is needed ({basis}).</source>
        <translation>По Алгоритму согласование не требуется ({basis}).</translation>
    </message>
    <message>
        <source>By the Algorithm the approving body is {body} ({basis}).</source>
        <translation>По Алгоритму согласующий орган — {body} ({basis}).</translation>
    </message>
    <message>
        <source>Another body is chosen: write why.</source>
        <translation>Выбран другой орган: укажите основание.</translation>
    </message>
    <message>
        <source>Write why this body approves instead of the one the Algorithm names (for example, the law that authorises it to hear complaints).</source>
        <translation>Укажите, почему согласует этот орган, а не названный по Алгоритму (например, закон, уполномочивающий его рассматривать жалобы).</translation>
    </message>
    <message>
        <source>Saved; the deadlines were recomputed.</source>
        <translation>Сохранено; сроки пересчитаны.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Изменений нет.</translation>
    </message>
    <message>
        <source>Choose: {what}</source>
        <translation>Выберите: {what}</translation>
    </message>
    <message>
        <source>A new version of: {name}</source>
        <translation>Новая редакция файла: {name}</translation>
    </message>
    <message>
        <source>{n} p.</source>
        <translation>{n} л.</translation>
    </message>
    <message>
        <source>pages not counted</source>
        <translation>число листов не определено</translation>
    </message>
    <message>
        <source>Attached: {name} ({what}, {pages}).</source>
        <translation>Приложено: {name} ({what}, {pages}).</translation>
    </message>
    <message>
        <source>Replaced: {old} → {new} ({pages}).</source>
        <translation>Заменено: {old} → {new} ({pages}).</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Удаление приложения</translation>
    </message>
    <message>
        <source>Detach «{name}» from the case?</source>
        <translation>Открепить «{name}» от дела?</translation>
    </message>
    <message>
        <source>Detached: {name}.</source>
        <translation>Откреплено: {name}.</translation>
    </message>
    <message>
        <source>No program opens this kind of file; the copy is in {folder}.</source>
        <translation>Нет программы, которая открывает такие файлы; копия лежит в папке {folder}.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <source>other file</source>
        <translation>иной файл</translation>
    </message>
    <message>
        <source>{name} (the file is no longer there)</source>
        <translation>{name} (файла больше нет)</translation>
    </message>
    <message>
        <source>The file {path} is no longer there: generate the documents again.</source>
        <translation>Файла {path} больше нет: сформируйте документы заново.</translation>
    </message>
    <message>
        <source>No program opens this kind of file; it is {path}.</source>
        <translation>Нет программы, открывающей такие файлы; файл: {path}.</translation>
    </message>
    <message>
        <source>No documents have been generated for this case yet.</source>
        <translation>По этому делу документы ещё не формировались.</translation>
    </message>
    <message>
        <source>The documents cannot be written yet. Fill in on the Case and Attachments tabs:</source>
        <translation>Документы пока нельзя сформировать. Заполните на вкладках «Дело» и «Приложения»:</translation>
    </message>
    <message>
        <source>{n} documents written to {folder}</source>
        <translation>Документов сформировано: {n}, папка {folder}</translation>
    </message>
    <message>
        <source>Case card</source>
        <translation>Карточка дела</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Направление:</translation>
    </message>
    <message>
        <source>What is appealed:</source>
        <translation>Что обжалуется:</translation>
    </message>
    <message>
        <source>Court:</source>
        <translation>Суд:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Номер дела:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Стороны:</translation>
    </message>
    <message>
        <source>Subject of the claim:</source>
        <translation>Предмет иска:</translation>
    </message>
    <message>
        <source>Court act:</source>
        <translation>Судебный акт:</translation>
    </message>
    <message>
        <source>Requesting body:</source>
        <translation>Запрашивающий орган:</translation>
    </message>
    <message>
        <source>Approving body:</source>
        <translation>Согласующий орган:</translation>
    </message>
    <message>
        <source>Executor:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Запрос:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Из&amp;менить</translation>
    </message>
    <message>
        <source>Change the case&apos;s data; the deadlines are recomputed</source>
        <translation>Изменить сведения по делу; сроки будут пересчитаны</translation>
    </message>
    <message>
        <source>&amp;What is appealed:</source>
        <translation>&amp;Что обжалуется:</translation>
    </message>
    <message>
        <source>&amp;Court:</source>
        <translation>Су&amp;д:</translation>
    </message>
    <message>
        <source>Court (in &amp;Kazakh):</source>
        <translation>Суд (на &amp;казахском):</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Номер дела:</translation>
    </message>
    <message>
        <source>Act&apos;s &amp;dates:</source>
        <translation>Даты &amp;акта:</translation>
    </message>
    <message>
        <source>copy received</source>
        <translation>копия получена</translation>
    </message>
    <message>
        <source>Term &amp;runs from:</source>
        <translation>Срок исчисля&amp;ется с:</translation>
    </message>
    <message>
        <source>Su&amp;bject of the claim:</source>
        <translation>Пред&amp;мет иска:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>Сто&amp;роны:</translation>
    </message>
    <message>
        <source>Add part&amp;y</source>
        <translation>Добавить с&amp;торону</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Удалить сторону</translation>
    </message>
    <message>
        <source>Bodies and people</source>
        <translation>Органы и должностные лица</translation>
    </message>
    <message>
        <source>Re&amp;questing body:</source>
        <translation>Орган, направляю&amp;щий запрос:</translation>
    </message>
    <message>
        <source>Why &amp;this body:</source>
        <translation>Основание в&amp;ыбора:</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>Подпи&amp;сант:</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>Исп&amp;олнитель:</translation>
    </message>
    <message>
        <source>Executor&apos;s p&amp;hone:</source>
        <translation>Теле&amp;фон исполнителя:</translation>
    </message>
    <message>
        <source>Reas&amp;on for the change (kept in the history):</source>
        <translation>&amp;Причина изменения (сохраняется в истории):</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Сохранить и&amp;зменения</translation>
    </message>
    <message>
        <source>Request, decision and complaint</source>
        <translation>Запрос, решение и жалоба</translation>
    </message>
    <message>
        <source>sent on</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>поступил</translation>
    </message>
    <message>
        <source>on</source>
        <translation>от</translation>
    </message>
    <message>
        <source>Reasons of the decision:</source>
        <translation>Мотивы решения:</translation>
    </message>
    <message>
        <source>Complaint &amp;filed on:</source>
        <translation>&amp;Жалоба подана:</translation>
    </message>
    <message>
        <source>case closed on</source>
        <translation>дело закрыто</translation>
    </message>
    <message>
        <source>Kind of the &amp;act:</source>
        <translation>&amp;Вид акта:</translation>
    </message>
    <message>
        <source>Appro&amp;ving body:</source>
        <translation>Со&amp;гласующий орган:</translation>
    </message>
    <message>
        <source>&amp;Language of the documents:</source>
        <translation>&amp;Язык документов:</translation>
    </message>
    <message>
        <source>O&amp;utgoing no. and date:</source>
        <translation>Ис&amp;х. № и дата:</translation>
    </message>
    <message>
        <source>Incoming no. and date of rec&amp;eipt:</source>
        <translation>Вх. № и дата поступлен&amp;ия:</translation>
    </message>
    <message>
        <source>Dec&amp;ision:</source>
        <translation>Ре&amp;шение:</translation>
    </message>
    <message>
        <source>Save the changes; the deadlines are recomputed (Ctrl+S)</source>
        <translation>Сохранить изменения; сроки будут пересчитаны (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Forget the changes (Esc)</source>
        <translation>Отменить изменения (Esc)</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Сроки</translation>
    </message>
    <message>
        <source>Set a deadline by hand (for example, another date of service of the act)</source>
        <translation>Задать срок вручную (например, при иной дате вручения акта)</translation>
    </message>
    <message>
        <source>Deadl&amp;ine:</source>
        <translation>Сро&amp;к:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Нов&amp;ая дата:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>Причи&amp;на:</translation>
    </message>
    <message>
        <source>Set &amp;by hand</source>
        <translation>Задать в&amp;ручную</translation>
    </message>
    <message>
        <source>Back to the &amp;computed date</source>
        <translation>Верну&amp;ть расчётную дату</translation>
    </message>
    <message>
        <source>How the deadlines were computed:</source>
        <translation>Как рассчитаны сроки:</translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation>&amp;Приложения</translation>
    </message>
    <message>
        <source>No attachments yet.</source>
        <translation>Приложений пока нет.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation>До&amp;бавить файл…</translation>
    </message>
    <message>
        <source>Attach a file of the chosen kind; it is checked at once</source>
        <translation>Приложить файл выбранного вида; он сразу проверяется</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>За&amp;менить…</translation>
    </message>
    <message>
        <source>Put a new version of the chosen file in its place</source>
        <translation>Поставить новую редакцию выбранного файла на его место</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Detach the chosen file from the case</source>
        <translation>Открепить выбранный файл от дела</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation>Докум&amp;енты</translation>
    </message>
    <message>
        <source>No documents generated yet.</source>
        <translation>Документы ещё не сформированы.</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Открыть па&amp;пку</translation>
    </message>
    <message>
        <source>&amp;Generate the documents</source>
        <translation>Сфор&amp;мировать документы</translation>
    </message>
    <message>
        <source>Write the case&apos;s documents from its current data (again, if they were written before)</source>
        <translation>Сформировать документы дела по его текущим данным (заново, если они уже формировались)</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Про&amp;верка</translation>
    </message>
    <message>
        <source>The check against the Algorithm (items 2, 6, 8)</source>
        <translation>Проверка по Алгоритму (пп. 2, 6, 8)</translation>
    </message>
    <message>
        <source>Show the full e&amp;xplanation</source>
        <translation>Показать полное &amp;объяснение</translation>
    </message>
    <message>
        <source>The dates, every finding with its paragraph, the route and how the dates were computed</source>
        <translation>Даты, каждое замечание с пунктом, на котором оно основано, маршрут и расчёт сроков</translation>
    </message>
    <message>
        <source>Who signed the request (Algorithm, item 6)</source>
        <translation>Кто подписал запрос (Алгоритм, п. 6)</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Подписал:</translation>
    </message>
    <message>
        <source>surname, first name and patronymic, as in the letter</source>
        <translation>фамилия, имя и отчество — как в письме</translation>
    </message>
    <message>
        <source>In what capacity the person signed</source>
        <translation>В какой должности подписан запрос</translation>
    </message>
    <message>
        <source>Proposal of the legal service (Algorithm, item 7)</source>
        <translation>Предложение юридической службы (Алгоритм, п. 7)</translation>
    </message>
    <message>
        <source>Propos&amp;al:</source>
        <translation>Пр&amp;едложение:</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>&amp;Согласовать</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>Отк&amp;азать</translation>
    </message>
    <message>
        <source>Reaso&amp;ns:</source>
        <translation>&amp;Мотивы:</translation>
    </message>
    <message>
        <source>whether the law gives grounds to appeal the act, and why</source>
        <translation>есть ли предусмотренные законодательством основания для обжалования акта и почему</translation>
    </message>
    <message>
        <source>Da&amp;ted:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Si&amp;gns the decision:</source>
        <translation>Подписывает &amp;решение:</translation>
    </message>
    <message>
        <source>The first head or the person acting for them; or a deputy or the head of the apparatus who supervises the legal service (Algorithm, item 8)</source>
        <translation>Первый руководитель или лицо, его замещающее; либо заместитель или руководитель аппарата, курирующий юридическую службу (Алгоритм, п. 8)</translation>
    </message>
    <message>
        <source>Confir&amp;ming documents:</source>
        <translation>Подтвержда&amp;ющие документы:</translation>
    </message>
    <message>
        <source>e.g. order No. 15-k of 10.01.2026 on the distribution of duties</source>
        <translation>например, приказ № 15-к от 10.01.2026 о распределении обязанностей</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save who signed the request, the proposal and who signs the decision</source>
        <translation>Сохранить подписавшего запрос, предложение и подписанта решения</translation>
    </message>
    <message>
        <source>Decision (Algorithm, item 8)</source>
        <translation>Решение (Алгоритм, п. 8)</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>Дата решени&amp;я:</translation>
    </message>
    <message>
        <source>Gro&amp;unds:</source>
        <translation>Обоснован&amp;ие:</translation>
    </message>
    <message>
        <source>the grounds of the decision; taken from the proposal</source>
        <translation>обоснование решения; берётся из предложения</translation>
    </message>
    <message>
        <source>Start the revie&amp;w</source>
        <translation>&amp;Начать рассмотрение</translation>
    </message>
    <message>
        <source>Decided: c&amp;onsent</source>
        <translation>Решено: сог&amp;ласовать</translation>
    </message>
    <message>
        <source>Record the decision to consent on the date chosen</source>
        <translation>Отметить решение о согласовании на выбранную дату</translation>
    </message>
    <message>
        <source>Decided: &amp;refuse</source>
        <translation>Решено: о&amp;тказать</translation>
    </message>
    <message>
        <source>Record the refusal on the date chosen; its grounds are required</source>
        <translation>Отметить отказ на выбранную дату; обоснование обязательно</translation>
    </message>
    <message>
        <source>Generate the &amp;proposal and the decision</source>
        <translation>С&amp;формировать предложение и решение</translation>
    </message>
    <message>
        <source>Write the proposal (item 7) and the decision (item 8) from the case&apos;s data and open their folder</source>
        <translation>Сформировать предложение (п. 7) и решение (п. 8) по данным дела и открыть их папку</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>Отметить, что произошло</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Continue in the &amp;wizard</source>
        <translation>Продолжить в &amp;мастере</translation>
    </message>
    <message>
        <source>Open the new-request wizard on this draft</source>
        <translation>Открыть мастер нового запроса на этом черновике</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>FirstStartPage</name>
    <message>
        <source>(includes {place})</source>
        <translation>(в т. ч. {place})</translation>
    </message>
    <message>
        <source>KATO code {code}</source>
        <translation>Код КАТО {code}</translation>
    </message>
    <message>
        <source>Nothing found: try another spelling or part of the name.</source>
        <translation>Ничего не найдено: попробуйте другое написание или часть названия.</translation>
    </message>
    <message>
        <source>Choose the body in the list.</source>
        <translation>Выберите орган в списке.</translation>
    </message>
    <message>
        <source>The head is the {title}.</source>
        <translation>Руководитель — {title}.</translation>
    </message>
    <message>
        <source>Find our body and choose it in the list.</source>
        <translation>Найдите свой орган и выберите его в списке.</translation>
    </message>
    <message>
        <source>Write the head&apos;s surname and first name (and patronymic, if any).</source>
        <translation>Укажите фамилию и имя руководителя (и отчество, если есть).</translation>
    </message>
    <message>
        <source>Write the executor&apos;s surname and first name.</source>
        <translation>Укажите фамилию и имя исполнителя.</translation>
    </message>
    <message>
        <source>Welcome to Kelisim</source>
        <translation>Добро пожаловать в Kelisim</translation>
    </message>
    <message>
        <source>Before the case register opens, tell Kelisim which body you work for: it will be the requesting body of your requests, and the letters will name its head and the executor. Everything can be changed later. The deadline calculator and the calendar can be used right away.</source>
        <translation>Прежде чем откроется реестр дел, укажите, в каком органе вы работаете: он будет запрашивающим органом ваших запросов, а в письмах будут указаны его руководитель и исполнитель. Всё это можно изменить позже. Калькулятором сроков и календарём можно пользоваться сразу.</translation>
    </message>
    <message>
        <source>Our &amp;body:</source>
        <translation>Наш &amp;орган:</translation>
    </message>
    <message>
        <source>a name in Russian or Kazakh, e.g. Узынагаш or Қасық, or a KATO code</source>
        <translation>название по-русски или по-казахски, например Узынагаш или Қасық, либо код КАТО</translation>
    </message>
    <message>
        <source>&amp;Head (full name):</source>
        <translation>&amp;Руководитель (ФИО):</translation>
    </message>
    <message>
        <source>surname, first name, patronymic</source>
        <translation>фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>&amp;Executor (full name):</source>
        <translation>&amp;Исполнитель (ФИО):</translation>
    </message>
    <message>
        <source>the lawyer who prepares the requests</source>
        <translation>юрист, который готовит запросы</translation>
    </message>
    <message>
        <source>Executor&apos;s &amp;phone:</source>
        <translation>&amp;Телефон исполнителя:</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Use the calculator and the calendar now; set up the body later</source>
        <translation>Пользоваться калькулятором и календарём сейчас, а орган указать позже</translation>
    </message>
    <message>
        <source>&amp;Save and open the register</source>
        <translation>&amp;Сохранить и открыть реестр</translation>
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
        <translation>От кого:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <source>No. {number} of {date}</source>
        <translation>№ {number} от {date}</translation>
    </message>
    <message>
        <source>Request letter:</source>
        <translation>Письмо-запрос:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Подписал(а):</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано в согласовании</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Решение принял:</translation>
    </message>
    <message>
        <source>Our request:</source>
        <translation>Наш запрос:</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>{files}, {size} in all</source>
        <translation>{files}, всего {size}</translation>
    </message>
    <message>
        <source>Package made:</source>
        <translation>Пакет сформирован:</translation>
    </message>
    <message>
        <source>{when}, Kelisim {version}</source>
        <translation>{when}, программа Kelisim {version}</translation>
    </message>
    <message>
        <source>Load the request for consent to appeal?</source>
        <translation>Загрузить запрос о согласовании обжалования?</translation>
    </message>
    <message>
        <source>The request becomes an incoming case of the register, with its files; the decision&apos;s due date is counted from the date of receipt. Nothing is written before you press Load.</source>
        <translation>Запрос станет входящим делом реестра вместе с файлами; срок решения отсчитывается от даты поступления. До нажатия «Загрузить» ничего не записывается.</translation>
    </message>
    <message>
        <source>Load the decision on our request?</source>
        <translation>Загрузить решение по нашему запросу?</translation>
    </message>
    <message>
        <source>The decision is recorded in the case of our request, with the decision document. Nothing is written before you press Load.</source>
        <translation>Решение будет внесено в дело нашего запроса вместе с документом решения. До нажатия «Загрузить» ничего не записывается.</translation>
    </message>
    <message>
        <source>Import a package — {name}</source>
        <translation>Загрузка пакета — {name}</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Загрузка пакета</translation>
    </message>
    <message>
        <source>Registration of the incoming request</source>
        <translation>Регистрация входящего запроса</translation>
    </message>
    <message>
        <source>Date of &amp;receipt:</source>
        <translation>Дата &amp;поступления:</translation>
    </message>
    <message>
        <source>The day the request reached us; the decision is due within 7 working days of it (Algorithm, p. 8)</source>
        <translation>День, когда запрос поступил к нам; решение принимается в течение 7 рабочих дней с этого дня (Алгоритм, п. 8)</translation>
    </message>
    <message>
        <source>Our &amp;incoming number:</source>
        <translation>Наш &amp;входящий номер:</translation>
    </message>
    <message>
        <source>as registered by the office, e.g. 01-15/1187</source>
        <translation>как зарегистрирован канцелярией, например 01-15/1187</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <source>{name} (in the register)</source>
        <translation>{name} (в реестре)</translation>
    </message>
    <message>
        <source>From the register: {name}.</source>
        <translation>Из реестра: {name}.</translation>
    </message>
    <message>
        <source>Civil case</source>
        <translation>Гражданское дело</translation>
    </message>
    <message>
        <source>Administrative case</source>
        <translation>Административное дело</translation>
    </message>
    <message>
        <source>— in what capacity? —</source>
        <translation>— в какой должности? —</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Draft complaint</source>
        <translation>Проект жалобы</translation>
    </message>
    <message>
        <source>Term: {period} from the day after: {what} ({basis}).</source>
        <translation>Срок: {period} со дня, следующего за датой: {what} ({basis}).</translation>
    </message>
    <message>
        <source>Our own body is not chosen yet: choose it in Settings first; the request is registered as received by it.</source>
        <translation>Наш орган ещё не выбран: сначала выберите его в настройках — запрос регистрируется как поступивший в него.</translation>
    </message>
    <message>
        <source>Approving body: {body} (our body).</source>
        <translation>Согласующий орган: {body} (наш орган).</translation>
    </message>
    <message>
        <source>The approving body cannot be determined: {why}</source>
        <translation>Согласующий орган не определён: {why}</translation>
    </message>
    <message>
        <source>By the Algorithm this body needs no consent ({basis}): the review will say so.</source>
        <translation>По Алгоритму этому органу согласование не требуется ({basis}): это будет отмечено при проверке.</translation>
    </message>
    <message>
        <source>By the Algorithm this body&apos;s requests come to us ({basis}).</source>
        <translation>По Алгоритму запросы этого органа поступают к нам ({basis}).</translation>
    </message>
    <message>
        <source>By the Algorithm this body&apos;s requests go to the {official}, not to us ({basis}). It can still be registered; the review will flag it.</source>
        <translation>По Алгоритму запросы этого органа согласует {official}, а не наш орган ({basis}). Зарегистрировать запрос можно; при проверке это будет отмечено.</translation>
    </message>
    <message>
        <source>By analogy: please check.</source>
        <translation>По аналогии — проверьте.</translation>
    </message>
    <message>
        <source>Choose: {what}</source>
        <translation>Выберите: {what}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Листов</translation>
    </message>
    <message>
        <source>Pages: read from the file where possible; correct it if needed</source>
        <translation>Число листов: прочитано из файла, где возможно; исправьте при необходимости</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>not attached yet (required with the request, item 6)</source>
        <translation>ещё не приложен (обязателен к запросу, п. 6)</translation>
    </message>
    <message>
        <source>drop files here</source>
        <translation>перетащите файлы сюда</translation>
    </message>
    <message>
        <source>Choose our own body in Settings first: the request is registered as received by it.</source>
        <translation>Сначала выберите наш орган в настройках: запрос регистрируется как поступивший в него.</translation>
    </message>
    <message>
        <source>Find the requesting body and choose it in the list.</source>
        <translation>Найдите орган, направивший запрос, и выберите его в списке.</translation>
    </message>
    <message>
        <source>The letter is dated after the day it was received: check both dates.</source>
        <translation>Письмо датировано позже дня его поступления: проверьте обе даты.</translation>
    </message>
    <message>
        <source>The request cannot be received after today ({date}): check the date of receipt.</source>
        <translation>Запрос не может поступить позже сегодняшнего дня ({date}): проверьте дату поступления.</translation>
    </message>
    <message>
        <source>Write the court that made the act.</source>
        <translation>Укажите суд, вынесший акт.</translation>
    </message>
    <message>
        <source>Write the case number.</source>
        <translation>Укажите номер дела.</translation>
    </message>
    <message>
        <source>Write the subject of the claim: the decision must state it (Algorithm, item 8).</source>
        <translation>Укажите предмет иска: решение обязательно его излагает (Алгоритм, п. 8).</translation>
    </message>
    <message>
        <source>Enter the date the appeal term runs from: {what}.</source>
        <translation>Укажите дату, с которой исчисляется срок обжалования: {what}.</translation>
    </message>
    <message>
        <source>Register an incoming request</source>
        <translation>Регистрация входящего запроса</translation>
    </message>
    <message>
        <source>Enter what the letter says. The request is registered as received by our body, which decides on it within 7 working days of receipt (Algorithm, item 8).</source>
        <translation>Внесите то, что сказано в письме. Запрос регистрируется как поступивший в наш орган; решение по нему принимается в срок не более семи рабочих дней со дня поступления (Алгоритм, п. 8).</translation>
    </message>
    <message>
        <source>The request letter</source>
        <translation>Письмо-запрос</translation>
    </message>
    <message>
        <source>Requesting &amp;body:</source>
        <translation>Запрашивающий &amp;орган:</translation>
    </message>
    <message>
        <source>name in Russian or Kazakh, or the KATO code</source>
        <translation>наименование на русском или казахском либо код КАТО</translation>
    </message>
    <message>
        <source>Type a part of the name: akimats from KATO and the bodies already in the register are offered</source>
        <translation>Введите часть наименования: будут предложены акиматы из КАТО и органы, уже внесённые в реестр</translation>
    </message>
    <message>
        <source>Choose the requesting body; Enter in the search box takes the first one</source>
        <translation>Выберите орган, направивший запрос; Enter в строке поиска выбирает первый</translation>
    </message>
    <message>
        <source>&amp;Their outgoing no.:</source>
        <translation>Ис&amp;ходящий №:</translation>
    </message>
    <message>
        <source>their outgoing number</source>
        <translation>исходящий номер письма</translation>
    </message>
    <message>
        <source>of</source>
        <translation>от</translation>
    </message>
    <message>
        <source>the date of the letter</source>
        <translation>дата письма</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Подпи&amp;сал:</translation>
    </message>
    <message>
        <source>surname, first name and patronymic, as in the letter</source>
        <translation>фамилия, имя и отчество — как в письме</translation>
    </message>
    <message>
        <source>In what capacity the person signed (Algorithm, item 6)</source>
        <translation>В какой должности подписан запрос (Алгоритм, п. 6)</translation>
    </message>
    <message>
        <source>Our &amp;incoming no.:</source>
        <translation>Наш &amp;входящий №:</translation>
    </message>
    <message>
        <source>our registration number</source>
        <translation>номер регистрации у нас</translation>
    </message>
    <message>
        <source>received o&amp;n</source>
        <translation>пост&amp;упил</translation>
    </message>
    <message>
        <source>The day the letter reached us: the 7 working days of the decision run from it (Algorithm, item 8)</source>
        <translation>День поступления письма к нам: с него исчисляются семь рабочих дней на решение (Алгоритм, п. 8)</translation>
    </message>
    <message>
        <source>&amp;Language of the documents:</source>
        <translation>&amp;Язык документов:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>In the capacity of:</source>
        <translation>В должности:</translation>
    </message>
    <message>
        <source>Drop the files on a line or choose them; each file is checked at once and stored when the request is registered.</source>
        <translation>Перетащите файлы на нужную строку или выберите их; каждый файл проверяется сразу и сохраняется при регистрации запроса.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the draft complaint (or petition)</source>
        <translation>Выберите проект жалобы (ходатайства)</translation>
    </message>
    <message>
        <source>Court act that is appealed</source>
        <translation>Обжалуемый судебный акт</translation>
    </message>
    <message>
        <source>Choose the court act that is appealed</source>
        <translation>Выберите обжалуемый судебный акт</translation>
    </message>
    <message>
        <source>The request letter itself</source>
        <translation>Само письмо-запрос</translation>
    </message>
    <message>
        <source>Choose the scan of the request letter</source>
        <translation>Выберите скан письма-запроса</translation>
    </message>
    <message>
        <source>Confirming documents</source>
        <translation>Подтверждающие документы</translation>
    </message>
    <message>
        <source>Choose the documents confirming the signatory&apos;s authority</source>
        <translation>Выберите документы, подтверждающие полномочия подписавшего</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Иные документы</translation>
    </message>
    <message>
        <source>Choose other documents</source>
        <translation>Выберите иные документы</translation>
    </message>
    <message>
        <source>The court act</source>
        <translation>Судебный акт</translation>
    </message>
    <message>
        <source>Pro&amp;cedure:</source>
        <translation>&amp;Производство:</translation>
    </message>
    <message>
        <source>What is &amp;appealed:</source>
        <translation>&amp;Что обжалуется:</translation>
    </message>
    <message>
        <source>Co&amp;urt:</source>
        <translation>Су&amp;д:</translation>
    </message>
    <message>
        <source>e.g. the district court that made the act</source>
        <translation>например, районный суд, вынесший акт</translation>
    </message>
    <message>
        <source>Court (in &amp;Kazakh):</source>
        <translation>Суд (на &amp;казахском):</translation>
    </message>
    <message>
        <source>the court&apos;s name in Kazakh, for documents in Kazakh (optional)</source>
        <translation>наименование суда на казахском — для документов на казахском (необязательно)</translation>
    </message>
    <message>
        <source>Case nu&amp;mber:</source>
        <translation>&amp;Номер дела:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>Сто&amp;роны:</translation>
    </message>
    <message>
        <source>The people and organisations in the case; the IIN/BIN is optional</source>
        <translation>Лица и организации, участвующие в деле; ИИН/БИН — необязательно</translation>
    </message>
    <message>
        <source>Add a part&amp;y</source>
        <translation>Добавить с&amp;торону</translation>
    </message>
    <message>
        <source>Remo&amp;ve the party</source>
        <translation>У&amp;брать сторону</translation>
    </message>
    <message>
        <source>&amp;Subject of the claim:</source>
        <translation>Пр&amp;едмет иска:</translation>
    </message>
    <message>
        <source>what the plaintiff asked the court for</source>
        <translation>чего истец просил у суда</translation>
    </message>
    <message>
        <source>The act&apos;s dates:</source>
        <translation>Даты акта:</translation>
    </message>
    <message>
        <source>Ann&amp;ounced:</source>
        <translation>О&amp;глашён:</translation>
    </message>
    <message>
        <source>the operative part was read out</source>
        <translation>оглашена резолютивная часть</translation>
    </message>
    <message>
        <source>In &amp;final form:</source>
        <translation>В окончательной &amp;форме:</translation>
    </message>
    <message>
        <source>the date the full text was made</source>
        <translation>дата изготовления полного текста</translation>
    </message>
    <message>
        <source>Copy rec&amp;eived by them:</source>
        <translation>Копия получена з&amp;аявителем:</translation>
    </message>
    <message>
        <source>the day the requesting body received the copy of the act</source>
        <translation>день получения копии акта органом, направившим запрос</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Зарегистр&amp;ировать</translation>
    </message>
    <message>
        <source>Create the incoming case with its attachments and open its card (Ctrl+Enter)</source>
        <translation>Создать входящее дело с приложениями и открыть его карточку (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close without registering (Esc)</source>
        <translation>Закрыть без регистрации (Esc)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft complaint</source>
        <translation>Проект жалобы</translation>
    </message>
    <message>
        <source>Court act</source>
        <translation>Судебный акт</translation>
    </message>
    <message>
        <source>Confirming document</source>
        <translation>Подтверждающий документ</translation>
    </message>
    <message>
        <source>Request letter</source>
        <translation>Письмо-запрос</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Иной документ</translation>
    </message>
    <message>
        <source>head of the body</source>
        <translation>руководитель органа</translation>
    </message>
    <message>
        <source>acting head</source>
        <translation>лицо, замещающее руководителя</translation>
    </message>
    <message>
        <source>deputy head</source>
        <translation>заместитель руководителя</translation>
    </message>
    <message>
        <source>head of the apparatus</source>
        <translation>руководитель аппарата</translation>
    </message>
    <message>
        <source>head of the legal service</source>
        <translation>руководитель юридической службы</translation>
    </message>
    <message>
        <source>executor</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <source>another person</source>
        <translation>иное лицо</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.rtf *.odt *.jpg *.jpeg *.png *.tif *.tiff *.txt)</source>
        <translation>Документы (*.pdf *.docx *.doc *.rtf *.odt *.jpg *.jpeg *.png *.tif *.tiff *.txt)</translation>
    </message>
    <message>
        <source>late</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>3 working days or less</source>
        <translation>3 рабочих дня и меньше</translation>
    </message>
    <message>
        <source>7 working days or less</source>
        <translation>7 рабочих дней и меньше</translation>
    </message>
    <message>
        <source>enough time</source>
        <translation>время есть</translation>
    </message>
    <message>
        <source>closed or no deadline</source>
        <translation>закрыто или без срока</translation>
    </message>
    <message>
        <source>send the request</source>
        <translation>направить запрос</translation>
    </message>
    <message>
        <source>appeal term expires</source>
        <translation>истекает срок обжалования</translation>
    </message>
    <message>
        <source>decision on consent due</source>
        <translation>срок решения о согласовании</translation>
    </message>
    <message>
        <source>Court act (event)</source>
        <translation>Судебный акт (событие)</translation>
    </message>
    <message>
        <source>Term starts</source>
        <translation>Начало течения срока</translation>
    </message>
    <message>
        <source>Last day by count</source>
        <translation>Последний день по счёту</translation>
    </message>
    <message>
        <source>Appeal term expires</source>
        <translation>Срок обжалования истекает</translation>
    </message>
    <message>
        <source>Latest day to send the request</source>
        <translation>Последний день отправки запроса</translation>
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
        <source>our request to the higher akim</source>
        <translation>наш запрос вышестоящему акиму</translation>
    </message>
    <message>
        <source>a request to us</source>
        <translation>запрос к нам</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case register</source>
        <translation>Реестр дел</translation>
    </message>
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
        <source>&amp;New request…</source>
        <translation>&amp;Новый запрос…</translation>
    </message>
    <message>
        <source>Prepare a new request for consent to appeal</source>
        <translation>Подготовить новый запрос о согласовании обжалования</translation>
    </message>
    <message>
        <source>Register an &amp;incoming request…</source>
        <translation>Зарегистрировать вх&amp;одящий запрос…</translation>
    </message>
    <message>
        <source>Register a request for consent that came to us from a lower body</source>
        <translation>Зарегистрировать запрос о согласовании, поступивший к нам от нижестоящего органа</translation>
    </message>
    <message>
        <source>Import a &amp;package…</source>
        <translation>&amp;Загрузить пакет…</translation>
    </message>
    <message>
        <source>Load a .kelisim package: a request for consent from a lower body, or the decision on our request</source>
        <translation>Загрузить пакет .kelisim: запрос о согласовании от нижестоящего органа или решение по нашему запросу</translation>
    </message>
    <message>
        <source>Semi-&amp;annual report…</source>
        <translation>Отчёт за &amp;полугодие…</translation>
    </message>
    <message>
        <source>The figures of the half-year per body, with charts; saved as DOCX and XLSX</source>
        <translation>Показатели полугодия по органам, с диаграммами; сохраняется в DOCX и XLSX</translation>
    </message>
    <message>
        <source>&amp;Generate documents for the selected cases…</source>
        <translation>&amp;Документы по выбранным делам…</translation>
    </message>
    <message>
        <source>Write the documents of every case selected in the register (Ctrl or Shift + click selects several)</source>
        <translation>Сформировать документы по каждому делу, выбранному в реестре (несколько дел выбираются щелчком с Ctrl или Shift)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Резервная копия сейчас…</translation>
    </message>
    <message>
        <source>Write a verified archive of the register and every attachment</source>
        <translation>Записать проверенный архив реестра со всеми вложениями</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Восс&amp;тановить из резервной копии…</translation>
    </message>
    <message>
        <source>Replace the register with a backup; the current data is kept aside</source>
        <translation>Заменить реестр резервной копией; текущие данные сохраняются отдельно</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>Our body and officials, languages, the data folder, templates, the calendar</source>
        <translation>Наш орган и должностные лица, языки, папка данных, шаблоны, календарь</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;About Kelisim</source>
        <translation>&amp;О программе Kelisim</translation>
    </message>
    <message>
        <source>Kelisim is already open</source>
        <translation>Kelisim уже открыт</translation>
    </message>
    <message>
        <source>The data folder is not available</source>
        <translation>Папка данных недоступна</translation>
    </message>
    <message>
        <source>The data folder cannot be written</source>
        <translation>В папку данных нельзя записывать</translation>
    </message>
    <message>
        <source>An interrupted operation</source>
        <translation>Прерванная операция</translation>
    </message>
    <message>
        <source>Choose our own body first: the request is made on its behalf.</source>
        <translation>Сначала выберите свой орган: запрос направляется от его имени.</translation>
    </message>
    <message>
        <source>Choose our own body first: the request is registered as received by it.</source>
        <translation>Сначала выберите наш орган: запрос регистрируется как поступивший в него.</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <source>Wait until the running operation ends.</source>
        <translation>Дождитесь окончания выполняемой операции.</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <source>Backup cancelled; no file was left behind.</source>
        <translation>Резервное копирование отменено; незавершённый файл не остался.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Запись резервной копии…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <source>Kelisim backups (*.zip)</source>
        <translation>Резервные копии Kelisim (*.zip)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace the register with the backup of {date} ({cases} cases, {files} attachments)? The current data is kept aside in the data folder, nothing is deleted.</source>
        <translation>Заменить реестр резервной копией от {date} (дел: {cases}, вложений: {files})? Текущие данные будут сохранены отдельно в папке данных, ничего не удаляется.</translation>
    </message>
    <message>
        <source>Restored from {path}; the previous data is in {aside}.</source>
        <translation>Восстановлено из {path}; прежние данные — в {aside}.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Проверка и восстановление резервной копии…</translation>
    </message>
    <message>
        <source>Select the cases in the register first (Ctrl or Shift + click).</source>
        <translation>Сначала выберите дела в реестре (щелчок с Ctrl или Shift).</translation>
    </message>
    <message>
        <source>{files} documents written for {cases} cases.</source>
        <translation>Сформировано документов: {files}, по делам: {cases}.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>Не сформированы:</translation>
    </message>
    <message>
        <source>Writing the documents of {n} cases…</source>
        <translation>Формирование документов по делам ({n})…</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Загрузка пакета</translation>
    </message>
    <message>
        <source>Kelisim packages (*.kelisim)</source>
        <translation>Пакеты Kelisim (*.kelisim)</translation>
    </message>
    <message>
        <source>Choose our own body first: packages are loaded into its register.</source>
        <translation>Сначала выберите свой орган: пакеты загружаются в его реестр.</translation>
    </message>
    <message>
        <source>The request (case {number}) is loaded as incoming case No. {id}.</source>
        <translation>Запрос (дело {number}) загружен как входящее дело № {id}.</translation>
    </message>
    <message>
        <source>The decision is recorded in case {number}: {verdict}.</source>
        <translation>Решение внесено в дело {number}: {verdict}.</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано в согласовании</translation>
    </message>
    <message>
        <source>Please check (kept in the case):</source>
        <translation>Проверьте (записано в деле):</translation>
    </message>
    <message>
        <source>Checking and loading the package…</source>
        <translation>Пакет проверяется и загружается…</translation>
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
<context>
    <name>PartiesEditor</name>
    <message>
        <source>plaintiff</source>
        <translation>истец</translation>
    </message>
    <message>
        <source>defendant</source>
        <translation>ответчик</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>третье лицо</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>заявитель</translation>
    </message>
    <message>
        <source>other</source>
        <translation>иное</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Процессуальное
положение</translation>
    </message>
    <message>
        <source>Name or full name</source>
        <translation>Наименование или ФИО</translation>
    </message>
    <message>
        <source>IIN/BIN (optional)</source>
        <translation>ИИН/БИН (необязательно)</translation>
    </message>
    <message>
        <source>F2 or a double-click chooses the role</source>
        <translation>Роль выбирается клавишей F2 или двойным щелчком</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Осталось раб. дней</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Что к сроку</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>late</source>
        <translation>просрочено</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>Ждут решения</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Our requests</source>
        <translation>Наши запросы</translation>
    </message>
    <message>
        <source>Requests to us</source>
        <translation>Запросы к нам</translation>
    </message>
    <message>
        <source>Late: {n}</source>
        <translation>Просрочено: {n}</translation>
    </message>
    <message>
        <source>Due this week: {n}</source>
        <translation>Срок на этой неделе: {n}</translation>
    </message>
    <message>
        <source>Awaiting a decision: {n}</source>
        <translation>Ждут решения: {n}</translation>
    </message>
    <message>
        <source>Decisions late: {n}</source>
        <translation>Решения просрочены: {n}</translation>
    </message>
    <message>
        <source>Decisions due this week: {n}</source>
        <translation>Решения на неделе: {n}</translation>
    </message>
    <message>
        <source>Cases shown: {n}</source>
        <translation>Показано дел: {n}</translation>
    </message>
    <message>
        <source>Show the cases whose deadline has passed</source>
        <translation>Показать дела с истёкшим сроком</translation>
    </message>
    <message>
        <source>Show the cases due within five working days</source>
        <translation>Показать дела со сроком в ближайшие пять рабочих дней</translation>
    </message>
    <message>
        <source>Show the requests that wait for a decision on consent</source>
        <translation>Показать запросы, ожидающие решения о согласовании</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Показать &amp;все</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Новый запрос…</translation>
    </message>
    <message>
        <source>Prepare a new request for consent to appeal (Ctrl+N)</source>
        <translation>Подготовить новый запрос о согласовании обжалования (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Incoming request…</source>
        <translation>Вход&amp;ящий запрос…</translation>
    </message>
    <message>
        <source>Register a request for consent that came to us from a lower body (Ctrl+I)</source>
        <translation>Зарегистрировать запрос о согласовании, поступивший к нам от нижестоящего органа (Ctrl+I)</translation>
    </message>
    <message>
        <source>Show the requests to us whose decision is overdue (Algorithm, item 8: 7 working days from receipt)</source>
        <translation>Показать запросы к нам, решение по которым просрочено (Алгоритм, п. 8: семь рабочих дней со дня поступления)</translation>
    </message>
    <message>
        <source>Show the requests to us whose decision is due within five working days</source>
        <translation>Показать запросы к нам, решение по которым нужно принять в течение пяти рабочих дней</translation>
    </message>
    <message>
        <source>case number, party, court, subject</source>
        <translation>номер дела, сторона, суд, предмет</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>Нап&amp;равление:</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Про&amp;сроченные</translation>
    </message>
    <message>
        <source>Due &amp;within</source>
        <translation>Срок в теч&amp;ение</translation>
    </message>
    <message>
        <source>working days from today</source>
        <translation>рабочих дней начиная с сегодняшнего</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>раб. дней</translation>
    </message>
    <message>
        <source>Double-click a case or press Enter to open its card</source>
        <translation>Дважды щёлкните дело или нажмите Enter, чтобы открыть его карточку</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Обозначения:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>No report for this period</source>
        <translation>Отчёт за такой период не строится</translation>
    </message>
    <message>
        <source>Figures as of {date}; the period is not over yet.</source>
        <translation>Сведения по состоянию на {date}; период ещё не завершён.</translation>
    </message>
    <message>
        <source>Figures as of {date}.</source>
        <translation>Сведения по состоянию на {date}.</translation>
    </message>
    <message>
        <source>Cases counted: {n}.</source>
        <translation>Учтено дел: {n}.</translation>
    </message>
    <message>
        <source>Body that sent the request</source>
        <translation>Орган, направивший запрос</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>sent in time</source>
        <translation>направлено в срок</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>Decisions in time</source>
        <translation>Решения в срок</translation>
    </message>
    <message>
        <source>Decisions late</source>
        <translation>Решения с нарушением срока</translation>
    </message>
    <message>
        <source>sent late</source>
        <translation>направлено с нарушением срока</translation>
    </message>
    <message>
        <source>of them without a decision</source>
        <translation>из них без решения</translation>
    </message>
    <message>
        <source>Complaints filed</source>
        <translation>Жалобы поданы</translation>
    </message>
    <message>
        <source>Our requests: the body that sent them (ours or one we serve). Requests to us: the lower body that asked.</source>
        <translation>Наши запросы — орган, направивший запрос (наш или обслуживаемый нами). Запросы к нам — нижестоящий орган, обратившийся к нам.</translation>
    </message>
    <message>
        <source>Our requests sent in the period; requests to us received in the period</source>
        <translation>Наши запросы, направленные в периоде; запросы к нам, поступившие в периоде</translation>
    </message>
    <message>
        <source>Sent no later than the last day for sending (Algorithm, p. 6)</source>
        <translation>Направлены не позднее последнего дня направления (Алгоритм, п. 6)</translation>
    </message>
    <message>
        <source>Sent after the last day for sending</source>
        <translation>Направлены после последнего дня направления</translation>
    </message>
    <message>
        <source>Decisions to consent dated in the period</source>
        <translation>Решения о согласовании, принятые в периоде</translation>
    </message>
    <message>
        <source>Decisions to refuse dated in the period</source>
        <translation>Решения об отказе в согласовании, принятые в периоде</translation>
    </message>
    <message>
        <source>Decided within 7 working days of receipt (Algorithm, p. 8)</source>
        <translation>Решение принято в течение 7 рабочих дней со дня поступления запроса (Алгоритм, п. 8)</translation>
    </message>
    <message>
        <source>Decided after the due date, or still undecided at the end of the period</source>
        <translation>Решение принято после истечения срока или не принято на конец периода</translation>
    </message>
    <message>
        <source>Requests to us whose due date passed in the period without a decision</source>
        <translation>Запросы к нам, срок решения по которым истёк в периоде, а решения нет</translation>
    </message>
    <message>
        <source>Complaints filed in the period</source>
        <translation>Жалобы, поданные в периоде</translation>
    </message>
    <message>
        <source>Our requests (sent by us and by the bodies we serve)</source>
        <translation>Наши запросы (направленные нами и обслуживаемыми нами органами)</translation>
    </message>
    <message>
        <source>Requests to us from lower bodies (our decisions)</source>
        <translation>Запросы нижестоящих органов к нам (наши решения)</translation>
    </message>
    <message>
        <source>No such requests in the period.</source>
        <translation>В периоде таких запросов нет.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Requests whose timeliness could not be checked (no sending date or no last day): {n}.</source>
        <translation>Запросы, срок направления которых не проверен (нет даты отправки или последнего дня): {n}.</translation>
    </message>
    <message>
        <source>Decisions whose timeliness could not be checked (no date of receipt): {n}.</source>
        <translation>Решения, срок которых не проверен (нет даты поступления запроса): {n}.</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Choose the folder for the report</source>
        <translation>Выберите папку для отчёта</translation>
    </message>
    <message>
        <source>Semi-annual report</source>
        <translation>Отчёт за полугодие</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Отчёт записывается…</translation>
    </message>
    <message>
        <source>Written: {files} — in {folder}</source>
        <translation>Записано: {files} — в папке {folder}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>The calendar half-year that contains today</source>
        <translation>Календарное полугодие, в которое входит сегодняшний день</translation>
    </message>
    <message>
        <source>&amp;Current half-year</source>
        <translation>&amp;Текущее полугодие</translation>
    </message>
    <message>
        <source>The last completed calendar half-year</source>
        <translation>Последнее завершённое календарное полугодие</translation>
    </message>
    <message>
        <source>&amp;Previous half-year</source>
        <translation>П&amp;редыдущее полугодие</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>The first day of the period (included)</source>
        <translation>Первый день периода (включительно)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>The last day of the period (included)</source>
        <translation>Последний день периода (включительно)</translation>
    </message>
    <message>
        <source>Fi&amp;gures</source>
        <translation>Показате&amp;ли</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Диаграммы</translation>
    </message>
    <message>
        <source>&amp;Language of the files:</source>
        <translation>&amp;Язык файлов:</translation>
    </message>
    <message>
        <source>For analysis outside the legal service: people&apos;s names in the files become «Иванов И.И.», ИИН and БИН become ********1234</source>
        <translation>Для анализа за пределами юридической службы: имена людей в файлах станут «Иванов И.И.», ИИН и БИН — ********1234</translation>
    </message>
    <message>
        <source>Mas&amp;k personal data</source>
        <translation>Скрыть &amp;персональные данные</translation>
    </message>
    <message>
        <source>Write the report as a Word document and an Excel workbook into a folder you choose</source>
        <translation>Записать отчёт документом Word и книгой Excel в выбранную папку</translation>
    </message>
    <message>
        <source>&amp;Save as DOCX and XLSX…</source>
        <translation>Со&amp;хранить в DOCX и XLSX…</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Our body</source>
        <translation>&amp;Наш орган</translation>
    </message>
    <message>
        <source>Our body now</source>
        <translation>Наш орган сейчас</translation>
    </message>
    <message>
        <source>Change our body</source>
        <translation>Сменить наш орган</translation>
    </message>
    <message>
        <source>&amp;Find in KATO:</source>
        <translation>&amp;Найти в КАТО:</translation>
    </message>
    <message>
        <source>a name in Russian or Kazakh, e.g. Узынагаш or Қасық, or a KATO code</source>
        <translation>название по-русски или по-казахски, например Узынагаш или Қасық, либо код КАТО</translation>
    </message>
    <message>
        <source>&amp;Make it our body</source>
        <translation>&amp;Сделать нашим органом</translation>
    </message>
    <message>
        <source>Requests made from now on are made on behalf of the body chosen in the list</source>
        <translation>Новые запросы будут направляться от имени органа, выбранного в списке</translation>
    </message>
    <message>
        <source>Names in letters</source>
        <translation>Наименования в письмах</translation>
    </message>
    <message>
        <source>Proposed from KATO; what you correct here is kept and never replaced by a later proposal.</source>
        <translation>Предложены по КАТО; исправленное здесь сохраняется и больше не заменяется предложением программы.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Name (genitive)</source>
        <translation>Наименование (род. п.)</translation>
    </message>
    <message>
        <source>Name (dative)</source>
        <translation>Наименование (дат. п.)</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Head (genitive)</source>
        <translation>Руководитель (род. п.)</translation>
    </message>
    <message>
        <source>Head (dative)</source>
        <translation>Руководитель (дат. п.)</translation>
    </message>
    <message>
        <source>Our body is not chosen yet: find it in KATO below.</source>
        <translation>Наш орган ещё не выбран: найдите его в КАТО ниже.</translation>
    </message>
    <message>
        <source>KATO code {code}</source>
        <translation>код КАТО {code}</translation>
    </message>
    <message>
        <source>head: {name}</source>
        <translation>руководитель: {name}</translation>
    </message>
    <message>
        <source>Corrected by you: kept when KATO proposes another form</source>
        <translation>Исправлено вами: сохраняется, даже если по КАТО предлагается другая форма</translation>
    </message>
    <message>
        <source>Head (akim)</source>
        <translation>Руководитель (аким)</translation>
    </message>
    <message>
        <source>Acting head</source>
        <translation>Исполняющий обязанности</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Заместитель</translation>
    </message>
    <message>
        <source>Head of the apparatus</source>
        <translation>Руководитель аппарата</translation>
    </message>
    <message>
        <source>Head of the legal service</source>
        <translation>Руководитель юридической службы</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Other official</source>
        <translation>Иное должностное лицо</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>до {date}</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>in office</source>
        <translation>в должности</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Not in office today</source>
        <translation>Сегодня не в должности</translation>
    </message>
    <message>
        <source>&amp;Add official</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Write the official&apos;s surname and first name (and patronymic, if any).</source>
        <translation>Укажите фамилию и имя должностного лица (и отчество, если есть).</translation>
    </message>
    <message>
        <source>{name} ({role}) leaves office today, {date}? Requests already made keep their signatory.</source>
        <translation>{name} ({role}) оставляет должность сегодня, {date}? В уже подготовленных запросах подписант не изменится.</translation>
    </message>
    <message>
        <source>Write the executor&apos;s surname and first name.</source>
        <translation>Укажите фамилию и имя исполнителя.</translation>
    </message>
    <message>
        <source>The interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>The folder is set by the {variable} environment variable: to move the data, change the variable (ask your administrator).</source>
        <translation>Папка задана переменной окружения {variable}: чтобы перенести данные, измените эту переменную (обратитесь к администратору).</translation>
    </message>
    <message>
        <source>The data was moved to {new} and checked; Kelisim works there now. The old folder {old} was left as it was, with a note saying where the data went: delete it once you have looked at the new one.</source>
        <translation>Данные перенесены в {new} и проверены; Kelisim теперь работает там. Прежняя папка {old} оставлена как была, с запиской о том, куда перенесены данные: удалите её, когда убедитесь, что в новой всё на месте.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the data</source>
        <translation>Выберите пустую папку для данных</translation>
    </message>
    <message>
        <source>Copying the data to {folder}…</source>
        <translation>Копирование данных в {folder}…</translation>
    </message>
    <message>
        <source>Moving the data folder</source>
        <translation>Перенос папки данных</translation>
    </message>
    <message>
        <source>Request for consent</source>
        <translation>Запрос о согласовании</translation>
    </message>
    <message>
        <source>Decision on consent</source>
        <translation>Решение о согласовании</translation>
    </message>
    <message>
        <source>List of attachments</source>
        <translation>Опись приложений</translation>
    </message>
    <message>
        <source>Proposal of the legal service</source>
        <translation>Предложение юридической службы</translation>
    </message>
    <message>
        <source>your own copy</source>
        <translation>собственная копия</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>problems: {count}</source>
        <translation>ошибок: {count}</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>без ошибок</translation>
    </message>
    <message>
        <source>&amp;Open for editing</source>
        <translation>&amp;Открыть для правки</translation>
    </message>
    <message>
        <source>Press Check to check your own templates.</source>
        <translation>Нажмите «Проверить», чтобы проверить ваши шаблоны.</translation>
    </message>
    <message>
        <source>You have no templates of your own: the built-in ones are used, and they are checked with the program.</source>
        <translation>У вас нет собственных шаблонов: используются встроенные, они проверены вместе с программой.</translation>
    </message>
    <message>
        <source>{template}: no problems</source>
        <translation>{template}: ошибок нет</translation>
    </message>
    <message>
        <source>Use the built-in template «{kind}» ({lang}) again? Your copy is moved to the templates/replaced folder, not deleted.</source>
        <translation>Снова использовать встроенный шаблон «{kind}» ({lang})? Ваша копия будет перемещена в папку templates/replaced, а не удалена.</translation>
    </message>
    <message>
        <source>Calendar data shipped with the program: edition {edition}, confirmed through {year}.</source>
        <translation>Данные календаря, поставляемые с программой: редакция {edition}, подтверждены по {year} год.</translation>
    </message>
    <message>
        <source>The calendar for {years} is not confirmed: its holidays and moved days off are estimates until the government approves them. When a decree moves a day, add it below with its source, or update the program.</source>
        <translation>Календарь на {years} не подтверждён: праздники и переносы выходных — оценка, пока их не утвердит Правительство. Когда постановление перенесёт день, добавьте его ниже с указанием источника или обновите программу.</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Show the names as they are saved</source>
        <translation>Показать наименования так, как они сохранены</translation>
    </message>
    <message>
        <source>&amp;Save names</source>
        <translation>Сохранить наи&amp;менования</translation>
    </message>
    <message>
        <source>O&amp;fficials</source>
        <translation>&amp;Должностные лица</translation>
    </message>
    <message>
        <source>Officials of our body</source>
        <translation>Должностные лица нашего органа</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>In office</source>
        <translation>Срок полномочий</translation>
    </message>
    <message>
        <source>Signs decisions</source>
        <translation>Подписывает решения</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>До&amp;лжность:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>surname, first name, patronymic</source>
        <translation>фамилия, имя, отчество</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh:</source>
        <translation>ФИО по-&amp;казахски:</translation>
    </message>
    <message>
        <source>if it is written differently</source>
        <translation>если пишется иначе</translation>
    </message>
    <message>
        <source>Position (Russian):</source>
        <translation>Должность (рус.):</translation>
    </message>
    <message>
        <source>Position (Kazakh):</source>
        <translation>Должность (каз.):</translation>
    </message>
    <message>
        <source>In office s&amp;ince:</source>
        <translation>В должности &amp;с:</translation>
    </message>
    <message>
        <source>In office &amp;until:</source>
        <translation>В должности &amp;по:</translation>
    </message>
    <message>
        <source>Supervises the legal service (may si&amp;gn decisions on consent)</source>
        <translation>Курирует юридическую службу (&amp;вправе подписывать решения о согласовании)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новое</translation>
    </message>
    <message>
        <source>&amp;End of office…</source>
        <translation>&amp;Окончание полномочий…</translation>
    </message>
    <message>
        <source>The chosen official leaves office today</source>
        <translation>Выбранное лицо оставляет должность сегодня</translation>
    </message>
    <message>
        <source>Sa&amp;ve official</source>
        <translation>Сохр&amp;анить</translation>
    </message>
    <message>
        <source>Executors</source>
        <translation>Исполнители</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>A new request proposes the first executor of the list.</source>
        <translation>В новом запросе предлагается первый исполнитель списка.</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Add executor</source>
        <translation>Добавить исполнител&amp;я</translation>
    </message>
    <message>
        <source>Save c&amp;hanges</source>
        <translation>Сохранить изм&amp;енения</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>The chosen executor is no longer proposed</source>
        <translation>Выбранный исполнитель больше не предлагается</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Языки</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Язык &amp;интерфейса:</translation>
    </message>
    <message>
        <source>Applied at once; the Язык / Тіл menu of the main window does the same.</source>
        <translation>Применяется сразу; то же делает меню «Язык / Тіл» главного окна.</translation>
    </message>
    <message>
        <source>&amp;Documents by default:</source>
        <translation>&amp;Документы по умолчанию:</translation>
    </message>
    <message>
        <source>The language a new request&apos;s letters start in; each request can still be written in the other one.</source>
        <translation>Язык, с которого начинаются письма нового запроса; любой запрос можно подготовить и на другом языке.</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>&amp;Папка данных</translation>
    </message>
    <message>
        <source>Everything Kelisim keeps is in one folder: the database, the attachments, the generated documents, the backups and your templates.</source>
        <translation>Всё, что хранит Kelisim, находится в одной папке: база данных, приложения, подготовленные документы, резервные копии и ваши шаблоны.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Перенести…</translation>
    </message>
    <message>
        <source>Copy the data to an empty folder, check the copy and use it from now on</source>
        <translation>Скопировать данные в пустую папку, проверить копию и работать с ней дальше</translation>
    </message>
    <message>
        <source>Moving copies every file to the empty folder you choose, checks the copy (every file&apos;s SHA-256, the database&apos;s integrity) and only then switches to it. The old folder is left as it was, with a note saying where the data went.</source>
        <translation>При переносе все файлы копируются в выбранную пустую папку, копия проверяется (SHA-256 каждого файла, целостность базы данных), и только после этого программа переходит на неё. Прежняя папка остаётся как была, с запиской о том, куда перенесены данные.</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Шаблоны</translation>
    </message>
    <message>
        <source>Your own templates (DOCX, edited in Word) are kept in the data folder and used instead of the built-in ones of the same document and language.</source>
        <translation>Ваши шаблоны (DOCX, правятся в Word) хранятся в папке данных и используются вместо встроенных для того же документа и языка.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Open the templates &amp;folder</source>
        <translation>Открыть папку &amp;шаблонов</translation>
    </message>
    <message>
        <source>&amp;Copy for editing</source>
        <translation>&amp;Копировать для правки</translation>
    </message>
    <message>
        <source>Copy the built-in template into your folder and open it</source>
        <translation>Скопировать встроенный шаблон в вашу папку и открыть его</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <source>Check every template of your own</source>
        <translation>Проверить все ваши шаблоны</translation>
    </message>
    <message>
        <source>&amp;Restore built-in…</source>
        <translation>&amp;Вернуть встроенный…</translation>
    </message>
    <message>
        <source>Stop using your own copy of the chosen template; it is moved aside, not deleted</source>
        <translation>Перестать использовать вашу копию выбранного шаблона; она перемещается в сторону, а не удаляется</translation>
    </message>
    <message>
        <source>Check results:</source>
        <translation>Результаты проверки:</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>Your own days</source>
        <translation>Ваши дни</translation>
    </message>
    <message>
        <source>A day off or a working day the shipped calendar does not know yet (a government decree moving a day, a regional holiday). Every day needs its source.</source>
        <translation>Выходной или рабочий день, которого ещё нет в поставляемом календаре (постановление Правительства о переносе дня, региональный праздник). Для каждого дня нужен источник.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>Name (Kazakh)</source>
        <translation>Название (каз.)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Name (R&amp;ussian):</source>
        <translation>Название (&amp;рус.):</translation>
    </message>
    <message>
        <source>e.g. Перенесённый выходной день</source>
        <translation>например, Перенесённый выходной день</translation>
    </message>
    <message>
        <source>Name (&amp;Kazakh):</source>
        <translation>Название (&amp;каз.):</translation>
    </message>
    <message>
        <source>e.g. Ауыстырылған демалыс күні</source>
        <translation>например, Ауыстырылған демалыс күні</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>the decree: its number and date</source>
        <translation>постановление: его номер и дата</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>Доб&amp;авить день</translation>
    </message>
    <message>
        <source>Re&amp;move day</source>
        <translation>&amp;Удалить день</translation>
    </message>
</context>
<context>
    <name>StoreDamagedDialog</name>
    <message>
        <source>The data file is damaged</source>
        <translation>Файл данных повреждён</translation>
    </message>
    <message>
        <source>Kelisim cannot open its data file</source>
        <translation>Kelisim не может открыть файл данных</translation>
    </message>
    <message>
        <source>Restoring puts the latest daily backup in place; the damaged file is kept beside it for a specialist. Changes made after that backup will have to be entered again.</source>
        <translation>При восстановлении на место файла встанет последняя ежедневная резервная копия; повреждённый файл сохранится рядом для специалиста. Изменения, внесённые после этой копии, придётся ввести заново.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Restore the latest backup</source>
        <translation>&amp;Восстановить последнюю копию</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something went wrong inside Kelisim ({kind}). What you saved is safe: every change is written to the register at once.</source>
        <translation>В работе Kelisim произошёл сбой ({kind}). Сохранённое вами не потеряно: каждое изменение записывается в реестр сразу.</translation>
    </message>
    <message>
        <source>The technical details are in {path}. If it happens again, send that file to your IT service; it holds no names or ИИН.</source>
        <translation>Технические подробности записаны в {path}. Если сбой повторится, отправьте этот файл в ИТ-службу; в нём нет ни фамилий, ни ИИН.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>WizardDialog</name>
    <message>
        <source>Civil case</source>
        <translation>Гражданское дело</translation>
    </message>
    <message>
        <source>Administrative case</source>
        <translation>Административное дело</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>head</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <source>acting head</source>
        <translation>исполняющий обязанности руководителя</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>заместитель</translation>
    </message>
    <message>
        <source>head of the apparatus</source>
        <translation>руководитель аппарата</translation>
    </message>
    <message>
        <source>head of the legal service</source>
        <translation>руководитель юридической службы</translation>
    </message>
    <message>
        <source>other official</source>
        <translation>иное должностное лицо</translation>
    </message>
    <message>
        <source>(our body)</source>
        <translation>(наш орган)</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Шаг {n} из {total}</translation>
    </message>
    <message>
        <source>Request for consent — case {number}</source>
        <translation>Запрос о согласовании — дело {number}</translation>
    </message>
    <message>
        <source>New request for consent to appeal</source>
        <translation>Новый запрос о согласовании обжалования</translation>
    </message>
    <message>
        <source>The court act</source>
        <translation>Судебный акт</translation>
    </message>
    <message>
        <source>Who asks and who consents</source>
        <translation>Кто просит и кто согласует</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Signatory and executor</source>
        <translation>Подписант и исполнитель</translation>
    </message>
    <message>
        <source>Review and generate</source>
        <translation>Проверка и формирование</translation>
    </message>
    <message>
        <source>The draft is saved when you leave this step.</source>
        <translation>Черновик сохранится, когда вы перейдёте к следующему шагу.</translation>
    </message>
    <message>
        <source>Draft saved at {time}; closing keeps it in the register.</source>
        <translation>Черновик сохранён в {time}; при закрытии он останется в реестре.</translation>
    </message>
    <message>
        <source>Draft from the register; changes are saved at every step.</source>
        <translation>Черновик из реестра; изменения сохраняются на каждом шаге.</translation>
    </message>
    <message>
        <source>Enter the date the appeal term runs from: {what}.</source>
        <translation>Укажите дату, с которой исчисляется срок обжалования: {what}.</translation>
    </message>
    <message>
        <source>Write why this body approves instead of the one the Algorithm names (for example, the law that authorises it to hear complaints).</source>
        <translation>Укажите, почему согласует этот орган, а не названный по Алгоритму (например, закон, уполномочивающий его рассматривать жалобы).</translation>
    </message>
    <message>
        <source>Write the executor&apos;s surname and first name.</source>
        <translation>Укажите фамилию и имя исполнителя.</translation>
    </message>
    <message>
        <source>Term: {period} from the day after: {what} ({basis}).</source>
        <translation>Срок: {period} со дня, следующего за датой: {what} ({basis}).</translation>
    </message>
    <message>
        <source>The approving body cannot be determined</source>
        <translation>Согласующий орган определить не удалось</translation>
    </message>
    <message>
        <source>Choose the requesting body.</source>
        <translation>Выберите орган, направляющий запрос.</translation>
    </message>
    <message>
        <source>No consent is needed: this body appeals without asking a higher body.</source>
        <translation>Согласование не требуется: этот орган обжалует без запроса вышестоящему.</translation>
    </message>
    <message>
        <source>Basis: {basis}</source>
        <translation>Основание: {basis}</translation>
    </message>
    <message>
        <source>by analogy, please check</source>
        <translation>по аналогии, проверьте</translation>
    </message>
    <message>
        <source>Choose: {what}</source>
        <translation>Выберите: {what}</translation>
    </message>
    <message>
        <source>Fill in the court act first (step 1).</source>
        <translation>Сначала заполните сведения о судебном акте (шаг 1).</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Листов</translation>
    </message>
    <message>
        <source>Pages: read from the file where possible; correct it if needed</source>
        <translation>Число листов: прочитано из файла, где возможно; исправьте при необходимости</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>not attached yet — drop the file here</source>
        <translation>ещё не приложен — перетащите файл сюда</translation>
    </message>
    <message>
        <source>drop files here</source>
        <translation>перетащите файлы сюда</translation>
    </message>
    <message>
        <source>Enter the court act&apos;s dates on step 1.</source>
        <translation>Укажите даты судебного акта на шаге 1.</translation>
    </message>
    <message>
        <source>The decision day assumes the request reaches the approving body on {date}.</source>
        <translation>Дата решения рассчитана при условии, что запрос поступит согласующему органу {date}.</translation>
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
        <source>court act</source>
        <translation>судебный акт</translation>
    </message>
    <message>
        <source>send by</source>
        <translation>направить до</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>term expires</source>
        <translation>истечение срока</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>No head of the requesting body is recorded: add the head (or the acting head) in the register of officials first.</source>
        <translation>Руководитель органа, направляющего запрос, не записан: сначала добавьте руководителя (или исполняющего обязанности) в справочник должностных лиц.</translation>
    </message>
    <message>
        <source>The head or the person acting for them signs: no confirming documents are needed.</source>
        <translation>Подписывает руководитель или лицо, его замещающее: подтверждающие документы не нужны.</translation>
    </message>
    <message>
        <source>Not the first head: attach the confirming documents (the order of appointment, of assignment or distribution of duties) on step 3.</source>
        <translation>Подписывает не первый руководитель: приложите подтверждающие документы (приказ о назначении, о возложении или распределении обязанностей) на шаге 3.</translation>
    </message>
    <message>
        <source>The court act (step 1)</source>
        <translation>Сведения о судебном акте (шаг 1)</translation>
    </message>
    <message>
        <source>The court (step 1)</source>
        <translation>Суд (шаг 1)</translation>
    </message>
    <message>
        <source>The case number (step 1)</source>
        <translation>Номер дела (шаг 1)</translation>
    </message>
    <message>
        <source>The parties (step 1)</source>
        <translation>Стороны (шаг 1)</translation>
    </message>
    <message>
        <source>The subject of the claim (step 1)</source>
        <translation>Предмет иска (шаг 1)</translation>
    </message>
    <message>
        <source>The approving body (step 2)</source>
        <translation>Согласующий орган (шаг 2)</translation>
    </message>
    <message>
        <source>The draft complaint (step 3)</source>
        <translation>Проект жалобы (шаг 3)</translation>
    </message>
    <message>
        <source>The court act&apos;s copy (step 3)</source>
        <translation>Копия судебного акта (шаг 3)</translation>
    </message>
    <message>
        <source>The confirming documents of the signatory&apos;s authority (step 3)</source>
        <translation>Документы, подтверждающие полномочия подписанта (шаг 3)</translation>
    </message>
    <message>
        <source>The signatory (step 5)</source>
        <translation>Подписант (шаг 5)</translation>
    </message>
    <message>
        <source>The executor (step 5)</source>
        <translation>Исполнитель (шаг 5)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>оглашён</translation>
    </message>
    <message>
        <source>in final form</source>
        <translation>в окончательной форме</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Производство</translation>
    </message>
    <message>
        <source>What is appealed</source>
        <translation>Что обжалуется</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Court (in Kazakh)</source>
        <translation>Суд (на казахском)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет иска</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>chosen instead of the proposal: {reason}</source>
        <translation>выбран вместо предложенного: {reason}</translation>
    </message>
    <message>
        <source>no consent is needed</source>
        <translation>согласование не требуется</translation>
    </message>
    <message>
        <source>Requesting body</source>
        <translation>Орган, направляющий запрос</translation>
    </message>
    <message>
        <source>Approving body</source>
        <translation>Согласующий орган</translation>
    </message>
    <message>
        <source>{n} p.</source>
        <translation>{n} л.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>The appeal term expires</source>
        <translation>Срок обжалования истекает</translation>
    </message>
    <message>
        <source>Send the request no later than</source>
        <translation>Направить запрос не позднее</translation>
    </message>
    <message>
        <source>Decision expected by</source>
        <translation>Решение ожидается до</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Outgoing number and date</source>
        <translation>Исходящий номер и дата</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>Язык документов</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Ещё не хватает:</translation>
    </message>
    <message>
        <source>Everything is in place: generate the documents.</source>
        <translation>Всё на месте: сформируйте документы.</translation>
    </message>
    <message>
        <source>Complete what is missing first</source>
        <translation>Сначала заполните недостающее</translation>
    </message>
    <message>
        <source>{n} documents written to {folder}</source>
        <translation>Документов сформировано: {n}, папка {folder}</translation>
    </message>
    <message>
        <source>Go to a step</source>
        <translation>Перейти к шагу</translation>
    </message>
    <message>
        <source>1. Court act</source>
        <translation>1. Судебный акт</translation>
    </message>
    <message>
        <source>2. Bodies</source>
        <translation>2. Органы</translation>
    </message>
    <message>
        <source>3. Attachments</source>
        <translation>3. Приложения</translation>
    </message>
    <message>
        <source>4. Deadlines</source>
        <translation>4. Сроки</translation>
    </message>
    <message>
        <source>5. Signatory</source>
        <translation>5. Подписант</translation>
    </message>
    <message>
        <source>6. Review</source>
        <translation>6. Проверка</translation>
    </message>
    <message>
        <source>Describe the court act you want to appeal. The program computes the appeal term from its dates.</source>
        <translation>Опишите судебный акт, который вы хотите обжаловать. Программа рассчитает срок обжалования по его датам.</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Производство:</translation>
    </message>
    <message>
        <source>What is &amp;appealed:</source>
        <translation>Что &amp;обжалуется:</translation>
    </message>
    <message>
        <source>e.g. the district court that made the act</source>
        <translation>например, районный суд, вынесший акт</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Стороны:</translation>
    </message>
    <message>
        <source>The people and organisations in the case; the IIN/BIN is optional</source>
        <translation>Лица и организации, участвующие в деле; ИИН/БИН — необязательно</translation>
    </message>
    <message>
        <source>Remo&amp;ve the party</source>
        <translation>У&amp;брать сторону</translation>
    </message>
    <message>
        <source>&amp;Subject of the claim:</source>
        <translation>Пр&amp;едмет иска:</translation>
    </message>
    <message>
        <source>what the plaintiff asked the court for</source>
        <translation>чего истец просил у суда</translation>
    </message>
    <message>
        <source>The act&apos;s dates:</source>
        <translation>Даты акта:</translation>
    </message>
    <message>
        <source>Ann&amp;ounced:</source>
        <translation>О&amp;глашён:</translation>
    </message>
    <message>
        <source>In &amp;final form:</source>
        <translation>В окончательной &amp;форме:</translation>
    </message>
    <message>
        <source>the date the full text was made</source>
        <translation>дата изготовления полного текста</translation>
    </message>
    <message>
        <source>Rece&amp;ived by us:</source>
        <translation>Получен &amp;нами:</translation>
    </message>
    <message>
        <source>the day our body received the copy</source>
        <translation>день получения копии нашим органом</translation>
    </message>
    <message>
        <source>Who asks for consent, and who gives it. The approving body is found by the Algorithm annexed to the Typical Regulation on the legal service.</source>
        <translation>Кто просит согласования и кто его даёт. Согласующий орган определяется по Алгоритму, приложенному к Типовому положению о юридической службе.</translation>
    </message>
    <message>
        <source>Re&amp;questing body:</source>
        <translation>Орган, &amp;направляющий запрос:</translation>
    </message>
    <message>
        <source>Approving body proposed by the Algorithm</source>
        <translation>Согласующий орган по Алгоритму</translation>
    </message>
    <message>
        <source>Another body</source>
        <translation>Иной орган</translation>
    </message>
    <message>
        <source>Co&amp;urt:</source>
        <translation>С&amp;уд:</translation>
    </message>
    <message>
        <source>the court&apos;s name in Kazakh, for documents in Kazakh (optional)</source>
        <translation>наименование суда на казахском — для документов на казахском (необязательно)</translation>
    </message>
    <message>
        <source>Case nu&amp;mber:</source>
        <translation>Но&amp;мер дела:</translation>
    </message>
    <message>
        <source>Add a pa&amp;rty</source>
        <translation>Добавить с&amp;торону</translation>
    </message>
    <message>
        <source>the operative part was read out</source>
        <translation>оглашена резолютивная часть</translation>
    </message>
    <message>
        <source>Another bod&amp;y approves (not the one proposed)</source>
        <translation>Согласует &amp;иной орган (не предложенный)</translation>
    </message>
    <message>
        <source>Bo&amp;dy:</source>
        <translation>Ор&amp;ган:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>why this body, e.g. the law that authorises it</source>
        <translation>почему этот орган, например, закон, дающий ему полномочия</translation>
    </message>
    <message>
        <source>Drag the files onto a line or choose them. The draft complaint and the court act must go with the request (Algorithm, item 6). Each file is checked at once.</source>
        <translation>Перетащите файлы на нужную строку или выберите их. К запросу обязательно прилагаются проект жалобы и судебный акт (Алгоритм, п. 6). Каждый файл проверяется сразу.</translation>
    </message>
    <message>
        <source>Draft complaint (required)</source>
        <translation>Проект жалобы (обязательно)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Court act that is appealed (required)</source>
        <translation>Обжалуемый судебный акт (обязательно)</translation>
    </message>
    <message>
        <source>Confirming documents (when the request is signed by someone other than the first head)</source>
        <translation>Подтверждающие документы (если запрос подписывает не первый руководитель)</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Иные документы</translation>
    </message>
    <message>
        <source>The number of pages is read from the file where possible (PDF, DOCX); correct it if needed.</source>
        <translation>Число листов читается из файла, где это возможно (PDF, DOCX); при необходимости исправьте его.</translation>
    </message>
    <message>
        <source>The appeal term expires:</source>
        <translation>Срок обжалования истекает:</translation>
    </message>
    <message>
        <source>Send the request no later than:</source>
        <translation>Направить запрос не позднее:</translation>
    </message>
    <message>
        <source>Decision on consent expected by:</source>
        <translation>Решение о согласовании ожидается до:</translation>
    </message>
    <message>
        <source>Show &amp;how it was computed</source>
        <translation>Показать, &amp;как рассчитано</translation>
    </message>
    <message>
        <source>The request is signed by the head of the requesting body or the person acting for them (Algorithm, item 6).</source>
        <translation>Запрос подписывает руководитель органа или лицо, его замещающее (Алгоритм, п. 6).</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>&amp;Подписант:</translation>
    </message>
    <message>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>surname and first name</source>
        <translation>фамилия и имя</translation>
    </message>
    <message>
        <source>Executor&apos;s p&amp;hone:</source>
        <translation>&amp;Телефон исполнителя:</translation>
    </message>
    <message>
        <source>Outgoing n&amp;umber:</source>
        <translation>Исходящий &amp;номер:</translation>
    </message>
    <message>
        <source>can be added later, when the letter is registered</source>
        <translation>можно указать позже, при регистрации письма</translation>
    </message>
    <message>
        <source>Outgoing &amp;date:</source>
        <translation>Исходящая &amp;дата:</translation>
    </message>
    <message>
        <source>&amp;Language of the documents:</source>
        <translation>&amp;Язык документов:</translation>
    </message>
    <message>
        <source>&amp;Generate the documents</source>
        <translation>&amp;Сформировать документы</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close the wizard; the draft stays in the register</source>
        <translation>Закрыть мастер; черновик останется в реестре</translation>
    </message>
</context>
</TS>
