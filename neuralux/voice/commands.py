"""Deterministic voice commands: a few short phrases handled without the LLM.

``route`` is a pure function of the transcript and the facts it needs, so it is
tested without audio or models. Anything that is not a known phrase is a
question for the assistant. "Run the command" is only ever a confirmation of a
command already on screen; with none pending it runs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ASK = "ask"
SHOW = "show_overlay"
HIDE = "hide_overlay"
STOP = "stop"
READ_SCREEN = "read_screen"
RUN_COMMAND = "run_command"
NO_COMMAND = "no_command"  # "run it" said with nothing on screen to confirm

_PHRASES: dict[str, tuple[str, ...]] = {
    SHOW: ("show overlay", "show the overlay", "open overlay", "open the overlay", "show yourself",
           "show neuralux", "open neuralux"),
    HIDE: ("hide", "hide overlay", "hide the overlay", "close overlay", "close the overlay",
           "go away", "dismiss"),
    STOP: ("stop", "stop talking", "stop it", "be quiet", "quiet", "shut up", "cancel",
           "never mind", "nevermind", "silence"),
    READ_SCREEN: ("read my screen", "read the screen", "read screen", "what's on my screen",
                  "what is on my screen", "read this", "read this screen"),
    RUN_COMMAND: ("run the command", "run command", "run it", "run that", "yes run it",
                  "execute it", "execute the command", "confirm", "yes run the command",
                  "go ahead and run it"),
}
_FILLERS = ("please", "neuralux", "hey", "okay", "ok", "now", "could you", "can you")
_PUNCT = re.compile(r"[^\w\s']")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class VoiceCommand:
    action: str
    text: str  # the transcript as heard (the question, for ASK)


def normalise(text: str) -> str:
    words = _SPACES.sub(" ", _PUNCT.sub(" ", text.lower())).strip()
    changed = True
    while changed:  # fillers can wrap the phrase on both sides: "okay, hide it please"
        changed = False
        for filler in _FILLERS:
            for pattern in (f"{filler} ", f" {filler}"):
                if words.startswith(pattern) or words.endswith(pattern):
                    words = (words[len(pattern):] if words.startswith(pattern)
                             else words[: -len(pattern)]).strip()
                    changed = True
            if words == filler:
                words, changed = "", False
    return words


def route(transcript: str, command_on_screen: bool) -> VoiceCommand:
    """Decide what a transcript means. Only exact short phrases become commands."""
    phrase = normalise(transcript)
    for action, phrases in _PHRASES.items():
        if phrase in phrases:
            if action == RUN_COMMAND and not command_on_screen:
                return VoiceCommand(NO_COMMAND, transcript)
            return VoiceCommand(action, transcript)
    return VoiceCommand(ASK, transcript.strip())
