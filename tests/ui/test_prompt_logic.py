from __future__ import annotations

from neuralux.ui.prompt_logic import ASK, COMMAND, SCREEN, History, chip_for, parse


def test_modes_from_prefixes() -> None:
    assert parse("what is 2+2") == parse("  what is 2+2 ")
    assert parse("what is 2+2").mode == ASK
    assert parse("!list big files") .mode == COMMAND
    assert parse("!list big files").prompt == "list big files"
    assert parse("list big files", command_toggled=True).mode == COMMAND
    assert parse("/screen what is this error").mode == SCREEN
    assert parse("/screen what is this error").prompt == "what is this error"
    assert parse("/screenshots are nice").mode == ASK


def test_chip_says_what_is_coming_when_feature_missing() -> None:
    assert chip_for(COMMAND, False, False).label == "Command · soon"
    assert "command assistant" in chip_for(COMMAND, False, False).note
    assert chip_for(COMMAND, True, False).label == "Command"
    assert chip_for(SCREEN, False, False).label == "Screen · soon"
    assert chip_for(ASK, False, False).note == ""


def test_history_up_down_keeps_draft() -> None:
    h = History(["one", "two", "three"])
    assert h.up("draft") == "three"
    assert h.up("ignored") == "two"
    assert h.up("") == "one"
    assert h.up("") is None  # at the oldest: stays
    assert h.down() == "two"
    assert h.down() == "three"
    assert h.down() == "draft"
    assert h.down() is None


def test_history_dedups_consecutive_and_merges_loaded_entries() -> None:
    h = History()
    h.add("a")
    h.add("a")
    h.add("  ")
    assert h.entries == ["a"]
    h.replace(["old1", "old2"])
    assert h.entries == ["old1", "old2", "a"]


def test_reloading_stored_history_never_duplicates() -> None:
    h = History()
    h.add("asked now")
    h.replace(["old", "asked now"])
    h.replace(["old", "asked now"])
    assert h.entries == ["old", "asked now"]
    h.add("newer")
    h.replace(["old", "asked now"])  # "newer" is not stored yet: kept last
    assert h.entries == ["old", "asked now", "newer"]
