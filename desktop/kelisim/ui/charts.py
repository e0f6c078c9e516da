"""A small bar chart drawn with QPainter (PySide6-Essentials has no QtCharts), for the semi-annual report's dialog.

``BarChart.set_spec(spec)`` takes one of ``documents.report.chart_specs(report, lang)``: the same title, categories,
series, values and colours the DOCX draws, so the screen and the printed report show the same charts. A chart is
horizontal (a bar per category, the first on top, as in the table) or vertical (groups side by side), its series
stacked or side by side; it has a value axis with whole-number ticks and its title, the category labels (wrapped to two
lines, the full name in the tooltip), a legend, the value written on each bar, and a tooltip per bar.

Printing well: the colours are the report's (dark enough to keep their contrast in grey), every bar has a darker
outline, and the second series is hatched, so the two series can be told apart on a black-and-white printout and by
those who cannot tell the colours apart.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

MARGIN = 10.0
BAR = 16.0  # a bar's thickness (px)
GAP = 10.0  # between the bands of two categories
VERTICAL_PLOT = 170.0  # the plot's height of a vertical chart
SWATCH = 12.0
AXIS_TEXT = "#424242"
GRID = "#e0e0e0"
TEXT = "#212121"


@dataclass(frozen=True)
class Bar:
    """One drawn bar (a segment, when stacked): where it is, and what it says."""
    rect: QRectF
    category: str
    series: str
    value: int

    @property
    def tooltip(self) -> str:
        return f"{self.category}\n{self.series}: {self.value}"


def nice_step(top: float, ticks: int = 5) -> int:
    """A whole step of 1, 2 or 5 × 10ⁿ that divides 0..``top`` into at most about ``ticks`` intervals."""
    if top <= ticks:
        return 1
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)


def _colour(value: str) -> QColor:
    return QColor(value if value.startswith("#") else f"#{value}")


class BarChart(QWidget):
    """One chart of the report (see the module's docstring)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.spec: dict | None = None
        self.bars: list[Bar] = []  # what the last paint drew (the tooltips and the tests read it)
        self.axis_title = ""
        self.empty_text = ""
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._retranslate()

    def _retranslate(self) -> None:
        self.axis_title = self.tr("Number of cases")
        self.empty_text = self.tr("Nothing to show for this period")

    # ------------------------------------------------------------------ data
    def set_spec(self, spec: dict | None) -> None:
        self.spec = spec
        self.setToolTip("")
        self.setAccessibleName(spec["title"] if spec else "")
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The chart in words (its accessible description): every category with its values."""
        if not self.spec:
            return ""
        names = [name for name, _, _ in self.spec["series"]]
        lines = []
        for i, category in enumerate(self.spec["categories"]):
            values = ", ".join(f"{name}: {values[i]}" for name, (_, values, _) in zip(names, self.spec["series"]))
            lines.append(f"{category} — {values}")
        return "; ".join(lines)

    def _top_value(self) -> int:
        spec = self.spec
        columns = list(zip(*(values for _, values, _ in spec["series"]))) or [()]
        if spec["stacked"]:
            return max((sum(column) for column in columns), default=0)
        return max((max(column, default=0) for column in columns), default=0)

    # ------------------------------------------------------------------ size
    def _band(self) -> float:
        spec = self.spec
        bars = 1 if spec["stacked"] else len(spec["series"])
        two_lines = 2 * QFontMetricsF(self.font()).lineSpacing() + 4
        return max(bars * BAR + 6, two_lines)

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _title_height(self, width: float) -> float:
        if not self.spec:
            return 0.0
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        return QFontMetricsF(self._title_font()).boundingRect(QRectF(0, 0, width, 10_000), flags,
                                                               self.spec["title"]).height()

    def _legend_rows(self, width: float) -> list[tuple[list, float]]:
        """The legend's items (name, colour, series index, width) in rows that fit ``width``."""
        metrics = QFontMetricsF(self.font())
        rows, row, used = [], [], 0.0
        for index, (name, _, colour) in enumerate(self.spec["series"] if self.spec else ()):
            item_width = SWATCH + 6 + metrics.horizontalAdvance(name) + 18
            if row and used + item_width > width:
                rows.append((row, used))
                row, used = [], 0.0
            row.append((name, colour, index, item_width))
            used += item_width
        if row:
            rows.append((row, used))
        return rows

    def _plot_height(self) -> float:
        """The plot's own height: a band per category (horizontal), or a fixed height (vertical)."""
        if self.spec["horizontal"]:
            return max(1, len(self.spec["categories"])) * (self._band() + GAP)
        return VERTICAL_PLOT

    def _below_plot(self) -> float:
        """The tick labels and the axis title (horizontal), or the category labels (vertical)."""
        line = QFontMetricsF(self.font()).lineSpacing()
        return 2 * line + 8 if self.spec["horizontal"] else 3 * line + 6

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        line = QFontMetricsF(self.font()).lineSpacing()
        if not self.spec:
            return int(4 * line + 2 * MARGIN)
        inner = width - 2 * MARGIN
        head = self._title_height(inner) + MARGIN / 2 + len(self._legend_rows(inner)) * line + MARGIN / 2
        extra = 0 if self.spec["horizontal"] else line  # room above the tallest bar for its value
        return int(MARGIN + head + extra + self._plot_height() + self._below_plot() + MARGIN + 1)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = max(self.width(), 640) if self.isVisible() else 640
        return QSize(640, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(360, self.heightForWidth(max(self.width(), 360)))

    def resizeEvent(self, event):  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the title and the legend may wrap differently

    # ------------------------------------------------------------------ tooltips
    def bar_at(self, pos) -> Bar | None:
        point = QPointF(pos)
        for bar in self.bars:
            hit = bar.rect.adjusted(0, -1, 0, 1) if bar.rect.height() >= 1 else bar.rect.adjusted(0, -3, 0, 3)
            if hit.width() < 3:
                hit = hit.adjusted(-2, 0, 2, 0)
            if hit.contains(point):
                return bar
        return None

    def event(self, event):  # noqa: D401 - Qt API
        if event.type() == QEvent.Type.ToolTip:
            bar = self.bar_at(event.pos())
            if bar is not None:
                QToolTip.showText(event.globalPos(), bar.tooltip, self)
            else:
                label = self._label_at(event.pos())
                if label:
                    QToolTip.showText(event.globalPos(), label, self)
                else:
                    QToolTip.hideText()
                    event.ignore()
            return True
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.update()
        return super().event(event)

    def _label_at(self, pos) -> str:
        point = QPointF(pos)
        for rect, text in getattr(self, "_labels", []):
            if rect.contains(point):
                return text
        return ""

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event):  # noqa: N802 - Qt API
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self.bars = self.paint_chart(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def paint_chart(self, painter: QPainter, rect: QRectF) -> list[Bar]:
        """Draw the chart into ``rect`` of ``painter`` (the widget, or a printer); returns the bars drawn."""
        painter.fillRect(rect, QColor("white"))
        self._labels: list[tuple[QRectF, str]] = []
        spec = self.spec
        if spec is None:
            return []
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        line = metrics.lineSpacing()
        inner = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

        # the title
        painter.setFont(self._title_font())
        painter.setPen(QColor(TEXT))
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        title_height = self._title_height(inner.width())
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), title_height), flags, spec["title"])
        top = inner.top() + title_height + MARGIN / 2

        # the legend, centred under the title (wrapped when it is wider than the chart)
        painter.setFont(font)
        for row, used in self._legend_rows(inner.width()):
            x = inner.left() + (inner.width() - used + 18) / 2
            for name, colour, index, width in row:
                swatch = QRectF(x, top + (line - SWATCH) / 2, SWATCH, SWATCH)
                self._fill(painter, swatch, colour, index)
                painter.setPen(QColor(TEXT))
                painter.drawText(QRectF(x + SWATCH + 6, top, width - SWATCH - 6, line),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
                x += width
            top += line
        top += MARGIN / 2

        plot_area = QRectF(inner.left(), top, inner.width(), self._plot_height() + self._below_plot()
                           + (0 if spec["horizontal"] else line))
        if spec["horizontal"]:
            return self._paint_horizontal(painter, plot_area, metrics)
        return self._paint_vertical(painter, plot_area, metrics)

    def _fill(self, painter: QPainter, rect: QRectF, colour: str, series_index: int) -> None:
        base = _colour(colour)
        painter.setPen(QPen(base.darker(150), 1))
        painter.setBrush(QBrush(base))
        painter.drawRect(rect)
        if series_index % 2 == 1 and rect.width() > 2 and rect.height() > 2:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _axis(self, top_value: int) -> tuple[int, int]:
        step = nice_step(max(top_value, 1))
        return step, max(step, math.ceil(max(top_value, 1) / step) * step)

    def _value_label(self, painter: QPainter, bar_rect: QRectF, value: int, horizontal: bool, outside: QRectF,
                     metrics: QFontMetricsF) -> None:
        """The value on its bar: inside in white when it fits, else just past its end."""
        if value == 0:
            return
        text = str(value)
        width, height = metrics.horizontalAdvance(text) + 6, metrics.height()
        fits = bar_rect.width() >= width if horizontal else bar_rect.height() >= height + 2
        if horizontal:
            if fits:
                target = QRectF(bar_rect.right() - width, bar_rect.top(), width - 3, bar_rect.height())
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            else:
                target = QRectF(bar_rect.right() + 3, bar_rect.top(), width, bar_rect.height())
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        else:
            if fits:
                target = QRectF(bar_rect.left() - 10, bar_rect.top() + 1, bar_rect.width() + 20, height)
            else:
                target = QRectF(bar_rect.left() - 10, bar_rect.top() - height - 1, bar_rect.width() + 20, height)
            align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        if not fits and not outside.contains(target.center()):
            return
        painter.setPen(QColor("white") if fits else QColor(TEXT))
        painter.drawText(target, int(align), text)

    def _paint_horizontal(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF) -> list[Bar]:
        spec = self.spec
        line = metrics.lineSpacing()
        categories = spec["categories"]
        step, axis_max = self._axis(self._top_value())
        tick_width = metrics.horizontalAdvance(str(axis_max))
        longest = max((metrics.horizontalAdvance(c) for c in categories), default=0.0)
        label_width = max(min(longest + 8, area.width() * 0.34), 40.0)  # two lines of it at most (_two_lines)
        plot = QRectF(area.left() + label_width + 8, area.top(),
                      area.width() - label_width - 8 - tick_width / 2 - 4, area.height() - 2 * line - 8)

        def x_of(value: float) -> float:
            return plot.left() + plot.width() * value / axis_max

        # the grid and the value axis
        painter.setPen(QColor(AXIS_TEXT))
        for tick in range(0, axis_max + 1, step):
            x = x_of(tick)
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(QColor(AXIS_TEXT))
            painter.drawText(QRectF(x - 30, plot.bottom() + 3, 60, line),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), str(tick))
        painter.drawText(QRectF(plot.left(), plot.bottom() + line + 4, plot.width(), line),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), self.axis_title)
        painter.setPen(QPen(QColor(AXIS_TEXT), 1))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

        band = self._band()
        bars: list[Bar] = []
        y = plot.top() + GAP / 2
        series = spec["series"]
        for i, category in enumerate(categories):
            label_rect = QRectF(area.left(), y, label_width, band)
            painter.setPen(QColor(TEXT))
            shown = self._two_lines(category, label_width, metrics)
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), shown)
            self._labels.append((label_rect, category))
            if spec["stacked"]:
                x = plot.left()
                bar_top = y + (band - BAR) / 2
                for index, (name, values, colour) in enumerate(series):
                    value = values[i]
                    rect = QRectF(x, bar_top, x_of(value) - plot.left(), BAR)
                    if value:
                        self._fill(painter, rect, colour, index)
                    bars.append(Bar(rect, category, name, value))
                    x = rect.right()
                for bar in bars[-len(series):]:
                    self._value_label(painter, bar.rect, bar.value, True, plot.adjusted(0, 0, 40, 0), metrics)
            else:
                bar_top = y + (band - len(series) * BAR) / 2
                for index, (name, values, colour) in enumerate(series):
                    value = values[i]
                    rect = QRectF(plot.left(), bar_top + index * BAR, x_of(value) - plot.left(), BAR - 2)
                    if value:
                        self._fill(painter, rect, colour, index)
                    bars.append(Bar(rect, category, name, value))
                    self._value_label(painter, rect, value, True, plot.adjusted(0, 0, 40, 0), metrics)
            y += band + GAP
        if not any(bar.value for bar in bars):
            self._say_empty(painter, plot)
        return bars

    def _paint_vertical(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF) -> list[Bar]:
        spec = self.spec
        line = metrics.lineSpacing()
        categories = spec["categories"]
        series = spec["series"]
        step, axis_max = self._axis(self._top_value())
        tick_width = metrics.horizontalAdvance(str(axis_max)) + 8
        title_width = line + 4  # the axis title, written upwards
        plot = QRectF(area.left() + title_width + tick_width, area.top() + line,
                      area.width() - title_width - tick_width, area.height() - line - 3 * line - 6)

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / axis_max

        for tick in range(0, axis_max + 1, step):
            y = y_of(tick)
            painter.setPen(QPen(QColor(GRID), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(AXIS_TEXT))
            painter.drawText(QRectF(plot.left() - tick_width, y - line / 2, tick_width - 4, line),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(tick))
        painter.save()
        painter.translate(area.left(), plot.center().y())
        painter.rotate(-90)
        painter.setPen(QColor(AXIS_TEXT))
        painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), line),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), self.axis_title)
        painter.restore()
        painter.setPen(QPen(QColor(AXIS_TEXT), 1))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

        bars: list[Bar] = []
        group = plot.width() / max(1, len(categories))
        bar_width = min(64.0, group * 0.6 / (1 if spec["stacked"] else len(series)))
        for i, category in enumerate(categories):
            left = plot.left() + i * group
            label_rect = QRectF(left + 4, plot.bottom() + 4, group - 8, 3 * line)
            painter.setPen(QColor(TEXT))
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                             | Qt.TextFlag.TextWordWrap), category)
            self._labels.append((label_rect, category))
            if spec["stacked"]:
                bottom = plot.bottom()
                x = left + (group - bar_width) / 2
                for index, (name, values, colour) in enumerate(series):
                    value = values[i]
                    rect = QRectF(x, y_of(value) - (plot.bottom() - bottom), bar_width, plot.bottom() - y_of(value))
                    if value:
                        self._fill(painter, rect, colour, index)
                    bars.append(Bar(rect, category, name, value))
                    bottom = rect.top()
            else:
                x = left + (group - bar_width * len(series)) / 2
                for index, (name, values, colour) in enumerate(series):
                    value = values[i]
                    rect = QRectF(x + index * bar_width + 1, y_of(value), bar_width - 2, plot.bottom() - y_of(value))
                    if value:
                        self._fill(painter, rect, colour, index)
                    bars.append(Bar(rect, category, name, value))
                    self._value_label(painter, rect, value, False, area, metrics)
        if not any(bar.value for bar in bars):
            self._say_empty(painter, plot)
        return bars

    def _say_empty(self, painter: QPainter, plot: QRectF) -> None:
        painter.setPen(QColor("#757575"))
        painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)

    @staticmethod
    def _two_lines(text: str, width: float, metrics: QFontMetricsF) -> str:
        """``text`` wrapped at spaces into at most two lines of ``width``, the second elided."""
        words = text.split()
        first = ""
        while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
            first = (first + " " + words.pop(0)).strip()
        if not first:  # one long word
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        if not words:
            return first
        rest = metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)
        return f"{first}\n{rest}"


__all__ = ["BarChart", "Bar", "nice_step"]
