"""What each way of saying "run it" does in the overlay's command mode (pure, no Qt).

The policy, one table for the buttons, the keys and the voice:

===========  =====================  ==========================  ======================
risk         Enter (input empty)    Execute button / Ctrl+Enter  voice "run the command"
===========  =====================  ==========================  ======================
safe         runs                   runs                         runs
caution      explains, runs nothing runs                         explains, runs nothing
dangerous    explains, runs nothing asks to type ``yes`` + Enter refused
===========  =====================  ==========================  ======================

So Enter alone never runs anything but a ``safe`` command; a ``caution`` one needs
a deliberate act (the button, or Ctrl+Enter); a ``dangerous`` one needs that act
*and* typing ``yes`` (the same word aish asks for); and a voice, which a noisy
room can fake, only ever runs ``safe`` commands. A command whose risk is unknown
is treated as ``caution``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from neuralux.commands import policy
from neuralux.commands.risk import CAUTION, DANGEROUS, SAFE

ENTER, CTRL_ENTER, BUTTON, VOICE = "enter", "ctrl+enter", "button", "voice"

CONFIRM_WORD = policy.typed_confirmation(DANGEROUS)  # "yes"
ENTER_CAUTION = ("This command needs care, so Enter alone does not run it: click Execute "
                 "or press Ctrl+Enter.")
ENTER_DANGEROUS = ("This command is dangerous, so Enter never runs it. Click Execute (or "
                   f"press Ctrl+Enter), then type {CONFIRM_WORD} to confirm.")
ASK_TYPED = (f"Dangerous command: type {CONFIRM_WORD} and press Enter to run it; "
             "anything else (or Esc) cancels.")
NOT_CONFIRMED = f"Not run: you did not type {CONFIRM_WORD}."
VOICE_CAUTION = ("That command needs care, so I will not run it by voice. "
                 "Click Execute in the overlay if you want it.")
VOICE_DANGEROUS = ("That command is dangerous, so I will not run it by voice. "
                   "Check it on screen and run it yourself if you are sure.")

# What the overlay shows while a suggestion waits
HINT_READY = {"safe": "↵ or Alt+E run   Alt+R revise   Alt+D describe   Alt+A abort",
              "caution": "Ctrl+↵ or Alt+E run   Alt+R revise   Alt+D describe   Alt+A abort",
              "dangerous": "Alt+E, then type yes   Alt+R revise   Alt+D describe   Alt+A abort"}
PLACEHOLDER_CONFIRM = f"Type {CONFIRM_WORD} and press Enter to run the dangerous command"
PLACEHOLDER_READY_SAFE = "Enter runs the command — or ask something new"
PLACEHOLDER_READY = "Use the buttons below — or ask something new"
PLACEHOLDER_REVISE = "What should be different? (Enter regenerates, Esc cancels)"

# Who confirmed, as written to the audit log (after the user's name).
HOW = {ENTER: "in the overlay (pressed Enter)",
       CTRL_ENTER: "in the overlay (pressed Ctrl+Enter)",
       BUTTON: "in the overlay (clicked Execute)",
       VOICE: "in the overlay (said run the command)"}
HOW_TYPED = "in the overlay (typed yes)"


@dataclass(frozen=True)
class Decision:
    run: bool
    ask_typed: bool = False  # wait for the confirmation word in the input
    message: str = ""  # what to tell the person when nothing runs yet
    how: str = ""  # for the audit log when it runs


def level(risk: str) -> str:
    return risk if risk in (SAFE, CAUTION, DANGEROUS) else CAUTION


def on_execute(risk: str, trigger: str) -> Decision:
    """The person (or their voice) asked to run the command on screen."""
    risk = level(risk)
    if risk == SAFE:
        return Decision(True, how=HOW[trigger])
    if trigger == VOICE:
        return Decision(False, message=VOICE_DANGEROUS if risk == DANGEROUS else VOICE_CAUTION)
    if trigger == ENTER:
        return Decision(False, message=ENTER_DANGEROUS if risk == DANGEROUS else ENTER_CAUTION)
    if risk == DANGEROUS:
        return Decision(False, ask_typed=True, message=ASK_TYPED)
    return Decision(True, how=HOW[trigger])


def on_typed(risk: str, typed: str) -> Decision:
    """The person typed something while the overlay waited for the confirmation word."""
    if policy.confirmation_accepted(level(risk), typed):
        return Decision(True, how=HOW_TYPED)
    return Decision(False, message=NOT_CONFIRMED)


def run_status(exit_code: int, duration: float, timed_out: bool, interrupted: bool) -> str:
    """The line under the output: how it ended and how long it took."""
    if timed_out:
        how = "timed out"
    elif interrupted:
        how = "stopped"
    elif exit_code < 0:
        how = f"killed by signal {-exit_code}"
    else:
        how = f"exit code {exit_code}"
    return f"{how} · {duration:.2f} s"


RISK_LABELS = {SAFE: "Safe", CAUTION: "Needs care", DANGEROUS: "Dangerous"}


def command_markdown(suggestion: Any) -> str:
    """A suggestion as Markdown for the answer area: the command (with a Copy link), why,
    and any problem. Its risk is the command panel's badge, under it."""
    command = str(getattr(suggestion, "command", "") or "")
    explanation = str(getattr(suggestion, "explanation", "") or "")
    parts = [f"```bash\n{command}\n```"] if command else []
    if explanation:
        parts.append(explanation)
    for problem in getattr(suggestion, "problems", ()) or ():
        parts.append(f"> {problem}")
    return "\n\n".join(parts) + "\n"
