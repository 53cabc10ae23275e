"""GUI test set-up: a small real archive, settings in a temporary file, a window on them.

Dialogs are patched in every GUI test so that none can block: tests that expect one read
`dialogs` afterwards. The interface is English (no translator installed) unless a test asks
for another language through `interface`, which puts English back afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from viewer.archive import Archive
from viewer.model import Article, Fact


def _fact(body: str, kind: str, text: str, nth: int = 0, **data: Any) -> Fact:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Fact(kind, text, start, start + len(text), data)


def _articles() -> list[Article]:
    body1 = (
        "山西省壺關縣組織幹部培訓600余人次，效果良好。\n"
        "武漢大學與壺關縣開展縣校合作，共建實踐基地。\n"
        "2021年7月17日，雙方簽約，投入314.51萬元。"
    )
    trad = Article(
        file="trad.txt",
        body=body1,
        raw="標題(biāo)\n" + body1.replace("壺關縣組織", "壺(hú)關縣組織") + "\n免責聲明：本站轉載",
        title="壺關縣：抓培訓強本領",
        published="2023-04-14",
        source="乡村干部报",
        authors=("謝令",),
        script="hant",
        facts=(
            _fact(body1, "place", "壺關縣", 0, province="山西省", city="长治市", county="壶关县"),
            _fact(
                body1,
                "quantity",
                "600余人次",
                value=600,
                unit="人次",
                approx="more",
                subject="培训干部",
            ),
            _fact(body1, "organization", "武漢大學"),
            _fact(body1, "place", "壺關縣", 1, province="山西省", city="长治市", county="壶关县"),
            _fact(body1, "date", "2021年7月17日", iso="2021-07-17"),
            _fact(body1, "money", "314.51萬元", yuan=3145100),
        ),
    )
    body2 = "周𫖮说，签约项目落地壶关县，带动就业1200人。\n这是第二段，讲数据库建设。"
    simp = Article(
        file="simp.txt",
        body=body2,
        title="周𫖮谈签约项目",
        published="2022-06-01",
        source="中新网",
        script="hans",
        facts=(
            _fact(body2, "person", "周𫖮"),
            _fact(body2, "place", "壶关县", province="山西省", city="长治市", county="壶关县"),
            _fact(body2, "quantity", "1200人", value=1200, unit="人", approx="exact"),
        ),
    )
    long_body = "\n".join(f"第{i}段：乡村振兴发展的干部培训与产业发展。" * 4 for i in range(60))
    long = Article(
        file="long.txt",
        body=long_body,
        title="一篇很长的报道",
        published="2021-01-01",
        source="中国教育在线",
        script="hans",
    )
    return [trad, simp, long]


@pytest.fixture
def interface(qapp: Any) -> Iterator[Callable[[str], None]]:
    """`interface(i18n.SIMPLIFIED)` switches the interface language (as the View menu does:
    a LanguageChange reaches every widget); English again after the test."""
    from PySide6.QtCore import QCoreApplication

    from viewer.gui import i18n

    def use(language: str) -> None:
        assert i18n.install(language) == language
        QCoreApplication.sendPostedEvents()
        qapp.processEvents()

    yield use
    use(i18n.ENGLISH)


@pytest.fixture
def archive_file(tmp_path: Path) -> Path:
    path = tmp_path / "test.sqlite"
    with Archive.open(path, create=True) as arc:
        arc.add_articles([(a, a.file) for a in _articles()])
    return path


@pytest.fixture
def article_ids(archive_file: Path) -> dict[str, str]:
    """Ids by file name: trad.txt, simp.txt, long.txt."""
    from viewer.archive.rows import article_id

    return {a.file: article_id(a) for a in _articles()}


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "archive-viewer.ini"


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box becomes a record; `critical` answers Cancel (never blocks)."""
    seen: list[tuple[str, str]] = []

    def fake(kind: str, answer: Any) -> Any:
        def show(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            seen.append((kind, text))
            return answer

        return staticmethod(show)

    no = QMessageBox.StandardButton.Cancel
    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind, no))
    monkeypatch.setattr(QMessageBox, "about", fake("about", None))
    return seen


@pytest.fixture
def make_window(
    qtbot: Any, archive_file: Path, settings_file: Path, dialogs: list
) -> Iterator[Any]:
    """Builds a MainWindow the way the app does, on the test archive and settings file."""
    from viewer.gui.app import build_window, open_archive

    windows: list[Any] = []

    def make(path: Path | None = None, size: tuple[int, int] | None = (1200, 800)) -> Any:
        archive = open_archive(path or archive_file)
        qsettings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        window = build_window(archive, path or archive_file, qsettings)
        qtbot.addWidget(window)
        if size is not None:
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for w in windows:
        w.archive.close()


@pytest.fixture
def window(make_window: Any) -> Any:
    return make_window()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot propagate size hints: not our fault."""
    for item in items:
        if "tests/gui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))


@pytest.fixture(autouse=True, scope="session")
def _clipboard_cleared_at_exit() -> Iterator[None]:
    """Qt's offscreen clipboard frees rich (text + HTML) data twice when the process ends
    with it still set, and the run would end in a segmentation fault after every test
    passed; a real X11 or Wayland clipboard does not. Clear it once the tests are done."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        QApplication.clipboard().clear()
