"""``neuralux doctor``: what works on this machine, and a concrete fix for what doesn't."""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import asdict, dataclass

from neuralux.cli.common import print_json, table
from neuralux.errors import EXIT_OK, EXIT_UNAVAILABLE


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    required: bool = True  # an optional feature failing does not fail `doctor`


def check_config() -> Check:
    from neuralux import config
    from neuralux.errors import ConfigError

    try:
        loaded = config.load()
    except ConfigError as exc:
        return Check("config", False, exc.message, "Fix or remove the named key.")
    where = str(loaded.path) if loaded.path.exists() else "defaults (no file yet)"
    return Check("config", True, f"{where}, profile {loaded.settings.general.profile}")


def check_session_bus() -> Check:
    from neuralux.dbus.client import session_bus_address

    address = session_bus_address()
    if address is None:
        return Check("session bus", False, "none found",
                     "Log in to a desktop session, or just run `neuralux run` (it starts a "
                     "private bus).", required=False)
    return Check("session bus", True, address)


def check_daemon() -> Check:
    from neuralux.cli.status import fetch_status
    from neuralux.errors import NeuraluxError

    try:
        status = asyncio.run(fetch_status())
    except NeuraluxError as exc:
        return Check("daemon", False, exc.message, "Start it: neuralux run", required=False)
    return Check("daemon", True, f"pid {status['pid']}, {status['mode']}, model "
                 f"{status['model']}")


def check_display() -> Check:
    from neuralux.daemon import detect_display

    kind = detect_display()
    if kind is None:
        return Check("display server", False, "none (headless)",
                     "The overlay needs X11 or Wayland; D-Bus and the CLI work without.",
                     required=False)
    detail = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY", "")
    return Check("display server", True, f"{kind} ({detail})")


def check_portal() -> Check:
    from neuralux.dbus.client import session_bus_address

    address = session_bus_address()
    if address is None:
        return Check("desktop portal", False, "no session bus", "Needs a desktop session.",
                     required=False)

    async def probe() -> bool:
        from dbus_fast import Message, MessageType
        from dbus_fast.aio import MessageBus

        bus = await MessageBus(bus_address=address).connect()
        try:
            reply = await bus.call(Message(
                destination="org.freedesktop.DBus", path="/org/freedesktop/DBus",
                interface="org.freedesktop.DBus", member="ListActivatableNames"))
            names = reply.body[0] if reply and reply.message_type != MessageType.ERROR else []
            return "org.freedesktop.portal.Desktop" in names
        finally:
            bus.disconnect()

    try:
        found = asyncio.run(probe())
    except Exception as exc:  # noqa: BLE001 - diagnostics report, never crash
        return Check("desktop portal", False, str(exc), "", required=False)
    if not found:
        return Check("desktop portal", False, "xdg-desktop-portal not available",
                     "sudo apt install xdg-desktop-portal xdg-desktop-portal-gnome (needed on "
                     "Wayland for screenshots and global shortcuts)", required=False)
    return Check("desktop portal", True, "org.freedesktop.portal.Desktop")


def check_audio() -> list[Check]:
    if importlib.util.find_spec("sounddevice") is None:
        return [Check("audio devices", False, "sounddevice not installed",
                      "pip install sounddevice; sudo apt install libportaudio2", required=False)]
    try:
        import sounddevice

        devices = sounddevice.query_devices()
    except (OSError, Exception) as exc:  # noqa: BLE001 - PortAudio raises various errors
        return [Check("audio devices", False, str(exc),
                      "sudo apt install libportaudio2 pulseaudio", required=False)]
    inputs = [d["name"] for d in devices if d["max_input_channels"] > 0]
    outputs = [d["name"] for d in devices if d["max_output_channels"] > 0]
    fix = "Connect a device, or check PulseAudio/PipeWire is running (pactl info)."
    return [
        Check("audio input", bool(inputs), ", ".join(inputs[:3]) or "none", fix, required=False),
        Check("audio output", bool(outputs), ", ".join(outputs[:3]) or "none", fix,
              required=False),
    ]


def check_voice() -> list[Check]:
    """The configured microphone, speaker and speech models (not just any device)."""
    from neuralux import config
    from neuralux.backends.stt import resolve_model
    from neuralux.backends.tts import resolve_voice
    from neuralux.errors import NeuraluxError
    from neuralux.voice import devices

    voice = config.load().settings.voice
    checks = []
    for kind, value in (("input", voice.input_device), ("output", voice.output_device)):
        name = f"voice {kind} device"
        try:
            device = devices.resolve(value, kind)
            listed = [d.name for d in devices.list_devices()
                      if (d.inputs if kind == "input" else d.outputs) > 0]
            checks.append(Check(name, True, f"{device if device is not None else 'default'}"
                                f" (available: {', '.join(listed[:4])})"))
        except NeuraluxError as exc:
            checks.append(Check(name, False, exc.message, f"Set voice.{kind}_device to one "
                                "of the devices `python3 -m sounddevice` lists.", required=False))
    for name, resolve, value in (("speech-to-text model", resolve_model, voice.stt_model),
                                 ("text-to-speech voice", resolve_voice, voice.tts_voice)):
        try:
            checks.append(Check(name, True, f"{value}: {resolve(value)}"))
        except NeuraluxError as exc:
            checks.append(Check(name, False, exc.message, "See the message.", required=False))
    return checks


def check_tesseract() -> Check:
    path = shutil.which("tesseract")
    if path is None:
        return Check("tesseract", False, "not found", "sudo apt install tesseract-ocr",
                     required=False)
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10)
        version = (out.stdout or out.stderr).splitlines()[0]
    except (OSError, subprocess.TimeoutExpired, IndexError) as exc:
        return Check("tesseract", False, str(exc), "sudo apt install --reinstall tesseract-ocr",
                     required=False)
    return Check("tesseract", True, version)


def check_screen_capture() -> Check:
    from neuralux.errors import NeuraluxError
    from neuralux.vision import capture as cap

    kind = cap.session_kind()
    if kind == "none":
        return Check("screen capture", False, "no display",
                     "Screen OCR needs an X11 or Wayland session; `neuralux ocr --file IMAGE` "
                     "works without one.", required=False)
    if kind == "wayland":
        return Check("screen capture", True, "Wayland: through xdg-desktop-portal (the desktop "
                     "asks you each time)", required=False)
    try:
        screen = cap.screen_region()
        window = cap.active_window()
    except NeuraluxError as exc:
        return Check("screen capture", False, exc.message, "Check DISPLAY and that the X "
                     "server accepts this user.", required=False)
    title = f"“{window[1]}”" if window else "none reported (no window manager?)"
    return Check("screen capture", True, f"X11 {screen.w}x{screen.h}, active window {title}",
                 required=False)


def check_models() -> list[Check]:
    from neuralux.backends import catalog

    checks = []
    for model in catalog.DEFAULT_MODELS:
        path = catalog.packaged_path(model)
        checks.append(Check(f"model {model.name}", path is not None,
                            str(path) if path else "not installed",
                            catalog.install_hint(model), required=model.kind == "llm"))
    runtime = importlib.util.find_spec("llama_cpp") is not None
    checks.append(Check("llama-cpp-python", runtime, "installed" if runtime else "missing",
                        'CMAKE_ARGS="-DGGML_NATIVE=OFF" pip install llama-cpp-python'))
    return checks


def check_hotkey() -> Check:
    """How the overlay's hotkey will be caught here, and whether the desktop holds it."""
    from pathlib import Path

    from neuralux import config
    from neuralux.hotkeys import conflicts, select, spec

    settings = config.load().settings.overlay
    choice = select.choose(settings.hotkey_backend, os.environ)
    wanted = spec.parse(settings.hotkey)
    detail = f"{wanted.label()} via {choice.backend}: {choice.reason}"
    if choice.backend == select.NONE:
        return Check("overlay hotkey", False, detail, "Bind `neuralux toggle` to a desktop "
                     "shortcut (`neuralux setup-shortcut` does it on GNOME).", required=False)
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    holder = conflicts.detect_holder(wanted, os.environ, config_home)
    if holder:
        fallback = spec.parse(settings.fallback_hotkey).label()
        return Check("overlay hotkey", False, f"{wanted.label()} is bound to {holder}; "
                     f"Neuralux falls back to {fallback}",
                     conflicts.how_to_free(wanted, os.environ), required=False)
    return Check("overlay hotkey", True, detail)


def check_commands() -> Check:
    """The shell command assistant: its cookbook and its shell parser."""
    from neuralux.commands.cookbook import Cookbook, default_path

    if importlib.util.find_spec("bashlex") is None:
        return Check("command assistant", False, "bashlex is not installed",
                     "pip install bashlex (commands fall back to a coarser parser)",
                     required=False)
    try:
        book = Cookbook.load()
    except OSError as exc:
        return Check("command assistant", False, f"cookbook unreadable: {exc}",
                     f"Reinstall Neuralux; the cookbook belongs at {default_path()}.",
                     required=False)
    return Check("command assistant", True, f"{len(book.entries)} cookbook examples "
                 f"({default_path()})")


def check_command_model() -> Check:
    """``[commands] model``: empty = the chat model; otherwise it must be on disk."""
    from neuralux import config
    from neuralux.commands.local_llm import RECOMMENDED_COMMAND_MODEL, CommandModelCompleter
    from neuralux.errors import ModelUnavailable

    settings = config.load().settings
    hint = (f"`neuralux models pull {RECOMMENDED_COMMAND_MODEL}`, then set [commands] model = "
            f'"{RECOMMENDED_COMMAND_MODEL}" for better commands')
    if not settings.commands.model:
        return Check("command model", True, "the chat model ([llm] model)", hint,
                     required=False)
    try:
        path = CommandModelCompleter(settings.commands.model, settings.llm.model_paths).resolve()
    except ModelUnavailable as exc:
        return Check("command model", False, f"{settings.commands.model}: missing", exc.message,
                     required=False)
    return Check("command model", True, f"{settings.commands.model}: {path}")


CheckFn = Callable[[], Check | list[Check]]
CHECKS: list[CheckFn] = [check_config, check_session_bus, check_daemon, check_display,
                         check_hotkey, check_portal, check_audio, check_voice, check_tesseract,
                         check_screen_capture, check_models, check_commands,
                         check_command_model]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="check this machine and say how to fix what is missing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def collect() -> list[Check]:
    results: list[Check] = []
    for fn in CHECKS:
        try:
            out = fn()
        except Exception as exc:  # noqa: BLE001 - one broken check must not hide the rest
            out = Check(fn.__name__.removeprefix("check_"), False, f"check failed: {exc}")
        results += out if isinstance(out, list) else [out]
    return results


def run(args: argparse.Namespace) -> int:
    checks = collect()
    if args.json:
        print_json([asdict(c) for c in checks])
    else:
        rows = [["ok" if c.ok else ("FAIL" if c.required else "warn"), c.name, c.detail,
                 "" if c.ok else c.fix] for c in checks]
        print(table(rows, ["", "check", "detail", "fix"]))
    return EXIT_OK if all(c.ok for c in checks if c.required) else EXIT_UNAVAILABLE
