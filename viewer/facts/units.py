"""Measure words, units and approximation words shared by the quantity and money matchers.

The measure-word lexicon is jionlp's corpus statistics of words that follow numbers
(`quantifiers_stat.txt`, each with the share of its uses that are really measure words),
filtered and merged with a hand list of common measure words and SI / Chinese units. It is
read from the file directly, so jionlp itself is never imported. Everything here is in
simplified characters: matching runs on the simplified copy of the body.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

# Common measure words and units, simplified. Time words count durations (3年, 15分钟).
# 分 (points) and 起 (cases) also start other words or follow clock times: the quantity
# matcher checks their context.
_COMMON = """
人 人次 名 位 个 户 户次 家 所 座 栋 幢 间 套 处 项 类 种 样 条 道 批 批次 场 场次 轮
次 回 遍 趟 例 件 份 张 本 册 篇 部 台 辆 架 艘 台次 车次 架次 辆次 头 只 匹 羽 尾 棵
株 口 亩 公顷 平方米 平米 平方公里 平方千米 万平方米 立方米 立方 米 千米 公里 厘米 毫米
吨 公斤 千克 斤 克 千瓦 兆瓦 千瓦时 万千瓦 万千瓦时
度 堂 节 课时 学时 门 期 届 支 队 组 对 片 块 粒 颗
笔 宗 单 段 根 盒 箱 袋 瓶 桶 包 床 张床 个月 年 周 天 小时 个小时 分钟 秒 周岁 岁 倍 个百分点
百分点 % ‰ 趟次 班次 家次 校次 期次 轮次 课次 起 分 任
"""
# Words after a number that are not counts here: calendar and clock words (dates and times
# are their own kind), ranks and grades (第3, 二级), reduplications (个个, 年年).
_NOT_UNITS = {
    "月", "日", "号", "时", "点", "级", "楼", "星", "版", "代", "号线", "年代", "年级",
    "方", "首", "把", "些", "成", "股", "系列", "部", "户籍", "岗", "美金", "$", "￥",
    "G", "M", "m", "GB", "BP", "KG", "mm", "cm", "nm", "ml", "mg", "Hz", "Mbps", "°",
    "元", "元/平方米", "元／平方米",
}  # fmt: skip
# Money units are matched by the money module; a number before them is not a quantity.
MONEY_UNITS = ("元",)

APPROX_BEFORE = {
    "约": "about", "大约": "about", "约为": "about",
    "近": "less", "将近": "less", "接近": "less", "不到": "less", "不足": "less",
    "不少于": "atleast", "至少": "atleast", "不低于": "atleast",
    "超过": "more", "逾": "more", "超": "more", "多达": "more",
}  # fmt: skip
APPROX_AFTER = {
    "以上": "more", "多": "more", "余": "more", "左右": "about",
    "以下": "less", "以内": "less",
}  # fmt: skip
# Characters that, before 约 / 近 / 超, make one word with it (签约, 最近, 赶超): then it is
# not an approximation.
WORD_BEFORE = {
    "约": set("签合公契节制邀预履违特相誓婚条集简隐守失践协盟成租立草密订赴应毁解爽背缔续聘商之"),
    "近": set("最附靠临亲就邻走贴远遠将接"),
    "超": set("赶高"),
}
PRIORITY = {"more": 4, "atleast": 3, "less": 2, "about": 1, "exact": 0}

# Before a 约/近 approximation the tail of these words is fine (面积约, 共约).
RE_BEFORE = "|".join(sorted(map(re.escape, APPROX_BEFORE), key=len, reverse=True))


def _jionlp_quantifiers(min_share: float = 0.5) -> list[str]:
    """Measure words from jionlp's statistics, or [] when the package is missing."""
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "dictionary/quantifiers_stat.txt"
    words = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    for line in lines:
        parts = line.split("\t")
        if len(parts) == 3 and float(parts[2]) >= min_share:
            word = parts[0]
            if len(word) > 1 and word[0] == word[1]:
                continue  # reduplication: 个个, 年年
            words.append(word)
    return words


@lru_cache(maxsize=1)
def unit_words() -> tuple[str, ...]:
    """The measure-word lexicon, longest first (so 人次 wins over 人, 平方米 over 米)."""
    words = set(_COMMON.split()) | set(_jionlp_quantifiers())
    words -= _NOT_UNITS
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def unit_pattern() -> str:
    """A regex alternation of the lexicon."""
    return "|".join(re.escape(w) for w in unit_words())


def combine(*labels: str) -> str:
    """The approx label of several markers: 约2000余吨 is `more` (余 outranks 约)."""
    best = "exact"
    for label in labels:
        if label and PRIORITY[label] > PRIORITY[best]:
            best = label
    return best


def approx_before_ok(simplified: str, start: int, word: str) -> bool:
    """Whether the approximation word at `start` stands alone (not 签约, 最近, 赶超)."""
    last = word[-1] if len(word) == 1 else None
    if last is None or start == 0:
        return True
    return simplified[start - 1] not in WORD_BEFORE.get(last, ())
