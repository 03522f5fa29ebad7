"""Run the real desktop host (overlay, hotkey, tray, bridge) over a fake core.

Used by the e2e tests and the benchmark until they run the real daemon:
``python -m tests.e2e.overlay_harness``. Environment:
NEURALUX_FAKE_ANSWER_CHARS (long answers), NEURALUX_FAKE_TOKEN_DELAY (seconds).
"""

from __future__ import annotations

import logging
import os
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


def main() -> int:
    logging.basicConfig(level=os.environ.get("NEURALUX_LOG", "INFO"), stream=sys.stderr,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    chars = int(os.environ.get("NEURALUX_FAKE_ANSWER_CHARS", "0"))
    delay = float(os.environ.get("NEURALUX_FAKE_TOKEN_DELAY", "0.012"))
    assistant = FakeAssistant(long_answer(chars) if chars else CANNED, token_delay=delay)
    app = FakeApp(config.load(env=os.environ).settings, assistant)
    runtime = FakeRuntime()
    runtime.start()
    try:
        return run_desktop(app, runtime)
    finally:
        runtime.stop()


if __name__ == "__main__":
    sys.exit(main())
