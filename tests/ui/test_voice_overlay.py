"""The voice loop in the overlay: level meter, transcript, streamed answer, messages, the
command on screen for voice confirmation, and the tray's voice entry (offscreen Qt)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import pytest

from neuralux.config import OverlaySettings, Settings
from neuralux.ui import prompt_logic, theme
from neuralux.ui.trace import Trace
from neuralux.voice import commands
from neuralux.voice.actions import AppVoiceActions
from neuralux.voice.loop import VoiceEvents
from tests.ui.fakes import FakeApp, FakeRuntime
from tests.ui.test_bridge import pump

pytestmark = pytest.mark.usefixtures("qapp")


class FakeLoop:
    def __init__(self) -> None:
        self.cancelled = threading.Event()

    async def cancel_turn(self) -> None:
        self.cancelled.set()


class FakeVoice:
    def __init__(self) -> None:
        self.loop = FakeLoop()
        self.observers: list[VoiceEvents] = []
        self.paused: list[bool] = []
        self.settings = type("S", (), {"enabled": True})()
        self.talk_key_error = ""

    def observe(self, events: VoiceEvents) -> None:
        self.observers.append(events)

    def set_talk_key_paused(self, paused: bool) -> None:
        self.paused.append(paused)


class FakeTray:
    def __init__(self) -> None:
        self.voice: list[str] = []

    def set_voice(self, status: str) -> None:
        self.voice.append(status)


class FakeDesktop:
    """What VoiceOverlay uses of the real Desktop: overlay, bridge, tray, show, trace."""

    def __init__(self, runtime: FakeRuntime) -> None:
        from neuralux.ui.bridge import Bridge
        from neuralux.ui.overlay import OverlayWindow

        self.app = FakeApp()
        self.app.voice = FakeVoice()  # type: ignore[attr-defined]
        self.settings = OverlaySettings()
        self.bridge = Bridge(self.app, runtime)
        self.overlay = OverlayWindow(self.settings, theme.LIGHT, compositing=False)
        self.tray = FakeTray()
        self.trace = Trace("")
        self.runtime = runtime
        self.shown = 0

    def show(self) -> None:
        self.shown += 1
        self.overlay.show_overlay()


def started(runtime: FakeRuntime) -> tuple[FakeDesktop, VoiceEvents]:
    from neuralux.ui.voice_view import VoiceOverlay

    desk = FakeDesktop(runtime)
    desk.voice = VoiceOverlay(desk)  # type: ignore[attr-defined]  # Qt holds slots weakly
    desk.voice.start()  # type: ignore[attr-defined]
    [events] = desk.app.voice.observers  # type: ignore[attr-defined]
    return desk, events


def from_thread(fn: Any, *args: Any) -> None:
    """Call like the capture thread / core loop does: never on the GUI thread."""
    t = threading.Thread(target=fn, args=args)
    t.start()
    t.join()


def test_listening_shows_overlay_and_level_meter_from_the_capture_thread(
        runtime: FakeRuntime) -> None:
    desk, events = started(runtime)
    assert events.on_state is not None and events.on_level is not None
    from_thread(events.on_state, "listening")
    assert pump(lambda: desk.overlay.voice.isVisible())
    assert desk.shown == 1 and desk.tray.voice == ["listening"]
    assert "Listening" in desk.overlay.voice.status.text()
    assert desk.overlay.voice.meter.isVisible()
    from_thread(lambda: [events.on_level(0.3) for _ in range(5)])  # type: ignore[misc]
    assert pump(lambda: desk.overlay.voice.meter.value > 0.7)
    from_thread(events.on_state, "idle")
    assert pump(lambda: not desk.overlay.voice.isVisible())
    assert desk.overlay.voice.meter.value == 0.0 and desk.tray.voice[-1] == "idle"


def test_transcript_at_once_then_answer_streams(runtime: FakeRuntime) -> None:
    desk, events = started(runtime)
    desk.overlay.show_overlay()
    assert events.on_transcript and events.on_answer_chunk and events.on_answer
    from_thread(events.on_transcript, "What is the capital of Peru?")
    assert pump(lambda: "capital of Peru" in desk.overlay.question.text())
    assert desk.overlay.running and desk.overlay.question.isVisible()
    for piece in ("The capital ", "of Peru ", "is **Lima**."):
        from_thread(events.on_answer_chunk, piece)
    assert pump(lambda: "Lima" in desk.overlay.answer.text())
    from_thread(events.on_answer, "What is the capital of Peru?",
                "The capital of Peru is **Lima**.")
    assert pump(lambda: not desk.overlay.running)
    assert desk.overlay.answer.text().strip() == "The capital of Peru is **Lima**."
    assert "smollm2" in desk.overlay.footer.text()


def test_escape_stops_the_spoken_answer(runtime: FakeRuntime) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    desk, events = started(runtime)
    desk.overlay.show_overlay()
    assert events.on_transcript is not None and events.on_answer_chunk is not None
    from_thread(events.on_transcript, "Tell me a story")
    from_thread(events.on_answer_chunk, "Once upon a time")
    assert pump(lambda: "Once" in desk.overlay.answer.text())
    QTest.keyClick(desk.overlay.input, Qt.Key.Key_Escape)
    assert desk.app.voice.loop.cancelled.wait(2)  # type: ignore[attr-defined]
    from_thread(events.on_answer_chunk, " there was")  # late chunks are not shown
    pump(lambda: False, timeout=0.1)
    assert "there was" not in desk.overlay.answer.text()
    assert desk.overlay.isVisible()  # the first Esc stops, a second one hides


def test_voice_message_pops_up_the_overlay(runtime: FakeRuntime) -> None:
    desk, events = started(runtime)
    assert events.on_message is not None and desk.bridge.shows_voice_messages
    from_thread(events.on_message, "No microphone found. Plug one in or set voice.input_device.")
    assert pump(lambda: "No microphone" in desk.overlay.answer.text())
    assert desk.overlay.answer.isVisible() and not desk.overlay.running and desk.shown == 1


def test_voice_takes_over_a_typed_answer(runtime: FakeRuntime) -> None:
    desk, events = started(runtime)
    rid = desk.bridge.ask("typed question")
    assert events.on_transcript is not None
    from_thread(events.on_transcript, "spoken question")
    assert pump(lambda: desk.bridge.current != rid)
    assert "spoken question" in desk.overlay.question.text()
    assert pump(lambda: not desk.bridge._futures)  # the typed answer was stopped


@dataclass
class Suggestion:
    command: str
    explanation: str = "Lists files."
    risk: str = "safe"
    source: str = "cookbook"


class FakeCommands:
    def __init__(self, suggestion: Suggestion) -> None:
        self.suggestion = suggestion

    async def suggest(self, prompt: str, context: Any, previous: str = "",
                      correction: str = "") -> Suggestion:
        return self.suggestion


def command_bridge(runtime: FakeRuntime, suggestion: Suggestion) -> Any:
    from neuralux.ui.bridge import Bridge

    app = FakeApp()
    app.commands = FakeCommands(suggestion)  # type: ignore[attr-defined]
    bridge = Bridge(app, runtime)
    app.ui = bridge
    done: list[Any] = []
    bridge.done.connect(lambda rid, meta: done.append(meta))
    bridge.ask("list files", prompt_logic.COMMAND)
    assert pump(lambda: bool(done))
    return bridge


async def test_voice_run_the_command_confirms_only_what_is_on_screen(
        runtime: FakeRuntime) -> None:
    from neuralux.ui.bridge import NO_PENDING, RUNNING_BY_VOICE

    bridge = command_bridge(runtime, Suggestion("ls -la"))
    actions = AppVoiceActions(bridge.app)
    assert bridge.pending_command == "" and not actions.has_pending_command()  # hidden
    bridge.visible.set()
    assert bridge.pending_command == "ls -la" and actions.has_pending_command()
    # The voice hands the command on screen to the overlay's confirmation path (which
    # runs it: tests/ui/test_command_mode.py); it names the command it confirmed.
    asked: list[str] = []
    bridge.run_requested.connect(asked.append)
    assert await actions.perform(commands.RUN_COMMAND) == RUNNING_BY_VOICE
    assert pump(lambda: asked == ["ls -la"])
    bridge.new_conversation()
    assert bridge.pending_command == "" and bridge.confirm_pending_command() == NO_PENDING


async def test_dangerous_command_is_never_run_by_voice(runtime: FakeRuntime) -> None:
    from neuralux.ui.bridge import DANGEROUS_BY_VOICE

    bridge = command_bridge(runtime, Suggestion("rm -rf ~", risk="dangerous"))
    bridge.visible.set()
    assert await AppVoiceActions(bridge.app).perform(commands.RUN_COMMAND) == DANGEROUS_BY_VOICE


def test_voice_answer_replaces_the_suggestion_on_screen(runtime: FakeRuntime) -> None:
    bridge = command_bridge(runtime, Suggestion("ls -la"))
    bridge.visible.set()
    events = bridge.voice_events()
    assert events.on_answer_chunk is not None
    events.on_answer_chunk("Lima")
    assert bridge.pending_command == ""


def test_hide_and_visibility_for_voice_notifications(runtime: FakeRuntime) -> None:
    from neuralux.voice.notify import overlay_visible

    desk, _events = started(runtime)
    hidden: list[bool] = []
    desk.bridge.hide_requested.connect(lambda: hidden.append(True))
    from_thread(desk.bridge.hide)
    assert pump(lambda: bool(hidden))
    assert not overlay_visible(desk.bridge)
    desk.bridge.visible.set()
    assert overlay_visible(desk.bridge)


def test_tray_voice_entry_and_talk_key_pause(qapp: Any) -> None:
    from neuralux.ui.tray import Tray

    voice = FakeVoice()
    desk = type("D", (), {})()
    desk.app = type("App", (), {"settings": Settings(), "voice": voice})()
    desk.hotkey = None
    desk.qapp = qapp
    tray = Tray(desk)
    assert tray.voice_action.text() == "Voice: idle"
    tray.talk_pause_action.trigger()
    assert voice.paused == [True] and tray.voice_action.text() == "Voice: paused"
    assert tray.talk_pause_action.text() == "Resume talk key"
    tray.talk_pause_action.trigger()
    assert voice.paused == [True, False]
    tray.set_voice("speaking")
    assert tray.voice_action.text() == "Voice: speaking"
