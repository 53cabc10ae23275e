"""Saving a view as a picture: PNG (what is on screen) or SVG (vectors, text stays text)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QGraphicsScene, QWidget

FILTER = "PNG picture (*.png);;SVG picture (*.svg)"


class PictureError(Exception):
    """A picture that could not be written, with the file name and the reason."""


def _paint(path: Path, size: QSize, draw: Callable[[QPainter], None]) -> None:
    if path.suffix.lower() == ".svg":
        gen = QSvgGenerator()
        gen.setFileName(str(path))
        gen.setSize(size)
        gen.setViewBox(QRectF(0, 0, size.width(), size.height()))
        gen.setTitle(path.stem)
        painter = QPainter(gen)
        try:
            draw(painter)
        finally:
            painter.end()
        if not path.exists():
            raise PictureError(f"{path}: cannot write the picture")
        return
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        draw(painter)
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        raise PictureError(f"{path}: cannot write the picture")


def save_widget(widget: QWidget, path: Path | str) -> Path:
    """The widget as it is drawn now."""
    path = Path(path)
    _paint(path, widget.size(), lambda p: widget.render(p, QPoint()))
    return path


def save_scene(scene: QGraphicsScene, path: Path | str, margin: int = 16) -> Path:
    """The whole scene, not only the part scrolled into view."""
    path = Path(path)
    rect = scene.itemsBoundingRect().adjusted(-margin, -margin, margin, margin)
    size = QSize(max(1, round(rect.width())), max(1, round(rect.height())))
    _paint(path, size, lambda p: scene.render(p, QRectF(0, 0, size.width(), size.height()), rect))
    return path


def ask_path(parent: QWidget, name: str) -> Path | None:
    """Where to save; the suffix follows the chosen type when the user typed none."""
    path, chosen = QFileDialog.getSaveFileName(parent, "Save picture", name + ".png", FILTER)
    if not path:
        return None
    p = Path(path)
    if p.suffix.lower() not in (".png", ".svg"):
        p = p.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
    return p
