"""OcrScreen and Ask(screen) over a real bus, reading a real Xvfb window, with consent."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from typing import Any

import pytest
from dbus_fast import BusType, NameFlag, Variant
from dbus_fast.aio import MessageBus

from neuralux import config
from neuralux.app import App
from neuralux.dbus.client import DaemonClient
from neuralux.dbus.consent import install_caller_tracking
from neuralux.dbus.iface_ocr import parse_ocr_options, pop_screen_option
from neuralux.dbus.names import BUS_NAME, OBJECT_PATH
from neuralux.dbus.service import AssistantInterface
from neuralux.errors import InvalidArgument, PermissionDenied
from tests.fakes import FakeChatModel

pytestmark = pytest.mark.e2e

# A different program than Neuralux calling OcrScreen: identified as "python -c".
OTHER_CALLER = """
import asyncio, sys
from dbus_fast import Message, MessageType
from dbus_fast.aio import MessageBus
async def main():
    bus = await MessageBus(bus_address=sys.argv[1]).connect()
    reply = await bus.call(Message(destination="org.neuralux.Assistant1",
        path="/org/neuralux/Assistant1", interface="org.neuralux.Assistant1",
        member="OcrScreen", signature="a{sv}", body=[{}]))
    print(reply.error_name if reply.message_type == MessageType.ERROR else "OK " + reply.body[0])
asyncio.run(main())
"""


@pytest.fixture
async def service(session_bus: Any, traceback_window: dict, tmp_path,
                  monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[App, DaemonClient]]:
    monkeypatch.setenv("DISPLAY", traceback_window["display"])
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    app = App(config.load(), db_path=tmp_path / "db.sqlite")
    fake = FakeChatModel("The script divides by zero.")
    app.llm_worker._factory = lambda: fake  # no model load: we test the wiring
    app.fake = fake  # type: ignore[attr-defined]
    bus = await MessageBus(bus_address=session_bus.address, bus_type=BusType.SESSION).connect()
    install_caller_tracking(bus)
    bus.export(OBJECT_PATH, AssistantInterface(app))
    await bus.request_name(BUS_NAME, NameFlag.DO_NOT_QUEUE)
    await app.start()
    client = await DaemonClient.connect(session_bus.address)
    try:
        yield app, client
    finally:
        client.close()
        await app.stop()
        bus.disconnect()


async def test_ocr_screen_reads_the_active_window(service) -> None:
    _, client = service
    (text,) = await client.call("OcrScreen", "a{sv}", [{"target": Variant("s", "window")}])
    assert "ZeroDivisionError: division by zero" in text
    (raw,) = await client.call("OcrScreen", "a{sv}", [{"json": Variant("b", True),
                                                      "region": Variant("s", "0,0,1200,700")}])
    data = json.loads(raw)
    assert data["region"] == {"x": 0, "y": 0, "width": 1200, "height": 700}
    assert any(w["text"] == "ZeroDivisionError:" for w in data["words"])


async def test_bad_options_are_invalid_argument(service) -> None:
    _, client = service
    for options in ({"bogus": Variant("b", True)}, {"target": Variant("s", "moon")},
                    {"region": Variant("s", "1900,1000,500,500")},
                    {"region": Variant("s", "0,0,0,10")}, {"redact": Variant("s", "yes")}):
        with pytest.raises(InvalidArgument):
            await client.call("OcrScreen", "a{sv}", [options])


def _other_program(address: str) -> str:
    out = subprocess.run([sys.executable, "-c", OTHER_CALLER, address], capture_output=True,
                         text=True, timeout=60, env={**os.environ, "PYTHONPATH": os.getcwd()})
    return out.stdout.strip() or out.stderr


async def test_other_programs_need_consent(service, session_bus: Any) -> None:
    app, _ = service
    # Headless (no overlay to ask): denied.
    out = await asyncio.to_thread(_other_program, session_bus.address)
    assert out == "org.neuralux.Error.PermissionDenied"
    # The overlay asks the user, who allows it always: remembered, no second question.
    asked: list[str] = []

    async def asker(program) -> str:
        asked.append(program.identity)
        return "always"

    app.screen_consent.asker = asker
    out = await asyncio.to_thread(_other_program, session_bus.address)
    assert out.startswith("OK ") and "ZeroDivisionError" in out
    out = await asyncio.to_thread(_other_program, session_bus.address)
    assert out.startswith("OK ")
    assert len(asked) == 1 and asked[0].endswith(" -c")
    assert app.screen_consent.store.get(asked[0]) == "allow"


async def test_ask_with_screen_builds_the_answer_on_the_screen(service) -> None:
    app, client = service
    async with client.signals() as queue:
        (task,) = await client.call("Ask", "sa{sv}", ["/screen what is wrong?".removeprefix(
            "/screen "), {"screen": Variant("s", "window")}])
        while True:
            msg = await asyncio.wait_for(queue.get(), 60)
            if msg.member in ("AnswerDone", "TaskFailed") and msg.body[0] == task:
                break
    assert msg.member == "AnswerDone", msg.body
    _, text, meta = msg.body
    assert text == "The script divides by zero."
    assert "Traceback viewer" in meta["screen"].value
    user = app.fake.calls[-1][-1].content
    assert "Text read by OCR from the window “Traceback viewer”" in user
    assert "ZeroDivisionError: division by zero" in user
    assert user.endswith("what is wrong?")
    from neuralux.storage import audit

    (entry,) = await app.db.run(lambda db: audit.entries(db, "screen_ask"))
    assert entry["source"] == "window “Traceback viewer”" and entry["chars"] > 100


def test_option_parsing() -> None:
    opts = parse_ocr_options({"region": Variant("(iiii)", [1, 2, 3, 4]),
                              "redact": Variant("b", False)})
    assert opts.target == "region" and opts.region is not None and opts.region.w == 3
    assert not opts.redact
    options = {"screen": Variant("b", True), "context": Variant("s", "x")}
    assert pop_screen_option(options) == "" and "screen" not in options
    assert pop_screen_option({"screen": Variant("b", False)}) is None
    with pytest.raises(InvalidArgument):
        pop_screen_option({"screen": Variant("s", "everything")})
    with pytest.raises(InvalidArgument):
        parse_ocr_options({"target": Variant("s", "region")})


async def test_permission_denied_is_the_typed_error(service, session_bus: Any) -> None:
    app, _ = service
    with pytest.raises(PermissionDenied):
        await app.screen_consent.check(None, None)


async def test_recall_and_audit(service) -> None:
    app, client = service
    from neuralux.storage import audit
    from neuralux.vision import memory

    await app.db.run(lambda db: memory.store(db, "OSError: disk full", "Terminal", "window"))
    (raw,) = await client.call("Recall", "sa{sv}", ["disk error", {"limit": Variant("i", 3)}])
    found = json.loads(raw)
    assert found and found[0]["title"] == "Terminal" and "disk" in found[0]["snippet"]
    with pytest.raises(InvalidArgument):
        await client.call("Recall", "sa{sv}", ["x", {"limit": Variant("i", 0)}])
    await client.call("OcrScreen", "a{sv}", [{}])
    kinds = [e["kind"] for e in await app.db.run(lambda db: audit.entries(db))]
    assert "screen_read" in kinds and "screen_recall" in kinds
