"""``neuralux config``: show the effective configuration and where each value came from."""

from __future__ import annotations

import argparse

from neuralux.cli.common import print_json, table
from neuralux.errors import EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("config", help="show or locate the configuration")
    p.add_argument("action", nargs="?", choices=["show", "path", "init"], default="show")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from neuralux import config, paths

    if args.action == "path":
        print(paths.config_file())
        return EXIT_OK
    if args.action == "init":
        path = paths.config_file()
        if path.exists():
            print(f"{path} already exists; not overwriting it.")
        else:
            config.write_default(path)
            print(f"Wrote {path} (every key commented out with its default).")
        return EXIT_OK
    loaded = config.load()
    rows = config.effective(loaded)
    if args.json:
        print_json({k: {"value": v, "source": str(o)} for k, v, o in rows})
        return EXIT_OK
    print(f"# {loaded.path}{'' if loaded.path.exists() else ' (not created yet)'}")
    def short(value: object) -> str:
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "…"

    print(table([[k, short(v), str(o)] for k, v, o in rows], ["key", "value", "from"]))
    return EXIT_OK
