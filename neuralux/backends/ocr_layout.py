"""Find text blocks on a screenshot and prepare them for tesseract (pure numpy).

Screens are mostly empty space, flat panels and lines of text. Tesseract's own
page layout analysis on a whole 1080p screen is slow and single-threaded, so we
cut the screen ourselves with a recursive XY-cut over an "ink" mask (pixels
with strong local contrast, which works the same on light and dark themes),
then merge neighbouring lines into blocks. Empty space is never OCR'd; each
block is inverted when its background is dark and upscaled only when its text
is small, and the blocks are spread over several tesseract processes.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np

INK_CONTRAST = 40  # grey-level step between neighbours that counts as an edge
MIN_LINE_PX = 5  # thinner bands are rules/borders, not text
TARGET_LINE_PX = 18.0  # below ~0.8 of this, upscale (measured: bigger costs CPU, no CER gain)
MAX_SCALE = 3.0
PAD = 6
RULE_V = 60  # a vertical edge this long is a border, not a glyph
RULE_H = 160
MAX_LINE_PX = 160  # a taller unsplittable band is a picture, not a text line
MAX_INK_DENSITY = 0.8  # measured: text lines 0.17-0.67 of their box; camera noise ~0.9


@dataclass(frozen=True)
class Box:
    x0: int
    y0: int
    x1: int
    y1: int

    @property
    def w(self) -> int:
        return self.x1 - self.x0

    @property
    def h(self) -> int:
        return self.y1 - self.y0


@dataclass(frozen=True)
class TextBlock:
    box: Box
    lines: tuple[Box, ...]

    @property
    def line_px(self) -> float:
        """Median ink height of its lines."""
        hs = sorted(b.h for b in self.lines)
        return float(hs[len(hs) // 2])

    @property
    def text_area(self) -> int:
        """Area of the tight line boxes: tracks tesseract's work better than the block box."""
        return sum(b.w * b.h for b in self.lines)


def _long_runs(mask: np.ndarray, length: int, axis: int) -> np.ndarray:
    """Pixels that belong to a straight run of at least ``length`` along ``axis``."""
    lanes = np.ascontiguousarray(mask.T if axis == 0 else mask)  # runs along rows now
    n_lanes, n = lanes.shape
    padded = np.zeros((n_lanes, n + 1), dtype=np.int8)  # a 0 ends every lane's last run
    padded[:, :n] = lanes
    flat = padded.ravel()
    d = np.diff(flat, prepend=np.int8(0))
    starts, ends = np.flatnonzero(d == 1), np.flatnonzero(d == -1)
    long = (ends - starts) >= length
    covered = np.zeros(flat.shape, dtype=bool)
    for a, b in zip(starts[long], ends[long], strict=True):  # few: borders and rules
        covered[a:b] = True
    out = covered.reshape(n_lanes, n + 1)[:, :n]
    return out.T if axis == 0 else out


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """Edges of glyphs; long straight edges (panel borders, rules) removed."""
    g = gray.astype(np.int16)
    mask = np.zeros(g.shape, dtype=bool)
    mask[:, 1:] |= np.abs(g[:, 1:] - g[:, :-1]) > INK_CONTRAST
    mask[1:, :] |= np.abs(g[1:, :] - g[:-1, :]) > INK_CONTRAST
    mask &= ~_long_runs(mask, RULE_V, 0)
    mask &= ~_long_runs(mask, RULE_H, 1)
    return mask


def _runs(profile: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) runs where ``profile`` is non-zero."""
    on = np.concatenate(([0], (profile > 0).astype(np.int8), [0]))
    edges = np.flatnonzero(np.diff(on))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def _trim(ink: np.ndarray, box: Box) -> Box | None:
    sub = ink[box.y0:box.y1, box.x0:box.x1]
    rows, cols = np.flatnonzero(sub.any(1)), np.flatnonzero(sub.any(0))
    if rows.size == 0:
        return None
    return Box(box.x0 + int(cols[0]), box.y0 + int(rows[0]),
               box.x0 + int(cols[-1]) + 1, box.y0 + int(rows[-1]) + 1)


def _xycut(ink: np.ndarray, box: Box, depth: int, out: list[Box]) -> None:
    """Append text lines (boxes) to ``out`` in reading order."""
    trimmed = _trim(ink, box)
    if trimmed is None:
        return
    box = trimmed
    if box.h < MIN_LINE_PX or box.w < MIN_LINE_PX:
        return  # a rule, a border, a cursor
    sub = ink[box.y0:box.y1, box.x0:box.x1]
    row_runs = _runs(sub.sum(1))
    col_runs = _runs(sub.sum(0))
    heights = [b - a for a, b in row_runs if MIN_LINE_PX <= b - a < 120] or [16]
    line_px = float(np.median(heights))
    col_gaps = [(b0, a1) for (_, b0), (a1, _) in itertools.pairwise(col_runs)]
    wide = [g for g in col_gaps if g[1] - g[0] >= max(3.0 * line_px, 24.0)]
    multi_line = len(row_runs) > 1
    # Columns first when a wide vertical gap runs through several lines, so a sidebar
    # and an editor are read one after the other, not interleaved line by line.
    if wide and multi_line and depth < 12:
        edges = [0] + [x for g in wide for x in g] + [box.w]
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            _xycut(ink, Box(box.x0 + a, box.y0, box.x0 + b, box.y1), depth + 1, out)
        return
    if multi_line and depth < 12:
        for a, b in row_runs:
            _xycut(ink, Box(box.x0, box.y0 + a, box.x1, box.y0 + b), depth + 1, out)
        return
    if box.h > MAX_LINE_PX:
        # Too tall for one line of text: a picture, maybe with text beside it.
        if wide and depth < 12:
            edges = [0] + [x for g in wide for x in g] + [box.w]
            for a, b in zip(edges[::2], edges[1::2], strict=True):
                _xycut(ink, Box(box.x0 + a, box.y0, box.x0 + b, box.y1), depth + 1, out)
        return  # never OCR a photo or a drawing: slow, and all it yields is noise
    if sub.mean() > MAX_INK_DENSITY:
        return  # texture (a photo, a gradient with dithering), not glyphs
    out.append(box)


def _block(lines: list[Box]) -> TextBlock:
    box = Box(min(b.x0 for b in lines), lines[0].y0, max(b.x1 for b in lines), lines[-1].y1)
    return TextBlock(box, tuple(lines))


def _merge_lines(lines: list[Box]) -> list[TextBlock]:
    """Join consecutive lines of similar height, close together and overlapping in x."""
    blocks: list[TextBlock] = []
    cur: list[Box] = []

    def flush() -> None:
        if cur:
            blocks.append(_block(cur))
            cur.clear()

    for line in lines:
        if cur:
            prev = cur[-1]
            gap = line.y0 - prev.y1
            similar = 0.6 < line.h / prev.h < 1.6
            overlap = min(line.x1, max(b.x1 for b in cur)) > max(line.x0, min(b.x0 for b in cur))
            if not (0 <= gap <= 2.2 * max(line.h, prev.h) and similar and overlap):
                flush()
        cur.append(line)
    flush()
    return blocks


def find_blocks(gray: np.ndarray) -> list[TextBlock]:
    ink = ink_mask(gray)
    lines: list[Box] = []
    _xycut(ink, Box(0, 0, gray.shape[1], gray.shape[0]), 0, lines)
    return _merge_lines(lines)


def split_block(block: TextBlock, max_lines: int) -> list[TextBlock]:
    """Cut a tall block into pieces of at most ``max_lines`` lines, between lines."""
    if len(block.lines) <= max_lines:
        return [block]
    pieces = -(-len(block.lines) // max_lines)
    size = -(-len(block.lines) // pieces)
    return [_block(list(block.lines[i:i + size])) for i in range(0, len(block.lines), size)]


def scale_for(line_px: float) -> float:
    if line_px >= TARGET_LINE_PX * 0.8:
        return 1.0
    return float(min(MAX_SCALE, round(2 * TARGET_LINE_PX / line_px) / 2))


def prepare(gray: np.ndarray, block: TextBlock) -> tuple[np.ndarray, float, tuple[int, int]]:
    """Crop, normalise to dark-on-light, pad. Returns (pixels, scale, origin of pixels)."""
    b = block.box
    h, w = gray.shape
    x0, y0 = max(0, b.x0 - PAD), max(0, b.y0 - PAD)
    x1, y1 = min(w, b.x1 + PAD), min(h, b.y1 + PAD)
    crop = gray[y0:y1, x0:x1]
    # The border pixels are background (we padded around the ink), so their median
    # tells whether this block is light-on-dark.
    border = np.concatenate((crop[0], crop[-1], crop[:, 0], crop[:, -1]))
    if np.median(border) < 128:
        crop = 255 - crop
    # Stretch to full contrast: grey-on-grey theme text binarises badly otherwise.
    lo, hi = int(crop.min()), int(crop.max())
    if hi - lo > 16 and (lo > 0 or hi < 255):
        crop = ((crop.astype(np.int32) - lo) * 255 // (hi - lo)).astype(np.uint8)
    return np.ascontiguousarray(crop), scale_for(block.line_px), (x0, y0)
