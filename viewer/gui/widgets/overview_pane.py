"""The overview: facts table, pairing network, places and timeline, one tab each.

A tab queries the archive the first time it is shown (and again after `reset`), so the
overview costs nothing until it is opened. Everything it shows follows the script toggle;
every tab can be saved as a PNG or SVG picture. What the user clicks through to leaves as
signals: `articleRequested(id, fact seq or -1)` and `articlesFiltered(ids, label)`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QToolButton, QWidget

from viewer.archive.overview import (
    Overview,
    PlaceCount,
    build_overview_indexes,
    needs_overview_indexes,
)
from viewer.gui import i18n
from viewer.gui.models.overview_facts import FactsTableModel
from viewer.gui.models.overview_tables import PairingsModel, PlacesModel
from viewer.gui.widgets import picture
from viewer.gui.widgets.overview_facts import FactsTablePane
from viewer.gui.widgets.overview_pairings import PairingsPane
from viewer.gui.widgets.overview_places import PlacesView
from viewer.gui.widgets.overview_timeline import TimelineChart
from viewer.gui.workers import InlineRunner
from viewer.model import Script
from viewer.script import convert

VIEWS = ("facts", "network", "places", "timeline")
TITLES = (
    QT_TRANSLATE_NOOP("Overview", "Facts table"),
    QT_TRANSLATE_NOOP("Overview", "Pairing network"),
    QT_TRANSLATE_NOOP("Overview", "Places"),
    QT_TRANSLATE_NOOP("Overview", "Timeline"),
)
PLACE_ENDINGS = tuple("省市县区州盟旗镇乡村")


class OverviewPane(QTabWidget):
    articleRequested = Signal(str, int)
    articlesFiltered = Signal(list, str)

    def __init__(self, archive: Any, parent: QWidget | None = None, runner: Any = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.mode, self.phrases = Script.ORIGINAL, False
        self.overview: Overview | None = None
        self.archive = archive
        self.loaded: set[str] = set()
        self.provinces: dict[str, str | None] = {}
        self.runner = runner or InlineRunner()
        self._indexing = False
        self.facts_model = FactsTableModel(None, self, runner=self.runner)
        self.facts = FactsTablePane(self.facts_model, self)
        self.pairings_model = PairingsModel(self)
        self.pairings = PairingsPane(self.pairings_model, self)
        self.pairings.lookup = self._pairing_articles
        self.pairings.shown = self.shown
        self.places_model = PlacesModel(self)
        self.places = PlacesView(self.places_model, self)
        self.timeline = TimelineChart(self)
        for widget, title in zip(
            (self.facts, self.pairings, self.places, self.timeline), TITLES, strict=True
        ):
            self.addTab(widget, i18n.translate("Overview", title))
        save = QToolButton(self)
        i18n.bind(save, "setText", "Overview", QT_TRANSLATE_NOOP("Overview", "Save picture…"))
        i18n.bind(
            save,
            "setToolTip",
            "Overview",
            QT_TRANSLATE_NOOP("Overview", "Save this view as a PNG or SVG picture"),
        )
        save.clicked.connect(self.ask_save)
        self.setCornerWidget(save)
        self.currentChanged.connect(lambda _i: self.load())
        self.facts.factOpened.connect(self.articleRequested)
        self.pairings.articleOpened.connect(lambda aid: self.articleRequested.emit(aid, -1))
        self.places.placeChosen.connect(self.filter_place)
        self.timeline.periodChosen.connect(self.filter_period)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Tab titles, headers and the pictures' words in the interface language."""
        for i, title in enumerate(TITLES):
            self.setTabText(i, i18n.translate("Overview", title))
        self.pairings_model.retranslate()
        self.places_model.retranslate()
        self.facts_model.retranslate()
        self.facts.retranslate_ui()
        self.timeline.update()
        if "network" in self.loaded:
            self.pairings.network.redraw()
        self.pairings.relabel()

    # Loading ---------------------------------------------------------------------------
    def set_archive(self, archive: Any) -> None:
        self.archive = archive
        self.reset()

    def reset(self) -> None:
        """Forget what was loaded (another archive, new imports); reload the visible tab."""
        self.overview = None
        self.loaded.clear()
        if self.isVisible():
            self.load()

    def query(self) -> Overview:
        if self.overview is None:
            self.overview = Overview(self.archive)
            self._add_indexes()
        return self.overview

    def _add_indexes(self) -> None:
        """Once per archive, on a worker: the queries work without the indexes meanwhile,
        only slower; a busy or read-only file simply goes without them."""
        archive = self.archive
        if self._indexing or not needs_overview_indexes(archive):
            return
        self._indexing = True

        def done(_result: Any = None) -> None:
            self._indexing = False

        self.runner.run(lambda: build_overview_indexes(archive.path), done, done)

    def show_view(self, view: str) -> None:
        self.setCurrentIndex(VIEWS.index(view))
        self.load()

    def current_view(self) -> str:
        return VIEWS[self.currentIndex()]

    def load(self) -> None:
        view = self.current_view()
        if view in self.loaded:
            return
        self.loaded.add(view)
        o = self.query()
        if view == "facts":
            self.facts_model.overview = o
            self.facts.fill_choices(o.fact_choices())
            self.facts.apply_filter()
        elif view == "network":
            self.load_network()
        elif view == "places":
            self.places_model.set_counts(o.place_counts())
            self.places.resizeColumnToContents(0)
        else:
            self.timeline.set_months(o.months())

    def load_network(self, relation: str | None = None, year: int | None = None) -> None:
        o = self.query()
        pairs = o.pairings(relation, year)
        names = sorted({p.a for p in pairs} | {p.b for p in pairs})
        self.provinces = o.provinces_of(names)
        self.pairings_model.set_pairings(pairs)
        self.pairings.network.build(pairs, self.provinces, self.is_place, self.shown)
        self.pairings.network.fit()

    def is_place(self, name: str) -> bool:
        return bool(self.provinces.get(name)) or name.endswith(PLACE_ENDINGS)

    # Click-through ---------------------------------------------------------------------
    def _pairing_articles(self, key: tuple) -> tuple[str, list[Any]]:
        """The heading (in the shown script) and the articles behind a node, edge or row;
        a pair whose articles do not say who helps is written a ↔ b, a directed one a → b."""
        o = self.query()
        shown = self.shown
        if key[0] == "node":
            ids, heading = o.pairing_articles(a=key[1]), shown(key[1])
        elif key[0] == "edge":
            _, a, b = key
            edge = self.pairings.network.edges.get((a, b))
            link = "→" if edge is None or edge.directed else "↔"
            ids, heading = o.pairing_articles(a, b), f"{shown(a)} {link} {shown(b)}"
        else:
            _, a, b, relation, directed = key
            ids = o.pairing_articles(a, b, relation or None)
            heading = f"{shown(a)} {'→' if directed else '↔'} {shown(b)}"
            if relation:
                heading += self.tr(" ({})").format(shown(relation))
        count = self.tr("{heading}: {n} articles").format(heading=heading, n=f"{len(ids):,}")
        return count, self.archive.summaries(ids)

    def filter_place(self, count: PlaceCount) -> None:
        ids = self.query().place_article_ids(count.province, count.city, count.county)
        self.articlesFiltered.emit(ids, self.shown(count.name))

    def filter_period(self, first: str, last: str) -> None:
        ids = self.query().month_article_ids(first, last)
        label = first if first == last else f"{first} – {last}"
        self.articlesFiltered.emit(ids, label)

    # Script and pictures ---------------------------------------------------------------
    def shown(self, text: str) -> str:
        return convert(text, self.mode, self.phrases)

    def set_script(self, mode: Script, phrases: bool = False) -> None:
        self.mode, self.phrases = Script(mode), phrases
        self.facts_model.set_script(mode, phrases)
        self.facts.set_script()
        self.pairings_model.set_script(mode, phrases)
        self.places_model.set_script(mode, phrases)
        self.pairings.relabel()
        self.timeline.shown = self.shown
        self.timeline.update()

    def picture_target(self) -> QWidget:
        return self.currentWidget()

    def save_picture(self, path: Path | str) -> Path:
        """The current view: the network as its whole scene, the others as drawn."""
        if self.current_view() == "network":
            return picture.save_scene(self.pairings.network.scene(), path)
        return picture.save_widget(self.currentWidget(), path)

    def ask_save(self) -> None:
        path = picture.ask_path(self, self.current_view())
        if path is None:
            return
        try:
            self.save_picture(path)
        except picture.PictureError as exc:
            self.window().statusBar().showMessage(str(exc), 8000)
