"""Hotkey strings (pynput syntax, e.g. ``<alt>+<space>``), parsed without any X import."""

from __future__ import annotations

from dataclasses import dataclass

from neuralux.errors import ConfigError

MODIFIERS = {"alt": "alt", "alt_l": "alt", "ctrl": "ctrl", "ctrl_l": "ctrl", "control": "ctrl",
             "shift": "shift", "shift_l": "shift", "super": "super", "cmd": "super",
             "win": "super", "meta": "super"}
# pynput key names → X keysym names.
KEYSYM_NAMES = {"space": "space", "enter": "Return", "return": "Return", "tab": "Tab",
                "esc": "Escape", "escape": "Escape", "backspace": "BackSpace",
                "insert": "Insert", "home": "Home", "end": "End", "page_up": "Prior",
                "page_down": "Next", "pause": "Pause", "print_screen": "Print"}
LABELS = {"alt": "Alt", "ctrl": "Ctrl", "shift": "Shift", "super": "Super"}


@dataclass(frozen=True)
class HotkeySpec:
    modifiers: frozenset[str]
    key: str  # X keysym name: "space", "k", "F1"

    def label(self) -> str:
        """Human form, e.g. ``Alt+Space``."""
        order = [m for m in ("ctrl", "alt", "shift", "super") if m in self.modifiers]
        key = self.key if len(self.key) > 1 else self.key.upper()
        return "+".join([*(LABELS[m] for m in order), key[:1].upper() + key[1:]])

    def gsettings(self) -> str:
        """GNOME accelerator form, e.g. ``<Alt>space``."""
        order = [m for m in ("ctrl", "alt", "shift", "super") if m in self.modifiers]
        names = {"ctrl": "<Control>", "alt": "<Alt>", "shift": "<Shift>", "super": "<Super>"}
        return "".join(names[m] for m in order) + self.key

    def portal(self) -> str:
        """xdg-desktop-portal shortcut trigger form, e.g. ``ALT+space``."""
        order = [m for m in ("ctrl", "alt", "shift", "super") if m in self.modifiers]
        names = {"ctrl": "CTRL", "alt": "ALT", "shift": "SHIFT", "super": "LOGO"}
        return "+".join([*(names[m] for m in order), self.key])


def parse(text: str) -> HotkeySpec:
    """Parse ``<alt>+<space>`` / ``<ctrl>+<alt>+k`` / ``<super>+<f1>``."""
    parts = [p.strip() for p in text.split("+") if p.strip()]
    if not parts:
        raise ConfigError(f"overlay.hotkey: empty hotkey {text!r}; use e.g. <alt>+<space>")
    mods: set[str] = set()
    key = ""
    for i, part in enumerate(parts):
        name = part[1:-1].lower() if part.startswith("<") and part.endswith(">") else part
        if name.lower() in MODIFIERS and i < len(parts) - 1:
            mods.add(MODIFIERS[name.lower()])
            continue
        if i != len(parts) - 1:
            raise ConfigError(f"overlay.hotkey: {part!r} in {text!r} is not a modifier; "
                              "modifiers are <ctrl>, <alt>, <shift>, <super>")
        lower = name.lower()
        if lower in KEYSYM_NAMES:
            key = KEYSYM_NAMES[lower]
        elif len(lower) in (2, 3) and lower[0] == "f" and lower[1:].isdigit():
            key = lower.upper()
        elif len(name) == 1:
            key = name.lower()
        else:
            raise ConfigError(f"overlay.hotkey: unknown key {part!r} in {text!r}")
    if not mods:
        raise ConfigError(f"overlay.hotkey: {text!r} has no modifier; a global hotkey "
                          "without one would steal a normal key")
    return HotkeySpec(frozenset(mods), key)
