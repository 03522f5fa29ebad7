"""Overlay command mode: the key/button policy, running with live output, Stop, audit,
and the voice going through the same confirmation path (offscreen Qt, fake core)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from neuralux.commands.audit import CommandLog
from neuralux.commands.runner import group_alive
from neuralux.config import OverlaySettings
from neuralux.storage.db import Database
from neuralux.ui import command_flow as flow
from neuralux.ui import prompt_logic, theme
from neuralux.ui.trace import Trace
from tests.ui.fakes import FakeApp, FakeRuntime
from tests.ui.test_bridge import pump

pytestmark = pytest.mark.usefixtures("qapp")


@dataclass(frozen=True)
class Sug:
    command: str
    risk: str = "safe"
    request: str = "do it"
    explanation: str = "Does it."
    risk_reasons: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    source: str = "cookbook"


@dataclass
class FakeCommands:
    suggestion: Sug
    calls: list[tuple[str, str, str]] = field(default_factory=list)

    async def suggest(self, request: str, context: Any, previous: str = "",
                      correction: str = "") -> Sug:
        self.calls.append((request, previous, correction))
        return self.suggestion


# -- the policy, as a table -----------------------------------------------------------
@pytest.mark.parametrize(("risk", "trigger", "runs", "asks_yes"), [
    ("safe", flow.ENTER, True, False), ("safe", flow.BUTTON, True, False),
    ("safe", flow.VOICE, True, False),
    ("caution", flow.ENTER, False, False), ("caution", flow.CTRL_ENTER, True, False),
    ("caution", flow.BUTTON, True, False), ("caution", flow.VOICE, False, False),
    ("dangerous", flow.ENTER, False, False), ("dangerous", flow.CTRL_ENTER, False, True),
    ("dangerous", flow.BUTTON, False, True), ("dangerous", flow.VOICE, False, False),
    ("", flow.ENTER, False, False),  # unknown risk counts as caution
])
def test_policy(risk: str, trigger: str, runs: bool, asks_yes: bool) -> None:
    d = flow.on_execute(risk, trigger)
    assert (d.run, d.ask_typed) == (runs, asks_yes)
    assert d.run == bool(d.how) and (d.run or d.message)


def test_typed_confirmation() -> None:
    assert flow.on_typed("dangerous", " yes ").run
    assert flow.on_typed("dangerous", "yes").how == flow.HOW_TYPED
    for typed in ("", "y", "YES please", "no"):
        assert not flow.on_typed("dangerous", typed).run


# -- the overlay, wired as the daemon wires it ------------------------------------------
class Rig:
    def __init__(self, runtime: FakeRuntime, tmp: Path, sug: Sug) -> None:
        from neuralux.ui.bridge import Bridge
        from neuralux.ui.command_wiring import connect_command_mode
        from neuralux.ui.overlay import OverlayWindow

        self.app = FakeApp()
        self.app.commands = FakeCommands(sug)  # type: ignore[attr-defined]
        self.db = Database(tmp / "n.db")
        self.app.db = self.db  # type: ignore[assignment]
        self.bridge = Bridge(self.app, runtime)
        self.app.ui = self.bridge
        self.w = OverlayWindow(OverlaySettings(), theme.LIGHT, compositing=False)
        self.w.set_features(True, False)
        self.w.ask.connect(self.bridge.ask)
        self.bridge.done.connect(lambda rid, meta: self.w.finish_answer(meta))
        self.bridge.chunk.connect(lambda rid, text: self.w.append_chunk(text))
        connect_command_mode(self.bridge, self.w, Trace(None))
        self.results: list[dict[str, Any]] = []
        self.bridge.executor.finished.connect(lambda rid, info: self.results.append(info))
        self.w.show_overlay()
        self.panel = self.w.command

    def suggest(self) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClicks(self.w.input, "!do it")
        self.key("Return")
        assert pump(lambda: self.panel.state == "ready" and not self.w.running)

    def key(self, name: str, ctrl: bool = False) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
        QTest.keyClick(self.w.input, getattr(Qt.Key, f"Key_{name}"), mods)

    def type(self, text: str) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClicks(self.w.input, text)

    def audit(self) -> list[dict[str, Any]]:
        return CommandLog(self.db).recent()

    def close(self) -> None:
        self.bridge.stop_command()
        self.bridge.executor.join()
        self.w.close()
        self.db.close()


@pytest.fixture
def rig(runtime: FakeRuntime, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Rig]:
    r = Rig(runtime, tmp_path, request.param)
    yield r
    r.close()


def with_suggestion(sug: Sug) -> Any:
    return pytest.mark.parametrize("rig", [sug], indirect=True)


@with_suggestion(Sug("echo hello-from-overlay; echo second line", request="say hello"))
def test_safe_command_runs_on_execute_streams_output_and_is_audited(rig: Rig) -> None:
    rig.suggest()
    assert rig.panel.badge.text() == "Safe" and rig.panel.buttons["execute"].isVisible()
    rig.panel.buttons["execute"].click()
    assert pump(lambda: bool(rig.results))
    out = rig.panel.output.toPlainText()
    assert "hello-from-overlay\nsecond line" in out
    assert rig.results[0]["exit_code"] == 0 and rig.results[0]["audited"]
    assert rig.panel.status.text().startswith("exit code 0 · ")
    row = rig.audit()[0]
    assert row["command"].startswith("echo hello-from-overlay")
    assert row["request"] == "say hello" and row["risk"] == "safe"
    assert "overlay" in row["confirmed_by"] and "clicked Execute" in row["confirmed_by"]
    assert row["cwd"] == str(Path.home())


@with_suggestion(Sug("touch should-not-exist", risk="dangerous",
                     risk_reasons=("deletes files",)))
def test_enter_never_runs_a_dangerous_command_and_yes_does(rig: Rig, tmp_path: Path) -> None:
    rig.suggest()
    assert rig.panel.badge.text() == "Dangerous" and "deletes files" in rig.panel.reasons.text()
    rig.key("Return")  # Enter alone
    rig.key("Return")
    assert rig.bridge.executor.run_id == 0 and "never runs" in rig.panel.message.text()
    rig.panel.buttons["execute"].click()  # Execute asks for the word
    assert rig.panel.state == "confirm" and "Type yes" in rig.w.input.placeholderText()
    rig.type("y")
    rig.key("Return")  # a wrong word cancels
    assert rig.bridge.executor.run_id == 0 and rig.panel.message.text() == flow.NOT_CONFIRMED
    rig.panel.buttons["execute"].click()
    rig.w.show_overlay("yes")  # a D-Bus ShowOverlay prefill is never the person's yes:
    assert rig.panel.state == "ready"  # Enter now would ask "yes" as a new question
    rig.w.input.set_text("")
    rig.key("Return", ctrl=True)  # Ctrl+Enter asks too
    assert rig.panel.state == "confirm"
    rig.type("yes")
    rig.key("Return")
    assert pump(lambda: bool(rig.results))
    assert rig.w.input.text() == ""
    assert "typed yes" in rig.audit()[0]["confirmed_by"]


@with_suggestion(Sug("echo careful", risk="caution"))
def test_caution_needs_ctrl_enter_or_the_button(rig: Rig) -> None:
    rig.suggest()
    rig.key("Return")
    assert rig.bridge.executor.run_id == 0 and rig.panel.message.text() == flow.ENTER_CAUTION
    rig.key("Return", ctrl=True)
    assert pump(lambda: bool(rig.results)) and "careful" in rig.panel.output.toPlainText()


@with_suggestion(Sug("sh -c 'sleep 30 & sleep 30'"))
def test_stop_and_escape_kill_the_whole_process_group(rig: Rig) -> None:
    rig.suggest()
    rig.key("Return")  # safe: Enter runs it
    assert pump(lambda: rig.panel.state == "running")
    pgid: list[int] = []
    assert pump(lambda: bool(rig.bridge.executor._thread) and rig.panel.buttons["stop"]
                .isVisibleTo(rig.w))
    rig.key("Escape")  # Esc while it runs stops it (and does not hide the overlay)
    assert pump(lambda: bool(rig.results), timeout=10)
    assert rig.w.isVisible()
    info = rig.results[0]
    pgid.append(int(info["pgid"]))
    assert info["interrupted"] and not group_alive(pgid[0])
    assert rig.panel.status.text().startswith("stopped")
    assert rig.audit()[0]["interrupted"]


@with_suggestion(Sug("ls /", request="list the root"))
def test_revise_regenerates_from_request_and_correction(rig: Rig) -> None:
    rig.suggest()
    rig.panel.buttons["revise"].click()
    assert rig.panel.state == "revise"
    rig.type("only hidden files")
    rig.key("Return")
    assert pump(lambda: len(rig.app.commands.calls) == 2  # type: ignore[attr-defined]
                and rig.panel.state == "ready")
    assert rig.app.commands.calls[-1] == ("list the root", "ls /",  # type: ignore[attr-defined]
                                          "only hidden files")
    rig.panel.buttons["describe"].click()
    assert pump(lambda: "ls: lists directory contents" in rig.panel.message.text())
    rig.panel.buttons["abort"].click()
    assert rig.panel.isHidden() and rig.bridge.pending_command == ""
    assert rig.bridge.executor.run_id == 0


@with_suggestion(Sug("echo spoken"))
def test_voice_runs_a_safe_command_through_the_panel(rig: Rig, runtime: FakeRuntime) -> None:
    rig.suggest()
    rig.bridge.visible.set()
    reply = runtime.submit(_confirm(rig.bridge)).result(5)  # the voice runs on the core
    assert reply == "Running it."
    assert pump(lambda: bool(rig.results))
    assert "said run the command" in rig.audit()[0]["confirmed_by"]


@with_suggestion(Sug("touch x", risk="dangerous"))
def test_voice_never_runs_a_dangerous_command(rig: Rig, runtime: FakeRuntime) -> None:
    rig.suggest()
    rig.bridge.visible.set()
    assert runtime.submit(_confirm(rig.bridge)).result(5) == flow.VOICE_DANGEROUS
    rig.panel.request_execute(flow.VOICE, "touch x")  # even if a request reached the panel
    pump(lambda: False, timeout=0.2)
    assert rig.bridge.executor.run_id == 0 and rig.audit() == []


async def _confirm(bridge: Any) -> str:
    return str(bridge.confirm_pending_command())


def test_dbus_has_no_way_to_execute() -> None:
    """Nothing over D-Bus may run a command: no D-Bus module reaches the runner, the
    overlay's executor or the voice confirmation (docstrings aside)."""
    import ast

    import neuralux.dbus

    for path in Path(neuralux.dbus.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text())
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} | {
            n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)} | {
            a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
        assert not names & {"execute", "executor", "run_command", "confirm_pending_command",
                            "CommandExecutor", "run_requested"}, path
    assert prompt_logic.COMMAND == "command"


@with_suggestion(Sug("sleep 30"))
def test_a_running_command_is_not_orphaned(rig: Rig) -> None:
    rig.suggest()
    rig.key("Return")
    assert pump(lambda: rig.panel.state == "running")
    rig.type("another question")
    rig.key("Return")  # not a new request while it runs: it would hide the Stop button
    assert rig.panel.message.text().startswith("A command is running")
    assert rig.w.input.text() == "another question" and rig.bridge.executor.running
    rig.key("L", ctrl=True)  # a new conversation ends it
    assert pump(lambda: bool(rig.results), timeout=10)
    assert rig.results[0]["interrupted"] and not group_alive(int(rig.results[0]["pgid"]))
    assert rig.panel.isHidden()
