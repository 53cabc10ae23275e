"""Work done later or elsewhere, with results delivered on the GUI thread.

`Runner` runs a function on Qt's thread pool and calls back on the GUI thread; tests inject
`InlineRunner`, which runs at once, so no test waits for a thread. `Debouncer` collapses a
burst of calls (typing in a search field) into one after a pause. `Idle` runs work once
the event loop has nothing else to do, which is how the first paint stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # delivered to the caller, never lost in a thread
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Runner:
    """Runs functions on a thread pool; callbacks arrive on the thread that owns the runner."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._relays.discard(relay)
            if callback is not None:
                callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_error, exc))
        self._pool.start(_Task(fn, relay))

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)


class InlineRunner(Runner):
    """Runs at once on the calling thread (tests)."""

    def __init__(self) -> None:
        super().__init__(QThreadPool())

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        try:
            result = fn()
        except Exception as exc:
            if on_error is not None:
                on_error(exc)
            return
        if on_done is not None:
            on_done(result)


class Debouncer(QObject):
    """Calls `fn` once, `msecs` after the last `trigger()`."""

    def __init__(self, fn: Callable[[], None], msecs: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(msecs)
        self._timer.timeout.connect(self._fire)

    def trigger(self) -> None:
        self._timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def cancel(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        """Run now if a call is pending (Enter in a search field)."""
        if self._timer.isActive():
            self._timer.stop()
            self._fn()

    @Slot()
    def _fire(self) -> None:
        self._fn()


def when_idle(fn: Callable[[], None], parent: QObject) -> None:
    """Run `fn` after the events already queued (the first paint) have been handled."""
    QTimer.singleShot(0, parent, fn)
