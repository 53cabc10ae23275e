"""How the reader sets Chinese text: fonts per script, sizes, line height, measure.

Simplified, Traditional and Hong Kong text want different glyph shapes for the same code
points (the regional variants of a CJK font), so the family list follows the script shown.
Long reading is set in a Song/Ming face with a sans fallback; baselines are 1.8 characters
apart (a CJK face's own line spacing is already about 1.4, so a percentage of it would
double-space), paragraphs open with a two-character indent, and a line holds at most about
36 characters however wide the window is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetricsF

from viewer.model import Script

_REGION = {"hans": "SC", "hant": "TC", "tw": "TC", "hk": "HK"}
_SYSTEM = {
    "SC": ["Songti SC", "SimSun", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei"],
    "TC": ["Songti TC", "PMingLiU", "PingFang TC", "Microsoft JhengHei", "WenQuanYi Micro Hei"],
    "HK": ["PMingLiU-ExtB", "MingLiU_HKSCS", "PingFang HK", "Microsoft JhengHei"],
}
BASE_POINTS = 13.0
ZOOM_MIN, ZOOM_MAX = -5, 14
LINE_EM = 1.8  # body baselines, in characters
TITLE_LINE_EM = 1.35
MEASURE_EM = 36
_preferred_family = ""
_base_points = BASE_POINTS
INSTALL_HINT = QT_TRANSLATE_NOOP(
    "Typesetting",
    "No font for Chinese is installed, so characters may show as boxes. "
    "Install Noto CJK (Debian/Ubuntu: sudo apt install fonts-noto-cjk; "
    "Fedora: sudo dnf install google-noto-serif-cjk-fonts) and restart archive-viewer.",
)


def install_hint() -> str:
    """What to install for Chinese text, in the interface language."""
    return QCoreApplication.translate("Typesetting", INSTALL_HINT)


def region(mode: Script, article_script: str = "hans") -> str:
    """SC, TC or HK: which regional glyphs the shown text wants."""
    if mode == Script.ORIGINAL:
        return _REGION.get(article_script, "SC")
    return _REGION[mode.value]


def families(region_code: str, serif: bool = True) -> list[str]:
    """Font families in order of preference; Qt falls back along the list per character."""
    order = ["Serif", "Sans"] if serif else ["Sans", "Serif"]
    noto = [f"Noto {kind} CJK {region_code}" for kind in order]
    sources = [f"Source Han {kind} {region_code}" for kind in order]
    others = [f"Noto {kind} CJK {r}" for kind in order for r in ("TC", "SC") if r != region_code]
    return [*noto, *sources, *_SYSTEM[region_code], *others]


def set_preferences(family: str = "", base_points: float = BASE_POINTS) -> None:
    """The reader's font chosen in the preferences: a family tried before the per-script
    list (empty: the list alone) and the size at zoom 0."""
    global _preferred_family, _base_points
    _preferred_family = family
    _base_points = float(base_points) if base_points > 0 else BASE_POINTS


def reading_font(region_code: str, zoom: int = 0, serif: bool = True) -> QFont:
    font = QFont()
    chosen = _preferred_family
    font.setFamilies(
        [chosen, *families(region_code, serif)] if chosen else families(region_code, serif)
    )
    font.setPointSizeF(points(zoom))
    font.setStyleHint(QFont.StyleHint.Serif if serif else QFont.StyleHint.SansSerif)
    return font


def points(zoom: int) -> float:
    zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
    return _base_points * (1.1**zoom)


def line_height(font: QFont, em: float, dpi: float) -> float:
    """The proportional line height (percent of the font's own line spacing) that puts
    baselines `em` characters apart; `dpi` is the screen's, as QFontMetricsF measures."""
    size = font.pointSizeF() * dpi / 72
    spacing = QFontMetricsF(font).lineSpacing()
    return 100 * em * size / spacing if size > 0 and spacing > 0 else 100 * em


def has_cjk_font() -> bool:
    """Whether any installed font covers Chinese (checked once, after the first paint)."""
    db = QFontDatabase
    systems = (db.WritingSystem.SimplifiedChinese, db.WritingSystem.TraditionalChinese)
    return any(db.families(ws) for ws in systems)


def ui_font_family(font: QFont) -> str:
    return QFontInfo(font).family()
