"""Site noise around an article: SEO spam, chrome, disclaimers, tails, header meta lines.

Rules work on a simplified, space-free copy of each line so that both scripts match, and
each rule is limited by the shape of the noise it targets (short, unpunctuated, label-led,
or a list) so that a content paragraph that mentions the same words survives.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

from viewer.ingest.lexicon import t2s

SPAM_HEAD_RE = re.compile(r"^(主站)?蜘蛛池|^友情链接[::]?$")
PIPE_LIST_RE = re.compile(r"^(?:[^|。,,;;]{1,15}\|\s*){1,}[^|。,,;;]{0,15}$")
GAMBLING_RE = re.compile(
    r"投注|博彩|赌场|娱乐城|百家乐|时时彩|六合彩|老虎机|真人视讯|真人荷官|棋牌游戏|彩票平台|"
    r"开户送|注册送|首存|返水|威尼斯人|葡京|金沙娱乐|成人视频|成人电影|色情|约炮|裸聊|一夜情|"
    r"av在线|无码|毛片|黄色网站"
)
BROKEN_ENTITY_RE = re.compile(
    r"&\s*([^&;\n]{1,40}?)\s*(hellip|nbsp|ldquo|rdquo|lsquo|rsquo|mdash|middot|amp|quot);"
)
CHROME_WORDS = (
    "微信公众号",
    "官方微博",
    "app下载",
    "客户端下载",
    "扫一扫",
    "扫码关注",
    "关注我们",
    "分享到",
    "我要分享",
    "打印文章",
    "打印本页",
    "关闭窗口",
    "返回顶部",
    "收藏本文",
    "字号",
    "【打印】",
    "[打印]",
    "[列印]",
    "[关闭]",
    "上一篇",
    "下一篇",
    "网站地图",
    "联系我们",
    "设为首页",
    "加入收藏",
    "浏览次数",
    "阅读量",
    "点击数",
)
BREADCRUMB_RE = re.compile(r"^(您?当前的?位置|您现在的位置|位置)[::]|首页\s*(>>?|›|»|/)")
META_RE = re.compile(
    r"^[\[【(]?(发布时间|发布日期|发稿时间|时间|日期|来源|稿件来源|信息来源|作者|文|记者|"
    r"责任编辑|责编|编辑|审核|校对|索引号|发文机关|分类|浏览|点击)\s*[::/]"
)
DATE_LINE_RE = re.compile(
    r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\d{1,2}:\d{2}(:\d{2})?)?"
    r"($|.{0,60}(来源|作者|编辑|点击|浏览|字号)[::])"
)
EDITOR_RE = re.compile(r"[\[【(]?(责任编辑|责编|编辑)\s*[::]\s*([^\s)】\]]{2,12})[)】\]]?$")
TAIL_RE = re.compile(
    r"^[【\[]?(相关新闻|相关推荐|推荐阅读|热门评论|相关阅读|延伸阅读|猜你喜欢|热点推荐|最新评论|"
    r"网友评论|相关文章|更多新闻|热门推荐|精彩推荐|为你推荐)[】\]]?[::]?$"
)
DISCLAIMER_HEAD_RE = re.compile(r"^[【\[]?(免责声明|版权声明|法律声明)[】\]]?[::]?")
CLAUSE_RE = re.compile(r"^([①-⑳]|\(?\d{1,2}[).、.]|[一二三四五六七八九十]、)")
RIGHTS_RE = re.compile(r"版权|转载|本网|本站|稿件|侵权|授权|copyright|©|保留所有权利")
CREDIT_RE = re.compile(
    r"^[(（]?(新华社|中新社|本报|人民网|央视)?(记者|通讯员)?\s*\S{1,4}(\s+\S{1,4})*\s*摄[)）]?$"
)
IMAGE_RE = re.compile(r"^\S+\.(jpe?g|png|gif|webp|bmp)$", re.I)
COUNTER_RE = re.compile(r"^\d{1,3}$")
SENTENCE_END = "。!?;!?"


@dataclass
class Cleaned:
    """Lines kept, what was removed, and the meta lines the metadata step reads."""

    lines: list[str]
    spam_lines: int = 0
    chrome_lines: int = 0
    disclaimer_lines: int = 0
    meta_lines: list[str] = field(default_factory=list)
    repeated: list[str] = field(default_factory=list)
    editor: str | None = None


def _norm(line: str) -> str:
    return re.sub(r"\s+", "", t2s(line)).lower()


def fix_broken_entities(line: str) -> tuple[str, int]:
    """`& 某某投注法 hellip;` -> `…`: spam pushed inside an entity is cut out."""
    count = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return html.unescape(f"&{m.group(2)};")

    return BROKEN_ENTITY_RE.sub(repl, line), count


def _short(n: str, limit: int = 30) -> bool:
    return len(n) <= limit and not any(p in n for p in "。!?")


def is_spam(n: str) -> bool:
    if SPAM_HEAD_RE.search(n):
        return True
    if "|" in n and PIPE_LIST_RE.match(n.replace(" ", "")):
        return True
    return _short(n, 40) and GAMBLING_RE.search(n) is not None


def is_chrome(n: str) -> bool:
    if COUNTER_RE.match(n) or IMAGE_RE.match(n) or BREADCRUMB_RE.search(n):
        return True
    if CREDIT_RE.match(n) and not re.search(r"(拍|航|摄|所)摄[)）]?$", n):
        return True
    return _short(n, 25) and any(w in n for w in CHROME_WORDS)


def strip_boilerplate(lines: list[str]) -> Cleaned:
    """Drop noise lines; header meta lines are kept aside for the metadata step."""
    norms = [_norm(line) for line in lines]
    counts = Counter(n for n in norms if n and _short(n, 20))
    repeated = {n for n, c in counts.items() if c >= 2 and not COUNTER_RE.match(n)}
    out = Cleaned([])
    in_disclaimer = False
    for line, n in zip(lines, norms, strict=True):
        if not n:
            continue
        if "&" in line:
            line, spam = fix_broken_entities(line)
            out.spam_lines += spam
            n = _norm(line)
        if TAIL_RE.match(n):
            out.chrome_lines += 1
            break  # everything after a related-news heading is the tail
        if DISCLAIMER_HEAD_RE.match(n):
            in_disclaimer = True
            out.disclaimer_lines += 1
            continue
        if in_disclaimer and (CLAUSE_RE.match(n) or RIGHTS_RE.search(n)):
            out.disclaimer_lines += 1
            continue
        in_disclaimer = False
        if is_spam(n):
            out.spam_lines += 1
            continue
        if _short(n, 120) and (m := EDITOR_RE.search(n)) and (META_RE.match(n) or m.start() == 0):
            out.editor = out.editor or line.strip().split(":")[-1].split(":")[-1].strip(" )】]")
            out.chrome_lines += 1
            continue
        if META_RE.match(n) or DATE_LINE_RE.match(n):
            out.meta_lines.append(line.strip())
            out.chrome_lines += 1
            continue
        if n in repeated:
            out.repeated.append(line.strip())
            out.chrome_lines += 1
            continue
        if is_chrome(n):
            out.chrome_lines += 1
            continue
        if _short(n, 60) and RIGHTS_RE.search(n) and re.search(r"所有|禁止|不得|未经", n):
            out.disclaimer_lines += 1
            continue
        out.lines.append(line)
    return out
