"""Draw Liaison's application icon and write it as PNGs, .ico (Windows) and .icns (macOS).

The icon is the bundled Lucide "handshake" glyph in white on a rounded square of the app's
accent colour. Both container formats hold PNG images, so no imaging library is needed:

    python packaging/make_icons.py      # rewrites packaging/icons/
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "icons"
GLYPH = ROOT / "resources" / "icons" / "handshake.svg"
ACCENT = QColor("#2f6fde")
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def render(size: int) -> bytes:
    svg = GLYPH.read_text(encoding="utf-8").replace("currentColor", "#ffffff")
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ACCENT)
    margin = size * 0.06
    square = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.drawRoundedRect(square, size * 0.22, size * 0.22)
    inset = size * 0.2
    renderer.render(painter, square.adjusted(inset, inset, -inset, -inset))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256) if s in images]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        png = images[s]
        dim = 0 if s >= 256 else s  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(images[s])) + images[s] for s, kind in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {s: render(s) for s in SIZES}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "liaison.png").write_bytes(images[256])
    (OUT / "liaison-512.png").write_bytes(images[512])
    (OUT / "liaison.ico").write_bytes(ico(images))
    (OUT / "liaison.icns").write_bytes(icns(images))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
