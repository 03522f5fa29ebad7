"""`neuralux toggle` and `neuralux setup-shortcut`."""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
from typing import Any

from neuralux.errors import EXIT_OK, NeuraluxError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("toggle", help="Show or hide the overlay of the running daemon.",
                              description="Show or hide the overlay (D-Bus ToggleOverlay). Bind "
                              "this to a desktop shortcut where no global hotkey is possible.")
    p.add_argument("--show", metavar="TEXT", nargs="?", const="",
                   help="Only show (never hide), optionally with TEXT typed in.")
    p.set_defaults(func=run_toggle)
    s = subparsers.add_parser("setup-shortcut", help="Bind the overlay to a GNOME keyboard "
                              "shortcut (works on Wayland).",
                              description="Write a GNOME custom keybinding that runs "
                              "`neuralux toggle`, and say what was changed.")
    s.add_argument("--key", default="<Alt>space", help="GNOME accelerator (default <Alt>space).")
    s.add_argument("--fallback", default="<Control><Alt>space",
                   help="Used when --key is GNOME's window-menu key (default <Control><Alt>space).")
    s.add_argument("--free-alt-space", action="store_true",
                   help="Move GNOME's window menu to Alt+Shift+Space so Alt+Space is free.")
    s.add_argument("--dry-run", action="store_true", help="Print the gsettings commands only.")
    s.set_defaults(func=run_setup_shortcut)


async def _call(member: str, signature: str = "", body: list[Any] | None = None) -> None:
    from neuralux.dbus.client import DaemonClient

    client = await DaemonClient.connect()
    try:
        # No auto-start: a daemon activated by the bus has no display, so it could only
        # answer "headless"; saying "start it" is clearer.
        await client.call(member, signature, body, auto_start=False)
    finally:
        client.close()


def run_toggle(args: argparse.Namespace) -> int:
    try:
        if args.show is not None:
            asyncio.run(_call("ShowOverlay", "s", [args.show]))
        else:
            asyncio.run(_call("ToggleOverlay"))
    except NeuraluxError as exc:
        print(f"neuralux: {exc.message}", file=sys.stderr)
        return exc.exit_code
    return EXIT_OK


def run_setup_shortcut(args: argparse.Namespace) -> int:
    from neuralux.hotkeys import gnome

    command = f"{shutil.which('neuralux') or 'neuralux'} toggle"
    try:
        plan = gnome.setup(args.key, args.fallback, command, args.free_alt_space, args.dry_run)
    except NeuraluxError as exc:
        print(f"neuralux: {exc.message}", file=sys.stderr)
        return exc.exit_code
    if args.dry_run:
        print("Would run:")
        for argv in plan.commands:
            print("  " + " ".join(_quote(a) for a in argv))
    for note in plan.notes:
        print(note)
    if os.environ.get("XDG_CURRENT_DESKTOP", "") and "gnome" not in \
            os.environ["XDG_CURRENT_DESKTOP"].lower():
        print("Note: this desktop does not look like GNOME; the setting only matters there.")
    return EXIT_OK


def _quote(arg: str) -> str:
    return arg if arg and all(c.isalnum() or c in "-_./:<>" for c in arg) else repr(arg)


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (``python -m neuralux.cli.overlay``) until wired into the main CLI."""
    parser = argparse.ArgumentParser(prog="neuralux")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
