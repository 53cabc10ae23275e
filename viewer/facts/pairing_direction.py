"""Which side of a pairing helps and which is helped, or that the text does not say.

The first rule that decides wins:

1. Role words written in front of a party: 受援地/受援县 mark the helped side, 支援地/援方/
   帮扶方 the helper.
2. A help verb between the two (X 帮扶/支援/援助/定点帮扶/援建/捐赠/赠送 Y): X helps Y.
3. A relation (or a statement) of help, not mere cooperation, decided by where the
   parties are:
   - a party outside Xinjiang, Tibet or Qinghai helps one inside (援疆/援藏/援青);
   - an eastern province or municipality helps a party elsewhere (东西部协作, 对口支援);
   - a ministry, enterprise, university or central body helps a county or village
     (定点帮扶, 校地合作, 县校合作);
   - an institution named without a place (a national body) helps a local one;
   - a wider jurisdiction helps a narrower one (a city's hospital and a county's).
4. Otherwise the pair is symmetric cooperation (结对共建, 友好合作, 医联体): the sides
   follow reading order and `directed` is false.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.facts.pairing_parties import Party
from viewer.facts.place_lexicon import COUNTY, Lexicon

# help, as opposed to cooperation between equals
HELP_RELATION = re.compile(
    r"帮扶|支援|援[助建疆藏青]|捐|赠|资助|帮助|协助|助力|东西部协作|对口|定点|县校|校地|校县|院地"
    # an east-west programme named by its two provinces' abbreviations (京蒙协作, 闽宁协作)
    r"|[京津沪苏浙闽鲁粤辽][蒙宁滇桂陕川渝甘黔青藏疆新吉黑冀晋豫鄂湘赣皖琼](?:扶贫)?协作"
)
# a help verb read as "X verb Y" states the direction itself; 携手 does not
_SYMMETRIC_VERB = re.compile(r"^(?:携手|结对|共建|合作|协作)$")
# programmes in which an institution serves a place
_INSTITUTION_SERVES = re.compile(r"定点|县校|校地|校县|院地")
_UNIVERSITY = re.compile(r"大学|学院|研究院|科学院")
# the regions that receive 援疆, 援藏, 援青 support
FRONTIER = frozenset({"新疆维吾尔自治区", "西藏自治区", "青海省"})
# the eastern provinces and municipalities that give east-west support
EAST = frozenset(
    {
        "北京市",
        "天津市",
        "上海市",
        "江苏省",
        "浙江省",
        "福建省",
        "山东省",
        "广东省",
        "辽宁省",
    }
)
# role words: how far in front of a party they may stand (inside its clause)
_HELPED_MARK = re.compile(r"受援(?:地|方|县|市|区|州|省|村|单位|医院|学校)?的?$")
_HELPER_MARK = re.compile(r"(?:支援|援助|帮扶|派出)(?:地|方|单位|省市|城市)的?$|(?<!受)援方的?$")
_MARK_WINDOW = 6
_CLAUSE_STOP = set("，,。；;：:！？!?\n")


@dataclass(frozen=True, slots=True)
class Where:
    """What direction needs to know of one side: its province, its administrative level
    (None when it has no place), whether it is a jurisdiction, a university."""

    province: str | None
    level: int | None
    jurisdiction: bool
    university: bool


def where(lex: Lexicon, party: Party, region: int, jurisdiction: bool, seat: int) -> Where:
    """A side's place: the region of a jurisdiction, or the seat an institution's name opens
    with (a village without a resolved region falls back on the chain written before it)."""
    rid = region if jurisdiction else seat
    level = party.level if party.is_place and jurisdiction else None
    if rid < 0 and party.is_place:
        known = [o for o in party.outer if o[1] >= 0]
        rid = known[-1][1] if known else -1
    province = lex.regions[lex.regions[rid][4]][0] if rid >= 0 else None
    if level is None and rid >= 0:
        level = lex.regions[rid][3]
    uni = not jurisdiction and bool(_UNIVERSITY.search(party.name))
    return Where(province, level, jurisdiction, uni)


def mark(text: str, party: Party) -> int:
    """+1 when a role word in front of the party names it the helper, -1 the helped, 0."""
    start = party.start
    left = start
    while left > 0 and start - left < _MARK_WINDOW and text[left - 1] not in _CLAUSE_STOP:
        left -= 1
    before = text[left:start]
    if _HELPED_MARK.search(before):
        return -1
    if _HELPER_MARK.search(before):
        return 1
    return 0


def helper_first(
    text: str,
    parties: tuple[Party, Party],
    sides: tuple[Where, Where],
    relation: str,
    statement: str = "",
    verb: str = "",
) -> bool | None:
    """True when the first side helps the second, False when the second helps the first,
    None when neither the text nor the relation says so. `statement` is the clause that
    states the pair: a help word in it (结成帮扶对子) makes the pair one of help even when
    the sentence's relation is another (医联体)."""
    a, b = parties
    marks = mark(text, a) - mark(text, b)
    if marks:
        return marks > 0
    if verb and not _SYMMETRIC_VERB.match(verb):
        return True
    if not (HELP_RELATION.search(relation) or HELP_RELATION.search(statement)):
        return None
    for rule in (_frontier, _east, _institution, _unplaced, _wider):
        found = rule(sides[0], sides[1], relation)
        if found is not None:
            return found
    return None


def _one_of(x: bool, y: bool) -> bool | None:
    """x helps when only x holds, y when only y holds, undecided otherwise."""
    return x if x != y else None


def _frontier(x: Where, y: Where, relation: str) -> bool | None:
    if x.province is None or y.province is None:
        return None
    return _one_of(y.province in FRONTIER, x.province in FRONTIER)


def _east(x: Where, y: Where, relation: str) -> bool | None:
    if x.province is None or y.province is None:
        return None
    return _one_of(x.province in EAST, y.province in EAST)


def _institution(x: Where, y: Where, relation: str) -> bool | None:
    """定点帮扶, 县校合作: the institution (a university first) serves the jurisdiction."""
    if not _INSTITUTION_SERVES.search(relation):
        return None
    found = _one_of(x.university, y.university)
    if found is not None and (x.jurisdiction or y.jurisdiction):
        return found
    return _one_of(not x.jurisdiction, not y.jurisdiction)


def _unplaced(x: Where, y: Where, relation: str) -> bool | None:
    """A national body or enterprise (no place in its name) helps a local party."""
    local = COUNTY
    x_helps = x.level is None and not x.jurisdiction and y.level is not None and y.level >= local
    y_helps = y.level is None and not y.jurisdiction and x.level is not None and x.level >= local
    return _one_of(x_helps, y_helps)


def _wider(x: Where, y: Where, relation: str) -> bool | None:
    if x.level is None or y.level is None or x.level == y.level:
        return None
    return x.level < y.level
