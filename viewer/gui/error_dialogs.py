"""Unexpected errors in the app become a dialog with a plain message, never a traceback.

An exception escaping a slot or an event handler reaches `sys.excepthook`; the hook shows
what failed in one sentence and appends the technical details to `errors.log` in the user's
data directory, where a bug report can find them. The app keeps running.
"""

from __future__ import annotations

import datetime
import sys
import traceback
from pathlib import Path
from types import TracebackType

from viewer import paths

_showing = False


def log_file() -> Path:
    return paths.user_data_dir() / "errors.log"


def _log(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path | None:
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8", errors="replace") as fh:
            fh.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')}\n")
            fh.write("".join(traceback.format_exception(kind, exc, tb)))
    except OSError:
        return None
    return path


def message(exc: BaseException, logged: Path | None) -> str:
    what = str(exc).strip() or type(exc).__name__
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    text = translate("ErrorDialog", "Something went wrong: {}").format(what)
    if logged is not None:
        text += "\n\n" + translate("ErrorDialog", "The details were written to {}.").format(logged)
    return text


def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    logged = _log(kind, exc, tb)
    if _showing:  # an error while the dialog is up: logged, not stacked
        return
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        _showing = True
        QMessageBox.critical(QApplication.activeWindow(), "archive-viewer", message(exc, logged))
    except Exception:
        print(f"archive-viewer: {message(exc, logged)}", file=sys.stderr)
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = hook
