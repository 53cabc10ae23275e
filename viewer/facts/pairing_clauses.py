"""Clause tests that decide whether a 与-sentence or a help verb really pairs two parties.

- One party with several partners: `包河区还与六安市金寨县、安庆市岳西县建立结对协作关系`
  pairs each member of the list; `东莞市长安镇、虎门镇等6个镇街` is a group of the city's
  towns and stands for the city.
- Who acts: `工厂还与宁夏大学合作` (a firm), `3家企业分别与广州、深圳的采购商签订` (counted
  groups on both sides) are no regional pairings. A jurisdiction's own units acting under a
  pairing word stay with it (`包河区已有27个社区、企业与临泉县的村开展结对共建`).
- A programme word later in the sentence: `西青区与泽库县围绕……，累计投入援青资金`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from viewer.facts.pairing_parties import Party
from viewer.facts.place_lexicon import COUNTY

_JOINS = ("、", "和", "及", "与", "以及")
_NUM = r"[0-9一二两三四五六七八九十几数多]"
COUNTED = re.compile(rf"{_NUM}{{1,12}}(?:家|所|个|名|位|批|支)")
_GROUP_AFTER = re.compile(rf"等{_NUM}+个(?:镇街|乡镇|镇|乡|街道|街|村|社区|嘎查)")
# words that tie two parties in a programme, as opposed to any business deal or contact
PAIRING_WORD = re.compile(
    r"结对|帮扶|对口|支援|援建|援助|共建|协作|医联体|医共体|托管|组团|援[青藏疆蒙]"
)
# somebody other than the party acts: a firm, a shop, people
_OTHER_ACTOR = re.compile(
    r"企业|公司|工厂|厂|合作社|超市|采购商|商户|客商|专家|教授|师生|学生|群众|农户|村民|牧民"
)
_THING_AFTER = re.compile(
    rf"的?(?:{_NUM}{{1,12}}(?:|所|个|名|位)|一家|[^，。；]{{0,6}}?(?:采购商|超市))"
)
# joint subjects: the two parties of the pairing already under way
JOINT = re.compile(r"两地|双方|两县|两区|两市|两村|两校|两院|两家")
PROGRAMME = re.compile(
    r"援青|援藏|援疆|援蒙|对口支援|对口帮扶|东西部协作|结对|协作资金|帮扶资金|援助资金"
)


def partners(
    text: str, parties: list[Party], first: Party, limit: int, order: dict[int, int]
) -> list[Party]:
    """`first` and the parties listed after it (、/和/及) before `limit`, as paired;
    `order` maps id(party) to its index in `parties`."""
    out = [first]
    i = order[id(first)] + 1
    while i < len(parties):
        nxt = parties[i]
        if nxt.start >= limit or text[out[-1].end : nxt.start] not in _JOINS:
            break
        if nxt.is_place != first.is_place:
            break
        if text[nxt.end : nxt.end + 1] in ("与", "同", "跟"):
            break  # A与B、C与D: C opens the next pair
        if not nxt.is_place and nxt.home < 0 and first.home >= 0:
            # 罗甸县中医院、妇幼保健院: the county written once holds the whole list
            nxt = replace(nxt, home=first.home, seat=first.home)
        out.append(nxt)
        i += 1
    if _GROUP_AFTER.match(text, out[-1].end):
        out = _as_jurisdictions(out)
    return out


def _as_jurisdictions(members: list[Party]) -> list[Party]:
    """Towns listed as a group (长安镇、虎门镇等6个镇街) stand for the county or city
    written in front of them."""
    out: list[Party] = []
    for p in members:
        wider = [o for o in p.outer if o[2] <= COUNTY and o[1] >= 0]
        if p.is_place and p.level > COUNTY and wider:
            name, region, level = wider[-1]
            p = replace(p, name=name, region=region, level=level, outer=())
        if all(q.name != p.name for q in out):
            out.append(p)
    return out


def acts_for_itself(lead: str, tail: str, word: str) -> bool:
    """Whether the party before 与 and the one after it are the ones that cooperate.

    `lead` is the text between the subject (or the clause start) and 与, `tail` the text
    right after the last partner, `word` the relation word of the clause."""
    counted = COUNTED.search(lead)
    if counted and ("分别" in lead or _THING_AFTER.match(tail)):
        return False  # groups paired with groups: no named party on either side
    if PAIRING_WORD.search(word):
        return True
    return not (counted or _OTHER_ACTOR.search(lead) or _THING_AFTER.match(tail))


def programme_after(text: str, parties: list[Party], after: int, sentence_end: int) -> str:
    """A programme word later in the sentence with no other party before it, or ''."""
    m = PROGRAMME.search(text, after, sentence_end)
    if m is None:
        return ""
    k = bisect_left(parties, after, key=lambda p: p.start)  # parties are in reading order
    if k < len(parties) and parties[k].start < m.start():
        return ""
    return m.group(0)


# Sentences, clauses and the relation a sentence names (shared by the sentence patterns).
SENTENCE_END = set("。！？!?；;\n")
CLAUSE_END = SENTENCE_END | set("，,：:")
# most specific first; the first eight are named kinds of cooperation a visit can be made for
RELATIONS = (
    "东西部协作",
    "对口支援",
    "对口帮扶",
    "定点帮扶",
    "结对共建",
    "结对帮扶",
    "组团式帮扶",
    "县校合作",
    "校地合作",
    "党建协作",
    "联系协作",
    "合作共建",
    "对口协作",
    "对口合作",
    "援疆",
    "援藏",
    "援青",
    "医联体",
    "医共体",
    "协作",
    "合作",
    "帮扶",
    "共建",
    "携手",
    "结对",
    "支援",
)


@lru_cache(maxsize=4)
def _marks(text: str) -> tuple[list[int], list[int], dict[str, list[int]]]:
    """Where the sentence marks, the clause marks and each relation word are in `text`:
    found once, so that a long sentence is not scanned again for every word in it."""
    sentence_marks = [k for k, ch in enumerate(text) if ch in SENTENCE_END]
    clause_marks = [k for k, ch in enumerate(text) if ch in CLAUSE_END]
    words: dict[str, list[int]] = {}
    for rel in RELATIONS:
        at, found = text.find(rel), []
        while at >= 0:
            found.append(at)
            at = text.find(rel, at + 1)
        words[rel] = found
    return sentence_marks, clause_marks, words


def sentence(text: str, i: int) -> tuple[int, int]:
    """Start and end (after its final mark) of the sentence holding position `i`."""
    marks = _marks(text)[0]
    k = bisect_left(marks, i)
    s = marks[k - 1] + 1 if k > 0 else 0
    e = marks[k] if k < len(marks) else len(text)
    return s, min(len(text), e + 1)


def clause_start(text: str, i: int) -> int:
    marks = _marks(text)[1]
    k = bisect_left(marks, i)
    return marks[k - 1] + 1 if k > 0 else 0


def clause_end(text: str, i: int) -> int:
    """The first clause mark at or after `i`, or the end of the text."""
    marks = _marks(text)[1]
    k = bisect_left(marks, i)
    return marks[k] if k < len(marks) else len(text)


def relation(text: str, s: int, e: int, fallback: str) -> str:
    """The most specific relation word in text[s:e], else `fallback`."""
    words = _marks(text)[2]
    for rel in RELATIONS:
        found = words[rel]
        k = bisect_left(found, s)
        if k < len(found) and found[k] + len(rel) <= e:
            return rel
    return fallback
