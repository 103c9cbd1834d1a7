"""Draws the app icons in web/static/icons/ from the shapes of web/static/favicon.svg.

Plain Python (zlib and struct write the PNGs): `python scripts/make_icons.py`. The drawing is
the favicon's, on its 32-unit grid: a rounded square in the accent colour and a white speech
bubble. The maskable icon fills the whole square, since the launcher cuts its own shape; the
bubble already lies inside the safe circle (40 % of the size from the centre).
"""

from __future__ import annotations

import math
import struct
import zlib
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "web" / "static" / "icons"
GRID = 32
CORNER = 7  # the favicon's rx
BLUE = (0x0B, 0x5C, 0xAD)
WHITE = (0xFF, 0xFF, 0xFF)
# The favicon's path "M8 10h16v9H14l-5 4v-4H8z" as its corners.
BUBBLE = [(8, 10), (24, 10), (24, 19), (14, 19), (9, 23), (9, 19), (8, 19)]
SUBROWS = 4  # samples per pixel row; across a row coverage is measured exactly


def bubble_span(y: float) -> tuple[float, float] | None:
    """Where the row at height y (grid units) crosses the bubble, left to right."""
    crossings = []
    for (x0, y0), (x1, y1) in zip(BUBBLE, BUBBLE[1:] + BUBBLE[:1], strict=True):
        if (y0 <= y < y1) or (y1 <= y < y0):
            crossings.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    if len(crossings) < 2:
        return None
    return min(crossings), max(crossings)


def square_span(y: float, corner: float) -> tuple[float, float] | None:
    """Where the row crosses the square with rounded corners of this radius."""
    if not 0 <= y < GRID:
        return None
    dy = max(corner - y, y - (GRID - corner), 0.0)
    inset = corner - math.sqrt(max(corner * corner - dy * dy, 0.0)) if dy else 0.0
    return inset, GRID - inset


def add_span(row: list[float], span: tuple[float, float] | None, scale: float) -> None:
    """Adds the pixels' share of the span (grid units) to one subrow's coverage."""
    if span is None:
        return
    left, right = span[0] * scale, span[1] * scale
    for x in range(int(left), min(math.ceil(right), len(row))):
        row[x] += (min(right, x + 1) - max(left, x)) / SUBROWS


def draw(size: int, corner: float) -> bytes:
    """RGBA rows, each after its PNG filter byte (0: none)."""
    scale = size / GRID
    rows = bytearray()
    for py in range(size):
        square = [0.0] * size
        bubble = [0.0] * size
        for sub in range(SUBROWS):
            y = (py + (sub + 0.5) / SUBROWS) / scale
            add_span(square, square_span(y, corner), scale)
            add_span(bubble, bubble_span(y), scale)
        rows.append(0)
        for x in range(size):
            white = min(bubble[x], 1.0)
            colour = (round(b + (w - b) * white) for b, w in zip(BLUE, WHITE, strict=True))
            rows.extend([*colour, round(min(square[x], 1.0) * 255)])
    return bytes(rows)


def png(size: int, rows: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def main() -> None:
    ICONS.mkdir(exist_ok=True)
    for name, size, corner in (
        ("icon-192.png", 192, CORNER),
        ("icon-512.png", 512, CORNER),
        ("maskable-512.png", 512, 0.0),
    ):
        (ICONS / name).write_bytes(png(size, draw(size, corner)))
        print(name, (ICONS / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
