"""One running app per writable archive: a QLockFile next to the archive file.

A second instance that finds the lock held by a live process opens the archive read-only and
says so, instead of writing beside the first one. A lock left by a crashed instance is stale
(its process is gone) and is taken over. Locks are kept per path for the life of the
process, so the app's own import worker, in the same process, is not locked out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

_held: dict[Path, QLockFile] = {}
_busy: dict[Path, str] = {}  # archives found locked by another instance: who holds them


def lock_path(archive: Path) -> Path:
    return archive.with_name(archive.name + ".lock")


def _key(archive: Path) -> Path:
    return Path(archive).resolve()


def acquire(archive: Path) -> bool:
    """Take the lock for `archive`; False when another running instance holds it."""
    key = _key(archive)
    if key in _held:
        return True
    lock = QLockFile(str(lock_path(key)))
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
    if not lock.tryLock(0):
        if lock.error() == QLockFile.LockError.LockFailedError:
            _busy[key] = holder(key)
            return False
        return True  # the folder is not writable: SQLite's own locking still protects it
    _held[key] = lock
    _busy.pop(key, None)
    return True


def busy(archive: Path) -> str | None:
    """Who held the archive when this instance last tried to lock it (None: nobody)."""
    return _busy.get(_key(archive))


def holder(archive: Path) -> str:
    """Who holds the lock, in words: 'process 1234 on host'."""
    lock = QLockFile(str(lock_path(_key(archive))))
    info = lock.getLockInfo()
    pid, host = (info[0], info[1]) if isinstance(info, tuple) and len(info) >= 2 else (0, "")
    if not pid:
        return "another archive-viewer"
    return f"archive-viewer (process {pid}{f' on {host}' if host else ''})"


def release(archive: Path) -> None:
    lock = _held.pop(_key(archive), None)
    if lock is not None:
        lock.unlock()


def held() -> list[Path]:
    return list(_held)
