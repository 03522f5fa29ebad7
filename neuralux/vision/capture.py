"""Screen capture: mss on X11, the xdg-desktop-portal Screenshot API on Wayland.

All functions block (they run on the OCR worker thread). A grab returns a
``Capture`` holding the pixels and where they came from, so OCR word boxes can
be mapped back to the screen and answers can say what they looked at.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass
from typing import Any

from neuralux.errors import InvalidArgument, Unavailable

log = logging.getLogger(__name__)

NO_DISPLAY = ("No display to capture: neither DISPLAY (X11) nor WAYLAND_DISPLAY is set. "
              "Run this inside your desktop session, or use --file IMAGE.")


@dataclass(frozen=True)
class Region:
    x: int
    y: int
    w: int
    h: int

    def __str__(self) -> str:
        return f"{self.x},{self.y},{self.w},{self.h}"


@dataclass(frozen=True)
class Capture:
    image: Any  # PIL.Image.Image or an mss ScreenShot (both accepted by the OCR engine)
    region: Region
    label: str  # "window “Terminal”", "screen", "region 10,10,300,200"
    title: str = ""
    seconds: float = 0.0

    def to_pil(self) -> Any:
        from PIL import Image

        if hasattr(self.image, "raw"):  # an mss ScreenShot (BGRA)
            return Image.frombytes("RGB", self.image.size, bytes(self.image.raw), "raw", "BGRX")
        return self.image


def parse_region(text: str) -> Region:
    m = re.fullmatch(r"\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*,\s*(-?\d+)\s*", text or "")
    if not m:
        raise InvalidArgument(f"region {text!r} is not X,Y,W,H (four integers, e.g. 0,0,800,600)")
    return Region(*(int(g) for g in m.groups()))


def validate_region(region: Region, screen: Region) -> Region:
    """The region itself if it has a size and lies on the screen, else ``InvalidArgument``."""
    if region.w <= 0 or region.h <= 0:
        raise InvalidArgument(f"region {region} has zero or negative size; width and height "
                              "must be positive")
    inside = (region.x >= screen.x and region.y >= screen.y
              and region.x + region.w <= screen.x + screen.w
              and region.y + region.h <= screen.y + screen.h)
    if not inside:
        raise InvalidArgument(f"region {region} is outside the screen ({screen.w}x{screen.h} at "
                              f"{screen.x},{screen.y})")
    return region


def session_kind(env: dict[str, str] | None = None) -> str:
    """"x11", "wayland" or "none". XWayland sessions have both; the portal is the honest path."""
    env = dict(os.environ) if env is None else env
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    if env.get("DISPLAY"):
        return "x11"
    return "none"


_local = threading.local()
REOPEN_SECONDS = 30.0  # pick up monitor changes without reconnecting for every grab


def _open_mss() -> Any:
    try:
        import mss
    except ImportError as exc:  # pragma: no cover - packaging problem
        raise Unavailable("Screen capture needs the 'mss' package: pip install mss") from exc
    try:
        # mss 10 renamed the factory; keep working with 9.x too.
        factory = getattr(mss, "MSS", None) or mss.mss
        return factory()
    except Exception as exc:
        raise Unavailable(f"Cannot open the X display {os.environ.get('DISPLAY', '')!r}: "
                          f"{exc}") from exc


def _mss() -> Any:
    """This thread's mss instance (mss objects must not cross threads), kept for a while.

    Connecting to the X server and reading the monitor layout costs far more than
    the grab itself, so consecutive captures reuse one connection.
    """
    display = os.environ.get("DISPLAY", "")
    cached = getattr(_local, "sct", None)
    if cached is not None:
        sct, opened, opened_display = cached
        if opened_display == display and time.monotonic() - opened < REOPEN_SECONDS:
            return sct
        _local.sct = None
        with contextlib.suppress(Exception):
            sct.close()
    sct = _open_mss()
    _local.sct = (sct, time.monotonic(), display)
    return sct


def _forget_mss() -> None:
    cached = getattr(_local, "sct", None)
    _local.sct = None
    if cached is not None:
        with contextlib.suppress(Exception):
            cached[0].close()


def screen_region() -> Region:
    """The whole virtual desktop (all monitors) on X11."""
    m = _mss().monitors[0]
    return Region(m["left"], m["top"], m["width"], m["height"])


def monitors() -> list[Region]:
    return [Region(m["left"], m["top"], m["width"], m["height"]) for m in _mss().monitors[1:]]


def _grab(region: Region, label: str, title: str = "") -> Capture:
    started = time.perf_counter()
    box = {"left": region.x, "top": region.y, "width": region.w, "height": region.h}
    from mss.exception import ScreenShotError

    try:
        shot = _mss().grab(box)
    except ScreenShotError:
        _forget_mss()  # the connection may have died (X server restarted): retry once
        try:
            shot = _mss().grab(box)
        except ScreenShotError as exc:
            raise Unavailable(f"Screen capture failed: {exc}") from exc
    return Capture(shot, region, label, title, time.perf_counter() - started)


def active_window() -> tuple[Region, str] | None:
    """Geometry and title of the window named by the root's ``_NET_ACTIVE_WINDOW``."""
    try:
        return _active_window_xlib()
    except ImportError:
        return _active_window_xdotool()


def _active_window_xlib() -> tuple[Region, str] | None:
    from Xlib import X, display  # python-xlib, installed with pynput

    disp = display.Display()
    try:
        root = disp.screen().root
        prop = root.get_full_property(disp.intern_atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType)
        if prop is None or not prop.value or not prop.value[0]:
            return None
        win = disp.create_resource_object("window", int(prop.value[0]))
        geom = win.get_geometry()
        pos = win.translate_coords(root, 0, 0)  # window origin relative to the root, negated
        name = win.get_full_property(disp.intern_atom("_NET_WM_NAME"),
                                     disp.intern_atom("UTF8_STRING"))
        title = name.value.decode("utf-8", "replace") if name and name.value else ""
        if not title:
            title = win.get_wm_name() or ""
        return Region(-pos.x, -pos.y, geom.width, geom.height), str(title)
    except Exception as exc:  # noqa: BLE001 - Xlib raises many error types for dead windows
        log.debug("active window lookup failed: %s", exc)
        return None
    finally:
        disp.close()


def _active_window_xdotool() -> tuple[Region, str] | None:
    if not shutil.which("xdotool"):
        return None
    out = subprocess.run(["xdotool", "getactivewindow", "getwindowgeometry", "--shell",
                          "getwindowname"], capture_output=True, text=True, timeout=5,
                         check=False)
    if out.returncode != 0:
        return None
    values = dict(re.findall(r"^(\w+)=(\S+)$", out.stdout, re.M))
    title = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""
    try:
        return Region(int(values["X"]), int(values["Y"]), int(values["WIDTH"]),
                      int(values["HEIGHT"])), title
    except (KeyError, ValueError):
        return None


def capture(target: str = "screen", region: Region | None = None, monitor: int = 0) -> Capture:
    """Grab ``target``: "screen" (all monitors or ``monitor`` N ≥ 1), "window", or "region"."""
    kind = session_kind()
    if kind == "none":
        raise Unavailable(NO_DISPLAY)
    # NEURALUX_FORCE_X11: on XWayland-only setups mss still sees X11 windows.
    if kind == "wayland" and not os.environ.get("NEURALUX_FORCE_X11"):
        from neuralux.vision.portal import portal_screenshot

        shot = portal_screenshot()
        if region is not None:
            full = Region(0, 0, shot.width, shot.height)
            r = validate_region(region, full)
            return Capture(shot.crop((r.x, r.y, r.x + r.w, r.y + r.h)), r, f"region {r}")
        return Capture(shot, Region(0, 0, shot.width, shot.height), "screen (portal)")
    screen = screen_region()
    if target == "region":
        if region is None:
            raise InvalidArgument("a region (X,Y,W,H) is needed")
        return _grab(validate_region(region, screen), f"region {region}")
    if target == "window":
        found = active_window()
        if found is not None:
            win, title = found
            # Clip to the screen: a window may hang off an edge.
            x0, y0 = max(win.x, screen.x), max(win.y, screen.y)
            x1 = min(win.x + win.w, screen.x + screen.w)
            y1 = min(win.y + win.h, screen.y + screen.h)
            if x1 > x0 and y1 > y0:
                return _grab(Region(x0, y0, x1 - x0, y1 - y0),
                             f"window “{title}”" if title else "active window", title)
        log.info("no active window reported; reading the whole screen instead")
        return _grab(screen, "screen (no active window)")
    if monitor:
        mons = monitors()
        if not 1 <= monitor <= len(mons):
            raise InvalidArgument(f"monitor {monitor} does not exist; there are {len(mons)}")
        return _grab(mons[monitor - 1], f"monitor {monitor}")
    return _grab(screen, "screen")
