"""``neuralux models``: what models are available, their size, source and state."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
from typing import Any

from neuralux.cli.common import print_json, table
from neuralux.errors import EXIT_OK, Unavailable


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list available models")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


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
    if args.json:
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
