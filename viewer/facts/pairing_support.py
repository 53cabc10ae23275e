"""Help stated by what one party sends another: funds and people.

- Funds: `A 向 B 投入/安排/拨付/下达 协作资金` (帮扶资金, 援疆资金, 财政援助资金): A helps B.
  `A 安排援疆资金……，在 B 实施项目`: the place after 在 in the same sentence is helped.
  `A 投入资金……支持 B`: money given in support of a named party.
- People: `A 选派/派出/派驻 ……到/赴 B 支教/支医/挂职/帮扶` and `A 向 B 选派专家`: A helps B.

Ordinary money or travel (`向银行申请贷款`, `选派干部到北京学习`) names no help.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from viewer.facts.pairing_clauses import clause_start, sentence

if TYPE_CHECKING:
    from viewer.facts.pairing_parties import Party
    from viewer.facts.pairing_patterns import Reader

_HAN = "\u4e00-\u9fff"
_FUND_KIND = r"(?:协作|帮扶|扶贫|援[疆藏青蒙][^，。；]{0,2}?|财政援助|援助)资金"
_GIVE = r"(?:投入|安排|拨付|下达|投放)"
# right after the helped party: 累计投入无偿帮扶资金 (a few words may stand between)
_FUND_AFTER = re.compile(rf"[{_HAN}]{{0,4}}?{_GIVE}[^，。；]{{0,8}}?{_FUND_KIND}")
# 安排援疆资金……，在 B 实施: the programme's own funds, spent at a named place
FUND_FOR_SITE = re.compile(rf"{_GIVE}援[疆藏青蒙][{_HAN}]{{0,2}}?资金")
# 投入资金8600万元支持某县: the party right after the support verb is helped
FUND_SUPPORT = re.compile(rf"{_GIVE}[^，。；]{{0,6}}?资金[^，。；]{{0,14}}?(?:支持|帮助|援助)")
# right after the helped party: 今年已选派医疗专家 (people sent to it to help)
_POST_AFTER = re.compile(
    rf"[{_HAN}]{{0,4}}?(?:选派|派出|派驻|选调)[^，。；]{{0,6}}?"
    r"(?:专家|干部|教师|医生|医护|人才|队员|工作队)"
)
_STUDY = re.compile(r"[^，。；]*?(?:学习|培训|进修|考察|参观|交流)")
_SITE_WORK = re.compile(rf"[{_HAN}]{{0,6}}?(?:实施|建设|援建|新建|打造)")
_SITE_SPAN = 80
POSTING = re.compile(r"(?:选派|派出|派驻|选调)[^，。；]{0,24}?(?:到|赴)")
_POST_WORK = re.compile(rf"[{_HAN}]{{0,2}}?(?:支教|支医|挂职|帮扶|援教|援医)")


def fund(reader: Reader, i: int) -> None:
    """`向` at `i`: the party after it is helped when funds of a programme or people sent to
    help follow."""
    b = reader.by_start.get(i + 1)
    if b is None:
        return
    if _FUND_AFTER.match(reader.text, b.end):
        reader.add(_sender(reader, i, b), b, "", i, verb="投入", stated=True)
    elif (post := _POST_AFTER.match(reader.text, b.end)) and not _STUDY.match(
        reader.text, post.end()
    ):
        reader.add(_sender(reader, i, b), b, "", i, verb="选派", stated=True)


def fund_support(reader: Reader, m: re.Match[str]) -> None:
    """`A 投入资金……支持 B`: A helps the party its money supports."""
    b = reader.by_start.get(m.end())
    if b is not None:
        reader.add(_sender(reader, m.start(), b), b, "", m.start(), verb="投入", stated=True)


def fund_site(reader: Reader, m: re.Match[str]) -> None:
    """`A 安排援藏资金……，在 B 实施项目`: A helps the place the funds are spent in."""
    text = reader.text
    _, se = sentence(text, m.start())
    at = text.find("在", m.end(), min(se, m.end() + _SITE_SPAN))
    while at >= 0:
        b = reader.by_start.get(at + 1)
        if b is not None and b.is_place and _SITE_WORK.match(text, b.end):
            a = _sender(reader, m.start(), b)
            reader.add(a, b, "", m.start(), verb="安排", stated=True)
            return
        at = text.find("在", at + 1, min(se, m.end() + _SITE_SPAN))


def posting(reader: Reader, m: re.Match[str]) -> None:
    """`A 选派教师……到 B 支教`: A helps B; people sent to study or visit help nobody."""
    b = reader.by_start.get(m.end())
    if b is None or not _POST_WORK.match(reader.text, b.end):
        return
    reader.add(_sender(reader, m.start(), b), b, "", m.start(), verb="选派", stated=True)


def _sender(reader: Reader, at: int, b: Party) -> Party | None:
    """The party written in the clause before `at`, else the one opening the clause before,
    else the helper of the pairing just read (上海市第五人民医院与元阳县人民医院结成帮扶对子，
    先后选派专家到元阳县帮扶)."""
    a = reader.subject(at, b)
    if a is not None and clause_start(reader.text, at) <= a.start < at:
        return a
    # 某集团向医院捐赠设备，并选派干部到某县挂职: the party opening the previous clause of the
    # same sentence sends them
    cs = clause_start(reader.text, at)
    ss, _ = sentence(reader.text, at)
    if cs - 1 > ss:
        ps = clause_start(reader.text, cs - 1)
        for k in reader.openers:
            p = reader.parties[k]
            if ps <= p.start < cs and p is not b:
                return p
    return reader.topic if reader.topic is not b else None
