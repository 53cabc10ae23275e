"""Copy commands: a fact line, a fact with its citation, all facts as a table, reader text.

Copies follow the script shown, unless the "copy in the original script" preference is on;
a citation always names the original title. The fact copied is the one selected in the
sidebar, or else the one highlighted in the reader.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from viewer.citation import Work, fact_line, fact_with_citation, facts_table, reference
from viewer.gui.i18n import translate
from viewer.gui.widgets import clipboard
from viewer.model import Script


class Copier:
    def __init__(self, window: Any) -> None:
        self.w = window

    def _mode(self) -> tuple[Script, bool]:
        if self.w.reader.copy_original:
            return Script.ORIGINAL, False
        return self.w.script.mode, self.w.script.effective_phrases()

    def _work(self) -> Work | None:
        stored = self.w.stored
        return Work.of(stored.article) if stored is not None else None

    def _fact(self) -> int | None:
        fact = self.w.sidebar.current_fact()
        return fact if fact is not None else self.w.reader._fact

    def copy(self) -> None:
        """Ctrl+C: the selected fact from the sidebar, else the reader's selection."""
        focus = QApplication.focusWidget()
        in_sidebar = focus is not None and self.w.sidebar.isAncestorOf(focus)
        if in_sidebar and focus is not self.w.sidebar.filter and self.copy_fact():
            return
        if focus is self.w.sidebar.filter or focus is self.w.find_bar.field:
            focus.copy()
            return
        if self.w.reader.textCursor().hasSelection():
            self.w.reader.copy()
        else:
            self.copy_fact()

    def copy_fact(self) -> bool:
        fact, work = self._fact(), self._work()
        if fact is None or work is None:
            return False
        clipboard.put(fact_line(self.w.stored.article.facts[fact], work, *self._mode()))
        self.w.statusBar().showMessage(translate("Copier", "Copied the fact"), 3000)
        return True

    def copy_with_citation(self) -> bool:
        work = self._work()
        if work is None:
            return False
        fact = self._fact()
        if fact is None:
            text = reference(work)
        else:
            text = fact_with_citation(self.w.stored.article.facts[fact], work, *self._mode())
        clipboard.put(text)
        self.w.statusBar().showMessage(translate("Copier", "Copied with citation"), 3000)
        return True

    def copy_facts(self, only_group: bool = False) -> int:
        """All facts shown in the sidebar (or the current group) as TSV and an HTML table."""
        work = self._work()
        if work is None:
            return 0
        ids = self.w.sidebar.current_group_facts() if only_group else []
        ids = ids or self.w.facts.shown_facts()
        facts = self.w.stored.article.facts
        clipboard.put_table(facts_table([(facts[i], work) for i in ids], *self._mode()))
        self.w.statusBar().showMessage(
            translate("Copier", "Copied {} facts as a table").format(len(ids)), 3000
        )
        return len(ids)
