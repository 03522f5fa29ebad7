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
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from neuralux.backends import ocr_layout as layout
from neuralux.backends.base import OcrResult, OcrWord
from neuralux.config import OcrSettings
from neuralux.errors import InvalidArgument, NeuraluxError, Timeout, Unavailable

log = logging.getLogger(__name__)

INSTALL_HINT = "Install it with: sudo apt install tesseract-ocr"
MIN_WORD_CONFIDENCE = 0.0  # tesseract reports -1 for non-words
BLOCKS_PER_WORKER = 3  # pieces per process, so uneven blocks still balance


def find_tesseract(cmd: str = "tesseract") -> str:
    """Absolute path of the tesseract program, or ``Unavailable`` saying how to install it."""
    found = shutil.which(cmd)
    if not found:
        raise Unavailable(f"Tesseract OCR is not installed ({cmd!r} not found). {INSTALL_HINT}")
    return found


def tesseract_version(cmd: str = "tesseract") -> str:
    out = subprocess.run([find_tesseract(cmd), "--version"], capture_output=True, text=True,
                         timeout=10, check=False)
    first = (out.stdout or out.stderr).splitlines()
    return first[0] if first else "unknown"


def to_gray(image: Any) -> np.ndarray:
    """A 2-D uint8 array from a PIL image, an RGB(A)/grey array, or an mss ScreenShot."""
    if hasattr(image, "bgra") and hasattr(image, "size"):  # mss ScreenShot: skip PIL
        arr = np.frombuffer(image.bgra, np.uint8).reshape(image.size[1], image.size[0], 4)
        return _luma(arr[..., 2], arr[..., 1], arr[..., 0])
    if hasattr(image, "convert"):
        return np.asarray(image.convert("L"))
    arr = np.asarray(image)
    if arr.ndim == 2:
        return arr.astype(np.uint8, copy=False)
    if arr.ndim == 3 and arr.shape[2] in (3, 4):
        return _luma(arr[..., 0], arr[..., 1], arr[..., 2])
    raise InvalidArgument(f"not an image: array of shape {arr.shape}")


def _luma(r: np.ndarray, g: np.ndarray, b: np.ndarray) -> np.ndarray:
    # ITU-R 601 weights in integer arithmetic, as PIL's "L" conversion does.
    return ((r.astype(np.uint32) * 299 + g.astype(np.uint32) * 587
             + b.astype(np.uint32) * 114) // 1000).astype(np.uint8)


@dataclass(frozen=True)
class _Page:
    path: Path
    scale: float
    origin: tuple[int, int]
    cost: int


class TesseractOcr:
    """``OcrEngine`` over the tesseract binary. Thread-safe; ``read`` blocks."""

    def __init__(self, settings: OcrSettings) -> None:
        self.settings = settings
        self.cmd = find_tesseract(settings.tesseract_cmd)
        self.workers = settings.workers or max(1, os.cpu_count() or 1)
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=self.workers, thread_name_prefix="tesseract")
        self._cache: collections.OrderedDict[bytes, OcrResult] = collections.OrderedDict()
        self._lock = threading.Lock()
        self._env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        shm = Path("/dev/shm")
        self._tmp_root = str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def read(self, image: Any) -> OcrResult:
        started = time.perf_counter()
        gray = to_gray(image)
        if gray.size == 0:
            raise InvalidArgument("the image is empty (zero width or height)")
        key = hashlib.blake2b(gray.tobytes(), digest_size=16,
                              person=f"{gray.shape}".encode()[:16]).digest()
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
        if not pieces:
            return OcrResult("", (), {"layout": t_layout - started, "ocr": 0.0,
                                      "total": t_layout - started, "blocks": 0.0})
        with tempfile.TemporaryDirectory(prefix="neuralux-ocr-", dir=self._tmp_root) as tmp:
            pages = [self._write_page(gray, block, Path(tmp) / f"{i:04d}.pgm")
                     for i, block in enumerate(pieces)]
            groups = _balance(pages, self.workers)
            futures = [self._pool.submit(self._run, Path(tmp) / f"list{n}.txt", group)
                       for n, group in enumerate(groups) if group]
            parsed: dict[Path, list[list[OcrWord]]] = {}
            for fut in futures:
                parsed.update(fut.result())
        lines_out: list[str] = []
        words: list[OcrWord] = []
        for page in pages:
            for line in parsed.get(page.path, []):
                lines_out.append(" ".join(w.text for w in line))
                words.extend(line)
        done = time.perf_counter()
        return OcrResult("\n".join(lines_out), tuple(words), {
            "layout": t_layout - started, "ocr": done - t_layout, "total": done - started,
            "blocks": float(len(pieces))})

    def _write_page(self, gray: np.ndarray, block: layout.TextBlock, path: Path) -> _Page:
        from PIL import Image

        pixels, scale, origin = layout.prepare(gray, block)
        img = Image.fromarray(pixels, "L")
        if scale != 1.0:
            img = img.resize((round(img.width * scale), round(img.height * scale)),
                             Image.Resampling.BICUBIC)
        img.save(path)
        return _Page(path, scale, origin, img.width * img.height)

    def _run(self, list_file: Path, pages: list[_Page]) -> dict[Path, list[list[OcrWord]]]:
        list_file.write_text("".join(f"{p.path}\n" for p in pages), encoding="utf-8")
        argv = [self.cmd, str(list_file), "stdout", "-l", self.settings.lang, "--psm", "6",
                "tsv"]
        try:
            out = subprocess.run(argv, capture_output=True, env=self._env, check=False,
                                 timeout=self.settings.timeout_seconds)
        except subprocess.TimeoutExpired as exc:
            raise Timeout(f"tesseract took longer than {self.settings.timeout_seconds:.0f} s "
                          "(ocr.timeout_seconds)") from exc
        except FileNotFoundError as exc:
            raise Unavailable(f"Tesseract OCR disappeared ({self.cmd}). {INSTALL_HINT}") from exc
        if out.returncode != 0:
            err = out.stderr.decode(errors="replace").strip()
            if "Failed loading language" in err or "Error opening data file" in err:
                raise Unavailable(f"Tesseract has no data for language {self.settings.lang!r}. "
                                  f"Install it with: sudo apt install tesseract-ocr-"
                                  f"{self.settings.lang.split('+')[0]}")
            raise NeuraluxError(f"tesseract failed (exit {out.returncode}): {err[-300:]}")
        return _parse_tsv(out.stdout.decode("utf-8", errors="replace"), pages)


def _balance(pages: list[_Page], workers: int) -> list[list[_Page]]:
    """Longest-processing-time-first assignment of pages to processes."""
    groups: list[list[_Page]] = [[] for _ in range(min(workers, len(pages)))]
    loads = [0] * len(groups)
    for page in sorted(pages, key=lambda p: -p.cost):
        i = loads.index(min(loads))
        groups[i].append(page)
        loads[i] += page.cost
    return groups


def _parse_tsv(tsv: str, pages: list[_Page]) -> dict[Path, list[list[OcrWord]]]:
    """Words per page, grouped into lines, in full-screen coordinates."""
    result: dict[Path, list[list[OcrWord]]] = {p.path: [] for p in pages}
    last_line: tuple[str, ...] | None = None
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        conf = float(cols[10])
        if conf < MIN_WORD_CONFIDENCE:
            continue
        page_no = int(cols[1]) - 1
        if not 0 <= page_no < len(pages):
            continue
        page = pages[page_no]
        left, top, width, height = (int(c) for c in cols[6:10])
        s, (ox, oy) = page.scale, page.origin
        word = OcrWord(cols[11], ox + round(left / s), oy + round(top / s),
                       round(width / s), round(height / s), conf)
        line_key = tuple(cols[1:5])
        if line_key != last_line:
            result[page.path].append([])
            last_line = line_key
        result[page.path][-1].append(word)
    return result


def create_engine(settings: OcrSettings) -> TesseractOcr:
    """Factory for the OCR ``ModelWorker``; fails with the install command if needed."""
    return TesseractOcr(settings)
