"""The article list: a lazy model over the archive's ids, and the search results.

The list grows a page at a time as the view scrolls (canFetchMore / fetchMore): each page of
ids is read by key after the last one (`Archive.article_keys`, a range of an index), so the
first page of 100,000 articles costs what the first of five does. Titles and the rest are
read a page at a time when a view asks for a row, and converted to the current script as
they are shown. An explicit list of ids (the overview's click-through) is shown the same
way, a page at a time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from viewer.model import Script
from viewer.script import convert, convert_spans

IdRole = Qt.ItemDataRole.UserRole + 1
MetaRole = Qt.ItemDataRole.UserRole + 2
SnippetRole = Qt.ItemDataRole.UserRole + 3  # (text, [(start, end)]) or None

_PAGE = 100
_CACHE_LIMIT = 5000
Index = QModelIndex | QPersistentModelIndex


def meta_of(item: Any) -> str:
    """日期 · 来源 · 地点 for a summary or a search hit."""
    parts = (
        getattr(item, "published", None),
        getattr(item, "source", None),
        getattr(item, "place", None),
    )
    return " · ".join(str(p) for p in parts if p)


class _ScriptedList(QAbstractListModel):
    """Shared by both lists: the script mode and the converted-title cache."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._mode = Script.ORIGINAL
        self._phrases = False
        self._shown: dict[tuple[int, str], Any] = {}

    def set_script(self, mode: Script, phrases: bool = False) -> None:
        self._mode, self._phrases = Script(mode), phrases
        self._shown.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def _convert(self, text: str) -> str:
        return convert(text, self._mode, self._phrases)

    def _item(self, row: int) -> Any:
        """The record a row shows; each of the two list models (the archive's articles and
        the search results) says where its rows come from."""
        raise NotImplementedError(f"{type(self).__name__} must define _item")

    def article_id(self, row: int) -> str | None:
        return self._item(row).id if 0 <= row < self.rowCount() else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self._item(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = (index.row(), "title")
            if key not in self._shown:
                self._shown[key] = self._convert(item.title or "无题")
            return self._shown[key]
        if role == IdRole:
            return item.id
        if role == MetaRole:
            return self._convert(meta_of(item))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._convert(item.title or '无题')}，{self._convert(meta_of(item))}"
        return None

    def row_of(self, article_id: str) -> int:
        return -1


@dataclass(frozen=True, slots=True)
class IdPage:
    """The first page of the list for some filters, read on any thread, given to `set_ids`."""

    keys: list[tuple[Any, str]] = field(default_factory=list)  # (published, id)
    more: bool = False


class ArticleListModel(_ScriptedList):
    """All articles (or those matching the filters), newest first by default."""

    def __init__(self, archive: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._ids: list[str] = []  # the rows loaded so far
        self._rows: dict[str, int] = {}
        self._summaries: dict[str, Any] = {}
        self._given: list[str] | None = None  # an explicit list, shown a page at a time
        self._last: tuple[Any, str] | None = None  # key of the last row read from the archive
        self._more = False
        self.filters: dict[str, Any] = {"source": None, "province": None, "year": None}
        self.descending = True

    def reload(self) -> None:
        self.set_ids(self.fetch_ids())

    def fetch_ids(self) -> IdPage:
        """The first page for the current filters; safe to call from a worker thread."""
        keys = self._archive.article_keys(descending=self.descending, limit=_PAGE, **self.filters)
        return IdPage(list(keys), len(keys) == _PAGE)

    def set_ids(self, ids: IdPage | list[str]) -> None:
        """Show a first page read by `fetch_ids`, or exactly these ids in this order."""
        self.beginResetModel()
        if isinstance(ids, IdPage):
            self._given = None
            self._ids = [k[1] for k in ids.keys]
            self._last = ids.keys[-1] if ids.keys else None
            self._more = ids.more
        else:
            self._given = list(ids)
            self._ids = self._given[:_PAGE]
            self._last = None
            self._more = len(self._given) > _PAGE
        self._rows = {}
        self._summaries.clear()
        self._shown.clear()
        self.endResetModel()

    def set_filters(self, *, descending: bool | None = None, **filters: Any) -> None:
        self.filters.update(filters)
        if descending is not None:
            self.descending = descending
        self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def total(self) -> int:
        """Rows in the whole list, loaded or not (a count on the index)."""
        if self._given is not None:
            return len(self._given)
        if not self._more:
            return len(self._ids)
        return self._archive.article_count(**self.filters)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._extend(_PAGE)

    def _extend(self, n: int) -> None:
        """Load the next `n` rows (fewer at the end of the list)."""
        if not self._more or n <= 0:
            return
        if self._given is not None:
            new = self._given[len(self._ids) : len(self._ids) + n]
            more = len(self._ids) + len(new) < len(self._given)
        else:
            keys = self._archive.article_keys(
                descending=self.descending, after=self._last, limit=n, **self.filters
            )
            new = [k[1] for k in keys]
            self._last = keys[-1] if keys else self._last
            more = len(keys) == n
        self._more = more
        if new:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._ids.extend(new)
            if self._rows:
                self._rows.update((a, first + i) for i, a in enumerate(new))
            self.endInsertRows()

    def _item(self, row: int) -> Any:
        article_id = self._ids[row]
        summary = self._summaries.get(article_id)
        if summary is None:
            if len(self._summaries) > _CACHE_LIMIT:
                self._summaries.clear()
            start = row - row % _PAGE
            page = self._ids[start : start + _PAGE]
            for s in self._archive.summaries(page):
                self._summaries[s.id] = s
            summary = self._summaries.get(article_id)
            if summary is None:  # deleted meanwhile: show the id rather than fail
                summary = _Missing(article_id)
        return summary

    def row_of(self, article_id: str) -> int:
        """The article's row, loading the list down to it when it lies further on."""
        if not self._rows and self._ids:
            self._rows = {a: i for i, a in enumerate(self._ids)}
        row = self._rows.get(article_id, -1)
        if row >= 0 or not self._more:
            return row
        if self._given is not None:
            pos = self._given.index(article_id) if article_id in self._given else None
        else:
            pos = self._archive.article_position(
                article_id, descending=self.descending, **self.filters
            )
        if pos is not None:
            self._extend(pos + 1 - len(self._ids))
        return self._rows.get(article_id, -1)


class _Missing:
    def __init__(self, article_id: str) -> None:
        self.id = article_id
        self.title = article_id
        self.published = self.source = self.place = None


class SearchResultsModel(_ScriptedList):
    """Hits of one query, each with its snippet; more are fetched as the view scrolls."""

    def __init__(self, archive: Any, parent: Any = None, page: int = 50) -> None:
        super().__init__(parent)
        self._archive = archive
        self._page = page
        self._hits: list[Any] = []
        self._more = False
        self.query = ""

    def search(self, query: str, **filters: Any) -> None:
        self.beginResetModel()
        self.query = query.strip()
        self._filters = filters
        self._hits = list(self._archive.search(self.query, limit=self._page, **filters))
        self._more = len(self._hits) == self._page
        self._shown.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        more = list(
            self._archive.search(
                self.query, limit=self._page, offset=len(self._hits), **self._filters
            )
        )
        self._more = len(more) == self._page
        if more:
            first = len(self._hits)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._hits.extend(more)
            self.endInsertRows()

    def _item(self, row: int) -> Any:
        return self._hits[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == SnippetRole and index.isValid() and 0 <= index.row() < len(self._hits):
            key = (index.row(), "snippet")
            if key not in self._shown:
                hit = self._hits[index.row()]
                marks = [tuple(m) for m in (getattr(hit, "marks", None) or [])]
                self._shown[key] = convert_spans(
                    hit.snippet or "", marks, self._mode, self._phrases
                )
            return self._shown[key]
        return super().data(index, role)

    def row_of(self, article_id: str) -> int:
        return next((i for i, h in enumerate(self._hits) if h.id == article_id), -1)
