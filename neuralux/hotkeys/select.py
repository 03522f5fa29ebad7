"""Choose and start the hotkey backend for this session.

The choice is a pure function of the setting and the environment, so
``neuralux doctor`` can show it without starting anything. Starting falls back
step by step and always ends with something the user can act on: the
configured key, the fallback key, or `neuralux toggle` bound as a desktop
shortcut.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from neuralux.config import OverlaySettings
from neuralux.errors import NeuraluxError
from neuralux.hotkeys import conflicts, spec

log = logging.getLogger(__name__)

X11, PORTAL, NONE = "x11", "portal", "none"


@dataclass(frozen=True)
class Choice:
    backend: str
    reason: str


def session_kind(env: Mapping[str, str]) -> str:
    """"wayland", "x11" or "" (no display)."""
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return "wayland"
    if env.get("DISPLAY"):
        return "x11"
    return ""


def choose(setting: str, env: Mapping[str, str]) -> Choice:
    kind = session_kind(env)
    if setting == NONE:
        return Choice(NONE, "disabled by overlay.hotkey_backend = none; bind `neuralux toggle` "
                            "to a desktop shortcut (`neuralux setup-shortcut`)")
    if setting == X11 or (setting == "auto" and kind == "x11"):
        if not env.get("DISPLAY"):
            return Choice(NONE, "X11 hotkeys need an X display and DISPLAY is not set")
        return Choice(X11, "X11 session: a global key grab on the X server")
    if setting == PORTAL or kind == "wayland":
        return Choice(PORTAL, "Wayland session: the desktop portal's GlobalShortcuts, where "
                              "the desktop offers it (KDE, GNOME 48+)")
    return Choice(NONE, "no display: the overlay is not shown (headless)")


@dataclass
class ActiveHotkey:
    backend: str  # what is actually catching the key: "x11", "portal" or "none"
    label: str  # e.g. "Alt+Space", or "" when no key is bound
    message: str  # what happened, in words for the user (shown in the tray and the log)
    handle: Any = None  # X11Hotkey | PortalHotkey | None

    @property
    def degraded(self) -> bool:
        return self.backend == NONE or "instead" in self.message

    def finish_grab(self, window_id: int) -> list[Any]:
        finish = getattr(self.handle, "finish_grab", None)
        return finish(window_id) if finish else []

    def set_paused(self, paused: bool) -> None:
        pause = getattr(self.handle, "set_paused", None)
        if pause:
            pause(paused)

    def stop(self) -> None:
        stop = getattr(self.handle, "stop", None)
        if stop:
            stop()


def start_x11(settings: OverlaySettings, on_activate: Callable[[], None],
              should_grab: Callable[[], bool], env: Mapping[str, str]) -> ActiveHotkey:
    from neuralux.hotkeys.x11 import HotkeyTaken, X11Hotkey

    wanted = spec.parse(settings.hotkey)
    fallback = spec.parse(settings.fallback_hotkey)
    taken_hint = conflicts.who_holds(wanted, env)
    for candidate in (wanted, fallback):
        hk = X11Hotkey(candidate, on_activate, should_grab)
        try:
            hk.start()
        except HotkeyTaken:
            log.warning("%s is already grabbed by another X client", candidate.label())
            continue
        if candidate == wanted:
            return ActiveHotkey(X11, candidate.label(),
                                f"Press {candidate.label()} to open Neuralux.", hk)
        return ActiveHotkey(
            X11, candidate.label(),
            f"{wanted.label()} is taken by another program{taken_hint}; Neuralux uses "
            f"{candidate.label()} instead. {conflicts.how_to_free(wanted, env)}", hk)
    return ActiveHotkey(
        NONE, "",
        f"{wanted.label()} and {fallback.label()} are both taken by other programs"
        f"{taken_hint}. Bind `neuralux toggle` to a key in your desktop's keyboard settings "
        f"(`neuralux setup-shortcut` does it on GNOME), or set overlay.hotkey to a free key.")


def start(settings: OverlaySettings, on_activate: Callable[[], None],
          should_grab: Callable[[], bool] = lambda: True,
          env: Mapping[str, str] | None = None,
          start_portal: Callable[[spec.HotkeySpec], Any] | None = None) -> ActiveHotkey:
    """Start the chosen backend; never raises for a missing or taken key."""
    env = os.environ if env is None else env
    choice = choose(settings.hotkey_backend, env)
    try:
        if choice.backend == X11:
            return start_x11(settings, on_activate, should_grab, env)
        if choice.backend == PORTAL and start_portal is not None:
            wanted = spec.parse(settings.hotkey)
            handle = start_portal(wanted)
            return ActiveHotkey(PORTAL, wanted.label(),
                                f"The desktop asks you to confirm {wanted.label()} for "
                                "Neuralux (GlobalShortcuts portal).", handle)
    except NeuraluxError as exc:
        return ActiveHotkey(NONE, "", f"No global hotkey: {exc.message} Bind `neuralux toggle` "
                                      "to a desktop shortcut instead (`neuralux setup-shortcut`"
                                      " on GNOME).")
    return ActiveHotkey(NONE, "", f"No global hotkey ({choice.reason}). Bind `neuralux toggle` "
                                  "to a desktop shortcut (`neuralux setup-shortcut` on GNOME).")
