"""Interface languages: chosen from the locale, switched without a restart, complete.

The completeness test walks the main window (menus, actions, tooltips, labels,
placeholders, accessible names and descriptions, tabs, the status bar, the article bar, the
overview's filters, headers and pictures) and the preferences dialog, and finds no English
word left in the Chinese interfaces except proper names and key names, no simplified
character left in the 繁體 one, and no Chinese word left in the English one except the script
labels (原文 / 简体 / 繁體 / 臺灣正體 / 香港繁體, never translated nor converted), the names of
the languages and the examples of a conversion. Article text and archive data are not
interface and are left out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from viewer import paths
from viewer.gui import i18n
from viewer.gui import settings as S
from viewer.model import Script
from viewer.script import convert

LABELS = [s.label for s in Script]
# Proper names, key names, units and commands: the same in every language.
ALLOWED = re.compile(
    r"archive-viewer|OpenCC|Noto CJK|Debian|Ubuntu|Fedora|sudo (?:apt|dnf) install [\w-]+|"
    # QTabBar names its scroll buttons once, when built, and never again: Qt's, not ours.
    r"Scroll (?:Left|Right)|"
    r"\b(?:Ctrl|Shift|Alt|Meta|Enter|Esc|Del|Delete|Backspace|Tab|PgUp|PgDown|F\d+|MB|pt|"
    r"sqlite|db|English|CSV|JSON|Markdown|PNG|SVG)\b|\*\.\w+"
)
TRANSLATIONS = paths.resources_dir() / "translations"
# Chinese that every interface language shows as written: the script labels and toggles, the
# badge's chips for an article's script, the language names, examples of a conversion.
AS_WRITTEN = re.compile(
    "|".join(
        re.escape(t)
        for t in sorted(
            [*LABELS, *i18n.NAMES.values(), "臺灣詞彙", "项目 → 專案", "数据库 → 資料庫",
             "发 → 發 或 髮", "发 → 發 or 髮", "简", "繁"],
            key=len,
            reverse=True,
        )
    )
)  # fmt: skip
HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")


def test_language_follows_the_locale():
    cases = {
        "zh_CN": i18n.SIMPLIFIED,
        "zh_SG": i18n.SIMPLIFIED,
        "zh_TW": i18n.TRADITIONAL,
        "zh_HK": i18n.TRADITIONAL,
        "zh_Hant_MO": i18n.TRADITIONAL,
        "en_US": i18n.ENGLISH,
        "fr_FR": i18n.ENGLISH,
        "ja_JP": i18n.ENGLISH,
    }
    for name, expected in cases.items():
        assert i18n.from_locale(QLocale(name)) == expected, name
    assert i18n.resolve("zh_TW", QLocale("en_US")) == i18n.TRADITIONAL
    assert i18n.resolve("system", QLocale("zh_TW")) == i18n.TRADITIONAL


@pytest.mark.parametrize("language", [i18n.SIMPLIFIED, i18n.TRADITIONAL])
def test_catalogues_are_complete_and_compiled(language: str):
    ts = TRANSLATIONS / f"archive-viewer_{language}.ts"
    assert ts.with_suffix(".qm").stat().st_size > 1000
    root = ET.parse(ts).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None
        assert (translation.text or "").strip(), message.findtext("source")
        source = message.findtext("source") or ""
        for placeholder in re.findall(r"\{\w*\}", source):
            assert placeholder in translation.text, source


def test_traditional_catalogue_keeps_the_script_labels_and_reads_traditional():
    ts = ET.parse(TRANSLATIONS / "archive-viewer_zh_TW.ts").getroot()
    texts = " ".join(t.text or "" for t in ts.iter("translation"))
    assert "臺灣正體" in texts  # a label inside a sentence is kept as written
    for simplified in ("档案", "导入", "设置", "显示", "复制", "这"):
        assert simplified not in texts
    assert "匯入" in texts and "檔案" in texts


def _texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of interface text under `root`."""
    for action in root.findChildren(QAction):
        if action.text() in LABELS:
            continue
        for kind, text in (
            ("text", action.text()),
            ("tip", action.toolTip()),
            ("status", action.statusTip()),
            ("icon text", action.iconText()),
        ):
            yield f"action {action.text()!r} {kind}", text
    for w in [root, *root.findChildren(QWidget)]:
        name = type(w).__name__
        yield f"{name} accessible name", w.accessibleName()
        yield f"{name} accessible description", w.accessibleDescription()
        yield f"{name} tooltip", w.toolTip()
        if isinstance(w, QMenu):
            yield f"menu {w.title()}", w.title()
        if isinstance(w, (QLabel, QAbstractButton)) and not _is_data(w):
            yield f"{name} text", w.text()
        if isinstance(w, QLineEdit):
            yield f"{name} placeholder", w.placeholderText()
        if isinstance(w, QAbstractSpinBox):
            yield f"{name} suffix", w.suffix() if hasattr(w, "suffix") else ""
        if isinstance(w, QComboBox):
            # Font families are names; the first entry ("Automatic") is ours. The overview's
            # filters hold archive data after their first entry ("Kind: all").
            data_after_first = w.objectName() == "fontFamily" or _in_overview_filters(w)
            for i in range(1 if data_after_first else w.count()):
                facet = re.search(r" \(\d[\d,]*\)$", w.itemText(i))  # a source (3): data
                data = w.itemData(i) in (None, "", "system") or isinstance(w.itemData(i), str)
                if data and not facet:
                    yield f"{name} item", w.itemText(i)
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"tab {i}", w.tabText(i)
                yield f"tab {i} tip", w.tabToolTip(i)
        header = w.horizontalHeader() if isinstance(w, QTableView) else None
        header = w.header() if isinstance(w, QTreeView) else header
        if header is not None and not header.isHidden() and w.model() is not None:
            for c in range(header.count()):
                text = w.model().headerData(c, Qt.Orientation.Horizontal)
                yield f"{name} header {c}", str(text or "")
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            labels = getattr(w, "labels", {})  # the network's place names are data
            for item in w.scene().items():
                if isinstance(item, QGraphicsSimpleTextItem) and item not in labels.values():
                    yield f"{name} picture text", item.text()


def _in_overview_filters(w: QWidget) -> bool:
    from viewer.gui.widgets.overview_facts import FactsTablePane

    return isinstance(w.parent(), FactsTablePane) and w.itemData(0) is None


def _is_data(w: QWidget) -> bool:
    """Labels that show archive paths or counts with a path: data, not interface."""
    return isinstance(w, QLabel) and str(paths.user_data_dir()) in w.text()


def _english_left(texts: Iterator[tuple[str, str]]) -> list[str]:
    left = []
    for where, text in texts:
        if not text:
            continue
        rest = ALLOWED.sub("", text)
        for label in LABELS:
            rest = rest.replace(label, "")
        rest = re.sub(r"/\S+", "", rest)  # file paths
        if re.search(r"[A-Za-z]{2,}", rest):
            left.append(f"{where}: {text}")
    return left


def _chinese_left(texts: Iterator[tuple[str, str]]) -> list[str]:
    """Interface texts that still hold Chinese other than what is shown as written."""
    return [f"{where}: {text}" for where, text in texts if HAN.search(AS_WRITTEN.sub("", text))]


def _simplified_left(texts: Iterator[tuple[str, str]]) -> list[str]:
    """Texts of the 繁體 interface that OpenCC would still change to traditional."""
    left = []
    for where, text in texts:
        rest = AS_WRITTEN.sub("", text)
        if HAN.search(rest) and convert(rest, Script.HANT) != rest:
            left.append(f"{where}: {text}")
    return left


def _overview_shown(window: Any) -> None:
    """Every overview view loaded, the facts table filtered to pairings (headers, cells)."""
    pane = window.overview_mode.pane
    for view in ("network", "places", "timeline", "facts"):
        window.overview_mode.show_view(view)
    QApplication.processEvents()
    return pane


def _switch(window: Any, qtbot: Any, language: str) -> None:
    window.language_actions[language].trigger()
    QCoreApplication.sendPostedEvents()
    QApplication.processEvents()
    assert i18n.current() == language


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install(i18n.ENGLISH)


@pytest.mark.parametrize("language", [i18n.SIMPLIFIED, i18n.TRADITIONAL])
def test_every_string_of_the_window_is_translated(
    window: Any, qtbot: Any, language: str, english_afterwards: None
):
    window.update_status()
    window.overview_mode.action.trigger()  # the overview, built on first use, is walked too
    _overview_shown(window)
    _switch(window, qtbot, language)
    left = _english_left(_texts(window))
    assert not left, "\n".join(left)
    if language == i18n.TRADITIONAL:
        left = _simplified_left(_texts(window))
        assert not left, "\n".join(left)
    assert window.settings.get(S.LANGUAGE) == language
    # The script labels are never translated nor converted.
    assert [window.script.actions[s].text() for s in Script] == LABELS


@pytest.mark.parametrize("language", [i18n.SIMPLIFIED, i18n.TRADITIONAL])
def test_the_preferences_dialog_is_translated(
    window: Any, qtbot: Any, language: str, english_afterwards: None
):
    from viewer.gui.widgets.settings_dialog import Preferences, SettingsDialog

    _switch(window, qtbot, language)
    dialog = SettingsDialog(Preferences.load(window.settings), window)
    qtbot.addWidget(dialog)
    left = _english_left(_texts(dialog))
    assert not left, "\n".join(left)
    assert [dialog.script.itemText(i) for i in range(dialog.script.count())] == LABELS


def test_no_chinese_left_in_the_english_interface(window: Any, qtbot: Any) -> None:
    """The words once written in Chinese in the code (overview tabs and filters, fact kinds,
    the cleaning report, the badge) have English sources now."""
    window.script.set_mode(Script.TW)  # the badge's button back to 原文 shows
    window.overview_mode.action.trigger()
    _overview_shown(window)
    window.overview_mode.show_view("reader")
    texts = list(_texts(window))
    left = _chinese_left(iter(texts))
    assert not left, "\n".join(left)
    shown = {text for _, text in texts}
    walked = ("Reading", "Overview", "Facts table", "Kind: all", "Back to 原文", "Mentions")
    for words in (*walked, "Helping side", "Province unknown"):  # a header, the legend
        assert words in shown, words
    assert any(t.startswith("Cleaning: ") for t in shown)
    groups = [window.facts.index(g, 0).data() for g in range(window.facts.rowCount())]
    assert not _chinese_left((str(i), g) for i, g in enumerate(groups)), groups


def test_switching_needs_no_restart_and_comes_back(window: Any, qtbot: Any, english_afterwards):
    file_menu = window.menuBar().actions()[0]
    assert file_menu.text() == "&File"
    _switch(window, qtbot, i18n.SIMPLIFIED)
    assert file_menu.text() == "文件(&F)"
    assert window.sidebar.filter.placeholderText() == "筛选事实"
    assert window.list_pane.search_bar.accessibleName() == "搜索档案库"
    assert window.overview_mode.tabs.tabText(0) == "阅读"
    assert window.article_bar.cleaning.text().startswith("清理：")
    _switch(window, qtbot, i18n.TRADITIONAL)
    assert file_menu.text() == "檔案(&F)"
    assert window.find_action.toolTip().startswith("在文章中尋找")
    assert window.sidebar.filter.placeholderText() == "篩選事實"
    assert window.overview_mode.tabs.tabText(1) == "總覽"
    toolbar_labels = [window.raw_actions["beside"].iconText(), window.sidebar_action.iconText()]
    assert toolbar_labels == ["原稿對照", "事實欄"]
    _switch(window, qtbot, i18n.ENGLISH)
    assert file_menu.text() == "&File"
    assert window.sidebar.filter.placeholderText() == "Filter facts"
    assert window.overview_mode.tabs.tabText(0) == "Reading"
    assert _english_left(_texts(window)), "English is back"


def test_language_setting_is_applied_at_start(make_window: Any, settings_file: Path, qtbot: Any):
    from PySide6.QtCore import QSettings

    QSettings(str(settings_file), QSettings.Format.IniFormat).setValue(S.LANGUAGE.key, "zh_TW")
    try:
        window = make_window()
        assert window.menuBar().actions()[0].text() == "檔案(&F)"
        assert window.language_actions["zh_TW"].isChecked()
    finally:
        i18n.install(i18n.ENGLISH)
