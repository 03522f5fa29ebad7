"""Wires command mode together in the daemon: the bridge's suggestions, executor and
voice requests to the overlay's command panel, and the panel's choices back."""

from __future__ import annotations

from typing import Any

from neuralux.ui import command_flow as flow
from neuralux.ui.command_view import CommandPanel


def connect_command_mode(bridge: Any, overlay: Any, trace: Any) -> None:
    """Wire the bridge (suggestions, the executor, the voice) to the overlay's panel."""
    panel: CommandPanel = overlay.command

    def suggestion(rid: int, s: Any) -> None:
        if s is None or rid != bridge.current:
            panel.clear()
            return
        panel.show_suggestion(s)
        trace.event("suggestion", f"risk={getattr(s, 'risk', '') or '-'} command={s.command}")

    def revise(correction: str) -> None:
        request = str(getattr(panel.suggestion, "request", ""))
        overlay.begin_answer(f"{request} — {correction}")
        bridge.revise(correction)

    def abort() -> None:
        bridge.abort_command()
        panel.clear()
        overlay.footer.setText("Aborted; nothing was run.")
        overlay.hints.setText("↵ ask   Esc close")

    def execute(how: str) -> None:
        trace.event("execute", how)
        bridge.execute(how, str(getattr(panel.suggestion, "command", "") or ""))

    def finished(rid: int, info: dict[str, Any]) -> None:
        panel.run_finished(rid, info)
        trace.event("command_done", f"exit={info.get('exit_code')} "
                                    f"interrupted={int(bool(info.get('interrupted')))} "
                                    f"audited={int(bool(info.get('audited')))} "
                                    f"output={panel.output.toPlainText()[-300:]!r}")

    bridge.suggestion_ready.connect(suggestion)
    panel.note.connect(lambda text: trace.event("command_note", text[:120]))
    bridge.described.connect(panel.show_description)
    bridge.run_requested.connect(lambda command: panel.request_execute(flow.VOICE, command))
    bridge.executor.started.connect(panel.run_started)
    bridge.executor.output.connect(panel.append_output)
    bridge.executor.finished.connect(finished)
    panel.execute.connect(execute)
    panel.revise.connect(revise)
    panel.describe.connect(bridge.describe)
    panel.abort.connect(abort)
    panel.stop.connect(bridge.stop_command)
