"""The bundled archive holds exactly what today's pipeline makes of data/raw: a change to
cleaning or extraction without `archive-viewer build data/raw -o data/archive.sqlite` fails
here, even when nobody remembered to bump the pipeline version."""

from __future__ import annotations

from tests.conftest import RAW_DIR, ROOT
from viewer.archive import Archive
from viewer.pipeline import process


def test_bundled_articles_are_what_the_pipeline_makes_now() -> None:
    with Archive.open(ROOT / "data" / "archive.sqlite", readonly=True) as archive:
        stored = {}
        for summary in archive.summaries(archive.article_ids()):
            got = archive.get_article(summary.id)
            assert got is not None
            stored[got.article.file.rsplit("/", 1)[-1]] = got.article
    raw_files = sorted(RAW_DIR.glob("*.txt"))
    assert sorted(stored) == [p.name for p in raw_files]
    for path in raw_files:
        fresh = process(path.read_bytes(), str(path))
        old = stored[path.name]
        assert (old.title, old.published, old.source, old.authors) == (
            fresh.title,
            fresh.published,
            fresh.source,
            fresh.authors,
        ), path.name
        assert old.body == fresh.body, path.name
        assert [f.to_json() for f in old.facts] == [f.to_json() for f in fresh.facts], path.name
