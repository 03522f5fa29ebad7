"""Tesseract OCR made fast for screenshots.

Why not one ``pytesseract.image_to_string(screen)`` call: tesseract's page layout
analysis over a whole 1080p screen is single-threaded and slow, and its OpenMP
threads fight each other on few cores (measured 2.0–2.9 s; 1.1 s with
``OMP_THREAD_LIMIT=1``). Instead ``ocr_layout`` cuts the screen into text
blocks (skipping empty space, inverting dark themes, upscaling only small
text), and the blocks are spread over one tesseract process per core, each
with ``OMP_THREAD_LIMIT=1`` and each reading many blocks from a list file so
the language model loads once per process. We call the tesseract binary
directly rather than through pytesseract because pytesseract cannot pass a
per-process environment or a multi-page list; pytesseract remains the
reference we benchmark against.

Results are cached by image hash, so asking about an unchanged screen again
costs a hash, not an OCR run.
"""

from __future__ import annotations

import collections
import concurrent.futures
import hashlib
import logging
import os
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from neuralux.backends import ocr_layout as layout
from neuralux.backends.base import OcrResult
from neuralux.backends.ocr_tesseract import (
    INSTALL_HINT,
    Lines,
    Page,
    balance,
    find_tesseract,
    run_pages,
    single_thread_env,
    tesseract_version,
)
from neuralux.config import OcrSettings
from neuralux.errors import InvalidArgument

log = logging.getLogger(__name__)

__all__ = ["INSTALL_HINT", "TesseractOcr", "create_engine", "find_tesseract", "tesseract_version",
           "to_gray"]

BLOCKS_PER_WORKER = 3  # pieces per process, so uneven blocks still balance


def to_gray(image: Any) -> np.ndarray:
    """A 2-D uint8 array from a PIL image, an RGB(A)/grey array, or an mss ScreenShot."""
    if hasattr(image, "raw") and hasattr(image, "size"):  # mss ScreenShot (BGRA), no copy
        from PIL import Image

        # PIL's C conversion is ~5x faster than the same arithmetic in numpy.
        rgb = Image.frombuffer("RGB", tuple(image.size), image.raw, "raw", "BGRX", 0, 1)
        return np.asarray(rgb.convert("L"))
    if hasattr(image, "convert"):
        return np.asarray(image.convert("L"))
    arr = np.asarray(image)
    if arr.ndim == 2:
        return arr.astype(np.uint8, copy=False)
    if arr.ndim == 3 and arr.shape[2] in (3, 4):
        return _luma(arr[..., 0], arr[..., 1], arr[..., 2])
    raise InvalidArgument(f"not an image: array of shape {arr.shape}")


def _usable_cores() -> int:
    """Cores this process may run on (containers and taskset limit it below cpu_count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _luma(r: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
    # ITU-R 601 weights in integer arithmetic, as PIL's "L" conversion does.
    return ((r.astype(np.uint32) * 299 + g.astype(np.uint32) * 587
             + b.astype(np.uint32) * 114) // 1000).astype(np.uint8)


class TesseractOcr:
    """``OcrEngine`` over the tesseract binary. Thread-safe; ``read`` blocks."""

    def __init__(self, settings: OcrSettings) -> None:
        self.settings = settings
        self.cmd = find_tesseract(settings.tesseract_cmd)
        self.workers = settings.workers or _usable_cores()
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=self.workers, thread_name_prefix="tesseract")
        self._cache: collections.OrderedDict[bytes, OcrResult] = collections.OrderedDict()
        self._lock = threading.Lock()
        self._env = single_thread_env()
        # Pages are written and read once per request: keep them in RAM when we can.
        shm = Path("/dev/shm")  # noqa: S108 - a private TemporaryDirectory is made inside
        self._tmp_root = str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def read(self, image: Any) -> OcrResult:
        started = time.perf_counter()
        gray = to_gray(image)
        if gray.size == 0:
            raise InvalidArgument("the image is empty (zero width or height)")
        digest = hashlib.blake2b(str(gray.shape).encode(), digest_size=16)
        digest.update(np.ascontiguousarray(gray).data)  # no copy of the pixels
        key = digest.digest()
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
        if hit is not None:
            return replace(hit, timings={"total": time.perf_counter() - started, "cached": 1.0})
        result = self._read_uncached(gray, started)
        if self.settings.cache_size:
            with self._lock:
                self._cache[key] = result
                while len(self._cache) > self.settings.cache_size:
                    self._cache.popitem(last=False)
        return result

    def _read_uncached(self, gray: np.ndarray, started: float) -> OcrResult:
        blocks = layout.find_blocks(gray)
        total_lines = sum(len(b.lines) for b in blocks)
        per_piece = max(3, -(-total_lines // (self.workers * BLOCKS_PER_WORKER)))
        pieces = [p for b in blocks for p in layout.split_block(b, per_piece)]
        t_layout = time.perf_counter()
        timings = {"layout": t_layout - started, "blocks": float(len(pieces))}
        if not pieces:
            return OcrResult("", (), {**timings, "ocr": 0.0, "total": t_layout - started})
        with tempfile.TemporaryDirectory(prefix="neuralux-ocr-", dir=self._tmp_root) as tmp:
            pages = [self._write_page(gray, b, Path(tmp) / f"{i:04d}.pgm")
                     for i, b in enumerate(pieces)]
            parsed = self._ocr_parallel(pages, Path(tmp))
            lines = [line for page in pages for line in parsed.get(page.path, [])]
        done = time.perf_counter()
        words = tuple(w for line in lines for w in line)
        text = "\n".join(" ".join(w.text for w in line) for line in lines)
        return OcrResult(text, words, {**timings, "ocr": done - t_layout,
                                       "total": done - started})

    def _ocr_parallel(self, pages: list[Page], tmp: Path) -> dict[Path, Lines]:
        """One tesseract process per group of pages, groups balanced by estimated work."""
        # psm 6: each page is one uniform block of text, which is what layout cut out.
        futures = [self._pool.submit(run_pages, self.cmd, self.settings.lang, 6,
                                     tmp / f"list{n}.txt", group,
                                     self.settings.timeout_seconds, self._env)
                   for n, group in enumerate(balance(pages, self.workers)) if group]
        # Let every process finish before reporting a failure: the pages live in a
        # temporary directory that is removed as soon as we return.
        concurrent.futures.wait(futures)
        parsed: dict[Path, Lines] = {}
        for fut in futures:
            parsed.update(fut.result())
        return parsed

    def _write_page(self, gray: np.ndarray, block: layout.TextBlock, path: Path) -> Page:
        from PIL import Image

        pixels, scale, origin = layout.prepare(gray, block)
        img = Image.fromarray(pixels, "L")
        if scale != 1.0:
            img = img.resize((round(img.width * scale), round(img.height * scale)),
                             Image.Resampling.BICUBIC)
        img.save(path)
        return Page(path, scale, origin, round(block.text_area * scale))


def create_engine(settings: OcrSettings) -> TesseractOcr:
    """Factory for the OCR ``ModelWorker``; fails with the install command if needed."""
    return TesseractOcr(settings)
