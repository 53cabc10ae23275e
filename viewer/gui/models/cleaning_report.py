"""What cleaning did to one article, in words a reader can judge the text by.

No Qt here. The counts come from `Article.removed` (written by `viewer.ingest.clean`) and
the notes from `Article.warnings`; the report names each kind of change and leaves out what
did not happen. Its words are English sources: the article bar passes its translator
(`i18n.translate`), so the report reads in the interface language; `lupdate` collects them
from the `QT_TRANSLATE_NOOP` marks and `translate(CONTEXT, ...)` calls below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from viewer.model import Article

CONTEXT = "CleaningReport"
Translate = Callable[[str, str], str]  # (context, English source) -> interface text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks `text` for translation without translating it (Qt's macro, without Qt)."""
    return text


def as_written(context: str, text: str) -> str:
    return text


# key: (full sentence, short form for the bar); {n} is the count.
_KINDS: dict[str, tuple[str, str]] = {
    "pinyin": (
        QT_TRANSLATE_NOOP("CleaningReport", "Removed {n} pinyin annotations"),
        QT_TRANSLATE_NOOP("CleaningReport", "pinyin {n}"),
    ),
    "garbled_repaired": (
        QT_TRANSLATE_NOOP("CleaningReport", "Repaired {n} garbled runs"),
        QT_TRANSLATE_NOOP("CleaningReport", "garbling repaired {n}"),
    ),
    "garbled_unrecoverable": (
        QT_TRANSLATE_NOOP(
            "CleaningReport", "{n} garbled runs could not be repaired and are marked 〔?〕"
        ),
        QT_TRANSLATE_NOOP("CleaningReport", "garbling left {n}"),
    ),
    "chrome_lines": (
        QT_TRANSLATE_NOOP("CleaningReport", "Removed {n} lines of site menus and navigation"),
        QT_TRANSLATE_NOOP("CleaningReport", "site chrome {n} lines"),
    ),
    "spam_lines": (
        QT_TRANSLATE_NOOP("CleaningReport", "Removed {n} lines of ads and promotion"),
        QT_TRANSLATE_NOOP("CleaningReport", "ads {n} lines"),
    ),
    "disclaimer_lines": (
        QT_TRANSLATE_NOOP("CleaningReport", "Removed {n} disclaimer lines"),
        QT_TRANSLATE_NOOP("CleaningReport", "disclaimers {n} lines"),
    ),
}
NOTHING = QT_TRANSLATE_NOOP("CleaningReport", "Nothing was removed or changed")
NOTHING_SHORT = QT_TRANSLATE_NOOP("CleaningReport", "none")  # the bar is narrow


def _counts(removed: Mapping[str, int]) -> list[tuple[str, int]]:
    known = [(k, int(removed.get(k, 0) or 0)) for k in _KINDS]
    other = [(k, int(v or 0)) for k, v in removed.items() if k not in _KINDS]
    return [(k, n) for k, n in known + other if n > 0]


def report_lines(article: Article, translate: Translate = as_written) -> list[str]:
    """One sentence per kind of change, in the order cleaning makes them."""
    return [
        translate(CONTEXT, _KINDS[k][0]).format(n=n) if k in _KINDS else f"{k}: {n}"
        for k, n in _counts(article.removed)
    ]


def summary(article: Article, translate: Translate = as_written) -> str:
    """The short line shown beside the raw-original toggle."""
    parts = [
        translate(CONTEXT, _KINDS[k][1]).format(n=n) if k in _KINDS else f"{k} {n}"
        for k, n in _counts(article.removed)
    ]
    # A list separator of the language: ", " in English, "，" in Chinese.
    listed = translate("CleaningReport", ", ").join(parts)
    return translate("CleaningReport", "Cleaning: {}").format(
        listed or translate(CONTEXT, NOTHING_SHORT)
    )


def report(article: Article, translate: Translate = as_written) -> str:
    """The whole report: every change, then the notes cleaning left (plain text)."""
    lines = report_lines(article, translate) or [translate(CONTEXT, NOTHING)]
    text = translate("CleaningReport", "What cleaning did") + "\n"
    text += "\n".join(f"· {line}" for line in lines)
    if article.warnings:
        text += "\n\n" + translate("CleaningReport", "Notes") + "\n"
        text += "\n".join(f"· {w}" for w in article.warnings)
    if not article.raw:
        text += "\n\n" + translate(
            "CleaningReport", "The archive holds no raw original of this article."
        )
    return text
