"""Screen OCR: accuracy, speed against plain pytesseract, cache, and capture.

Screens are drawn with Qt at 1920×1080 (``ocr_screens.py``) so the true text is
known. Every Neuralux figure is measured next to the direct library call on the
same image in the same run:

- character error rate (CER) per screen and over the set (target ≤ 3 %);
- a full terminal screen (the density of the design's baseline, ~1.4k chars) and a
  wall of logs (~9k chars): Neuralux ``TesseractOcr.read`` vs
  ``pytesseract.image_to_string`` (target ≥ 2× faster, p50 ≤ 1.0 s on the terminal);
- the same screen again (cache; target ≤ 50 ms);
- a 1080p grab on Xvfb: ``capture.capture("screen")`` vs a bare ``mss`` grab.

Run: ``PYTHONPATH=. python -m benchmarks.bench_ocr [--quick]``.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Row

TIMING_SCREEN = "terminal_traceback"
WALL_SCREEN = "text_dense"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _errors(truth: str, got: str) -> tuple[int, int]:
    from rapidfuzz.distance import Levenshtein

    a, b = _norm(truth), _norm(got)
    return Levenshtein.distance(a, b), len(a)


def _plain(image: Any) -> str:
    import pytesseract

    return str(pytesseract.image_to_string(image))


def _p50(fn: Any, runs: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(runs):
        started = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), out


def _accuracy(engine: Any, rendered: list[tuple[Any, Any]], with_plain: bool) -> list[Row]:
    rows, tot_e, tot_n, tot_pe = [], 0, 0, 0
    for screen, image in rendered:
        e, n = _errors(screen.truth, engine.read(image).text)
        tot_e, tot_n = tot_e + e, tot_n + n
        direct = "-"
        if with_plain:
            pe, _ = _errors(screen.truth, _plain(image))
            tot_pe += pe
            direct = f"{pe / n:.2%}"
        rows.append(Row(f"ocr CER {screen.name}", f"{e / n:.2%}", direct, "", "", True))
    cer = tot_e / tot_n
    rows.append(Row(f"ocr CER, {len(rendered)} screens", f"{cer:.2%}",
                    f"{tot_pe / tot_n:.2%}" if with_plain else "-", "", "≤ 3%", cer <= 0.03))
    return rows


def _child_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def _speed(engine: Any, name: str, image: Any, runs: int, p50_target: bool) -> list[Row]:
    """Wall time (p50) and CPU seconds per read (tesseract processes; less sensitive to load)."""
    cpu0 = _child_cpu()
    ours, _ = _p50(lambda: engine.read(image), runs)
    cpu1 = _child_cpu()
    plain_runs = max(1, runs // 2 + 1)
    plain, _ = _p50(lambda: _plain(image), plain_runs)
    cpu2 = _child_cpu()
    ours_cpu, plain_cpu = (cpu1 - cpu0) / runs, (cpu2 - cpu1) / plain_runs
    ratio = plain / ours
    ok = ratio >= 2.0 and (ours <= 1.0 or not p50_target)
    target = "≥ 2× faster, p50 ≤ 1.0 s" if p50_target else "≥ 2× faster"
    return [Row(f"ocr 1080p {name} (p50)", f"{ours:.2f} s", f"{plain:.2f} s",
                f"{ratio:.1f}×", target, ok),
            Row(f"ocr 1080p {name}, CPU per read", f"{ours_cpu:.2f} s", f"{plain_cpu:.2f} s",
                f"{plain_cpu / max(ours_cpu, 1e-6):.1f}×", "measured", True)]


def _cache(image: Any) -> Row:
    from neuralux.backends.ocr import TesseractOcr
    from neuralux.config import OcrSettings

    engine = TesseractOcr(OcrSettings(cache_size=4))
    try:
        first_started = time.perf_counter()
        engine.read(image)
        first = time.perf_counter() - first_started
        again, result = _p50(lambda: engine.read(image.copy()), 5)
        assert result.timings.get("cached") == 1.0
    finally:
        engine.close()
    return Row("ocr unchanged screen, 2nd request", f"{again * 1000:.0f} ms",
               f"{first:.2f} s (1st)", f"{first / again:.0f}×", "≤ 50 ms", again <= 0.05)


def _capture(runs: int) -> list[Row]:
    if not shutil.which("Xvfb"):
        return [Row("capture 1080p grab (Xvfb)", "n/a", "n/a", "", "measured", False)]
    n = next(i for i in range(180, 260) if not Path(f"/tmp/.X11-unix/X{i}").exists()
             and not Path(f"/tmp/.X{i}-lock").exists())
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    old = os.environ.get("DISPLAY")
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{n}").exists() and time.monotonic() < deadline:
            if proc.poll() is not None:
                return [Row("capture 1080p grab (Xvfb)", "n/a", "n/a", "", "Xvfb failed", False)]
            time.sleep(0.05)
        os.environ["DISPLAY"] = f":{n}"
        import mss

        from neuralux.errors import Unavailable
        from neuralux.vision import capture as cap

        while True:  # the socket appears a moment before the server accepts clients
            try:
                cap.screen_region()
                break
            except Unavailable:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

        # Both sides include the pixel buffer (``raw``, what the OCR engine reads; the
        # ``bgra`` property would add a 20 ms copy).
        def ours_grab() -> Any:
            shot = cap.capture("screen")
            assert len(shot.image.raw) == 1920 * 1080 * 4
            return shot

        ours, shot = _p50(ours_grab, runs)
        assert shot.region.w == 1920 and shot.region.h == 1080
        with (getattr(mss, "MSS", None) or mss.mss)() as sct:
            mon = sct.monitors[0]
            direct, _ = _p50(lambda: len(sct.grab(mon).raw), runs)
        rows = [Row("capture 1080p grab + pixels (Xvfb, p50)", f"{ours * 1000:.0f} ms",
                    f"{direct * 1000:.0f} ms", f"{direct / ours:.2f}×", "measured", True)]
        rows += _end_to_end(f":{n}", runs)
    finally:
        if old is None:
            os.environ.pop("DISPLAY", None)
        else:
            os.environ["DISPLAY"] = old
        proc.terminate()
        proc.wait(5)
    return rows


def _end_to_end(display: str, runs: int) -> list[Row]:
    """ScreenReader on a real X screen showing the terminal: first read, then unchanged."""
    import asyncio

    from benchmarks.ocr_screens import screens
    from neuralux.config import OcrSettings
    from neuralux.vision.pipeline import ScreenReader

    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    helper = subprocess.Popen([sys.executable, "-m", "benchmarks._show_screen", TIMING_SCREEN],
                              env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert helper.stdout is not None and helper.stdout.readline().startswith("ready")
        truth = next(s for s in screens() if s.name == TIMING_SCREEN).truth

        async def measure() -> tuple[float, float, str]:
            reader = ScreenReader(OcrSettings())
            try:
                started = time.perf_counter()
                first = await reader.read_screen("screen")
                first_s = time.perf_counter() - started
                again = []
                for _ in range(runs):
                    started = time.perf_counter()
                    st = await reader.read_screen("screen")
                    again.append(time.perf_counter() - started)
                    assert st.text == first.text
                return first_s, statistics.median(again), first.text
            finally:
                await reader.stop()

        first_s, again_s, text = asyncio.run(measure())
    finally:
        helper.terminate()
        helper.wait(10)
    e, n = _errors(truth, text)
    return [Row("screen read end to end (Xvfb: capture+OCR)", f"{first_s:.2f} s",
                "-", "", f"CER {e / n:.2%}", e / n <= 0.03),
            Row("unchanged screen, 2nd read incl. capture", f"{again_s * 1000:.0f} ms", "-",
                "", "≤ 50 ms", again_s <= 0.05)]


def run(quick: bool) -> list[Row]:
    from benchmarks.ocr_screens import render_all
    from neuralux.backends.ocr import TesseractOcr
    from neuralux.config import OcrSettings

    # Capture first: after Qt's offscreen platform has drawn in this process, new X
    # connections from mss fail (a test-harness quirk; the xcb platform is fine).
    capture_rows = _capture(5 if quick else 20)
    rendered = render_all()
    by_name = {s.name: img for s, img in rendered}
    engine = TesseractOcr(OcrSettings(cache_size=0))  # measure the OCR, not the cache
    try:
        engine.read(by_name[TIMING_SCREEN])  # warm the page cache for tesseract's data
        rows = _accuracy(engine, rendered, with_plain=not quick)
        rows += _speed(engine, "terminal (~1.4k chars)", by_name[TIMING_SCREEN],
                       3 if quick else 7, p50_target=True)
        rows += _speed(engine, "wall of logs (~9k chars)", by_name[WALL_SCREEN],
                       1 if quick else 3, p50_target=False)
    finally:
        engine.close()
    rows.append(_cache(by_name[TIMING_SCREEN]))
    rows += capture_rows
    return rows


def main() -> int:
    rows = run("--quick" in sys.argv)
    widths = [max(len(str(getattr(r, f))) for r in rows) for f in ("path", "neuralux", "direct",
                                                                    "ratio", "target")]
    for r in rows:
        cells = [r.path, r.neuralux, r.direct, r.ratio, r.target]
        print("  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)),
              "ok" if r.ok else "MISS")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
