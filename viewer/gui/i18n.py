"""Interface languages through Qt's own translation system.

The source strings in the code are English, marked with `self.tr()` or
`QCoreApplication.translate(context, text)` so that `pyside6-lupdate` finds them;
`scripts/translations.py` writes the `.ts` sources in resources/translations/ and compiles
them to the `.qm` files loaded here. Installing a translator makes Qt send a LanguageChange
event to every widget, and each widget sets its texts again (`changeEvent` ->
`retranslate_ui`), so switching needs no restart.

The script-toggle labels (原文 / 简体 / 繁體 / 臺灣正體 / 香港繁體) and the names of the
languages below are written each in its own script and never pass through a translator.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from viewer import paths

SYSTEM = "system"
ENGLISH = "en"
SIMPLIFIED = "zh_CN"
TRADITIONAL = "zh_TW"
# Each name in its own language: a reader who cannot read the current one still finds theirs.
NAMES = {ENGLISH: "English", SIMPLIFIED: "简体中文", TRADITIONAL: "繁體中文"}
CATALOG = "archive-viewer"
_TRADITIONAL_TERRITORIES = {
    QLocale.Country.Taiwan,
    QLocale.Country.HongKong,
    QLocale.Country.Macao,
}

_installed: list[QTranslator] = []
_current = ENGLISH


def translations_dir() -> str:
    return str(paths.resources_dir() / "translations")


def from_locale(locale: QLocale) -> str:
    """The interface language that fits a locale: Chinese by script or region, else English."""
    if locale.language() != QLocale.Language.Chinese:
        return ENGLISH
    script = locale.script()
    if script == QLocale.Script.TraditionalHanScript:
        return TRADITIONAL
    if script == QLocale.Script.SimplifiedHanScript:
        return SIMPLIFIED
    return TRADITIONAL if locale.territory() in _TRADITIONAL_TERRITORIES else SIMPLIFIED


def resolve(choice: str, locale: QLocale | None = None) -> str:
    """A setting value (system, en, zh_CN, zh_TW) as the language to load."""
    if choice in NAMES:
        return choice
    return from_locale(locale if locale is not None else QLocale.system())


def current() -> str:
    return _current


def install(choice: str) -> str:
    """Load the language `choice` names (or the system's); returns the language in use.

    Qt's own strings (standard buttons, file dialogs) come from the qtbase catalogue that
    PySide6 ships; ours from resources/translations. English needs no catalogue.
    """
    global _current
    app = QCoreApplication.instance()
    language = resolve(choice)
    if app is None:
        return _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != ENGLISH:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # qt_* merely includes qtbase_*: one of the two is enough.
        qt_loaded = _load(app, f"qtbase_{language}", qt_dir) or _load(app, f"qt_{language}", qt_dir)
        if not _load(app, f"{CATALOG}_{language}", translations_dir()) and not qt_loaded:
            language = ENGLISH
    _current = language
    return language


def _load(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def translate(context: str, text: str, n: int = -1) -> str:
    """`QCoreApplication.translate` under a short name, for module-level functions."""
    return QCoreApplication.translate(context, text, None, n)


# Actions and widgets built by plain functions (menus, toolbars) keep their English source
# text in properties; `retranslate_tree` sets them again after a language change. The sources
# are marked at their call sites with QT_TRANSLATE_NOOP(context, text) for lupdate.
_CONTEXT, _TEXT, _TIP, _ICON_TEXT, _TITLE = (
    "i18n_context",
    "i18n_text",
    "i18n_tip",
    "i18n_icon_text",
    "i18n_title",
)
_BINDINGS = "i18n_bindings"
_MNEMONIC = re.compile(r"\(&\w\)|&(?=\S)")


def plain(text: str) -> str:
    """A menu text as a tooltip or accessible name: no mnemonic, no trailing ellipsis."""
    return _MNEMONIC.sub("", text).rstrip("…").strip()


def bind_action(
    action: QAction, context: str, text: str, tip: str = "", icon_text: str = ""
) -> QAction:
    """Give `action` translatable texts (English sources) and set them now."""
    action.setProperty(_CONTEXT, context)
    action.setProperty(_TEXT, text)
    action.setProperty(_TIP, tip)
    action.setProperty(_ICON_TEXT, icon_text)
    retranslate_action(action)
    return action


def bind_title(widget: QWidget, context: str, title: str) -> None:
    """A toolbar's or dock's window title, set again on a language change."""
    widget.setProperty(_CONTEXT, context)
    widget.setProperty(_TITLE, title)
    widget.setWindowTitle(translate(context, title))


def bind(widget: QWidget, setter: str, context: str, source: str) -> None:
    """Call `widget.<setter>(translated source)` now and after every language change; for
    widgets that set a text once and have no retranslate_ui of their own."""
    bindings = dict(widget.property(_BINDINGS) or {})
    bindings[setter] = (context, source)
    widget.setProperty(_BINDINGS, bindings)
    getattr(widget, setter)(translate(context, source))


def retranslate_action(action: QAction) -> None:
    context = action.property(_CONTEXT)
    if not context:
        return
    text = translate(context, action.property(_TEXT))
    action.setText(text)
    tip_source = action.property(_TIP)
    icon_source = action.property(_ICON_TEXT)
    if icon_source:
        action.setIconText(translate(context, icon_source))
    keys = action.shortcuts()
    if tip_source or keys:
        tip = translate(context, tip_source) if tip_source else plain(text)
        if keys:
            tip = f"{tip} ({keys[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)


def retranslate_tree(root: QObject) -> None:
    """Every bound action and title under `root`, in the language now installed."""
    for action in root.findChildren(QAction):
        retranslate_action(action)
    widgets = root.findChildren(QWidget)
    for widget in [root, *widgets] if isinstance(root, QWidget) else widgets:
        title = widget.property(_TITLE)
        if title:
            widget.setWindowTitle(translate(widget.property(_CONTEXT), title))
        for setter, (context, source) in (widget.property(_BINDINGS) or {}).items():
            getattr(widget, setter)(translate(context, source))
