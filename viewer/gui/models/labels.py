"""Interface words the models show: fact kinds, table headers, a pairing's direction.

English sources marked for `pyside6-lupdate` and translated when asked for, so that a label
follows the interface language (not the script toggle, which converts article text only).
What is copied as a citation keeps `viewer.citation`'s own Chinese words: that text is the
same from the command line and the app.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from viewer.gui.i18n import translate

KINDS = "FactKinds"
KIND_SOURCES = {
    "quantity": QT_TRANSLATE_NOOP("FactKinds", "Numbers"),
    "money": QT_TRANSLATE_NOOP("FactKinds", "Amounts"),
    "date": QT_TRANSLATE_NOOP("FactKinds", "Dates"),
    "place": QT_TRANSLATE_NOOP("FactKinds", "Places"),
    "organization": QT_TRANSLATE_NOOP("FactKinds", "Organizations"),
    "person": QT_TRANSLATE_NOOP("FactKinds", "People"),
    "pairing": QT_TRANSLATE_NOOP("FactKinds", "Pairings"),
}

TABLES = "OverviewTables"
FACT_COLUMNS = (
    QT_TRANSLATE_NOOP("OverviewTables", "Kind"),
    QT_TRANSLATE_NOOP("OverviewTables", "Text"),
    QT_TRANSLATE_NOOP("OverviewTables", "Value"),
    QT_TRANSLATE_NOOP("OverviewTables", "Unit"),
    QT_TRANSLATE_NOOP("OverviewTables", "Note"),
    QT_TRANSLATE_NOOP("OverviewTables", "Place"),
    QT_TRANSLATE_NOOP("OverviewTables", "Title"),
    QT_TRANSLATE_NOOP("OverviewTables", "Source"),
    QT_TRANSLATE_NOOP("OverviewTables", "Date"),
    QT_TRANSLATE_NOOP("OverviewTables", "Direction"),
)
PAIRING_COLUMNS = (
    QT_TRANSLATE_NOOP("OverviewTables", "Helping side"),
    QT_TRANSLATE_NOOP("OverviewTables", "Helped side"),
    QT_TRANSLATE_NOOP("OverviewTables", "Relation"),
    QT_TRANSLATE_NOOP("OverviewTables", "Articles"),
    QT_TRANSLATE_NOOP("OverviewTables", "First"),
    QT_TRANSLATE_NOOP("OverviewTables", "Last"),
)
PLACE_COLUMNS = (
    QT_TRANSLATE_NOOP("OverviewTables", "Place"),
    QT_TRANSLATE_NOOP("OverviewTables", "Articles"),
    QT_TRANSLATE_NOOP("OverviewTables", "Mentions"),
)


def kind_label(kind: str) -> str:
    """数字 / Numbers ...: a fact kind in the interface language (an unknown kind as is)."""
    source = KIND_SOURCES.get(kind)
    return translate(KINDS, source) if source else kind


def column(sources: tuple[str, ...], section: int) -> str | None:
    """A header of one of the tables above, translated; None outside it."""
    return translate(TABLES, sources[section]) if 0 <= section < len(sources) else None


def columns(sources: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(translate(TABLES, s) for s in sources)


def undirected(relation: str) -> str:
    """A relation as the pairings table shows it when no article says who helps."""
    if not relation:
        return translate("OverviewTables", "(no direction)")
    return translate("OverviewTables", "{} (no direction)").format(relation)
