"""Protected names: an article's people, organizations and places keep what the data
cannot decide, in every mode, with spans and offsets still lined up."""

from __future__ import annotations

from viewer.gui.models.presented import present
from viewer.model import Article, Fact, Script
from viewer.script import convert, convert_with_map
from viewer.script_protect import (
    article_converter,
    names_config,
    names_of,
    occurrences,
    protected_form,
)

TRAD = (Script.HANT, Script.TW, Script.HK)


def _article(body: str, names: dict[str, str], script: str = "hans", title: str = "") -> Article:
    facts = [
        Fact(kind, text, body.index(text), body.index(text) + len(text))
        for text, kind in names.items()
    ]
    return Article(file="t.txt", body=body, title=title or None, script=script, facts=facts)


def test_stock_gets_the_examples_wrong() -> None:
    # The reason for protection: without names OpenCC guesses the default.
    assert convert("余华", Script.HANT) == "餘華"
    assert convert("徐乾學", Script.HANS) == "徐干学"


def test_surname_kept_in_every_mode() -> None:
    a = _article("作家余华说，其余的人都到了。", {"余华": "person"})
    for mode in TRAD:
        p = present("x", a, mode)
        assert p.body[:4] == "作家余華"  # HK writes 説 where the others write 說
        assert "其餘" in p.body  # the same character outside the name is converted as usual
        assert p.fact_text(0) == "余華"
    assert present("x", a, Script.HANS).body == a.body
    assert present("x", a, Script.ORIGINAL).body == a.body


def test_traditional_name_to_simplified() -> None:
    a = _article("清代學者徐乾學編書，天氣乾燥。", {"徐乾學": "person"}, script="hant")
    p = present("x", a, Script.HANS)
    assert p.body == "清代学者徐乾学编书，天气干燥。"
    assert p.fact_text(0) == "徐乾学"
    for mode in TRAD:
        assert "徐乾學" in present("x", a, mode).body


def test_phrases_still_decide_inside_names() -> None:
    # OpenCC's phrase dictionary knows these place names: protection must not undo that.
    assert protected_form("云南", "s2t") == "雲南"
    assert protected_form("余姚", "s2t") == "餘姚"
    assert protected_form("台湾", "s2t") == "臺灣"
    assert protected_form("乡村干部报", "s2t") == "鄉村幹部報"
    # A one-to-many character that is not one of its own candidates converts as usual.
    assert protected_form("发展改革委员会", "s2t") == "發展改革委員會"


def test_names_in_the_title_and_every_occurrence() -> None:
    body = "余华在云南。后来，余华回到北京。"
    a = _article(body, {"余华": "person", "云南": "place"}, title="余华谈写作")
    p = present("x", a, Script.HANT)
    assert p.title == "余華談寫作"
    assert p.body == "余華在雲南。後來，余華回到北京。"
    assert p.protected == ((0, 2), (3, 5), (9, 11))  # every name, in the shown body
    assert p.protected[2][0] == body.index("余华", 3)


def test_spans_line_up_with_nested_and_cut_names() -> None:
    body = "武汉大学与余华合作，余华工作室成立。"
    facts = [
        Fact("organization", "武汉大学", 0, 4),
        Fact("place", "武汉", 0, 2),
        Fact("person", "余华", 5, 7),
        Fact("organization", "余华工作室", 10, 15),
        Fact("quantity", "余华工", 10, 13),  # a cut inside a protected name
    ]
    a = Article(file="t.txt", body=body, facts=facts)
    for mode in TRAD:
        p = present("x", a, mode)
        assert len(p.body) == len(body)
        assert [p.fact_text(i) for i in range(len(facts))][:4] == [
            "武漢大學",
            "武漢",
            "余華",
            "余華工作室",
        ]
        assert p.smap.to_original(12) == 12


def test_names_of_keeps_people_organizations_places_of_two_characters_or_more() -> None:
    facts = [Fact("person", "李四", 0, 2), Fact("place", "京", 3, 4), Fact("money", "3万元", 7, 10)]
    assert names_of(facts) == ("李四",)


def test_occurrences_longest_first_without_overlap() -> None:
    assert occurrences("武汉大学在武汉", ("武汉大学", "武汉")) == [(0, 4), (5, 7)]


def test_article_converter_built_once_and_holds_the_names() -> None:
    first = article_converter(("余华", "云南"), "s2t")
    assert article_converter(("余华", "云南"), "s2t") is first
    assert first.forms == {"余华": "余華", "云南": "雲南"}
    assert first.convert("余华") == "余華"


def test_names_config_keeps_characters_after_the_phrases() -> None:
    group = names_config("s2t")["conversion_chain"][0]["dict"]["dicts"]
    kinds = [node["type"] for node in group]
    assert kinds.index("inline") == len(group) - 2  # between phrases and characters
    entries = group[-2]["entries"]
    assert entries["余"] == "余" and entries["干"] == "干"
    assert "发" not in entries  # 发 is not one of its own candidates (發, 髮)


def test_without_names_conversion_is_stock() -> None:
    assert convert_with_map("余华说", Script.HANT)[0] == "餘華說"
    out, _ = convert_with_map("余华说", Script.HANT, names=("余华",))
    assert out == "余華說"


def test_taiwan_phrase_mode_keeps_names_too() -> None:
    out, _ = convert_with_map("作家余华的U盘被发明了", Script.TW, phrases=True, names=("余华",))
    assert out.startswith("作家余華") and "隨身碟" in out and "髮" not in out


def test_a_config_that_cannot_be_built_falls_back_to_stock(monkeypatch) -> None:
    from viewer import script_protect

    def refuse(config: dict) -> None:
        raise OSError("no temporary folder")

    monkeypatch.setattr(script_protect, "build", refuse)
    assert script_protect.display_converter("s2t").convert("余华") == "餘華"
    conv = script_protect.ArticleConverter("s2t", {"余华": "余華"})
    assert conv.forms == {} and conv.convert("余华") == "余华"
