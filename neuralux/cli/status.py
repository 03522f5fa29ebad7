"""``neuralux status``: is the daemon up, what is it running."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from neuralux.cli.common import print_json
from neuralux.errors import EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("status", help="show whether the daemon runs and what it serves")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


async def fetch_status() -> dict[str, Any]:
    from neuralux.dbus.client import DaemonClient

    client = await DaemonClient.connect()
    try:
        [status] = await client.call("Status", auto_start=False)
        return {k: v.value for k, v in status.items()}
    finally:
        client.close()


def run(args: argparse.Namespace) -> int:
    status = asyncio.run(fetch_status())
    if args.json:
        print_json(status)
        return EXIT_OK
    loaded = "loaded" if status.get("model_loaded") else "not loaded (loads on first question)"
    print(f"Neuralux {status['version']} running (pid {status['pid']}, {status['mode']}, "
          f"up {status['uptime_s']:.0f}s)")
    print(f"  model:   {status['model']} — {loaded}")
    print(f"  profile: {status['profile']}")
    print(f"  tasks:   {status['tasks']} running of at most {status['queue_size']}")
    return EXIT_OK
