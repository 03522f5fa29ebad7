"""``neuralux transcribe``, ``neuralux say`` and ``neuralux listen``.

They talk to the daemon (which keeps the speech models warm); ``--no-daemon``
runs the model in this process instead. ``say --out`` always synthesises here:
the file belongs to the caller.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import threading
from pathlib import Path
from typing import Any

from neuralux.cli.common import print_json
from neuralux.errors import EXIT_OK, InvalidArgument, Unavailable


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("transcribe", help="speech to text from an audio file "
                       "(wav, flac, mp3, ogg)")
    p.add_argument("file", help="the audio file")
    p.add_argument("--json", action="store_true",
                   help="print {text, language, segments, timings}")
    p.add_argument("--no-daemon", action="store_true", help="run the model in this process")
    p.set_defaults(func=run_transcribe)

    p = sub.add_parser("say", help="speak text aloud (Markdown is cleaned up first)")
    p.add_argument("text", nargs="*", help="what to say (read from stdin when omitted)")
    p.add_argument("--out", help="write a WAV file instead of playing it")
    p.add_argument("--no-daemon", action="store_true", help="speak from this process")
    p.set_defaults(func=run_say)

    p = sub.add_parser("listen", help="record a question until Enter or silence, then "
                       "hear the answer")
    p.add_argument("--json", action="store_true", help="print {transcript, answer} at the end")
    p.set_defaults(func=run_listen)


# --- transcribe ---------------------------------------------------------------------------
def run_transcribe(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    if not path.is_file():
        raise InvalidArgument(f"No such audio file: {path}")
    main = _transcribe_here if args.no_daemon else _transcribe_daemon
    result: dict[str, Any] = asyncio.run(main(path.resolve()))
    if args.json:
        print_json(result)
    else:
        print(result["text"])
    return EXIT_OK


async def _transcribe_daemon(path: Path) -> dict[str, Any]:
    from neuralux.dbus.client import ensure_daemon

    client = await ensure_daemon()
    try:
        [data] = await client.call("TranscribeJson", "s", [str(path)])
    finally:
        client.close()
    return dict(json.loads(data))


async def _transcribe_here(path: Path) -> dict[str, Any]:
    from neuralux.backends.stt import decode_file, load_transcriber
    from neuralux.cli.common import load_config

    settings = load_config().settings.voice
    samples = await asyncio.to_thread(decode_file, path)
    transcriber = await asyncio.to_thread(load_transcriber, settings)
    result = await asyncio.to_thread(transcriber.transcribe, samples, 16000, None)
    return result.to_dict()


# --- say ---------------------------------------------------------------------------------
def _read_text(args: argparse.Namespace) -> str:
    text = " ".join(args.text) if args.text else ("" if sys.stdin.isatty()
                                                   else sys.stdin.read())
    if not text.strip():
        raise InvalidArgument('Nothing to say. Usage: neuralux say "Hello there"')
    return text


def run_say(args: argparse.Namespace) -> int:
    text = _read_text(args)
    if args.out:
        seconds = asyncio.run(_say_to_file(text, Path(args.out).expanduser()))
        print(f"wrote {args.out} ({seconds:.1f} s of audio)")
    elif args.no_daemon:
        asyncio.run(_say_here(text))
    else:
        asyncio.run(_say_daemon(text))
    return EXIT_OK


async def _say_to_file(text: str, out: Path) -> float:
    from neuralux.backends.tts import load_synthesizer, write_wav
    from neuralux.cli.common import load_config
    from neuralux.voice.speech_text import speakable_sentences

    sentences = speakable_sentences(text)
    if not sentences:
        raise InvalidArgument("Nothing speakable in that text.")
    synth = await asyncio.to_thread(load_synthesizer, load_config().settings.voice)
    chunks = [await asyncio.to_thread(synth.synthesize_sentence, s) for s in sentences]
    try:
        return await asyncio.to_thread(write_wav, out, chunks)
    except OSError as exc:
        raise InvalidArgument(f"Cannot write {out}: {exc.strerror}.") from exc


async def _say_here(text: str) -> None:
    from neuralux.backends.tts import make_tts_worker
    from neuralux.cli.common import load_config
    from neuralux.voice.playback import Speaker
    from neuralux.voice.speaking import AnswerSpeaker

    settings = load_config().settings.voice
    worker = make_tts_worker(settings)
    speaking = AnswerSpeaker(worker, Speaker(settings))
    try:
        speaking.say(text)
        await speaking.close()
        if speaking.failed is not None:
            raise speaking.failed
    finally:
        await worker.close()


async def _say_daemon(text: str) -> None:
    from neuralux.dbus.client import ensure_daemon

    client = await ensure_daemon()
    try:
        await client.call("Speak", "s", [text])
    finally:
        client.close()


# --- listen ------------------------------------------------------------------------------
def run_listen(args: argparse.Namespace) -> int:
    result = asyncio.run(_listen_daemon(quiet=args.json))
    if args.json:
        print_json(result)
    return EXIT_OK


async def _listen_daemon(quiet: bool) -> dict[str, str]:
    from neuralux.dbus.client import daemon_vanished, ensure_daemon

    client = await ensure_daemon()
    enter = asyncio.Event()
    loop = asyncio.get_running_loop()
    if sys.stdin.isatty():
        threading.Thread(target=lambda: (sys.stdin.readline(), loop.call_soon_threadsafe(
            enter.set)), daemon=True).start()
    result = {"transcript": "", "answer": "", "message": ""}
    say = (lambda _t: None) if quiet else (lambda t: print(t, file=sys.stderr, flush=True))
    try:
        async with client.signals() as queue:
            await client.call("ListenOnce")
            say("Listening… (speak, then pause or press Enter)")
            stopped = False
            while True:
                getter = asyncio.ensure_future(queue.get())
                waiter = asyncio.ensure_future(enter.wait())
                await asyncio.wait({getter, waiter}, return_when=asyncio.FIRST_COMPLETED)
                if waiter.done() and not stopped:
                    stopped = True
                    with contextlib.suppress(Exception):
                        await client.call("StopListening")
                waiter.cancel()
                if not getter.done():
                    getter.cancel()
                    continue
                msg = getter.result()
                if daemon_vanished(msg):
                    raise Unavailable("The Neuralux daemon stopped while listening.")
                if _handle(msg, result, quiet):
                    return result
    finally:
        client.close()


def _handle(msg: Any, result: dict[str, str], quiet: bool) -> bool:
    """Print one voice signal; True when the turn is over."""
    member, body = msg.member, msg.body
    if member == "VoiceTranscript":
        result["transcript"] = body[0]
        if not quiet:
            print(f"» {body[0]}", flush=True)
    elif member == "VoiceAnswerChunk" and not quiet:
        sys.stdout.write(body[0])
        sys.stdout.flush()
    elif member == "VoiceAnswer":
        result["answer"] = body[1]
        if not quiet:
            print(flush=True)
    elif member == "VoiceMessage":
        result["message"] = body[0]
        if not quiet:
            print(body[0], file=sys.stderr, flush=True)
    elif member == "VoiceState" and body[0] == "idle":
        return True
    return False
