"""Builds the application: opens the archive, reads the settings, makes the window.

`run_app(args)` is what `archive-viewer` (no sub-command) calls. On first launch the bundled
archive is copied to the user's data directory, and that copy is what the app opens;
`--archive FILE` opens another. `--screenshot PNG` renders the window offscreen and exits.
Errors become dialogs with a plain message: an archive that cannot be opened offers to open
another one. Nothing here imports the ingest or facts code.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from viewer import paths


class StartupError(Exception):
    """A reason the app cannot start, in words fit for a user."""


def open_archive(path: Path) -> Any:
    """The archive at `path`; ArchiveError says why it cannot be used."""
    from viewer.archive import Archive

    path = Path(path)
    bundled = paths.bundled_archive()
    shipped = path.exists() and bundled.exists() and path.resolve() == bundled.resolve()
    readonly = shipped or (path.exists() and not os.access(path, os.W_OK))
    if not readonly and path.exists():
        from viewer.gui import archive_lock

        # Another running instance writes here: read it, never write beside it.
        readonly = not archive_lock.acquire(path)
        if not readonly:
            try:
                return Archive.open(path)
            except BaseException:
                archive_lock.release(path)
                raise
    return Archive.open(path, readonly=readonly)


def default_archive() -> Path:
    """The user's archive, copied from the bundled one on first launch."""
    target = paths.user_archive()
    if target.exists():
        return target
    bundled = paths.bundled_archive()
    if not bundled.exists():
        raise StartupError(f"{bundled}: the bundled archive is missing; open an archive file.")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    shutil.copyfile(bundled, partial)
    partial.replace(target)  # a copy cut short never passes for an archive
    return target


def _application(argv: list[str]) -> Any:
    from PySide6.QtWidgets import QApplication

    from viewer.gui.settings import APPLICATION, ORGANIZATION

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("archive-viewer")
    app.setDesktopFileName("archive-viewer")  # matches resources/archive-viewer.desktop
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> Any:
    """The application icon: the SVG where QtSvg draws it, the PNG sizes beside it."""
    from PySide6.QtGui import QIcon

    icons = paths.resources_dir() / "icons"
    icon = QIcon(str(icons / "archive-viewer.svg"))
    for png in sorted((icons / "png").glob("archive-viewer-*.png")):
        icon.addFile(str(png))
    return icon


def _startup_settings(args: argparse.Namespace, qsettings: Any) -> None:
    """--lang and --theme: for this run (and its picture), written into `qsettings`."""
    from viewer.gui import settings as S

    for setting, value in ((S.LANGUAGE, args.lang), (S.THEME, args.theme)):
        if value:
            qsettings.setValue(setting.key, value)


def _ask_for_archive(message: str) -> Path | None:
    """Tell the user why the archive failed; offer to open another one."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    buttons = QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close
    from viewer.gui.i18n import translate

    title = translate("Startup", "Cannot open the archive")
    answer = QMessageBox.critical(None, title, message, buttons)
    if answer != QMessageBox.StandardButton.Open:
        return None
    path, _ = QFileDialog.getOpenFileName(
        None,
        translate("Startup", "Open archive"),
        str(Path.home()),
        translate("Startup", "Archives (*.sqlite *.db);;All files (*)"),
    )
    return Path(path) if path else None


def open_with_retry(path: Path | None) -> tuple[Any, Path] | None:
    """Open `path` (or the default archive); on failure ask for another until the user stops."""
    from viewer.archive import ArchiveError

    while True:
        try:
            path = path or default_archive()
            return open_archive(path), path
        except (ArchiveError, StartupError, OSError) as exc:
            path = _ask_for_archive(str(exc))
            if path is None:
                return None


def build_window(
    archive: Any, archive_path: Path, qsettings: Any = None, background: bool = False
) -> Any:
    """The main window; `background` lists the articles on a worker thread (the app does)."""
    from viewer.gui.main_window import MainWindow
    from viewer.gui.settings import Settings, default_qsettings
    from viewer.gui.widgets.settings_dialog import apply_appearance
    from viewer.gui.workers import InlineRunner, Runner

    settings = Settings(qsettings if qsettings is not None else default_qsettings())
    apply_appearance(settings)  # language, theme and font before the first widget
    runner = Runner() if background else InlineRunner()
    pool = None
    if background:
        from PySide6.QtCore import QThreadPool

        pool = QThreadPool.globalInstance()  # imports run off the GUI thread
    return MainWindow(
        archive, archive_path, settings, opener=open_archive, runner=runner, import_pool=pool
    )


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise StartupError(f"--size {text}: expected WIDTHxHEIGHT, e.g. 1400x900") from None
    return w, h


def screenshot(window: Any, args: argparse.Namespace) -> None:
    """Select, convert and highlight as asked, then save the window as a PNG."""
    from PySide6.QtWidgets import QApplication

    from viewer.model import Script

    window.resize(*_size(args.size))
    window.show()
    if args.script:
        window.script.set_mode(Script(args.script))
    if args.article and not window.list_pane.select(args.article):
        raise StartupError(f"--article {args.article}: no such article in the archive")
    if args.fact is not None:
        count = len(window.stored.article.facts) if window.stored else 0
        if not 0 <= args.fact < count:
            raise StartupError(f"--fact {args.fact}: the article has {count} facts")
        window.choose_fact(args.fact)
    if getattr(args, "view", None) not in (None, "reader"):
        window.overview_mode.show_view(args.view.removeprefix("overview-"))
    for _ in range(3):
        QApplication.processEvents()
    if not window.grab().save(str(args.screenshot)):
        raise StartupError(f"{args.screenshot}: cannot write the picture")


def _screenshot_run(opened: tuple[Any, Path], args: argparse.Namespace) -> int:
    """Fresh settings in a temporary file: the picture shows defaults, the user's stay put."""
    import tempfile

    from PySide6.QtCore import QSettings

    with tempfile.TemporaryDirectory() as tmp:
        qsettings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        _startup_settings(args, qsettings)
        window = build_window(*opened, qsettings=qsettings)
        screenshot(window, args)
        window.close()
        opened[0].close()
    return 0


def _quiet_offscreen() -> None:
    """The offscreen platform reports what it cannot do; nobody can act on that."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(kind: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _chosen_archive() -> Path | None:
    """The archive file set in the preferences, if any (else the user's own)."""
    from viewer.gui import settings as S

    chosen = S.Settings(S.default_qsettings()).get(S.ARCHIVE_PATH)
    return Path(chosen) if chosen else None


def run_app(args: argparse.Namespace) -> int:
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _quiet_offscreen()
    app = _application(sys.argv[:1])
    try:
        opened = open_with_retry(args.archive or _chosen_archive())
        if opened is None:
            return 1
        if args.screenshot is not None:
            return _screenshot_run(opened, args)
        from viewer.gui.settings import default_qsettings

        qsettings = default_qsettings()
        _startup_settings(args, qsettings)
        window = build_window(*opened, qsettings=qsettings, background=True)
        window.show()
        from viewer.gui.widgets.archive_edits import notice_read_only
        from viewer.gui.workers import when_idle

        when_idle(lambda: notice_read_only(window), window)
        from viewer.gui import error_dialogs

        error_dialogs.install()  # an unexpected error becomes a dialog, never a traceback
        return app.exec()
    except StartupError as exc:
        if args.screenshot is not None:
            print(f"archive-viewer: {exc}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "archive-viewer", str(exc))
        return 2
