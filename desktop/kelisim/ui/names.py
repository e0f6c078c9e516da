"""Names the calendar shows, translated through Qt (context "Calendar"): months, weekdays, kinds of day.

Each string is spelled out in a full ``QCoreApplication.translate("Calendar", ...)`` call: that is what
``pyside6-lupdate`` recognises (an alias such as ``tr = QCoreApplication.translate`` would be misread).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def month_names() -> list[str]:
    return [
        QCoreApplication.translate("Calendar", "January"),
        QCoreApplication.translate("Calendar", "February"),
        QCoreApplication.translate("Calendar", "March"),
        QCoreApplication.translate("Calendar", "April"),
        QCoreApplication.translate("Calendar", "May", "month"),
        QCoreApplication.translate("Calendar", "June"),
        QCoreApplication.translate("Calendar", "July"),
        QCoreApplication.translate("Calendar", "August"),
        QCoreApplication.translate("Calendar", "September"),
        QCoreApplication.translate("Calendar", "October"),
        QCoreApplication.translate("Calendar", "November"),
        QCoreApplication.translate("Calendar", "December"),
    ]


def weekday_names() -> list[str]:
    """Full names, Monday first, in lower case as they stand inside a sentence."""
    return [
        QCoreApplication.translate("Calendar", "Monday"),
        QCoreApplication.translate("Calendar", "Tuesday"),
        QCoreApplication.translate("Calendar", "Wednesday"),
        QCoreApplication.translate("Calendar", "Thursday"),
        QCoreApplication.translate("Calendar", "Friday"),
        QCoreApplication.translate("Calendar", "Saturday"),
        QCoreApplication.translate("Calendar", "Sunday"),
    ]


def weekday_short() -> list[str]:
    """Two-letter column heads of a month grid, Monday first."""
    return [
        QCoreApplication.translate("Calendar", "Mo"),
        QCoreApplication.translate("Calendar", "Tu"),
        QCoreApplication.translate("Calendar", "We"),
        QCoreApplication.translate("Calendar", "Th"),
        QCoreApplication.translate("Calendar", "Fr"),
        QCoreApplication.translate("Calendar", "Sa"),
        QCoreApplication.translate("Calendar", "Su"),
    ]


def kind_label(kind: str) -> str:
    """What a kind of day (``kelisim.law.calendar.DAY_KINDS``) is called in the legend and the tooltips."""
    labels = {
        "working": QCoreApplication.translate("Calendar", "Working day"),
        "weekend": QCoreApplication.translate("Calendar", "Weekend"),
        "holiday": QCoreApplication.translate("Calendar", "Public holiday"),
        "moved_day_off": QCoreApplication.translate(
            "Calendar", "Moved day off", "a holiday fell on a weekend; the day off moved to the next working day"),
        "transferred_day_off": QCoreApplication.translate(
            "Calendar", "Transferred day off", "a day off transferred by a Government decision from a worked weekend"),
        "working_weekend": QCoreApplication.translate("Calendar", "Worked weekend day"),
        "extra_day_off": QCoreApplication.translate("Calendar", "Extra day off"),
        "extra_working_day": QCoreApplication.translate("Calendar", "Extra working day"),
    }
    return labels.get(kind, kind)


def estimated_label() -> str:
    return QCoreApplication.translate("Calendar", "estimated date")


def today_label() -> str:
    return QCoreApplication.translate("Calendar", "Today")
