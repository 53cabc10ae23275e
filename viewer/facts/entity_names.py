"""Lexicons for personal names that have no Han surname: Yi, Tibetan and Mongolian names.

Yi names are a two-character clan name and a given name (吉克 + 曲布); Tibetan and Mongolian
names are two or three usual parts without a surname (次仁 + 卓嘎, 巴特 + 尔). These are general
word lists of name parts, never the names of particular people. All entries are simplified.
"""

from __future__ import annotations

from viewer.facts.entity_words import TRANSLIT_CHARS, split_words

# Frequent Yi clan names, written first.
YI_SURNAMES = frozenset(
    split_words(
        "吉克 阿苏 沙马 俄木 吉伍 马海 阿尔 勒尔 海来 曲比 阿吉 拉马 木乃 吉地 日火 俄底 吉木 "
        "阿的 瓦扎 比尔 俄地 史日 加拉 苏呷 阿西 阿约 吉觉 吉列 木呷 的日 阿说 果基 罗洪 巴莫 "
        "莫色 吉尔 阿力 俄洛 倮伍 马黑 吉史 阿侯 阿牛 勒格 沙玛 吉牛 俄其 木尔 阿且 吉则 补约"
    )
)
# Tibetan name parts beyond those in entity_words.MINORITY_NAME_PARTS (spelling variants too).
TIBETAN_PARTS = split_words(
    "泽仁 泽旺 泽让 江村 坚参 洛松 罗松 仁增 多布杰 曲吉 曲措 拉措 卓拉 央拉 次央 德央 "
    "巴珠 土登 登巴 单增 顿旦 朗杰 吉措 旦巴 桑珠 加央 扎巴 扎桑 贡觉 白珍 玉珍 仓决 群宗"
)
# Characters of transcribed names written without a dot (朝格图, 额尔德木图): those used for
# Uyghur and foreign names plus a few more frequent in Mongolian and Tibetan names.
RUN_CHARS = TRANSLIT_CHARS | frozenset("额图勒楞嘎噶其木格日娜琪旺姆措珠杰增")
RUN_MIN, RUN_MAX = 3, 6
