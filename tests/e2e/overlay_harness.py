"""Run the real desktop host (overlay, hotkey, tray, bridge) over a fake core.

Used by the e2e tests and the benchmark until they run the real daemon:
``python -m tests.e2e.overlay_harness``. Environment:
NEURALUX_FAKE_ANSWER_CHARS (long answers), NEURALUX_FAKE_TOKEN_DELAY (seconds).
"""

from __future__ import annotations

import faulthandler
import logging
import os
import signal
import sys

from neuralux import config
from neuralux.ui.host import run_desktop
from tests.ui.fakes import CANNED, FakeApp, FakeAssistant, FakeRuntime


def long_answer(chars: int) -> str:
    para = ("Line {n}: the overlay keeps streaming while the answer grows; finished blocks "
            "are rendered once and only the tail is redrawn.\n\n")
    out, n = [], 0
    while sum(map(len, out)) < chars:
        n += 1
        out.append(para.format(n=n))
        if n % 10 == 0:
            out.append(f"```python\nprint({n})\n```\n\n")
    return "".join(out)[:chars]


async def export_overlay_methods(app: FakeApp) -> object:
    """Put the overlay's D-Bus methods on the session bus, as the daemon's service does."""
    from dbus_fast.aio import MessageBus
    from dbus_fast.service import ServiceInterface

    from neuralux.dbus.iface_overlay import OverlayMethods

    class Service(OverlayMethods, ServiceInterface):
        def __init__(self) -> None:
            super().__init__("org.neuralux.Assistant1")
            self.app = app

    bus = await MessageBus().connect()
    bus.export("/org/neuralux/Assistant1", Service())
    await bus.request_name("org.neuralux.Assistant1")
    return bus


def main() -> int:
    faulthandler.register(signal.SIGUSR1)  # `kill -USR1 <pid>` dumps every thread's stack
    logging.basicConfig(level=os.environ.get("NEURALUX_LOG", "INFO"), stream=sys.stderr,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    chars = int(os.environ.get("NEURALUX_FAKE_ANSWER_CHARS", "0"))
    delay = float(os.environ.get("NEURALUX_FAKE_TOKEN_DELAY", "0.012"))
    assistant = FakeAssistant(long_answer(chars) if chars else CANNED, token_delay=delay)
    app = FakeApp(config.load(env=os.environ).settings, assistant)
    runtime = FakeRuntime()
    runtime.start()
    if os.environ.get("NEURALUX_HARNESS_DBUS") and os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        runtime.submit(export_overlay_methods(app)).result(timeout=10)
    try:
        return run_desktop(app, runtime)
    finally:
        runtime.stop()


if __name__ == "__main__":
    sys.exit(main())
