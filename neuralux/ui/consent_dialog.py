"""The dialog that asks whether another program may read the screen.

It names the program as the bus identified it (executable, script, pid), never
as the program describes itself. Deny is the default button and Esc denies.
``make_asker`` adapts it to ``ConsentGate.asker`` given the UI bridge's way of
running a function on the Qt thread. PySide6 is imported only when used.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from neuralux.dbus.consent import Asker, Program

TITLE = "Neuralux: screen access"


def ask_screen_consent(program: Program, parent: Any = None) -> str:
    """Show the dialog (on the Qt thread) and return "once", "always" or "deny"."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setWindowTitle(TITLE)
    box.setIcon(QMessageBox.Icon.Question)
    name = program.label.split(" (", 1)[0]
    box.setText(f"<b>{name}</b> wants to read the text on your screen.")
    box.setInformativeText(f"Program: {program.identity}\nProcess id: {program.pid}\n\n"
                           "Allow it? You can change this later with "
                           "`neuralux ocr-consent`.")
    once = box.addButton("Allow &once", QMessageBox.ButtonRole.AcceptRole)
    always = box.addButton("&Always allow", QMessageBox.ButtonRole.YesRole)
    deny = box.addButton("&Deny", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(deny)
    box.setEscapeButton(deny)
    box.exec()
    clicked = box.clickedButton()
    if clicked is once:
        return "once"
    if clicked is always:
        return "always"
    return "deny"


def make_asker(run_on_gui: Callable[[Callable[[], str]], Awaitable[str]]) -> Asker:
    """A ``ConsentGate.asker`` that shows the dialog through the UI bridge."""

    async def asker(program: Program) -> str:
        return await run_on_gui(lambda: ask_screen_consent(program))

    return asker
