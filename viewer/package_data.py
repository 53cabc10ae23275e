"""Data files shipped inside other installed packages (jionlp's dictionaries and the like),
read without importing those packages.

jionlp ships most dictionaries zipped and unzips them next to the zip the first time it is
imported; we never import it (its import is slow and prints on stdout), so on a fresh install
only the zip exists. Reading the zip's member first works either way.
"""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path


def package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"the {package} package, which holds language data, is missing")
    return Path(next(iter(spec.submodule_search_locations)))


def read_text(package: str, relative: str) -> str:
    """The text of `relative` (e.g. "dictionary/idf.txt") inside `package`, taken from the
    zip of the same stem when one exists."""
    path = package_dir(package) / relative
    zipped = path.with_suffix(".zip")
    if zipped.exists():
        with zipfile.ZipFile(zipped) as archive:
            return archive.read(path.name).decode("utf-8")
    return path.read_text(encoding="utf-8")


def data_version(package: str) -> str:
    """The installed version of `package`, for caches built from its data."""
    from importlib.metadata import version

    return version(package)
