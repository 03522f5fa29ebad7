"""How much confirmation each risk level needs before a front-end may run a command.

The same rules for every front-end: aish asks for ``yes`` on a dangerous command,
and the overlay's command mode must never run a dangerous one on Enter alone.
Nothing runs without a person's action in a terminal or the overlay; D-Bus can
only suggest.
"""

from __future__ import annotations

from neuralux.commands.risk import DANGEROUS


def enter_may_execute(risk: str) -> bool:
    """May a plain Enter/click on Execute run it? Not for a dangerous command."""
    return risk != DANGEROUS


def typed_confirmation(risk: str) -> str:
    """The word the person must type to run it ('' = choosing Execute is enough)."""
    return "yes" if risk == DANGEROUS else ""


def confirmation_accepted(risk: str, typed: str) -> bool:
    word = typed_confirmation(risk)
    return not word or typed.strip() == word
