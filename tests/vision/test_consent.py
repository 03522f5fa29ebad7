"""Screen-reading consent: the pure decision, program identification, remembered answers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from neuralux.dbus import consent
from neuralux.dbus.consent import ALLOW, ASK, DENY, ConsentGate, ConsentStore, Program, decide
from neuralux.errors import PermissionDenied

OTHER = Program(4242, "/usr/bin/firefox", "/usr/bin/firefox", "firefox")


@pytest.mark.parametrize(("remembered", "can_ask", "headless_ok", "expected"), [
    (None, True, False, ASK),  # first time, someone can answer
    (ALLOW, True, False, ALLOW),  # "always" remembered
    (DENY, True, True, DENY),  # "deny" remembered beats the headless setting
    (None, False, False, DENY),  # headless: denied by default
    (None, False, True, ALLOW),  # headless, config allows
    (ALLOW, False, False, ALLOW),
])
def test_decide(remembered, can_ask, headless_ok, expected) -> None:
    assert decide(OTHER, remembered, can_ask, headless_ok) == expected


def test_own_process_and_cli_are_always_allowed() -> None:
    me = Program(os.getpid(), sys.executable, sys.executable, "me")
    assert decide(me, DENY, False, False) == ALLOW
    cli = Program(1, sys.executable, f"{sys.executable} /usr/bin/neuralux", "neuralux")
    assert cli.is_neuralux and decide(cli, None, False, False) == ALLOW
    other_py = Program(1, sys.executable, f"{sys.executable} /home/u/grab.py", "grab.py")
    assert not other_py.is_neuralux


def _fake_proc(root: Path, pid: int, exe: str, argv: list[str]) -> Path:
    d = root / str(pid)
    d.mkdir(parents=True)
    (d / "exe").symlink_to(exe)
    (d / "cmdline").write_bytes(b"\0".join(a.encode() for a in argv) + b"\0")
    return root


def test_program_of_pid_names_the_script_for_interpreters(tmp_path: Path) -> None:
    proc = _fake_proc(tmp_path, 77, "/usr/bin/python3.12", ["python3", "-u", "-m", "spyware"])
    p = consent.program_of_pid(77, proc)
    assert p.identity == "/usr/bin/python3.12 -m spyware"
    assert "spyware" in p.label and "77" in p.label
    proc = _fake_proc(tmp_path / "b", 78, "/usr/bin/firefox", ["firefox", "--new-window"])
    assert consent.program_of_pid(78, proc).identity == "/usr/bin/firefox"


def test_program_of_real_process() -> None:
    child = subprocess.Popen(["sleep", "5"])
    try:
        p = consent.program_of_pid(child.pid)
        assert p.exe.endswith("sleep") and p.identity == p.exe
    finally:
        child.kill()
        child.wait()
    with pytest.raises(PermissionDenied):
        consent.program_of_pid(2**22 + 12345)


def test_store_remembers_and_forgets(tmp_path: Path) -> None:
    store = ConsentStore(tmp_path / "c.json")
    assert store.get("/usr/bin/x") is None
    store.set("/usr/bin/x", ALLOW)
    assert ConsentStore(tmp_path / "c.json").get("/usr/bin/x") == ALLOW
    assert store.all() == {"/usr/bin/x": ALLOW}
    assert store.forget("/usr/bin/x") and store.get("/usr/bin/x") is None
    (tmp_path / "bad.json").write_text("{not json")
    assert ConsentStore(tmp_path / "bad.json").get("x") is None  # unreadable: ask again


class _Gate(ConsentGate):
    """The real gate with the caller's pid lookup replaced (no bus in a unit test)."""

    def __init__(self, program: Program, **kw) -> None:
        super().__init__(**kw)
        self.program = program

    async def check(self, bus, sender):  # type: ignore[override]
        orig = consent.caller_pid, consent.program_of_pid
        consent.caller_pid = _pid  # type: ignore[assignment]
        consent.program_of_pid = lambda pid: self.program  # type: ignore[assignment]
        try:
            return await super().check(bus, sender)
        finally:
            consent.caller_pid, consent.program_of_pid = orig


async def _pid(bus, sender) -> int:
    return 4242


@pytest.mark.parametrize(("answer", "allowed", "remembered"), [
    ("once", True, None), ("always", True, ALLOW), ("deny", False, DENY)])
async def test_dialog_answers(tmp_path: Path, answer: str, allowed: bool, remembered) -> None:
    asked: list[Program] = []

    async def asker(program: Program) -> str:
        asked.append(program)
        return answer

    store = ConsentStore(tmp_path / "c.json")
    gate = _Gate(OTHER, store=store, allow_headless=False, asker=asker)
    if allowed:
        assert (await gate.check(None, ":1.5")) == OTHER
    else:
        with pytest.raises(PermissionDenied, match="firefox"):
            await gate.check(None, ":1.5")
    assert asked == [OTHER]
    assert store.get(OTHER.identity) == remembered


async def test_headless_denied_unless_configured(tmp_path: Path) -> None:
    store = ConsentStore(tmp_path / "c.json")
    with pytest.raises(PermissionDenied, match="ocr-consent allow"):
        await _Gate(OTHER, store=store, allow_headless=False).check(None, ":1.5")
    assert await _Gate(OTHER, store=store, allow_headless=True).check(None, ":1.5") == OTHER
    with pytest.raises(PermissionDenied):
        await _Gate(OTHER, store=store, allow_headless=True).check(None, None)
