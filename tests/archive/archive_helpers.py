"""Articles for archive tests, built directly from the model (never through the pipeline,
whose output changes as cleaning and extraction improve)."""

from __future__ import annotations

from viewer.model import Article, Fact


def make_article(
    body: str,
    *,
    title: str | None = "标题",
    published: str | None = "2023-04-14",
    source: str | None = "乡村干部报",
    raw: str | None = None,
    province: str | None = None,
    script: str = "hans",
) -> Article:
    """An article whose raw original is derived from the body (so distinct bodies differ)."""
    facts = [Fact("quantity", body[:2], 0, 2, {"value": 12, "unit": "人", "approx": "exact"})]
    if province:
        facts.append(
            Fact(
                "place",
                body[-2:],
                len(body) - 2,
                len(body),
                {"province": province, "city": "某市", "adcode": "140427"},
            )
        )
    return Article(
        file="f.txt",
        body=body,
        raw=raw if raw is not None else f"<p>{body}</p>",
        title=title,
        published=published,
        source=source,
        script=script,
        authors=("谢令",),
        editor="车婧",
        warnings=("1 garbled run",),
        removed={"pinyin": 3},
        facts=tuple(facts),
    )
