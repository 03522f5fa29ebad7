"""Pure voice logic: sentence splitting, command routing, key state, levels, device choice."""

from __future__ import annotations

import numpy as np
import pytest

from neuralux.voice import commands
from neuralux.voice.capture import level_of
from neuralux.voice.ptt import HoldState, choose_backend
from neuralux.voice.speech_text import CODE_SUMMARY, SentenceSplitter, speakable_sentences


def test_sentences_stream_out_as_soon_as_they_end() -> None:
    splitter = SentenceSplitter()
    assert splitter.feed("The capital of Peru") == []
    assert splitter.feed(" is Lima. It lies") == ["The capital of Peru is Lima."]
    assert splitter.feed(" on the coast.") == []  # no whitespace yet: may be "coast.com"
    assert splitter.feed(" ") == ["It lies on the coast."]
    assert splitter.flush() == []


def test_abbreviations_and_decimals_do_not_split() -> None:
    assert speakable_sentences("Use e.g. Python 3.12 today. Dr. Smith agrees!") == [
        "Use e.g. Python 3.12 today.", "Dr. Smith agrees!"]


def test_markdown_is_not_read_literally() -> None:
    text = ("## Answer\n**Lima** is the capital. See [the docs](https://example.org).\n"
            "- first item\n- second item\n")
    assert speakable_sentences(text) == ["Answer", "Lima is the capital.", "See the docs.",
                                         "first item", "second item"]


def test_code_blocks_become_a_summary_even_when_streamed() -> None:
    answer = "Run this:\n```bash\nfind . -type f -size +1G\n```\nIt lists big files."
    assert speakable_sentences(answer) == ["Run this:", CODE_SUMMARY, "It lists big files."]
    splitter = SentenceSplitter()
    out: list[str] = []
    for i in range(0, len(answer), 3):  # tokens cut anywhere, even inside the fence
        out += splitter.feed(answer[i:i + 3])
    assert out + splitter.flush() == ["Run this:", CODE_SUMMARY, "It lists big files."]


def test_a_long_first_sentence_is_cut_at_a_clause() -> None:
    splitter = SentenceSplitter(first_clause_chars=24)
    out: list[str] = []
    for word in ("Rome, the capital of Italy, has a long history, and a big empire. "
                 "Later, it became a republic.").split(" "):
        out += splitter.feed(word + " ")
    assert out + splitter.flush() == ["Rome, the capital of Italy,"[:-1],
                                      "has a long history, and a big empire.",
                                      "Later, it became a republic."]


def test_unterminated_code_block_is_summarised_at_the_end() -> None:
    assert speakable_sentences("Try:\n```\nrm -rf build") == ["Try:", CODE_SUMMARY]


def test_inline_code_and_urls_are_spoken_plainly() -> None:
    assert speakable_sentences("Type `df -h` or visit https://x.org/a?b=c now.") == [
        "Type df -h or visit a link now."]


@pytest.mark.parametrize(("heard", "action"), [
    ("Show the overlay.", commands.SHOW),
    ("Okay, hide, please!", commands.HIDE),
    ("Stop.", commands.STOP),
    ("Read my screen", commands.READ_SCREEN),
    ("What is the capital of Peru?", commands.ASK),
    ("Stop the nginx service", commands.ASK),  # only exact short phrases are commands
    ("How do I hide files?", commands.ASK),
])
def test_routing(heard: str, action: str) -> None:
    assert commands.route(heard, command_on_screen=False).action == action


def test_run_the_command_is_only_a_confirmation() -> None:
    assert commands.route("Run the command.", command_on_screen=True).action == commands.RUN_COMMAND
    assert commands.route("Run the command.", command_on_screen=False).action == commands.NO_COMMAND
    assert commands.route("run the command rm -rf", command_on_screen=True).action == commands.ASK


def test_hold_state_press_release_and_chord_cancel() -> None:
    events: list[str] = []
    state = HoldState({"ctrl_r"}, lambda: events.append("press"),
                      lambda: events.append("release"), lambda: events.append("cancel"))
    state.key_down("x")
    state.key_down("ctrl_r")
    state.key_down("ctrl_r")  # auto-repeat
    state.key_up("ctrl_r")
    assert events == ["press", "release"]
    state.key_down("ctrl_r")
    state.key_down("c")
    state.key_up("c")
    state.key_up("ctrl_r")
    assert events == ["press", "release", "press", "cancel"]


def test_multi_key_binding_fires_when_all_are_down() -> None:
    events: list[str] = []
    state = HoldState({"ctrl", "alt", "v"}, lambda: events.append("press"),
                      lambda: events.append("release"), lambda: events.append("cancel"))
    for key in ("ctrl", "alt"):
        state.key_down(key)
    assert events == []
    state.key_down("v")
    state.key_up("alt")
    assert events == ["press", "release"]


def test_backend_choice() -> None:
    assert choose_backend("auto", {"DISPLAY": ":0"}) == "x11"
    assert choose_backend("auto", {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}) == "portal"
    assert choose_backend("auto", {}) == "none"
    assert choose_backend("x11", {}) == "x11"


def test_level_meter() -> None:
    assert level_of(np.zeros(480, np.int16)) == 0.0
    loud = (np.sin(np.arange(480) / 5) * 30000).astype(np.int16)
    quiet = (loud / 300).astype(np.int16)
    assert level_of(loud) > 0.9
    assert 0.0 < level_of(quiet) < 0.6
