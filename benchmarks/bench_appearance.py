"""Cost of switching the interface language and the theme on a full main window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_appearance.py [ROUNDS]

Opens the bundled archive read-only, shows the window, then switches language (en ->
zh_CN -> zh_TW -> en) and theme (light -> dark -> light) through the same path as the
View menu, and prints the median and worst time of each switch, events processed.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from viewer import paths
    from viewer.gui.app import build_window, open_archive
    from viewer.gui.widgets.settings_dialog import Preferences, apply_preferences

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        qs = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        archive = open_archive(paths.bundled_archive())
        window = build_window(archive, paths.bundled_archive(), qs)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        times: dict[str, list[float]] = {}
        steps = [("language", v) for v in ("zh_CN", "zh_TW", "en")]
        steps += [("theme", v) for v in ("dark", "light")]
        for _ in range(rounds):
            for field, value in steps:
                start = time.perf_counter()
                prefs = Preferences.load(window.settings)
                apply_preferences(window, replace(prefs, **{field: value}))
                app.processEvents()
                times.setdefault(f"{field} -> {value}", []).append(time.perf_counter() - start)
        window.close()
        archive.close()
    print(f"{'switch':<22}{'median ms':>12}{'worst ms':>12}")
    for name, values in times.items():
        print(f"{name:<22}{statistics.median(values) * 1000:>12.1f}{max(values) * 1000:>12.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
