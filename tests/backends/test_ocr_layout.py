"""Layout cutting and tesseract output parsing, without running tesseract."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from neuralux.backends import ocr_layout as layout
from neuralux.backends.ocr_tesseract import Page, balance, drop_specks, fix_word, parse_tsv


def _page(with_text: list[tuple[int, int, int, int]], bg: int = 255, ink: int = 0,
          size: tuple[int, int] = (300, 400)) -> np.ndarray:
    """A grey page with 'glyph' rectangles (striped so they have edges like text)."""
    img = np.full(size, bg, np.uint8)
    for x0, y0, x1, y1 in with_text:
        img[y0:y1, x0:x1:3] = ink
    return img


def test_empty_page_has_no_blocks() -> None:
    assert layout.find_blocks(np.full((1080, 1920), 30, np.uint8)) == []


def test_borders_and_rules_are_not_text() -> None:
    img = _page([(50, 50, 200, 62)])
    img[:, 250] = 0  # a panel border, full height
    img[150, :] = 0  # a horizontal rule
    blocks = layout.find_blocks(img)
    assert len(blocks) == 1
    b = blocks[0].box
    assert (b.x0, b.y0) == (50, 50) and b.x1 <= 200 and b.y1 in (62, 63)  # edge pixel


def test_columns_become_separate_blocks_in_reading_order() -> None:
    lines_left = [(10, 20 + 20 * i, 90, 32 + 20 * i) for i in range(5)]
    lines_right = [(200, 20 + 20 * i, 380, 32 + 20 * i) for i in range(5)]
    blocks = layout.find_blocks(_page(lines_left + lines_right, size=(300, 400)))
    assert [len(b.lines) for b in blocks] == [5, 5]
    assert blocks[0].box.x1 < blocks[1].box.x0


def test_dark_block_is_inverted_and_stretched() -> None:
    img = _page([(20, 20, 120, 32)], bg=30, ink=200)
    (block,) = layout.find_blocks(img)
    pixels, scale, origin = layout.prepare(img, block)
    assert pixels[0, 0] == 255  # background now light
    assert pixels.min() == 0  # ink now black, full contrast
    assert origin == (20 - layout.PAD, 20 - layout.PAD)
    assert scale > 1.0  # 12 px lines are small text


def test_split_block_cuts_between_lines() -> None:
    lines = tuple(layout.Box(0, 20 * i, 100, 20 * i + 12) for i in range(10))
    block = layout.TextBlock(layout.Box(0, 0, 100, 192), lines)
    pieces = layout.split_block(block, 4)
    assert [len(p.lines) for p in pieces] == [4, 4, 2]
    assert all(p.box.y0 == p.lines[0].y0 for p in pieces)


TSV = """level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\t\
conf\ttext
1\t1\t0\t0\t0\t0\t0\t0\t200\t50\t-1\t
5\t1\t1\t1\t1\t1\t10\t10\t80\t20\t96.5\t0perationalError:
5\t1\t1\t1\t1\t2\t100\t10\t40\t20\t91.0\tboom
5\t1\t1\t1\t1\t3\t150\t26\t4\t3\t20.0\t7
5\t2\t1\t1\t1\t1\t4\t4\t20\t10\t88.0\tsecond
"""


def test_parse_tsv_maps_back_to_screen_coordinates() -> None:
    pages = [Page(Path("a.pgm"), 2.0, (100, 200), 1), Page(Path("b.pgm"), 1.0, (0, 0), 1)]
    parsed = parse_tsv(TSV, pages)
    (line,) = parsed[Path("a.pgm")]
    assert [w.text for w in line] == ["OperationalError:", "boom"]  # speck "7" dropped
    first = line[0]
    assert (first.left, first.top, first.width, first.height) == (105, 205, 40, 10)
    assert parsed[Path("b.pgm")][0][0].text == "second"


def test_fix_word_only_fixes_zero_before_lowercase() -> None:
    assert fix_word("0perationalError") == "OperationalError"
    assert fix_word("db.0ptions") == "db.Options"
    for same in ("0x1f", "0xdeadbeef", "100ms", "0", "2.0ms", "0px", "0rem", "1,0mbar"):
        assert fix_word(same) == same


def test_balance_spreads_work() -> None:
    pages = [Page(Path(f"{i}"), 1.0, (0, 0), cost) for i, cost in enumerate([9, 5, 4, 3, 3])]
    groups = balance(pages, 2)
    loads = sorted(sum(p.cost for p in g) for g in groups)
    assert loads == [12, 12]
    assert len(balance(pages[:1], 4)) == 1


def test_drop_specks_keeps_real_short_words() -> None:
    from neuralux.backends.base import OcrWord

    line = [OcrWord("$", 0, 0, 6, 10, 40.0), OcrWord("ls", 10, 0, 12, 10, 95.0),
            OcrWord(".", 30, 8, 2, 2, 30.0)]
    assert [w.text for w in drop_specks(line)] == ["$", "ls"]


def test_pictures_are_skipped_text_beside_them_is_kept() -> None:
    rng = np.random.default_rng(0)
    img = np.full((700, 1400), 255, np.uint8)
    img[50:650, 50:850] = (rng.random((600, 800)) * 255).astype(np.uint8)  # a photo
    for i in range(6):  # text to its right
        img[100 + 24 * i:112 + 24 * i, 950:1300:3] = 0
    blocks = layout.find_blocks(img)
    assert blocks and all(b.box.x0 >= 940 for b in blocks)
    assert sum(len(b.lines) for b in blocks) == 6
