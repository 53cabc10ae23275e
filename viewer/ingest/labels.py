"""Labelled values on meta lines: `来源：某某日报  作者：某某  责任编辑：某某`.

Pages print labels in either script and width, separate them by spaces, bars or nothing at
all (`09:15来源：光明网作者：张思远`), and wrap them in brackets (`（责编：张雪、王磊）`).
A value runs to the next label, to a wide gap, a bar or a date; the label's kind says
which metadata field it feeds. Compound labels (`图片来源`) are labels of their own, so a
photo's source is never taken for the article's.
"""

from __future__ import annotations

import re

from viewer.ingest.lexicon import fold_width

_KINDS = {
    "source": "来源 來源 文章来源 文章來源 稿件来源 稿件來源 信息来源 信息來源 新闻来源 新聞來源 "
    "本文来源 本文來源 出处 出處",
    "author": "作者 文 文字 撰文 撰稿 记者 記者 通讯员 通訊員",
    "editor": "责任编辑 責任編輯 责编 責編 编辑 編輯",
    "other": "发布时间 發布時間 發佈時間 发布日期 發布日期 發佈日期 发表时间 發表時間 发稿时间 "
    "更新时间 時間 时间 日期 图 圖 图片 圖片 图片来源 圖片來源 视频来源 數據來源 数据来源 摄影 "
    "攝影 审核 審核 审校 審校 校对 校對 终审 終審 初审 复审 签发 簽發 点击 點擊 点击数 點擊數 "
    "浏览 瀏覽 浏览次数 阅读 閱讀 阅读量 字体 字體 字号 字號 索引号 索引號 分类 分類 主编 主編 "
    "发文机关 發文機關 发布机构 原标题 原標題",
}
KIND_OF = {label: kind for kind, words in _KINDS.items() for label in words.split()}
# Single-character labels only take a slash (`文/某某`) or a colon, never a bare character.
_ALTS = "|".join(sorted(KIND_OF, key=len, reverse=True))
# `来源 | 某某` (a bar) only right after a label that opens the line or follows a gap.
LABEL_RE = re.compile(rf"({_ALTS})\s*(?::|(?<=[文图圖])/)\s*|(?:^|(?<=\s))({_ALTS})\s*\|\s*")
_STOP_RE = re.compile(r"\s{2,}|[|]|【|\s*(?:19|20)\d{2}[-/.年]")
# A byline on a line of its own: `本报记者 张三 通讯员 李四`, `记者 张三`.
BYLINE_LINE_RE = re.compile(
    r"^[(（]?\s*(?:(?:本报|本報|本台|本刊|本网|本網|新华社|新華社|中新社)(?:特约|特約)?"
    r"(?:记者|記者|通讯员|通訊員)\s*|(?:记者|記者|通讯员|通訊員)\s+)"
    r"[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,6}){0,5}\s*[)）]?$"
)
# A byline inside a header line: `| 记者 孙某 赵某`, `中央社記者 林某／報導`. The role word
# follows the line's start, a gap or a bar; what precedes it may name the outlet.
INLINE_BYLINE_RE = re.compile(
    r"(?:^|(?<=[\s|]))(?![据據])(?P<outlet>[\u4e00-\u9fff]{0,8}?)(?:特约|特約)?(?:记者|記者|通讯员|通訊員)"
    r"\s*(?!报道|報導|報道|采访|採訪|获悉|獲悉|了解)"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[ \t、\u3000]+[\u4e00-\u9fff·]{2,4}){0,5})"
)
_OUTLET_END = ("网", "網", "报", "報", "社", "台")
_OWN = ("本报", "本報", "本台", "本刊", "本网", "本網")
_TRIM = " \t()[]【】<>\"'“”"


def parse_labels(line: str) -> list[tuple[str, str, str]]:
    """(kind, label, value) for every label on the line, in order."""
    text = fold_width(line.strip())
    if BYLINE_LINE_RE.match(line.strip()):
        return [("author", "", text.strip(_TRIM))]
    found = list(LABEL_RE.finditer(text))
    out = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        value = text[m.end() : end]
        if stop := _STOP_RE.search(value):
            value = value[: stop.start()]
        label = m.group(1) or m.group(2)
        out.append((KIND_OF[label], label, value.strip(_TRIM)))
    if not any(kind == "author" for kind, _, _ in out):
        out.extend(_inline_byline(text))
    return out


def _inline_byline(text: str) -> list[tuple[str, str, str]]:
    """Authors (and the outlet before the role word) of a byline inside a header line."""
    m = INLINE_BYLINE_RE.search(text)
    if m is None:
        return []
    found = [("author", "", m.group("names"))]
    outlet = m.group("outlet")
    if len(outlet) >= 2 and outlet.endswith(_OUTLET_END) and outlet not in _OWN:
        found.append(("source", "", outlet))
    return found


def labelled(lines: list[str]) -> dict[str, str]:
    """The first non-empty value of each kind over the lines."""
    found: dict[str, str] = {}
    for line in lines:
        for kind, _, value in parse_labels(line):
            if value and kind not in found:
                found[kind] = value
    return found


def editor_of(line: str) -> str | None:
    for kind, _, value in parse_labels(line):
        if kind == "editor" and value:
            return value
    return None
