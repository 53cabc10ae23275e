"""The timeline: articles per month as bars above the axis, dated facts as bars below it.

Months are spaced by the calendar (an empty month is a gap), years are labelled under the
axis. Clicking a month emits `periodChosen(first, last)`; clicking a year label chooses the
whole year. Drawing goes through `draw(painter, size)` so a picture is the same as the view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.archive.overview import MonthCount
from viewer.gui import i18n

ARTICLES = QColor(70, 120, 190)
FACTS = QColor(220, 140, 50)
MARGIN = 48.0


def month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def month_name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


class TimelineChart(QWidget):
    periodChosen = Signal(str, str)  # first and last month, YYYY-MM

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[MonthCount] = []
        self.shown: Callable[[str], str] = lambda s: s  # the current script
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        i18n.bind(self, "setAccessibleName", "Overview", QT_TRANSLATE_NOOP("Overview", "Timeline"))
        self.setMouseTracking(True)

    def set_months(self, months: list[MonthCount]) -> None:
        self.months = months
        self.update()

    def span(self) -> tuple[int, int]:
        if not self.months:
            return 0, 0
        return month_index(self.months[0].month), month_index(self.months[-1].month)

    def _geometry(self, size: QSize) -> tuple[float, float, float, float]:
        """(left, slot width, axis y, half height)."""
        first, last = self.span()
        slots = last - first + 1
        width = max(1.0, size.width() - 2 * MARGIN)
        axis = size.height() * 0.62
        return MARGIN, width / max(slots, 1), axis, axis - 36

    def month_at(self, x: float) -> str | None:
        if not self.months:
            return None
        left, slot, _, _ = self._geometry(self.size())
        first, last = self.span()
        k = int((x - left) // slot)
        return month_name(first + k) if 0 <= k <= last - first else None

    def month_centre(self, month: str) -> QPointF:
        left, slot, axis, _ = self._geometry(self.size())
        k = month_index(month) - self.span()[0]
        return QPointF(left + (k + 0.5) * slot, axis - 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        self.draw(painter, self.size())
        painter.end()

    def draw(self, painter: QPainter, size: QSize) -> None:
        if not self.months:
            painter.drawText(
                QRectF(0, 0, size.width(), size.height()), Qt.AlignmentFlag.AlignCenter, "—"
            )
            return
        left, slot, axis, high = self._geometry(size)
        below = size.height() - axis - 40
        top_a = max(m.articles for m in self.months) or 1
        top_f = max(m.dated_facts for m in self.months) or 1
        first, last = self.span()
        bar = max(1.0, slot * 0.8)
        for m in self.months:
            x = left + (month_index(m.month) - first) * slot + (slot - bar) / 2
            h = high * m.articles / top_a
            painter.fillRect(QRectF(x, axis - h, bar, h), ARTICLES)
            h = below * m.dated_facts / top_f
            painter.fillRect(QRectF(x, axis, bar, h), FACTS)
        painter.setPen(QPen(QColor(60, 60, 60), 1))
        painter.drawLine(QPointF(left, axis), QPointF(size.width() - MARGIN, axis))
        for year in range(first // 12, last // 12 + 1):
            x = left + (year * 12 - first) * slot
            painter.drawLine(QPointF(max(x, left), axis - 4), QPointF(max(x, left), axis + 4))
            if slot * 12 >= 36 or year % 5 == 0:
                painter.drawText(QPointF(max(x, left) + 2, size.height() - 8), str(year))
        painter.setPen(ARTICLES)
        per_month = self.tr("▲ Articles per month (at most {})").format(top_a)
        painter.drawText(QPointF(left, 16), per_month)
        painter.setPen(FACTS)
        dated = self.tr("▼ Dated facts per month (at most {})").format(top_f)
        painter.drawText(QPointF(left + 260, 16), dated)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        month = self.month_at(pos.x())
        if month is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if pos.y() > self.height() - 24:  # the year labels: the whole year
            self.periodChosen.emit(month[:4] + "-01", month[:4] + "-12")
        else:
            self.periodChosen.emit(month, month)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        month = self.month_at(event.position().x())
        found = next((m for m in self.months if m.month == month), None)
        tip = ""
        if found is not None:
            tip = self.tr("{month}: {articles} articles, {facts} dated facts").format(
                month=month, articles=found.articles, facts=found.dated_facts
            )
        self.setToolTip(tip)
