"""A writer killed in the middle of an import leaves a sound archive with every article
committed before the kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.archive import Archive

CHILD = """
import sys
from viewer.archive import Archive
from viewer.model import Article, Fact

with Archive.open(sys.argv[1], create=True) as arc:
    for i in range(100000):
        body = f"第{i}篇：协作文章的正文。" * 40
        fact = Fact("quantity", str(i), 1, 1 + len(str(i)), {"value": i})
        batch = [(Article(file=f"{i}.txt", body=body, raw=f"raw {i}", facts=(fact,)), f"{i}.txt")]
        arc.add_articles(batch)
        print(i, flush=True)
"""


@pytest.mark.slow
def test_kill_mid_import_keeps_earlier_articles(tmp_path: Path):
    path = tmp_path / "a.sqlite"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True
    )
    committed = -1
    try:
        assert child.stdout is not None
        for line in child.stdout:
            committed = int(line)
            if committed >= 150:
                break
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert committed >= 150 and child.returncode == -signal.SIGKILL
    with Archive.open(path) as arc:
        assert arc.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check = "INSERT INTO articles_search(articles_search) VALUES ('integrity-check')"
        assert arc.db.execute(check).fetchall() == []
        count = arc.article_count()
        assert count >= committed + 1
        bodies = {arc.get_article(i).article.body for i in arc.article_ids()}
        for i in range(committed + 1):
            assert f"第{i}篇：协作文章的正文。" * 40 in bodies
        assert arc.fact_count() == count
        assert len(arc.search("协作", limit=1000)) == count
        assert arc.search(f"第{committed}篇")
