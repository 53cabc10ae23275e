"""What site noise looks like: patterns over one line, each bounded by the noise's shape.

Every pattern runs on a normalised copy of a line (`norm`: full-width punctuation folded to
ASCII, white space removed, simplified script, lower case), so that `来源:` and `來源：`
match alike. Shape bounds (short, no sentence punctuation, at the start of the line, the
whole line) keep content that mentions the same words out of reach.
"""

from __future__ import annotations

import re

from viewer.ingest.labels import BYLINE_LINE_RE
from viewer.ingest.lexicon import fold_width, t2s

SENTENCE_PUNCT = "。!?"


def norm(line: str) -> str:
    return re.sub(r"\s+", "", t2s(fold_width(line))).lower()


def short(n: str, limit: int = 30) -> bool:
    """A short line without a sentence end: the shape of a widget, label or menu."""
    return len(n) <= limit and not any(p in n for p in SENTENCE_PUNCT)


# --- spam -------------------------------------------------------------------------------
SPAM_HEAD_RE = re.compile(r"^(主站)?蜘蛛池|^友情链接:?$")
PIPE_LIST_RE = re.compile(r"^(?:[^|。,;]{1,15}\|){1,}[^|。,;]{0,15}$")
SPAM_WORDS_RE = re.compile(
    r"投注|博彩|赌场|娱乐城|娱乐场|百家乐|时时彩|六合彩|老虎机|真人视讯|真人荷官|棋牌游戏|"
    r"彩票平台|开户送|注册送|首存|返水|彩金|下注|威尼斯人|葡京|金沙娱乐|北京赛车|pk10|"
    r"体育投注|电子游艺|网上赌|赌博网站|成人视频|成人电影|成人网站|色情|约炮|裸聊|一夜情|"
    r"(?<![a-z])av(在线|女优|网站)|无码|毛片|黄片|黄色网站|免费看片|援交|同城交友|偷拍|"
    r"(高清|免费).{0,6}在线观看"
)


def is_spam(n: str) -> bool:
    if SPAM_HEAD_RE.search(n):
        return True
    if "|" in n and PIPE_LIST_RE.match(n):
        return True
    return short(n, 40) and SPAM_WORDS_RE.search(n) is not None


# --- meta lines ---------------------------------------------------------------------------
_META_LABELS = (
    "发布时间|发布日期|发表时间|发稿时间|更新时间|时间|日期|文章来源|稿件来源|信息来源|新闻来源|"
    "图片来源|来源|作者|文字|撰文|撰稿|记者|通讯员|供稿|责任编辑|责编|编辑|审核|审校|校对|终审|"
    "初审|复审|签发|索引号|发文机关|发布机构|主题分类|分类|浏览次数|浏览|点击数|点击量|点击|"
    "阅读量|阅读数|访问量|图片|摄影|字体|字号|原标题|本文来源"
)
META_RE = re.compile(rf"^[\[【(]?(?:{_META_LABELS})(?::|/|\|)|^[\[【(]?[文图摄][/|]")
DATE_LINE_RE = re.compile(
    r"^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\d{1,2}:\d{2}(:\d{2})?)?"
    r"($|.{0,60}(来源|作者|编辑|点击|浏览|字号)[:])"
)
# A machine-written date, or any full date with a clock time: how page headers print them.
STAMP_RE = re.compile(
    r"(19|20)\d{2}([-/.])\d{1,2}\2\d{1,2}(\d{1,2}:\d{2}(:\d{2})?)?"
    r"|(19|20)\d{2}年\d{1,2}月\d{1,2}日(\d{1,2}:\d{2}(:\d{2})?)?"
)


def is_meta(n: str, line: str | None = None) -> bool:
    """A header or footer line that states date, source, author or editor."""
    if not short(n, 90):
        return False
    if META_RE.match(n) or DATE_LINE_RE.match(n):
        return True
    if line is not None and BYLINE_LINE_RE.match(line.strip()):
        return True
    m = STAMP_RE.search(n)
    if m is None or "," in n:
        return False
    has_time = ":" in m.group(0) or m.group(2) is not None
    return (has_time or len(n) == len(m.group(0))) and len(n) - len(m.group(0)) <= 30


# An outlet's name: a few characters ending in what outlets are called.
OUTLET_RE = re.compile(
    r"[\u4e00-\u9fff]{2,10}(网|網|报|報|社|台|在线|在線|新闻|新聞|频道|頻道|客户端|客戶端|"
    r"发布|發布|融媒|杂志|雜誌|周刊|週刊)"
)


# --- chrome -------------------------------------------------------------------------------
CHROME_ANYWHERE = (
    "微信公众号",
    "官方微博",
    "app下载",
    "客户端下载",
    "下载客户端",
    "扫码关注",
    "扫码下载",
    "关注我们",
    "我要分享",
    "分享让更多人看到",
    "打印文章",
    "打印本页",
    "关闭窗口",
    "返回顶部",
    "收藏本文",
    "【打印】",
    "[打印]",
    "[列印]",
    "[关闭]",
    "网站地图",
    "联系我们",
    "关于我们",
    "隐私政策",
    "设为首页",
    "加入收藏",
    "无障碍浏览",
    "长者模式",
    "浏览次数",
    "阅读量",
    "点击数",
    "打开app",
    "阅读原文",
    "阅读全文",
    "展开全文",
    "点击上方",
    "长按识别",
    "长按二维码",
    "点个在看",
    "在手机打开",
    "我要纠错",
)
CHROME_START_RE = re.compile(
    r"^[\[【(]?(分享到|分享至|分享:|转寄|友善列印|回上页|回首页|上一篇|下一篇|上一条|下一条|上一页|下一页|扫一扫|返回.{0,8}首页$|"
    r"返回列表)"
)
_LONE = "返回 关注 举报 反馈 举报反馈 点赞 在看 分享 收藏 评论 广告 原创 更多 转发 打印 关闭 顶部 纠错 赞 推广 置顶 订阅 写评论 发表评论 我要评论 全文 推荐"  # noqa: E501
LONE_CHROME = frozenset(_LONE.split(" "))
# A pager: `上一页 1 2 3 下一页`, `共3页`, `首页 尾页`. The page numbers run together once
# spaces are gone (`123`), so a run of digits is taken whole: split into one-to-three-digit
# numbers in every possible way, a long run backtracked for minutes.
PAGER_RE = re.compile(r"^(?:上一页|下一页|首页|尾页|末页|共\d+页|第\d+页|\d++|[<>«»‹›\[\]])+$")
BREADCRUMB_RE = re.compile(
    r"^(您?当前的?位置|您现在的位置|当前位置|所在位置|位置):|首页(>>?|›|»|/|→|\|)"
)
FONT_RE = re.compile(
    r"字[体号级]:|^[【\[]?[大中小]字号?[】\]]?$"
    r"|大[】\]]?[【\[]?中[】\]]?[【\[]?小(】|\]|$)|小[】\]]?[【\[]?中[】\]]?[【\[]?大(】|\]|$)"
)
CREDIT_RE = re.compile(r"^\(?(\S{0,10}?(记者|通讯员|摄影|图))?[^\s,。]{2,5}摄\)?$")
IMAGE_RE = re.compile(r"^\S+\.(jpe?g|png|gif|webp|bmp|tiff?)$", re.I)
COUNTER_RE = re.compile(r"^\d{1,3}$")
FOOTER_RE = re.compile(
    r"icp[备证]|公网安备|网站标识码|版权所有|copyright|©|allrightsreserved|备案号|"
    r"^(网站)?(主办|承办|协办|主办单位|承办单位|技术支持|运营|运维)[::]"
)
CONTACT_RE = re.compile(r"^(地址|邮编|电话|联系电话|传真|邮箱|e-?mail)[:].*[\d@]")
_LETTERS_RE = re.compile(r"[^\w]|\d|_")


def is_chrome(n: str) -> bool:
    if COUNTER_RE.match(n) or IMAGE_RE.match(n) or BREADCRUMB_RE.search(n):
        return True
    if PAGER_RE.match(n) and "页" in n:
        return True
    if _LETTERS_RE.sub("", n) in LONE_CHROME:
        return True
    if CREDIT_RE.match(n) and not re.search(r"(拍|航|摄|所)摄\)?$", n):
        return True
    if short(n, 40) and (FONT_RE.search(n) or CHROME_START_RE.match(n)):
        return True
    if short(n, 150) and (FOOTER_RE.search(n) or CONTACT_RE.match(n)):
        return True
    return short(n, 40) and any(w in n for w in CHROME_ANYWHERE)


# --- tails and disclaimers ----------------------------------------------------------------
TAIL_RE = re.compile(
    r"^[【\[]?(相关新闻|相关推荐|推荐阅读|热门评论|相关阅读|延伸阅读|猜你喜欢|热点推荐|最新评论|"
    r"网友评论|相关文章|更多新闻|热门推荐|精彩推荐|为你推荐|往期推荐|往期回顾|精彩回顾|更多精彩|"
    r"相关链接|相关稿件|相关专题|热点新闻|热门文章|阅读排行|点击排行|今日推荐|编辑推荐|"
    r"大家都在看|发表评论|看了又看)[】\]]?(:.{0,40})?$"
)
DISCLAIMER_HEAD_RE = re.compile(r"^[【\[]?(免责声明|版权声明|法律声明)[】\]]?:?")
CLAUSE_RE = re.compile(r"^([①-⑳]|\(?\d{1,2}[).、.]|[一二三四五六七八九十]、)")
RIGHTS_RE = re.compile(r"版权|转载|本网|本站|稿件|侵权|授权|copyright|©|保留所有权利")
OPINION_RE = re.compile(
    r"仅代表作者(本人)?观点|不代表本(站|网|平台|报)的?(观点|立场)|信息发布传播服务|"
    r"如有侵权|联系(我们|本站|本网)删除|转载请注明|^本文来自"
)


def is_disclaimer(n: str) -> bool:
    if len(n) <= 120 and OPINION_RE.search(n):
        return True
    return short(n, 60) and bool(RIGHTS_RE.search(n)) and bool(re.search(r"所有|禁止|不得|未经", n))
