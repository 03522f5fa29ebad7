"""Running tesseract processes over many small images and parsing their TSV output.

One process reads a list file of images ("pages"), so the language model loads
once per process; ``OMP_THREAD_LIMIT=1`` because we parallelise across
processes, and tesseract's OpenMP threads only contend with each other.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from neuralux.backends.base import OcrWord
from neuralux.errors import NeuraluxError, Timeout, Unavailable

INSTALL_HINT = "Install it with: sudo apt install tesseract-ocr"


@dataclass(frozen=True)
class Page:
    path: Path
    scale: float
    origin: tuple[int, int]  # screen position of the page's top-left pixel
    cost: int  # estimated work, for balancing processes


Lines = list[list[OcrWord]]


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


def single_thread_env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def run_pages(cmd: str, lang: str, psm: int, list_file: Path, pages: list[Page],
              timeout: float, env: dict[str, str]) -> dict[Path, Lines]:
    """OCR ``pages`` in one tesseract process; words per page, grouped into lines."""
    list_file.write_text("".join(f"{p.path}\n" for p in pages), encoding="utf-8")
    argv = [cmd, str(list_file), "stdout", "-l", lang, "--psm", str(psm), "tsv"]
    try:
        out = subprocess.run(argv, capture_output=True, env=env, check=False, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise Timeout(f"tesseract took longer than {timeout:.0f} s (ocr.timeout_seconds)") from exc
    except FileNotFoundError as exc:
        raise Unavailable(f"Tesseract OCR disappeared ({cmd}). {INSTALL_HINT}") from exc
    if out.returncode != 0:
        err = out.stderr.decode(errors="replace").strip()
        if "Failed loading language" in err or "Error opening data file" in err:
            raise Unavailable(f"Tesseract has no data for language {lang!r}. Install it with: "
                              f"sudo apt install tesseract-ocr-{lang.split('+')[0]}")
        raise NeuraluxError(f"tesseract failed (exit {out.returncode}): {err[-300:]}")
    return parse_tsv(out.stdout.decode("utf-8", errors="replace"), pages)


def balance(pages: list[Page], workers: int) -> list[list[Page]]:
    """Longest-processing-time-first assignment of pages to processes."""
    groups: list[list[Page]] = [[] for _ in range(max(1, min(workers, len(pages))))]
    loads = [0] * len(groups)
    for page in sorted(pages, key=lambda p: -p.cost):
        i = loads.index(min(loads))
        groups[i].append(page)
        loads[i] += page.cost
    return groups


# A zero starting a word of 4+ lower-case letters; not 0xdeadbeef, 2.0ms, 0px or 0rem.
_ZERO_FOR_O = re.compile(r"(?<![0-9A-Za-z])(?<!\d[.,])0(?!x)(?=[a-z]{4,})")


def fix_word(text: str) -> str:
    """Undo the confusion that hurts screen text most: "0perationalError" → "OperationalError".

    In monospace fonts a capital O and a zero look alike; a zero directly followed by
    lower-case letters is almost never right.
    """
    return _ZERO_FOR_O.sub("O", text)


def parse_tsv(tsv: str, pages: list[Page]) -> dict[Path, Lines]:
    """Words per page, grouped into lines, in full-screen coordinates."""
    result: dict[Path, Lines] = {p.path: [] for p in pages}
    last_line: tuple[str, ...] | None = None
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        conf = float(cols[10])
        page_no = int(cols[1]) - 1
        if conf < 0 or not 0 <= page_no < len(pages):
            continue  # tesseract reports -1 for non-words
        page = pages[page_no]
        left, top, width, height = (int(c) for c in cols[6:10])
        s, (ox, oy) = page.scale, page.origin
        word = OcrWord(fix_word(cols[11]), ox + round(left / s), oy + round(top / s),
                       max(1, round(width / s)), max(1, round(height / s)), conf)
        line_key = tuple(cols[1:5])
        if line_key != last_line:
            result[page.path].append([])
            last_line = line_key
        result[page.path][-1].append(word)
    for lines in result.values():
        lines[:] = [kept for line in lines if (kept := drop_specks(line))]
    return result


def drop_specks(line: list[OcrWord]) -> list[OcrWord]:
    """Remove tiny, unsure one-character "words": dust, underlines, antialiasing fringes."""
    if len(line) < 2:
        return line
    typical = max(w.height for w in line)
    return [w for w in line
            if not (len(w.text) <= 2 and w.confidence < 60 and w.height < 0.4 * typical)]
