"""`neuralux ocr` / `recall` / `ocr-consent` on real files and a real X server."""

from __future__ import annotations

import argparse
import json
import shutil

import pytest

from neuralux.cli import ocr as cli
from neuralux.errors import EXIT_INVALID, InvalidArgument

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    cli.register(parser.add_subparsers())
    return parser.parse_args(list(argv))


@pytest.fixture
def screenshot(tmp_path):
    from benchmarks.ocr_screens import render, screens

    screen = next(s for s in screens() if s.name == "terminal_traceback")
    path = tmp_path / "shot.png"
    render(screen).save(path)
    return path


@pytest.fixture(autouse=True)
def _xdg(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@needs_tesseract
def test_file_prints_text(screenshot, capsys: pytest.CaptureFixture[str]) -> None:
    args = _parse("ocr", "--file", str(screenshot))
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "django.db.utils.OperationalError: could not connect to server" in out


@needs_tesseract
def test_json_has_word_boxes(screenshot, capsys: pytest.CaptureFixture[str]) -> None:
    args = _parse("ocr", "--file", str(screenshot), "--json")
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert "Traceback" in data["text"]
    word = next(w for w in data["words"] if w["text"] == "Traceback")
    assert set(word) == {"text", "left", "top", "width", "height", "confidence"}
    assert data["timings"]["total"] > 0


@pytest.mark.parametrize("content", [b"this is not an image\n", b"\x89PNG\r\n\x1a\ntruncated", b""])
def test_non_image_file_is_exit_4(tmp_path, content: bytes) -> None:
    bad = tmp_path / "notes.png"
    bad.write_bytes(content)
    args = _parse("ocr", "--file", str(bad))
    with pytest.raises(InvalidArgument) as err:
        args.func(args)
    assert err.value.exit_code == EXIT_INVALID == 4
    assert "notes.png" in err.value.message


def test_missing_or_directory_file_is_exit_4(tmp_path) -> None:
    for path in (tmp_path / "nope.png", tmp_path):
        with pytest.raises(InvalidArgument):
            cli.load_image(str(path))


@needs_tesseract
@pytest.mark.e2e
def test_region_on_xvfb(traceback_window: dict, monkeypatch, capsys) -> None:
    monkeypatch.setenv("DISPLAY", traceback_window["display"])
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    args = _parse("ocr", "--window")
    assert args.func(args) == 0
    assert "ZeroDivisionError" in capsys.readouterr().out
    bad = _parse("ocr", "--region", "1900,1000,200,200")
    with pytest.raises(InvalidArgument, match="outside the screen"):
        bad.func(bad)


@needs_tesseract
@pytest.mark.e2e
def test_copy_puts_text_on_the_clipboard(traceback_window: dict, monkeypatch, capsys) -> None:
    if not shutil.which("xclip"):
        pytest.skip("needs xclip")
    import subprocess

    monkeypatch.setenv("DISPLAY", traceback_window["display"])
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    args = _parse("ocr", "--window", "--copy")
    assert args.func(args) == 0
    clip = subprocess.run(["xclip", "-selection", "clipboard", "-out"], capture_output=True,
                          text=True, timeout=5, check=True).stdout
    assert "ZeroDivisionError" in clip


def test_recall_finds_stored_memory(tmp_path, capsys) -> None:
    import sqlite3

    import sqlite_utils

    from neuralux import paths
    from neuralux.vision import memory

    paths.ensure(paths.database_file().parent)
    db = sqlite_utils.Database(sqlite3.connect(str(paths.database_file())))
    memory.store(db, "ImportError: No module named 'yaml'", "Terminal — build", "window")
    db.conn.close()
    args = _parse("recall", "what was that import error?")
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "Terminal — build" in out and "yaml" in out


def test_recall_says_memory_is_off(capsys) -> None:
    args = _parse("recall", "anything")
    assert args.func(args) == 0
    assert "Screen memory is off" in capsys.readouterr().err


def test_consent_commands(capsys) -> None:
    for argv in (("ocr-consent", "allow", "/usr/bin/x"), ("ocr-consent", "list")):
        args = _parse(*argv)
        assert args.func(args) == 0
    assert "allow  /usr/bin/x" in capsys.readouterr().out
    args = _parse("ocr-consent", "forget", "/usr/bin/x")
    assert args.func(args) == 0
    with pytest.raises(InvalidArgument):
        args.func(args)


def test_real_command_exit_codes(tmp_path, screenshot) -> None:
    from tests.conftest import run_cli

    notes = tmp_path / "notes.txt"
    notes.write_text("not an image")
    out = run_cli("ocr", "--file", str(notes))
    assert out.returncode == 4 and "not an image" in out.stderr
    # tesseract missing: the message says how to install it (exit 3 = unavailable).
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    out = run_cli("ocr", "--file", str(screenshot), env={"PATH": str(empty)})
    assert out.returncode == 3
    assert "sudo apt install tesseract-ocr" in out.stderr
    assert "Traceback" not in out.stderr  # a message, not a Python traceback


def test_doctor_reports_missing_tesseract(monkeypatch, tmp_path) -> None:
    from neuralux.cli.doctor import check_tesseract

    monkeypatch.setenv("PATH", str(tmp_path))
    check = check_tesseract()
    assert not check.ok and "sudo apt install tesseract-ocr" in check.fix


@pytest.mark.e2e
def test_doctor_screen_capture_row(traceback_window: dict, monkeypatch) -> None:
    from neuralux.cli.doctor import check_screen_capture

    monkeypatch.setenv("DISPLAY", traceback_window["display"])
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    check = check_screen_capture()
    assert check.ok and "1920x1080" in check.detail
    monkeypatch.delenv("DISPLAY")
    assert not check_screen_capture().ok
