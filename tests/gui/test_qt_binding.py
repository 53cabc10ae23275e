"""The Qt binding itself must not leak references: PySide6 6.12.0 dropped one reference to
None per void call, and a long-running app then aborted with `none_dealloc`."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_keep_none_alive() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before - 50
