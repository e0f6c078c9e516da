"""Draw Kelisim's icon: resources/icons/kelisim.png (256 px) and kelisim.ico (16–256 px, PNG-compressed entries).

The program's .exe, the installer and the shortcuts use the .ico. A sky-blue rounded square (the flag's blue) with a
golden tick: келісім, consent. Run once after changing the drawing (``.venv/bin/python installer/make_icon.py``) and
commit both files; the build only reads them.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#00A3C4"))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    pen = QPen(QColor("#FEC50C"), max(2.0, 34 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    tick = QPainterPath(QPointF(66 * s, 132 * s))
    tick.lineTo(QPointF(110 * s, 178 * s))
    tick.lineTo(QPointF(192 * s, 84 * s))
    p.drawPath(tick)
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An .ico whose entries are PNG images (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text needs it
    images = {size: draw(size) for size in SIZES}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "kelisim.png").write_bytes(images[256])
    (OUT / "kelisim.ico").write_bytes(ico(images))
    print(f"wrote {OUT / 'kelisim.png'} and {OUT / 'kelisim.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
