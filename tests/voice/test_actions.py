"""Voice commands acting on the app's parts, present or absent."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from neuralux.voice import commands
from neuralux.voice.actions import AppVoiceActions
from neuralux.voice.notify import HiddenOverlayNotifier


class FakeUi:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.pending_command = ""
        self.overlay_visible = False

    def show(self) -> None:
        self.calls.append("show")

    def hide(self) -> None:
        self.calls.append("hide")

    def confirm_pending_command(self) -> None:
        self.calls.append("run")


class FakeOcr:
    async def context_for_question(self) -> tuple[str, str]:
        return "Invoice 42: total 99 EUR", "screen"


class FakeAssistant:
    def __init__(self) -> None:
        self.requests: list[Any] = []

    async def ask(self, req: Any, on_chunk: Any = None, cancel: Any = None) -> Any:
        self.requests.append(req)
        return SimpleNamespace(text="Your screen shows invoice 42.")


async def test_overlay_and_command_actions() -> None:
    ui = FakeUi()
    actions = AppVoiceActions(SimpleNamespace(ui=ui))
    assert not actions.has_pending_command()
    assert await actions.perform(commands.SHOW) is None
    assert await actions.perform(commands.HIDE) is None
    ui.pending_command = "ls -la"
    assert actions.has_pending_command()
    await actions.perform(commands.RUN_COMMAND)
    assert ui.calls == ["show", "hide", "run"]


async def test_read_screen_asks_with_the_screen_text() -> None:
    assistant = FakeAssistant()
    actions = AppVoiceActions(SimpleNamespace(ui=None, ocr=FakeOcr(), assistant=assistant))
    assert await actions.perform(commands.READ_SCREEN) == "Your screen shows invoice 42."
    [req] = assistant.requests
    assert req.context == "Invoice 42: total 99 EUR" and req.context_label == "screen"


async def test_missing_parts_answer_in_words() -> None:
    actions = AppVoiceActions(SimpleNamespace(ui=None))
    assert "not running" in (await actions.perform(commands.SHOW) or "")
    assert "not available" in (await actions.perform(commands.READ_SCREEN) or "")
    assert not actions.has_pending_command()


def test_notifications_only_when_the_overlay_is_hidden() -> None:
    sent: list[tuple[str, str]] = []
    ui = FakeUi()
    events = HiddenOverlayNotifier(lambda: ui, lambda s, b: sent.append((s, b))).events()
    assert events.on_answer is not None and events.on_message is not None
    events.on_answer("What is the capital of Peru?", "Lima.")
    ui.overlay_visible = True
    events.on_answer("Again?", "Lima.")
    events.on_message("No microphone found.")
    ui.overlay_visible = False
    events.on_message("No microphone found.")
    assert sent == [("“What is the capital of Peru?”", "Lima."),
                    ("Neuralux voice", "No microphone found.")]


class ReplyingUi(FakeUi):
    def confirm_pending_command(self) -> str:  # type: ignore[override]
        self.calls.append("run")
        return "Running commands from the overlay is not available yet."


async def test_run_command_speaks_the_overlays_reply() -> None:
    ui = ReplyingUi()
    ui.pending_command = "ls"
    actions = AppVoiceActions(SimpleNamespace(ui=ui))
    assert await actions.perform(commands.RUN_COMMAND) == \
        "Running commands from the overlay is not available yet."
    assert ui.calls == ["run"]


def test_paused_talk_key_ignores_presses() -> None:
    from neuralux.config import VoiceSettings
    from neuralux.voice.service import VoiceService

    async def ask(*_args: Any) -> str:
        return ""

    service = VoiceService(VoiceSettings(), ask)
    submitted: list[Any] = []
    service._submit = lambda coro: (submitted.append(coro), coro.close())  # type: ignore
    service.set_talk_key_paused(True)
    service._pressed()
    assert submitted == []
    service.set_talk_key_paused(False)
    service._pressed()
    assert len(submitted) == 1


def test_overlay_that_pops_up_for_voice_shows_messages_itself() -> None:
    sent: list[tuple[str, str]] = []
    ui = FakeUi()
    ui.shows_voice_messages = True  # type: ignore[attr-defined]
    events = HiddenOverlayNotifier(lambda: ui, lambda s, b: sent.append((s, b))).events()
    assert events.on_answer is not None and events.on_message is not None
    events.on_message("No microphone found.")
    events.on_answer("Hidden mid-answer?", "Lima.")  # answers of a hidden overlay still notify
    assert sent == [("“Hidden mid-answer?”", "Lima.")]
