"""The working-day calendar tab: twelve month grids, colours and legend, totals, tooltips, unconfirmed years."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kelisim.law.calendar import default_calendar
from kelisim.ui.calendar_view import KIND_STYLE, LEGEND_KINDS


def test_2026_has_247_working_days(calendar):
    calendar.set_year(2026)
    assert calendar.ui.totalLabel.text() == "Рабочих дней в 2026 году: 247"
    assert len(calendar.months) == 12
    counts = [int(grid.ui.countLabel.text().rsplit(" ", 1)[1]) for grid in calendar.months]
    assert sum(counts) == 247
    assert counts == [m.working_days for m in default_calendar().year_summary(2026).months]
    assert [grid.ui.nameLabel.text() for grid in calendar.months][:3] == ["Январь", "Февраль", "Март"]
    assert calendar.ui.noticeLabel.isHidden()
    assert "2026" in calendar.ui.editionLabel.text()


def test_2025_has_246_working_days(calendar):
    calendar.ui.yearSpin.setValue(2025)  # as the user does
    assert calendar.summary.year == 2025
    assert calendar.ui.totalLabel.text().endswith(": 246")


def test_2027_is_marked_unconfirmed(calendar, window):
    calendar.set_year(2027)
    notice = calendar.ui.noticeLabel
    assert notice.isVisible()
    assert "2027" in notice.text() and "не подтверждён" in notice.text()
    assert str(default_calendar().valid_through) in notice.text()
    window.set_language("kk")
    assert "расталмаған" in notice.text()


def test_days_are_coloured_by_kind(calendar):
    calendar.set_year(2026)
    cal = default_calendar()
    seen = set()
    for month in range(1, 13):
        model = calendar.model_for(month)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                d = model.date_at(row, column)
                if d is None:
                    continue
                kind = cal.day_info(d).kind
                seen.add(kind)
                index = model.index(row, column)
                assert index.data(Qt.ItemDataRole.BackgroundRole) == QColor(KIND_STYLE[kind][0])
    # 2026 has working days, weekends, holidays, moved days off (e.g. 9 March).
    assert {"working", "weekend", "holiday", "moved_day_off"} <= seen
    model = calendar.model_for(3)
    assert model.data(model.index_of(date(2026, 3, 9)), Qt.ItemDataRole.BackgroundRole) == \
        QColor(KIND_STYLE["moved_day_off"][0])


def test_legend_names_every_kind(calendar, window):
    texts = [label.text() for _, label in calendar._legend_labels]
    assert len(texts) == len(LEGEND_KINDS) + 2  # + today, estimated
    assert "Праздничный день" in texts and "Рабочий день в выходной (перенос)" in texts
    window.set_language("kk")
    texts = [label.text() for _, label in calendar._legend_labels]
    assert "Мереке күні" in texts
    assert calendar.ui.legendBox.title() == "Шартты белгілер"


def test_tooltip_names_the_holiday_and_its_source(calendar, window):
    calendar.set_year(2026)
    info = default_calendar().day_info(date(2026, 3, 23))
    assert info.kind == "holiday" and info.source
    tip = calendar.tooltip_for(date(2026, 3, 23))
    assert "23.03.2026" in tip and "понедельник" in tip
    assert info.name("ru") in tip
    assert info.source_in("ru").split()[0] in tip
    window.set_language("kk")
    tip = calendar.tooltip_for(date(2026, 3, 23))
    assert info.name("kk") in tip and "дүйсенбі" in tip


def test_holiday_list_has_the_named_days(calendar):
    calendar.set_year(2026)
    model = calendar.ui.daysView.model()
    summary = default_calendar().year_summary(2026)
    assert model.rowCount() == len(summary.non_working)
    assert model.index(0, 0).data().startswith("01.01.2026")
    assert model.index(0, 1).data() == summary.non_working[0].name("ru")
