"""The pairing network: helpers on the left, helped places on the right, arrows between.

A pair whose articles do not say who helps (cooperation between equals) is a line without
an arrowhead, its two sides placed in reading order.

A node that is on both sides in the archive sits in a middle column. Within a column, nodes
are grouped by province and then ordered by the mean position of their partners (two sweeps
of the barycentre heuristic), which keeps 100 nodes readable without a force layout. Places
are round, institutions square; colours stand for provinces (grey: not known). Clicking a
node or an arrow emits `chosen` with what it stands for.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from viewer.archive.overview import Pairing
from viewer.gui import i18n

ROW = 26
COLUMN_X = (0.0, 380.0, 760.0)
NODE = 12.0
EDGE = QColor(90, 110, 140, 150)
EDGE_HOT = QColor(214, 96, 30)
UNKNOWN = QColor(170, 170, 170)
MAX_EDGES = 150
LABELLED_EDGES = 40
KindRole = 0  # item data: ("node", name) or ("edge", a, b)


def province_colours(provinces: list[str]) -> dict[str, QColor]:
    """Distinct hues, spaced by the golden angle, in a stable order."""
    return {
        p: QColor.fromHsv(int(i * 137.508) % 360, 150, 210) for i, p in enumerate(sorted(provinces))
    }


Edge = tuple[list[str], int, bool]  # relations, articles, whether an arrow (a helps b)


def merge_edges(pairings: list[Pairing]) -> dict[tuple[str, str], Edge]:
    """(a, b) -> (relations, articles, directed): one arrow per ordered pair. A pair with no
    known direction joins the edge of the same two the other way round when there is one
    (it says nothing against that direction); an edge is an arrow when any article gives it
    its direction."""
    edges: dict[tuple[str, str], Edge] = {}
    ordered = sorted(pairings, key=lambda p: not p.directed)  # directed ones claim their key
    for p in ordered:
        key = (p.a, p.b)
        if not p.directed and key not in edges and (p.b, p.a) in edges:
            key = (p.b, p.a)
        relations, n, directed = edges.get(key, ([], 0, False))
        if p.relation and p.relation not in relations:
            relations.append(p.relation)
        edges[key] = (relations, n + p.articles, directed or p.directed)
    return edges


def columns(edges: dict[tuple[str, str], Any], province: dict[str, str | None]) -> list[list[str]]:
    """Nodes in three columns (helpers, both, helped), ordered to keep arrows from crossing."""
    helpers = {a for a, _ in edges}
    helped = {b for _, b in edges}
    cols = [sorted(helpers - helped), sorted(helpers & helped), sorted(helped - helpers)]
    nbrs: dict[str, list[str]] = defaultdict(list)
    for a, b in edges:
        nbrs[a].append(b)
        nbrs[b].append(a)
    for col in cols:
        col.sort(key=lambda n: (province.get(n) or "\uffff", -len(nbrs[n]), n))

    def sweep(moving: list[str], fixed: list[list[str]]) -> None:
        pos = {n: i / max(len(c), 1) for c in fixed for i, n in enumerate(c)}
        own = {n: i / max(len(moving), 1) for i, n in enumerate(moving)}

        def centre(n: str) -> float:
            ys = [pos[m] for m in nbrs[n] if m in pos]
            return sum(ys) / len(ys) if ys else own[n]

        moving.sort(key=centre)

    for _ in range(2):
        sweep(cols[2], [cols[0], cols[1]])
        sweep(cols[0], [cols[2], cols[1]])
        sweep(cols[1], [cols[0], cols[2]])
    return cols


class EdgeItem(QGraphicsPathItem):
    """A curve with an arrowhead at the helped end (none when the direction is not known);
    easy to click (a wide invisible band)."""

    def __init__(self, start: QPointF, end: QPointF, articles: int, directed: bool = True) -> None:
        path = QPainterPath(start)
        dx = (end.x() - start.x()) / 2
        path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end)
        super().__init__(path)
        self.width = 1.0 + math.log2(max(articles, 1))
        self.setPen(QPen(EDGE, self.width))
        self.setAcceptHoverEvents(True)
        self.directed = directed
        head = QPolygonF([end, end + QPointF(-9, -4.5), end + QPointF(-9, 4.5)])
        self.head = head if directed else QPolygonF()
        self.setZValue(-1)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(8.0, self.width + 4))
        return stroker.createStroke(self.path())

    def paint(self, painter: QPainter, option: Any, widget: Any = None) -> None:
        super().paint(painter, option, widget)
        if not self.directed:
            return
        painter.setBrush(self.pen().color())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(self.head)

    def boundingRect(self) -> QRectF:
        return super().boundingRect().united(self.head.boundingRect())

    def hoverEnterEvent(self, event: Any) -> None:
        self.setPen(QPen(EDGE_HOT, self.width))

    def hoverLeaveEvent(self, event: Any) -> None:
        self.setPen(QPen(EDGE, self.width))


class NetworkView(QGraphicsView):
    chosen = Signal(object)  # ("node", name) or ("edge", a, b)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        i18n.bind(
            self, "setAccessibleName", "Overview", QT_TRANSLATE_NOOP("Overview", "Pairing network")
        )
        self.nodes: dict[str, QGraphicsItem] = {}
        self.labels: dict[str, QGraphicsSimpleTextItem] = {}
        self.edges: dict[tuple[str, str], EdgeItem] = {}
        self.colours: dict[str, QColor] = {}
        self.total_edges = 0
        self._built: tuple[Any, ...] | None = None

    def build(
        self,
        pairings: list[Pairing],
        province: dict[str, str | None],
        is_place: Callable[[str], bool],
        label: Callable[[str], str],
    ) -> None:
        self._built = (pairings, province, is_place, label)
        scene = self.scene()
        scene.clear()
        self.nodes, self.labels, self.edges = {}, {}, {}
        edges = merge_edges(pairings)
        self.total_edges = len(edges)
        if len(edges) > MAX_EDGES:  # the most reported; the table below lists every one
            top = sorted(edges.items(), key=lambda e: (-e[1][1], e[0]))[:MAX_EDGES]
            edges = dict(top)
        cols = columns(edges, province)
        self.colours = province_colours(sorted({p for p in province.values() if p}))
        where: dict[str, QPointF] = {}
        tallest = max((len(c) for c in cols), default=0)
        for k, col in enumerate(cols):
            top = (tallest - len(col)) * ROW / 2
            for i, name in enumerate(col):
                centre = QPointF(COLUMN_X[k], top + i * ROW)
                where[name] = centre
                self._node(name, centre, k, province.get(name), is_place(name), label(name))
        for (a, b), (relations, n, directed) in edges.items():
            start = where[a] + QPointF(NODE / 2 + 1, 0)
            end = where[b] - QPointF(NODE / 2 + 2, 0)
            if where[a].x() >= where[b].x():  # both in the same column: loop out to the right
                end = where[b] + QPointF(NODE / 2 + 2, 0)
            item = EdgeItem(start, end, n, directed)
            item.setData(KindRole, ("edge", a, b))
            link = "→" if directed else "↔"
            count = i18n.translate("Overview", "{} articles").format(n)
            item.setToolTip(f"{label(a)} {link} {label(b)}\n{label('、'.join(relations))}\n{count}")
            scene.addItem(item)
            self.edges[(a, b)] = item
            if len(edges) <= LABELLED_EDGES and relations:
                # Near the end that is not in the middle column (where arrows converge and
                # the middle column's own labels sit).
                t = 0.7 if where[a].x() == COLUMN_X[1] else 0.25
                mid = item.path().pointAtPercent(t)
                tag = scene.addSimpleText(label("、".join(relations)))
                tag.setBrush(QColor(110, 110, 110))
                tag.setPos(mid.x() - tag.boundingRect().width() / 2, mid.y() - 15)
                tag.setData(KindRole, ("edge", a, b))
        heads = (
            i18n.translate("Overview", "Helping side →"),
            i18n.translate("Overview", "Both ways"),
            i18n.translate("Overview", "→ Helped side"),
        )
        for k, title in enumerate(heads):
            if cols[k]:
                head = scene.addSimpleText(title)
                head.setPos(COLUMN_X[k] - head.boundingRect().width() / 2, -2.2 * ROW)
        if self.total_edges > len(edges):
            most = i18n.translate(
                "Overview", "The {shown} most reported pairs ({total} in all, listed below)"
            )
            note = scene.addSimpleText(most.format(shown=len(edges), total=self.total_edges))
            note.setPos(COLUMN_X[0] - 150, -3.4 * ROW)
        self._legend(QPointF(COLUMN_X[2] + 200, 0), label)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def _legend(self, at: QPointF, label: Callable[[str], str]) -> None:
        """Province colours, and the two shapes."""
        scene = self.scene()
        entries = [(label(p), c) for p, c in self.colours.items()]
        entries.append((i18n.translate("Overview", "Province unknown"), UNKNOWN))
        for i, (name, colour) in enumerate(entries):
            y = at.y() + i * 20
            dot = scene.addEllipse(at.x(), y, 10, 10, QPen(QColor(60, 60, 60), 0.8), colour)
            dot.setZValue(1)
            scene.addSimpleText(name).setPos(at.x() + 16, y - 4)
        y = at.y() + len(entries) * 20 + 10
        scene.addEllipse(at.x(), y, 10, 10, QPen(QColor(60, 60, 60)), QBrush(Qt.BrushStyle.NoBrush))
        scene.addSimpleText(i18n.translate("Overview", "Place")).setPos(at.x() + 16, y - 4)
        scene.addRect(
            at.x(), y + 20, 10, 10, QPen(QColor(60, 60, 60)), QBrush(Qt.BrushStyle.NoBrush)
        )
        scene.addSimpleText(i18n.translate("Overview", "Institution")).setPos(at.x() + 16, y + 16)
        shapes = (
            (True, i18n.translate("Overview", "Helps")),
            (False, i18n.translate("Overview", "Cooperation (no direction)")),
        )
        for i, (directed, text) in enumerate(shapes):
            ly = y + 45 + i * 20
            line = EdgeItem(QPointF(at.x() - 4, ly), QPointF(at.x() + 12, ly), 1, directed)
            scene.addItem(line)
            scene.addSimpleText(text).setPos(at.x() + 16, ly - 8)

    def _node(
        self, name: str, c: QPointF, col: int, province: str | None, place: bool, text: str
    ) -> None:
        rect = QRectF(c.x() - NODE / 2, c.y() - NODE / 2, NODE, NODE)
        item: QGraphicsItem = QGraphicsEllipseItem(rect) if place else QGraphicsRectItem(rect)
        item.setBrush(QBrush(self.colours.get(province or "", UNKNOWN)))  # type: ignore[attr-defined]
        item.setPen(QPen(QColor(60, 60, 60), 0.8))  # type: ignore[attr-defined]
        item.setData(KindRole, ("node", name))
        item.setToolTip(f"{text}（{province or '—'}）")
        item.setCursor(Qt.CursorShape.PointingHandCursor)
        self.scene().addItem(item)
        label = self.scene().addSimpleText(text)
        w, h = label.boundingRect().width(), label.boundingRect().height()
        x = c.x() - NODE - w if col == 0 else c.x() + NODE
        if col == 1:
            x = c.x() - w / 2
            label.setPos(x, c.y() + NODE / 2)
        else:
            label.setPos(x, c.y() - h / 2)
        label.setData(KindRole, ("node", name))
        self.nodes[name] = item
        self.labels[name] = label

    def redraw(self) -> None:
        """Build the last graph again: its words (heads, legend) in the language now in use."""
        if self._built is not None:
            self.build(*self._built)

    def relabel(self, label: Callable[[str], str]) -> None:
        for name, item in self.labels.items():
            old = item.boundingRect().width()
            item.setText(label(name))
            if item.pos().x() < self.nodes[name].sceneBoundingRect().x():
                item.moveBy(old - item.boundingRect().width(), 0)

    def fit(self) -> None:
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        # The whole graph when it fits at a readable size; otherwise readable, from the top.
        whole = min(
            self.viewport().width() / rect.width(), self.viewport().height() / rect.height()
        )
        scale = max(0.6, min(whole, 1.4))
        self.resetTransform()
        self.scale(scale, scale)
        if scale <= whole:
            self.centerOn(rect.center())
        else:
            self.centerOn(rect.center().x(), rect.top() + self.viewport().height() / scale / 2)

    def item_key(self, item: QGraphicsItem | None) -> Any:
        while item is not None and item.data(KindRole) is None:
            item = item.parentItem()
        return item.data(KindRole) if item is not None else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        key = self.item_key(self.itemAt(event.position().toPoint()))
        if key is not None and event.button() == Qt.MouseButton.LeftButton:
            self.chosen.emit(key)
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
        else:
            super().wheelEvent(event)
