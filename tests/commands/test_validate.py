"""Validation: parsing, programs that exist, options checked against --help."""

from __future__ import annotations

from neuralux.commands.parse import parse_command
from neuralux.commands.validate import unknown_options, validate

HELP = """Usage: ls [OPTION]... [FILE]...
  -a, --all                  do not ignore entries starting with .
  -l                         use a long listing format
  -h, --human-readable       with -l and -s, print sizes like 1K 234M 2G etc.
  -S                         sort by file size, largest first
"""


def test_real_programs_and_options_pass() -> None:
    for command in ("ls -la", "du -sh . | sort -h", "find . -type f -mtime -1",
                    "grep -rn --include='*.py' TODO .", "tail -n 20 app.log",
                    "ps aux --sort=-%mem | head -n 10", "cd /tmp && ls"):
        result = validate(command)
        assert result.ok, (command, result.problems)


def test_program_not_installed_is_named() -> None:
    result = validate("frobnicate-xyz --all | sort")
    assert not result.ok
    assert result.missing == ("frobnicate-xyz",)
    assert "frobnicate-xyz is not installed on this machine" in result.problems


def test_wrapped_program_must_exist_too() -> None:
    result = validate("xargs frobnicate-xyz", which=lambda p: None if "frob" in p else "/bin/x")
    assert result.missing == ("frobnicate-xyz",)


def test_made_up_options_are_caught() -> None:
    assert validate("ls --frobnicate").problems == ("ls has no option --frobnicate",)
    assert not validate("find . -nmae x").ok
    assert not validate("grep -Q x file").ok


def test_unknown_options_against_given_help() -> None:
    assert unknown_options(["ls", "-la"], HELP) == []
    assert unknown_options(["ls", "-lhS", "--all"], HELP) == []
    assert unknown_options(["ls", "-z"], HELP) == ["-z"]
    assert unknown_options(["ls", "--color=auto"], HELP) == ["--color"]
    assert unknown_options(["ls", "-1"], HELP) == []  # digits are values/counts
    assert unknown_options(["ls", "-z"], "") == []  # no help text: no verdict


def test_unparseable_commands_fail() -> None:
    result = validate("echo 'unterminated")
    assert not result.ok and "cannot parse" in result.problems[0]
    assert not validate("").ok


def test_parser_sees_every_simple_command() -> None:
    parsed = parse_command("cd src && grep -rl x . | xargs sed -i 's/a/b/' > out.txt; ls $(pwd)")
    assert parsed.programs == ("cd", "grep", "xargs", "ls", "pwd")
    assert parsed.operators == ("&&", ";")
    xargs = parsed.commands[2]
    assert xargs.redirects[0].target == "out.txt" and xargs.redirects[0].truncates
    assert parsed.commands[4].nested


def test_parser_falls_back_for_syntax_bashlex_lacks() -> None:
    parsed = parse_command("echo $((1 + 2)) | cat > sum.txt")
    assert parsed.ok and parsed.parser == "shlex"
    assert parsed.programs == ("echo", "cat")
    assert parsed.commands[1].redirects[0].target == "sum.txt"
