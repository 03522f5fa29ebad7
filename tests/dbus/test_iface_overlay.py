"""ToggleOverlay / ShowOverlay on the real service and a real dbus-daemon."""

from __future__ import annotations

from pathlib import Path

import pytest

from neuralux.dbus.client import DaemonClient
from neuralux.errors import InvalidArgument, Unavailable
from tests.conftest import Bus
from tests.dbus.test_service import served
from tests.fakes import FakeChatModel

pytestmark = pytest.mark.e2e


class RecordingUi:
    """Stands in for the UI bridge (whose methods only emit queued Qt signals)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def toggle(self) -> None:
        self.calls.append(("toggle", ""))

    def show(self, prefill: str = "") -> None:
        self.calls.append(("show", prefill))


async def test_toggle_and_show_reach_the_ui(session_bus: Bus, tmp_path: Path) -> None:
    async with served(session_bus.address, tmp_path, FakeChatModel()) as app:
        ui = RecordingUi()
        app.ui = ui
        client = await DaemonClient.connect()
        try:
            await client.call("ToggleOverlay")
            await client.call("ShowOverlay", "s", ["draft question"])
            assert ui.calls == [("toggle", ""), ("show", "draft question")]
            with pytest.raises(InvalidArgument, match="most accepted"):
                await client.call("ShowOverlay", "s", ["x" * 20_000])
        finally:
            client.close()


async def test_headless_daemon_answers_unavailable_with_what_to_do(session_bus: Bus,
                                                                   tmp_path: Path) -> None:
    async with served(session_bus.address, tmp_path, FakeChatModel()):
        client = await DaemonClient.connect()
        try:
            with pytest.raises(Unavailable, match=r"headless.*neuralux run"):
                await client.call("ToggleOverlay")
            with pytest.raises(Unavailable):
                await client.call("ShowOverlay", "s", ["hi"])
        finally:
            client.close()
