"""Tray menu: show overlay, current model, voice status, pause hotkey, quit."""

from __future__ import annotations

from typing import Any

import pytest

from neuralux.config import Settings

pytestmark = pytest.mark.usefixtures("qapp")


class FakeHotkey:
    label = "Alt+Space"
    degraded = False
    message = "Press Alt+Space to open Neuralux."

    def __init__(self) -> None:
        self.paused: list[bool] = []

    def set_paused(self, paused: bool) -> None:
        self.paused.append(paused)


class FakeDesktop:
    def __init__(self, qapp: Any) -> None:
        self.app = type("App", (), {"settings": Settings()})()
        self.hotkey = FakeHotkey()
        self.qapp = qapp
        self.shown = 0

    def show(self) -> None:
        self.shown += 1

    def toggle(self) -> None:
        self.shown += 1


def test_tray_menu_actions(qapp: Any) -> None:
    from neuralux.ui.tray import Tray, app_icon

    desk = FakeDesktop(qapp)
    tray = Tray(desk)
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == ["Show overlay (Alt+Space)", "Model: smollm2-135m-instruct",
                     "Voice: not set up yet", "Pause hotkey", "Quit Neuralux"]
    tray.show_action.trigger()
    assert desk.shown == 1
    tray.pause_action.trigger()
    assert desk.hotkey.paused == [True] and tray.pause_action.text() == "Resume hotkey"
    tray.pause_action.trigger()
    assert desk.hotkey.paused == [True, False]
    tray.set_model("qwen2.5-1.5b")
    assert tray.model_action.text() == "Model: qwen2.5-1.5b"
    assert not app_icon().isNull()
    assert tray.icon.toolTip() == "Neuralux — Alt+Space"
