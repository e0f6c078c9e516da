"""Words the register, the wizard, the incoming-request dialog and the case card share, translated through Qt (context
"Labels"): kinds of deadline, directions, urgency and its colours, kinds of attachment, the capacity in which a
request was signed, the file types an attachment may have.

Status names come from the store (``STATUS_NAMES``, Russian and Kazakh), so the CLI and the UI say the same.
Each string is spelled out in a full ``QCoreApplication.translate("Labels", ...)`` call (what ``pyside6-lupdate``
recognises).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kelisim.ui.i18n import current_language

URGENCIES = ("late", "urgent", "soon", "fine", "none")
# Register rows: background, text colour, marker. The marker says the same as the colour, for those who cannot
# tell the colours apart and on a black-and-white printout.
URGENCY_COLOURS = {
    "late": ("#ffcdd2", "#7f0000", "✖"),
    "urgent": ("#ffe0b2", "#6d3200", "▲"),
    "soon": ("#fff59d", "#4e4300", "●"),
    "fine": ("#e8f5e9", "#1b5e20", "✓"),
    "none": ("#eeeeee", "#616161", "–"),
}
URGENCY_SWATCH = {"late": "#e53935", "urgent": "#fb8c00", "soon": "#fdd835", "fine": "#43a047", "none": "#9e9e9e"}
URGENT_DAYS = 3  # working days left: at most this many is urgent (orange)
SOON_DAYS = 7  # at most this many is soon (yellow)


def html_escape(text) -> str:
    """HTML-escape for rich-text labels (the ``html`` module's import is not worth it at start-up)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def bullet_list_html(heading: str, items) -> str:
    """A bold heading and a compact bulleted list (warnings, what is still missing), escaped."""
    lis = "".join(f"<li>{html_escape(item)}</li>" for item in items)
    return (f"<b>{html_escape(heading)}</b>"
            f"<ul style='margin-top:2px; margin-bottom:0; -qt-list-indent:1'>{lis}</ul>")


def attachment_role_name(role: str) -> str:
    """A kind of attachment in words (store.attachments.ROLES)."""
    names = {
        "draft_complaint": QCoreApplication.translate("Labels", "Draft complaint"),
        "court_act": QCoreApplication.translate("Labels", "Court act"),
        "confirming_document": QCoreApplication.translate("Labels", "Confirming document"),
        "request_letter": QCoreApplication.translate("Labels", "Request letter"),
        "decision": QCoreApplication.translate("Labels", "Decision"),
        "proposal": QCoreApplication.translate("Labels", "Proposal"),
        "other": QCoreApplication.translate("Labels", "Other document"),
    }
    return names.get(role, role)


def request_signatory_role_name(role: str | None) -> str:
    """The capacity in which an incoming request was signed ('' when not recorded; store.cases.SIGNATORY_ROLES)."""
    names = {
        "first_head": QCoreApplication.translate("Labels", "head of the body"),
        "acting_head": QCoreApplication.translate("Labels", "acting head"),
        "deputy": QCoreApplication.translate("Labels", "deputy head"),
        "apparatus_head": QCoreApplication.translate("Labels", "head of the apparatus"),
        "legal_head": QCoreApplication.translate("Labels", "head of the legal service"),
        "executor": QCoreApplication.translate("Labels", "executor"),
        "other": QCoreApplication.translate("Labels", "another person"),
    }
    return names.get(role or "", role or "")


def attachment_file_filter() -> str:
    """The file dialog's filter for an attachment (what store.attachments accepts)."""
    return QCoreApplication.translate(
        "Labels", "Documents (*.pdf *.docx *.doc *.rtf *.odt *.jpg *.jpeg *.png *.tif *.tiff *.txt)")


def urgency_of(days_left: int | None, open_: bool = True) -> str:
    """``late`` / ``urgent`` (≤ 3 working days) / ``soon`` (≤ 7) / ``fine``; ``none`` without an open deadline."""
    if days_left is None or not open_:
        return "none"
    if days_left < 0:
        return "late"
    if days_left <= URGENT_DAYS:
        return "urgent"
    if days_left <= SOON_DAYS:
        return "soon"
    return "fine"


def urgency_label(urgency: str) -> str:
    labels = {
        "late": QCoreApplication.translate("Labels", "late"),
        "urgent": QCoreApplication.translate("Labels", "3 working days or less"),
        "soon": QCoreApplication.translate("Labels", "7 working days or less"),
        "fine": QCoreApplication.translate("Labels", "enough time"),
        "none": QCoreApplication.translate("Labels", "closed or no deadline"),
    }
    return labels[urgency]


def deadline_kind(kind: str) -> str:
    """What the register's nearest deadline is (``next_due_kind``)."""
    labels = {
        "request_latest": QCoreApplication.translate("Labels", "send the request"),
        "expiry": QCoreApplication.translate("Labels", "appeal term expires"),
        "decision_due": QCoreApplication.translate("Labels", "decision on consent due"),
    }
    return labels.get(kind, kind)


def deadline_name(name: str) -> str:
    """A deadline of the case card's list."""
    labels = {
        "trigger": QCoreApplication.translate("Labels", "Court act (event)"),
        "term_start": QCoreApplication.translate("Labels", "Term starts"),
        "nominal_end": QCoreApplication.translate("Labels", "Last day by count"),
        "expiry": QCoreApplication.translate("Labels", "Appeal term expires"),
        "request_latest": QCoreApplication.translate("Labels", "Latest day to send the request"),
        "received": QCoreApplication.translate("Labels", "Request received"),
        "decision_due": QCoreApplication.translate("Labels", "Decision on consent due"),
    }
    return labels.get(name, name)


def direction_label(direction: str) -> str:
    labels = {
        "outgoing": QCoreApplication.translate("Labels", "our request to the higher akim"),
        "incoming": QCoreApplication.translate("Labels", "a request to us"),
    }
    return labels.get(direction, direction)


def status_name(status: str) -> str:
    from kelisim.store.cases import STATUS_NAMES

    names = STATUS_NAMES.get(status)
    if names is None:
        return status
    return names[1] if current_language() == "kk" else names[0]


def fmt(d) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year:04d}" if d else "—"
