"""What cleaning did to one article, in words a reader can judge the text by.

No Qt here. The counts come from `Article.removed` (written by `viewer.ingest.clean`) and
the notes from `Article.warnings`; the report names each kind of change in Chinese, like
the rest of the reading interface, and leaves out what did not happen.
"""

from __future__ import annotations

from collections.abc import Mapping

from viewer.model import Article

# key: (full sentence, short form for the bar); {n} is the count.
_KINDS: dict[str, tuple[str, str]] = {
    "pinyin": ("删除拼音注音 {n} 处", "拼音 {n}"),
    "garbled_repaired": ("修复乱码 {n} 处", "修复乱码 {n}"),
    "garbled_unrecoverable": ("无法修复的乱码 {n} 处，以〔?〕标出", "未修复乱码 {n}"),
    "chrome_lines": ("删除网站栏目、导航等 {n} 行", "栏目 {n} 行"),
    "spam_lines": ("删除广告和推广 {n} 行", "广告 {n} 行"),
    "disclaimer_lines": ("删除免责声明 {n} 行", "免责声明 {n} 行"),
}
NOTHING = "未作删改"


def _counts(removed: Mapping[str, int]) -> list[tuple[str, int]]:
    known = [(k, int(removed.get(k, 0) or 0)) for k in _KINDS]
    other = [(k, int(v or 0)) for k, v in removed.items() if k not in _KINDS]
    return [(k, n) for k, n in known + other if n > 0]


def report_lines(article: Article) -> list[str]:
    """One sentence per kind of change, in the order cleaning makes them."""
    return [
        _KINDS[k][0].format(n=n) if k in _KINDS else f"{k}: {n}"
        for k, n in _counts(article.removed)
    ]


def summary(article: Article) -> str:
    """The short line shown beside the raw-original toggle."""
    parts = [
        _KINDS[k][1].format(n=n) if k in _KINDS else f"{k} {n}" for k, n in _counts(article.removed)
    ]
    return "清理：" + ("，".join(parts) if parts else NOTHING)


def report(article: Article) -> str:
    """The whole report: every change, then the notes cleaning left (plain text)."""
    lines = report_lines(article) or [NOTHING]
    text = "清理记录\n" + "\n".join(f"· {line}" for line in lines)
    if article.warnings:
        text += "\n\n说明\n" + "\n".join(f"· {w}" for w in article.warnings)
    if not article.raw:
        text += "\n\n档案中没有这篇文章的原稿。"
    return text
