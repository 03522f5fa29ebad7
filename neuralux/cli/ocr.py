"""``neuralux ocr``, ``neuralux recall`` and ``neuralux ocr-consent``.

OCR runs in this process rather than in the daemon: tesseract is a subprocess
either way and there is no model to keep warm, so the command works without a
running daemon and is as fast. Screen memory is read straight from the database.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from neuralux.errors import EXIT_OK, InvalidArgument, Unavailable


def register(sub: Any) -> None:
    p = sub.add_parser("ocr", help="read the text on the screen, a window, a region or an image",
                       description="Print the text on the screen (OCR). Default: whole screen.")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--window", action="store_true", help="the active window only")
    where.add_argument("--region", metavar="X,Y,W,H", help="a rectangle of the screen")
    where.add_argument("--select", action="store_true", help="drag a rectangle with the mouse")
    where.add_argument("--monitor", type=int, metavar="N", help="monitor N (1, 2, …)")
    where.add_argument("--file", metavar="IMAGE", help="an image file instead of the screen")
    p.add_argument("--json", action="store_true", help="JSON with word boxes and confidences")
    p.add_argument("--copy", action="store_true", help="also copy the text to the clipboard")
    p.add_argument("--redact", action="store_true", help="mask secrets (keys, passwords, cards)")
    p.set_defaults(func=run)

    r = sub.add_parser("recall", help="search screen memory (what was on screen earlier)",
                       description="Search screen memory. Enable it with "
                                   "ocr.memory_enabled = true (off by default).")
    r.add_argument("query", help='e.g. "that postgres error"')
    r.add_argument("--limit", type=int, default=5)
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=run_recall)

    c = sub.add_parser("ocr-consent", help="programs allowed or denied to read the screen")
    c.add_argument("action", choices=("list", "allow", "deny", "forget"))
    c.add_argument("program", nargs="?", help="the program identity shown in the list")
    c.set_defaults(func=run_consent)


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def _settings() -> Any:
    from neuralux import config

    return config.load().settings


def load_image(path: str) -> Any:
    """Open an image file, or ``InvalidArgument`` (exit 4) saying why not."""
    from neuralux.vision.pipeline import decode_image

    p = Path(path)
    if not p.is_file():
        raise InvalidArgument(f"{path}: no such file")
    return decode_image(p, path)


async def _read(args: argparse.Namespace, settings: Any) -> Any:
    from neuralux.vision import capture as cap
    from neuralux.vision.pipeline import ScreenReader

    reader = ScreenReader(settings.ocr)
    try:
        if args.file:
            image = load_image(args.file)
            return await reader.read_image(image, f"file {args.file}")
        if args.select:
            if cap.session_kind() == "wayland":
                # Wayland forbids grabbing the screen ourselves: the desktop's own
                # screenshot dialog lets the user pick the area.
                from neuralux.vision.portal import portal_screenshot

                image = await asyncio.to_thread(portal_screenshot, 120.0, True)
                return await reader.read_image(image, "selected area")
            from neuralux.ui.region_select import select_region

            region = select_region()
            return await reader.read_screen("region", region)
        if args.region:
            return await reader.read_screen("region", cap.parse_region(args.region))
        if args.window:
            return await reader.read_screen("window")
        return await reader.read_screen("screen", monitor=args.monitor or 0)
    finally:
        await reader.stop()


def copy_to_clipboard(text: str) -> None:
    if os.environ.get("WAYLAND_DISPLAY") and shutil.which("wl-copy"):
        argv = ["wl-copy"]
    elif shutil.which("xclip"):
        argv = ["xclip", "-selection", "clipboard", "-in"]
    elif shutil.which("xsel"):
        argv = ["xsel", "--clipboard", "--input"]
    else:
        raise Unavailable("No clipboard tool found. Install one: sudo apt install xclip "
                          "(X11) or wl-clipboard (Wayland)")
    # xclip keeps running to serve the selection; it forks into the background itself.
    subprocess.run(argv, input=text.encode(), check=True, timeout=5,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run(args: argparse.Namespace) -> int:
    from neuralux.vision.pipeline import redacted

    started = time.perf_counter()
    st = asyncio.run(_read(args, _settings()))
    if args.redact:
        st = redacted(st)
    try:
        if args.json:
            data = st.to_dict(words=not st.redactions)
            data["timings"]["wall"] = time.perf_counter() - started
            print_json(data)
        else:
            print(st.text)
        sys.stdout.flush()
    except BrokenPipeError:  # `neuralux ocr | head`: the reader left, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    if args.copy:
        try:
            copy_to_clipboard(st.text)
        except subprocess.SubprocessError as exc:
            raise Unavailable(f"Copying to the clipboard failed: {exc}") from exc
        print("(copied to the clipboard)", file=sys.stderr)
    return EXIT_OK


def run_recall(args: argparse.Namespace) -> int:
    from neuralux import paths
    from neuralux.vision import memory

    settings = _settings()
    db_file = paths.database_file()
    if not db_file.exists():
        found: list[memory.Memory] = []
    else:
        import sqlite3

        import sqlite_utils

        db = sqlite_utils.Database(sqlite3.connect(str(db_file), timeout=10))
        try:
            found = memory.search(db, args.query, args.limit)
        finally:
            db.conn.close()
    if args.json:
        print_json([m.to_dict() for m in found])
        return EXIT_OK
    if not found:
        hint = "" if settings.ocr.memory_enabled else (
            " Screen memory is off; turn it on with `memory_enabled = true` in the [ocr] "
            "section of the config (or NEURALUX_OCR_MEMORY_ENABLED=1).")
        print(f"Nothing on record matches {args.query!r}.{hint}", file=sys.stderr)
        return EXIT_OK
    for m in found:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(m.created))
        print(f"{when}  {m.title or m.source}\n    {m.snippet.strip()}")
    return EXIT_OK


def run_consent(args: argparse.Namespace) -> int:
    from neuralux.dbus.consent import ALLOW, DENY, ConsentStore

    store = ConsentStore()
    if args.action == "list":
        entries = store.all()
        if not entries:
            print("No program has been allowed or denied screen access yet.")
        for identity, decision in sorted(entries.items()):
            print(f"{decision:6s} {identity}")
        return EXIT_OK
    if not args.program:
        raise InvalidArgument(f"`neuralux ocr-consent {args.action}` needs the program "
                              "(as shown by `neuralux ocr-consent list`)")
    if args.action == "forget":
        if not store.forget(args.program):
            raise InvalidArgument(f"{args.program!r} has no remembered decision")
    else:
        store.set(args.program, ALLOW if args.action == "allow" else DENY)
    return EXIT_OK
