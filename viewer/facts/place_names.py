"""Name forms: look-alike folding and the stems that let re-graded towns and villages match.

Towns are re-graded and renamed often (李家乡 -> 李家镇, 小孟社区服务中心 -> 小孟街道), villages
become communities (X村 -> X社区); comparing stems keeps the table useful across those changes.
"""

from __future__ import annotations

import re
import unicodedata

from viewer.facts.normalize import RADICAL_LOOKALIKES


def _fold_table() -> dict[int, str]:
    table = {ord(k): v for k, v in RADICAL_LOOKALIKES.items()}
    for lo, hi in ((0x2F00, 0x2FD6), (0xF900, 0xFB00), (0xFF01, 0xFF5F)):
        for cp in range(lo, hi):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = folded
    return table


FOLD = _fold_table()

TOWN_SUFFIXES = ("社区服务中心", "街道办事处", "地区办事处", "办事处", "街道", "苏木", "镇", "乡")
VILLAGE_SUFFIXES = ("村民委员会", "居民委员会", "村委会", "居委会", "社区", "嘎查", "村")


def town_stem(name: str) -> str:
    """`李家镇`, `李家乡` and `李家街道` share a stem: towns are often re-graded or renamed."""
    for suffix in TOWN_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            # ethnic townships: 孟关苗族布依族乡 -> 孟关
            while stem.endswith("族") and len(stem) > 3:
                cut = _ethnic_cut(stem)
                if cut is None:
                    break
                stem = cut
            return stem
    return name


def _ethnic_cut(stem: str) -> str | None:
    for n in (5, 4, 3, 2):  # 柯尔克孜族 / 蒙古族 / 布依族 / 苗族 ...
        if len(stem) > n + 1 and stem.endswith("族"):
            head = stem[:-n]
            if len(head) >= 2 and stem[-n:] in _ETHNIC:
                return head
    return None


_ETHNIC = frozenset(
    re.findall(
        r"\S+",
        "蒙古族 回族 藏族 维吾尔族 苗族 彝族 壮族 布依族 朝鲜族 满族 侗族 "
        "瑶族 白族 土家族 哈尼族 哈萨克族 傣族 黎族 傈僳族 佤族 畲族 拉祜族 "
        "水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 "
        "撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 塔吉克族 怒族 乌孜别克族 "
        "俄罗斯族 鄂温克族 德昂族 保安族 裕固族 京族 塔塔尔族 独龙族 鄂伦春族 "
        "赫哲族 门巴族 珞巴族 基诺族",
    )
)


def village_stem(name: str) -> str:
    for suffix in VILLAGE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name
