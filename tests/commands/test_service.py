"""CommandAssistant decisions with a tiny fake model; bad input from the issue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from neuralux.commands.context import CommandContext
from neuralux.commands.generate import COMMAND_SCHEMA, parse_answer
from neuralux.commands.service import CommandAssistant
from neuralux.config import CommandsSettings
from neuralux.errors import InvalidArgument
from tests.commands.conftest import FakeCompleter


@pytest.fixture
def ctx(tmp_path: Path) -> CommandContext:
    return CommandContext(cwd=str(tmp_path), shell="/bin/bash", distro="Test Linux", git="")


async def test_empty_request_is_invalid(ctx: CommandContext) -> None:
    assistant = CommandAssistant(CommandsSettings(), FakeCompleter())
    with pytest.raises(InvalidArgument, match="Say what the command should do"):
        await assistant.suggest("   ", ctx)


async def test_delete_everything_gets_a_plain_refusal(ctx: CommandContext) -> None:
    fake = FakeCompleter(default=json.dumps({"command": "rm -rf /", "explanation": "x"}))
    assistant = CommandAssistant(CommandsSettings(), fake)
    for request in ("delete everything", "wipe my hard drive", "erase the whole system"):
        s = await assistant.suggest(request, ctx)
        assert s.command == "" and s.source == "none"
        assert "cannot be recovered" in s.explanation
    assert not fake.calls, "a refused request never reaches the model"


async def test_other_language_says_so_plainly(ctx: CommandContext) -> None:
    assistant = CommandAssistant(CommandsSettings(), FakeCompleter(default="{}"))
    s = await assistant.suggest("zeige mir alle Dateien im Ordner an", ctx)
    assert s.command == ""
    assert "English" in s.explanation


async def test_other_language_never_gets_a_command_from_shared_words(ctx: CommandContext) -> None:
    """French for "delete all the files in the folder" matched `du -sh .` on shared words."""
    fake = FakeCompleter(default=json.dumps({"command": "du -sh .", "explanation": "size"}))
    s = await CommandAssistant(CommandsSettings(), fake).suggest(
        "supprime tous les fichiers du dossier", ctx)
    assert s.command == ""
    assert "English" in s.explanation
    assert not fake.calls


async def test_nonsense_gets_no_made_up_command(ctx: CommandContext) -> None:
    fake = FakeCompleter(default=json.dumps({"command": "frobnicate --quantum",
                                             "explanation": "frobnicates"}))
    s = await CommandAssistant(CommandsSettings(), fake).suggest("frobnicate the quantum flux",
                                                                 ctx)
    assert s.command == "" and "no confident command" in s.explanation
    assert fake.calls, "the model was asked, but its invented program was rejected"


async def test_cookbook_answer_is_adapted_to_the_request(ctx: CommandContext) -> None:
    s = await CommandAssistant(CommandsSettings(), None).suggest(
        "count the lines in report.md", ctx)
    assert s.command == "wc -l report.md"
    assert s.source == "cookbook" and s.risk == "safe"


async def test_model_prompt_is_few_shot_with_schema(ctx: CommandContext) -> None:
    fake = FakeCompleter(default=json.dumps({"command": "ls", "explanation": "lists"}))
    settings = CommandsSettings(use_model="always")
    await CommandAssistant(settings, fake).suggest("show the hidden files in here", ctx)
    messages, params = fake.calls[0]
    assert params.json_schema == COMMAND_SCHEMA
    assert messages[0].role == "system" and ctx.cwd in messages[0].content
    assert [m.role for m in messages[1:-1]] == ["user", "assistant"] * settings.examples
    assert json.loads(messages[2].content)["command"]
    assert messages[-1].content == "show the hidden files in here"


async def test_invalid_model_command_falls_back_to_cookbook(ctx: CommandContext) -> None:
    fake = FakeCompleter(default=json.dumps({"command": "ls --no-such-option-xyz",
                                             "explanation": "bad"}))
    settings = CommandsSettings(use_model="always")
    s = await CommandAssistant(settings, fake).suggest("list all files including hidden ones",
                                                       ctx)
    assert s.source == "cookbook" and s.command.startswith("ls")
    assert "--no-such-option-xyz" not in s.command


async def test_model_command_used_when_valid_and_trusted(ctx: CommandContext) -> None:
    fake = FakeCompleter(default=json.dumps({"command": "ls -A", "explanation": "all but . .."}))
    s = await CommandAssistant(CommandsSettings(use_model="always"), fake).suggest(
        "show hidden entries", ctx)
    assert (s.command, s.source, s.explanation) == ("ls -A", "model", "all but . ..")


async def test_read_only_request_never_gets_riskier_model_command(ctx: CommandContext) -> None:
    fake = FakeCompleter(default=json.dumps({"command": "find . -type f -mtime -1 -delete",
                                             "explanation": "finds"}))
    s = await CommandAssistant(CommandsSettings(min_confidence=0.3), fake).suggest(
        "which files did I touch since yesterday", ctx)
    assert "-delete" not in s.command
    assert s.risk != "dangerous"


async def test_missing_program_is_reported(ctx: CommandContext) -> None:
    s = await CommandAssistant(CommandsSettings(), None).suggest(
        "show the temperature sensors of the cpu", ctx)
    if s.command.startswith("sensors"):
        assert any("not installed" in p for p in s.problems) or "Not installed" in s.explanation


async def test_explain_an_existing_command(ctx: CommandContext) -> None:
    s = CommandAssistant(CommandsSettings(), None).explain("rm -rf ~/old", ctx)
    assert s.risk == "dangerous"
    assert "-r" in s.explanation
    with pytest.raises(InvalidArgument):
        CommandAssistant(CommandsSettings(), None).explain("  ", ctx)


async def test_revise_gives_a_different_command(ctx: CommandContext) -> None:
    assistant = CommandAssistant(CommandsSettings(), None)
    first = await assistant.suggest("show the disk usage", ctx)
    second = await assistant.suggest("show the disk usage", ctx, previous=first.command,
                                     correction="per folder, sorted by size")
    assert second.command and second.command != first.command


def test_parse_answer_tolerates_fences_and_rejects_junk() -> None:
    assert parse_answer('```json\n{"command": "$ ls -l", "explanation": "x"}\n```').command \
        == "ls -l"
    assert parse_answer("no json here") is None
    assert parse_answer('{"command": "", "explanation": "x"}') is None
    assert parse_answer("[1, 2]") is None


async def test_slow_model_is_cancelled_and_cookbook_answers(ctx: CommandContext,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    import asyncio
    import threading

    from neuralux.commands import service

    seen: list[threading.Event] = []

    class SlowCompleter:
        async def complete(self, messages, params, cancel=None) -> str:  # type: ignore[no-untyped-def]
            seen.append(cancel)
            await asyncio.sleep(5)
            return "{}"

    monkeypatch.setattr(service, "MODEL_TIMEOUT_SECONDS", 0.2)
    settings = CommandsSettings(use_model="always")
    s = await CommandAssistant(settings, SlowCompleter()).suggest("show free disk space", ctx)
    assert s.source == "cookbook" and s.command.startswith("df")
    assert seen and seen[0] is not None and seen[0].is_set()


async def test_named_sample_in_the_request_is_kept(ctx: CommandContext) -> None:
    s = await CommandAssistant(CommandsSettings(), None).suggest("kill the firefox browser", ctx)
    assert s.command in ("pkill firefox", "killall firefox")


async def test_ungrounded_dangerous_model_command_is_withheld(ctx: CommandContext) -> None:
    # What the 135M model really answered for a request no example covered.
    fake = FakeCompleter(default=json.dumps({"command": "rm -rf nuke", "explanation": "x"}))
    s = await CommandAssistant(CommandsSettings(min_confidence=0.99), fake).suggest(
        "nuke the frobnitz caches", ctx)
    assert fake.calls and s.command == "" and s.source == "none"


async def test_values_that_all_find_their_place_make_a_confident_answer(
        ctx: CommandContext) -> None:
    s = await CommandAssistant(CommandsSettings(), None).suggest(
        "make alice the owner of report.pdf", ctx)
    assert s.command.split()[-2:] == ["alice", "report.pdf"] and "chown" in s.command


def test_answer_cut_off_while_explaining_keeps_its_command() -> None:
    cut = parse_answer('{"command": "du -sh * | sort -h", "explanation": "Shows the si')
    assert cut is not None and cut.command == "du -sh * | sort -h"
    assert parse_answer('{"command": "ls') is None


def test_auto_trusts_a_dedicated_command_model_only() -> None:
    assert CommandAssistant(CommandsSettings(), None).mode == "grounded"
    assert CommandAssistant(CommandsSettings(model="qwen2.5-coder-0.5b"), None).mode == "always"
    assert CommandAssistant(CommandsSettings(model="x", use_model="never"), None).mode == "never"


async def test_request_that_is_not_utf8_gets_a_clear_error(ctx: CommandContext) -> None:
    # argv with bytes that are not UTF-8 arrives as surrogate escapes
    request = b"show \xff\xfe files".decode("utf-8", "surrogateescape")
    with pytest.raises(InvalidArgument, match="not valid UTF-8"):
        await CommandAssistant(CommandsSettings(), None).suggest(request, ctx)


def test_an_example_with_a_number_nobody_asked_for_ranks_below_the_plain_task() -> None:
    """"ssh into 192.168.1.50 as pi" is not "ssh ... on port 2222"."""
    from neuralux.commands.adapt import adapt
    from neuralux.commands.cookbook import Cookbook

    vocab = Cookbook.load().request_vocabulary
    plain = adapt("connect to a server over ssh", "ssh alice@server",
                  "ssh into 192.168.1.50 as pi", vocab)
    port = adapt("ssh to a server on port 2222", "ssh -p 2222 alice@server",
                 "ssh into 192.168.1.50 as pi", vocab)
    assert plain.command == "ssh pi@192.168.1.50" and not plain.unfilled
    assert port.unfilled == ("2222",)
    asked = adapt("ssh to a server on port 2222", "ssh -p 2222 alice@server",
                  "ssh to 10.0.0.5 on port 2200", vocab)
    assert asked.command == "ssh -p 2200 alice@10.0.0.5" and "2222" not in asked.unfilled
