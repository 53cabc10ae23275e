"""Wires what lets a reader trust a converted text into the main window.

`install(window)` is called once after the menus are built. It puts the article bar (script
badge, back to 原文, what cleaning did, raw-original toggle) above the reader, adds the
ambiguity marks option to the View menu next to the script modes and Help > About this
archive, and keeps the bar in step with the reader: the reader says when it shows another
article or mode, so the window needs no further call.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from viewer.gui import i18n
from viewer.gui import settings as S
from viewer.gui.widgets import about_archive
from viewer.gui.widgets.article_bar import ArticleBar
from viewer.model import Script


def _menu_holding(actions: list[QAction], action: QAction) -> QMenu | None:
    """The menu (at any depth) that holds `action`, found by identity whatever its title."""
    for item in actions:
        menu = item.menu()
        if menu is None:
            continue
        if action in menu.actions():
            return menu
        found = _menu_holding(menu.actions(), action)
        if found is not None:
            return found
    return None


def install(window: Any) -> ArticleBar:
    raw_action = getattr(window, "raw_actions", {}).get("beside")
    bar = ArticleBar(raw_action, window)
    centre = window.reader_split.parentWidget()
    centre.layout().insertWidget(0, bar)
    bar.badge.originalRequested.connect(lambda: window.script.set_mode(Script.ORIGINAL))
    window.reader.presentedShown.connect(
        lambda p: bar.show_article(p.article if p else None, p.mode if p else Script.ORIGINAL)
    )

    marks = QAction(window)
    marks.setCheckable(True)
    i18n.bind_action(
        marks,
        "Menus",
        QT_TRANSLATE_NOOP("Menus", "Mark &one-to-many conversions"),
        QT_TRANSLATE_NOOP(
            "Menus",
            "Dotted underline under characters OpenCC had to choose for (发 → 發 or 髮); "
            "hover one to see the original and the alternatives",
        ),
    )
    on = bool(window.settings.get(S.AMBIGUITY_MARKS))
    marks.setChecked(on)
    window.reader.set_mark_ambiguity(on)

    def toggled(checked: bool) -> None:
        window.settings.set(S.AMBIGUITY_MARKS, checked)
        window.reader.set_mark_ambiguity(checked)

    marks.toggled.connect(toggled)
    window.addAction(marks)
    window.ambiguity_action = marks
    script_menu = _menu_holding(window.menuBar().actions(), window.script.phrases_action)
    if script_menu is not None:  # View > Script, after the modes and 臺灣詞彙
        script_menu.addAction(marks)

    about = QAction(window)
    i18n.bind_action(about, "Menus", QT_TRANSLATE_NOOP("Menus", "About this &archive…"))
    about.triggered.connect(lambda _checked=False: about_archive.show(window))
    window.about_archive_action = about
    bars = window.menuBar().actions()
    if bars and bars[-1].menu() is not None:
        bars[-1].menu().addAction(about)  # Help is the last menu
    return bar
