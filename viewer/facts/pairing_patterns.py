"""Sentence patterns that state who helps or pairs with whom.

- A 与/同/和 B ... 协作 (合作, 结对, 共建, 帮扶, 携手, 签订...) within the clause;
- A 帮扶/对口支援/助力/携手/赠送 B (the helper before the verb, the helped right after);
- A、B、C 和 D “四方” 合作共建: every institution of the list with the place in it;
- “A 是我们村的结对共建村” ... B村 书记 说: "our village" is the speaker's unit;
- A 赴 B ... 就 县校合作: a visit made for a named kind of cooperation;
- funds and people sent: A 向 B 投入协作资金, A 选派教师到 B 支教 (see `pairing_support`).

A missing helper (a sentence that starts with the verb) is the party of the previous
pairing, or the party the article opens with.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from viewer.facts.pairing_clauses import (
    JOINT,
    RELATIONS,
    acts_for_itself,
    clause_end,
    clause_start,
    partners,
    programme_after,
    relation,
    sentence,
)
from viewer.facts.pairing_parties import Party, numbered_hospital, owner_level
from viewer.facts.pairing_support import (
    FUND_FOR_SITE,
    FUND_SUPPORT,
    POSTING,
    fund,
    fund_site,
    fund_support,
    posting,
)
from viewer.facts.spans import SpanIndex

_CONNECT = ("与", "同", "和", "跟")
_COOP = re.compile(
    r"协作|合作|携手|结对|共建|帮扶|对口|支援|援助|联系|沟通|对接|签订|签约|结成|医联体|医共体|托管"
)
# what may stand between a subject and 与 when the relation word comes later in the sentence
_BARE = re.compile(r"(?:还|也|已经|已|先后|将|正在|正|又|再|共同|首次|率先|同时|持续|积极|主动)*")
_HELP = re.compile(
    r"结对帮扶|对口帮扶|对口支援|定点帮扶|帮扶|支援|援建|援助|帮助|协助|助力|携手|赠送|捐赠|捐建|资助"
)
_VISIT = re.compile(r"赴|前往|来到|走进")
_LIST_COOP = re.compile(
    r"^[“\"]?[一二三四五六七八九两多]方[”\"]?(?:合作|共建|协作)|^(?:合作|共建|协作)"
)
_OUR_UNIT = re.compile(r"是(?:我们|我)(村|镇|乡|县|区|市|校)的[\u4e00-\u9fff]{0,6}?\1")
_SPEECH = re.compile(r"说|表示|介绍|谈到|感慨")


@dataclass(slots=True)
class RawPair:
    a: Party
    b: Party
    relation: str
    start: int
    end: int
    verb: str = ""  # the help verb when the text reads "a verb b"
    stated: bool = False  # b is the object of the help itself, not a party near it


class Reader:
    """Walks the sentences of one article, keeping the current helper as the topic."""

    def __init__(self, text: str, parties: list[Party]):
        self.text = text
        self.parties = parties
        self.by_start = {p.start: p for p in parties}
        self.order = {id(p): i for i, p in enumerate(parties)}
        self.by_end: dict[int, list[Party]] = {}
        for p in parties:
            self.by_end.setdefault(p.end, []).append(p)
        self.openers = [i for i, p in enumerate(parties) if self._opens_clause(p)]
        self.spans = SpanIndex((p.start, p.end) for p in parties)
        self.topic: Party | None = self._opening_party()
        self.pairs: list[RawPair] = []
        self.listed = SpanIndex(())

    def _opening_party(self) -> Party | None:
        """The party the prose opens with (a header line such as 教育部简报 is skipped)."""
        for p in self.parties[:6]:
            line_end = self.text.find("\n", p.start)
            line = self.text[p.start : line_end if line_end >= 0 else len(self.text)]
            if not set(line) & set("，,。"):
                continue
            lead = self.text[clause_start(self.text, p.start) : p.start]
            if len(lead) <= 6 and not _VISIT.search(lead) and not set(lead) & set("到在赴"):
                return p
        return None

    def party_at(self, i: int) -> Party | None:
        if self.text[i : i + 1] in ("了", "给"):
            i += 1
        return self.by_start.get(i)

    def subject(self, before: int, exclude: Party) -> Party | None:
        """The helper of a clause: nearest party in it, else one ending the previous clause,
        else the first party opening a clause of the sentence, else the topic."""
        cs = clause_start(self.text, before)
        ss, _ = sentence(self.text, before)
        # parties are in reading order: look only at those starting in the clause or sentence
        first = bisect_left(self.parties, cs, key=lambda p: p.start)
        for k in range(bisect_left(self.parties, before, key=lambda p: p.start) - 1, first - 1, -1):
            p = self.parties[k]
            if p.end <= before and p is not exclude:
                return p
        if cs > 0 and cs - 1 > ss:
            for p in self.by_end.get(cs - 1, ()):
                if p is not exclude:
                    return p
        starts = bisect_left(self.openers, ss, key=lambda i: self.parties[i].start)
        for j in range(starts, len(self.openers)):
            p = self.parties[self.openers[j]]
            if p.start >= before:
                break
            if p is not exclude:
                return p
        return self.topic if self.topic is not exclude else None

    def _opens_clause(self, p: Party) -> bool:
        """A party with at most a few characters (none of 到在赴向对) before it in its clause."""
        cs = clause_start(self.text, p.start)
        return p.start - cs <= 4 and not set(self.text[cs : p.start]) & set("到在赴向对")

    def add(
        self,
        a: Party | None,
        b: Party,
        rel: str,
        at: int,
        listed: bool = False,
        verb: str = "",
        stated: bool = False,
    ) -> None:
        """Record a pair; the span runs from the helper (when the sentence names it) to the
        end of the clause holding the partner, or to the partner itself when it is listed
        before others (each pair of a list keeps a span of its own). `verb` is the help verb
        standing between them, which states who helps."""
        if a is None or a is b:
            return
        a, b = self._owned(a), self._owned(b)
        text = self.text
        ss, se = sentence(text, at)
        inside = ss <= a.start < se and a.start < b.start
        start = a.start if inside else clause_start(text, min(at, b.start))
        end = max(b.end, at)
        if not listed:
            end = clause_end(text, end)
        while start < end and text[start] in " \u3000\t“”":
            start += 1
        self.pairs.append(RawPair(a, b, relation(text, ss, se, rel), start, end, verb, stated))
        self.topic = a

    def _owned(self, p: Party) -> Party:
        """A numbered hospital (市二医) belongs to the place the article speaks for."""
        t = self.topic
        if p.numbered and t is not None and t.is_place and t.level == owner_level(p):
            return replace(p, name=numbered_hospital(p, t))
        return p

    def run(self) -> list[RawPair]:
        """Every pattern, in reading order, so that the topic follows the text."""
        text = self.text
        events: list[tuple[int, int, object]] = []
        events += [(i, 0, self._connect) for i, ch in enumerate(text) if ch in _CONNECT]
        events += [(m.start(), 1, lambda m=m: self._help(m)) for m in _HELP.finditer(text)]
        events += [(m.start(), 2, lambda m=m: self._visit(m)) for m in _VISIT.finditer(text)]
        runs = self._list_runs()
        self.listed = SpanIndex((r[0].start, r[-1].end) for r in runs)
        events += [(r[0].start, 3, lambda r=r: self._list(r)) for r in runs]
        events += [(p.start, 4, lambda p=p: self._our_unit(p)) for p in self.parties]
        events += [(i, 5, lambda i=i: fund(self, i)) for i, ch in enumerate(text) if ch == "向"]
        events += [
            (m.start(), 6, lambda m=m: fund_site(self, m)) for m in FUND_FOR_SITE.finditer(text)
        ]
        events += [(m.start(), 7, lambda m=m: posting(self, m)) for m in POSTING.finditer(text)]
        events += [
            (m.start(), 8, lambda m=m: fund_support(self, m)) for m in FUND_SUPPORT.finditer(text)
        ]
        events.sort(key=lambda ev: (ev[0], ev[1]))
        for pos, kind, handler in events:
            if kind == 0:
                handler(pos)  # type: ignore[operator]
            else:
                handler()  # type: ignore[operator]
        return self.pairs

    def _help(self, m: re.Match[str]) -> None:
        b = self.party_at(m.end())
        if b is None:
            return
        text, at = self.text, m.start()
        a = self.subject(at, b)
        ss, _ = sentence(text, at)
        if a is not None and a.start < clause_start(text, at) and JOINT.search(text, ss, at):
            return  # 两地人社部门……，帮助X: both parties act together, nobody new is helped
        group = partners(text, self.parties, b, self._clause_end(b.end), self.order)
        for partner in group:
            last = partner is group[-1]
            self.add(a, partner, m.group(0), at, listed=not last, verb=m.group(0), stated=True)

    def _clause_end(self, i: int) -> int:
        return clause_end(self.text, i)

    def _visit(self, m: re.Match[str]) -> None:
        b = self.party_at(m.end())
        s, e = sentence(self.text, m.start())
        if b is not None and relation(self.text, s, e, "") in RELATIONS[:8]:
            self.add(self.subject(m.start(), b), b, "", m.start())

    def _connect(self, i: int) -> None:
        b = self.by_start.get(i + 1)
        if b is None or self.spans.strictly_holds(i):
            return
        if self.listed.holds(i):
            return  # a member of an enumerated partnership, paired by `_list`
        text = self.text
        clause_end = self._clause_end(i)
        group = partners(text, self.parties, b, clause_end, self.order)
        last = group[-1]
        a = self.subject(i, b)
        cs = clause_start(text, i)
        lead = text[a.end if a is not None and cs <= a.start < i else cs : i]
        coop = _COOP.search(text, last.end, clause_end)
        if coop is not None:
            word = coop.group(0)
        elif _BARE.fullmatch(lead):
            word = programme_after(text, self.parties, last.end, sentence(text, i)[1])
        else:
            word = ""
        if not word or not acts_for_itself(lead, text[last.end : last.end + 12], word):
            return
        for partner in group:
            self.add(a, partner, word, i, listed=partner is not group[-1])

    def _list_runs(self) -> list[list[Party]]:
        """Runs of three or more parties joined by 、/和/与 and followed by “N方”合作."""
        runs, i = [], 0
        while i < len(self.parties):
            run = [self.parties[i]]
            while i + len(run) < len(self.parties):
                nxt = self.parties[i + len(run)]
                if self.text[run[-1].end : nxt.start] not in ("、", "和", "与", "及", "以及"):
                    break
                run.append(nxt)
            tail = self.text[run[-1].end : run[-1].end + 10]
            if len(run) >= 3 and _LIST_COOP.search(tail):
                runs.append(run)
            i += len(run)
        return runs

    def _list(self, run: list[Party]) -> None:
        """A、B、C和D“四方”合作共建: each institution with the place of the list."""
        places = [p for p in run if p.is_place]
        for q in places:
            for p in run:
                if not p.is_place:
                    self.add(p, q, "合作共建", run[0].start)
        if places:
            self.topic = places[0]

    def _our_unit(self, p: Party) -> None:
        """“A是我们村的结对共建村……”B村党支部书记说: A pairs with the speaker's unit."""
        if not _OUR_UNIT.match(self.text, p.end):
            return
        close = self.text.find("”", p.end)
        if close < 0:
            return
        said = _SPEECH.search(self.text, close, close + 80)
        limit = said.start() if said else close + 40
        k = bisect_right(self.parties, close, key=lambda q: q.start)
        speaker = self.parties[k] if k < len(self.parties) else None
        if speaker is not None and speaker.start < limit:
            rel = relation(self.text, p.end, close, "结对")
            self.add(p, speaker, rel, p.start)
