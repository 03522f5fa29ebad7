"""Who else wants Alt+Space: GNOME's window menu and KDE's KRunner, by default.

Detection reads the desktop's own settings (gsettings, kglobalshortcutsrc); the
advice is plain text for the user. Nothing here changes any setting.
"""

from __future__ import annotations

import configparser
import logging
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

from neuralux.hotkeys.spec import HotkeySpec

log = logging.getLogger(__name__)

GNOME_WM_SCHEMA = "org.gnome.desktop.wm.keybindings"
GNOME_WINDOW_MENU_KEY = "activate-window-menu"


def desktop(env: Mapping[str, str]) -> str:
    """"gnome", "kde" or "" from XDG_CURRENT_DESKTOP (e.g. "ubuntu:GNOME", "KDE")."""
    names = env.get("XDG_CURRENT_DESKTOP", "").lower().split(":")
    if any(n in ("gnome", "ubuntu", "unity", "pop") for n in names):
        return "gnome"
    if "kde" in names:
        return "kde"
    return ""


def who_holds(wanted: HotkeySpec, env: Mapping[str, str]) -> str:
    """A parenthesised guess at the holder of ``wanted``, or ""."""
    if wanted.modifiers != frozenset({"alt"}) or wanted.key != "space":
        return ""
    return {"gnome": " (GNOME's window menu)", "kde": " (KDE's KRunner)"}.get(desktop(env), "")


def how_to_free(wanted: HotkeySpec, env: Mapping[str, str]) -> str:
    kind = desktop(env)
    if kind == "gnome" and who_holds(wanted, env):
        return ("To use Alt+Space, move the window menu to another key: gsettings set "
                f"{GNOME_WM_SCHEMA} {GNOME_WINDOW_MENU_KEY} \"['<Alt><Shift>space']\" "
                "(or run `neuralux setup-shortcut --free-alt-space`).")
    if kind == "kde" and who_holds(wanted, env):
        return ("To use Alt+Space, remove it from KRunner in System Settings → Shortcuts → "
                "KRunner, then restart Neuralux.")
    return (f"To use {wanted.label()}, unbind it in the program that holds it, or set "
            "overlay.hotkey in the config to another key.")


def parse_gsettings_list(text: str) -> list[str]:
    """Parse a GVariant string array as printed by gsettings: ``['<Alt>space']`` / ``@as []``."""
    text = text.strip()
    if text.startswith("@as"):
        text = text[3:].strip()
    if not (text.startswith("[") and text.endswith("]")):
        return []
    items = []
    for raw in text[1:-1].split(","):
        raw = raw.strip()
        if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
            items.append(raw[1:-1])
    return items


def gsettings_get(schema: str, key: str) -> str | None:
    if shutil.which("gsettings") is None:
        return None
    try:
        out = subprocess.run(["gsettings", "get", schema, key], capture_output=True, text=True,
                             timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def gnome_window_menu_uses(accel: str) -> bool | None:
    """True/False if GNOME's window menu is bound to ``accel``; None if unknown."""
    value = gsettings_get(GNOME_WM_SCHEMA, GNOME_WINDOW_MENU_KEY)
    if value is None:
        return None
    return accel.lower() in (b.lower() for b in parse_gsettings_list(value))


def kde_krunner_uses(label: str, config_dir: Path) -> bool | None:
    """True/False if KRunner's launch shortcut includes ``label`` (e.g. "Alt+Space")."""
    path = config_dir / "kglobalshortcutsrc"
    if not path.exists():
        return None
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error:
        return None
    for section in ("services][org.kde.krunner.desktop", "krunner.desktop",
                    "org.kde.krunner.desktop"):
        if parser.has_section(section):
            for key in ("_launch", "RunClipboard"):
                value = parser.get(section, key, fallback="")
                keys = (v.strip().lower() for v in value.replace("\t", ",").split(","))
                if label.lower() in keys:
                    return True
            return False
    return None


def detect_holder(wanted: HotkeySpec, env: Mapping[str, str], config_dir: Path) -> str:
    """Which desktop setting binds ``wanted`` ("GNOME's window menu", ...) or ""."""
    kind = desktop(env)
    if kind == "gnome" and gnome_window_menu_uses(wanted.gsettings()):
        return "GNOME's window menu"
    if kind == "kde" and kde_krunner_uses(wanted.label(), config_dir):
        return "KDE's KRunner"
    return ""
