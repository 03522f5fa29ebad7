"""`neuralux setup-shortcut`: a GNOME custom keybinding that runs `neuralux toggle`.

Works on Wayland too, where no program may grab keys: GNOME itself catches the
key and runs the command. The plan is computed from what gsettings reports (a
pure function, tested without GNOME), then applied command by command, and the
CLI prints every change it made.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from neuralux.errors import Unavailable
from neuralux.hotkeys.conflicts import GNOME_WINDOW_MENU_KEY, GNOME_WM_SCHEMA, parse_gsettings_list

MEDIA_KEYS = "org.gnome.settings-daemon.plugins.media-keys"
LIST_KEY = "custom-keybindings"
CUSTOM_SCHEMA = "org.gnome.settings-daemon.plugins.media-keys.custom-keybinding"
OUR_PATH = "/org/gnome/settings-daemon/plugins/media-keys/custom-keybindings/neuralux/"
WINDOW_MENU_MOVED_TO = "<Alt><Shift>space"

Runner = Callable[[Sequence[str]], str]


@dataclass
class Plan:
    binding: str  # the accelerator we bind, e.g. "<Alt>space"
    commands: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def gvariant_list(items: Sequence[str]) -> str:
    return "[" + ", ".join("'" + i.replace("'", "\\'") + "'" for i in items) + "]"


def plan(wanted: str, fallback: str, existing_paths: list[str], window_menu: list[str],
         command: str, free_alt_space: bool) -> Plan:
    """What to run: bind ``wanted`` (or ``fallback`` when GNOME's window menu holds it and the
    user did not ask to move the window menu)."""
    binding = wanted
    notes: list[str] = []
    taken = wanted.lower() in (w.lower() for w in window_menu)
    cmds: list[list[str]] = []
    if taken and free_alt_space:
        rest = [w for w in window_menu if w.lower() != wanted.lower()]
        moved = [*rest, WINDOW_MENU_MOVED_TO] if WINDOW_MENU_MOVED_TO not in rest else rest
        cmds.append(["gsettings", "set", GNOME_WM_SCHEMA, GNOME_WINDOW_MENU_KEY,
                     gvariant_list(moved)])
        notes.append(f"Moved GNOME's window menu from {wanted} to {WINDOW_MENU_MOVED_TO}.")
    elif taken:
        binding = fallback
        notes.append(f"{wanted} opens GNOME's window menu, so Neuralux was bound to {fallback} "
                     "instead. Run `neuralux setup-shortcut --free-alt-space` to move the "
                     f"window menu to {WINDOW_MENU_MOVED_TO} and use {wanted}.")
    if OUR_PATH not in existing_paths:
        cmds.append(["gsettings", "set", MEDIA_KEYS, LIST_KEY,
                     gvariant_list([*existing_paths, OUR_PATH])])
    target = f"{CUSTOM_SCHEMA}:{OUR_PATH}"
    cmds.append(["gsettings", "set", target, "name", "Neuralux"])
    cmds.append(["gsettings", "set", target, "command", command])
    cmds.append(["gsettings", "set", target, "binding", binding])
    notes.append(f"GNOME now runs `{command}` when you press {binding}.")
    return Plan(binding, cmds, notes)


def run_gsettings(argv: Sequence[str]) -> str:
    try:
        out = subprocess.run(list(argv), capture_output=True, text=True, timeout=10, check=False)
    except FileNotFoundError as exc:
        raise Unavailable("gsettings is not installed; this command needs GNOME "
                          "(package libglib2.0-bin).") from exc
    if out.returncode != 0:
        raise Unavailable(f"{' '.join(argv)} failed: {out.stderr.strip() or out.stdout.strip()}")
    return out.stdout.strip()


def setup(wanted: str, fallback: str, command: str, free_alt_space: bool,
          dry_run: bool = False, runner: Runner = run_gsettings) -> Plan:
    try:
        existing = parse_gsettings_list(runner(["gsettings", "get", MEDIA_KEYS, LIST_KEY]))
    except Unavailable as exc:
        if "schema" not in exc.message.lower():  # "No such schema" / "No schemas installed"
            raise
        raise Unavailable("GNOME's keyboard-shortcut settings are not installed here, so "
                          "setup-shortcut (GNOME only) cannot add one. In your desktop's "
                          "keyboard settings, bind a key to: neuralux toggle") from exc
    try:
        window_menu = parse_gsettings_list(
            runner(["gsettings", "get", GNOME_WM_SCHEMA, GNOME_WINDOW_MENU_KEY]))
    except Unavailable:
        window_menu = []
    p = plan(wanted, fallback, existing, window_menu, command, free_alt_space)
    if not dry_run:
        for argv in p.commands:
            runner(argv)
    return p
