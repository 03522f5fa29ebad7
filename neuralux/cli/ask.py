"""``neuralux ask``: stream an answer from the daemon (or in-process with --no-daemon)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time
from typing import Any

from neuralux.cli.common import Spinner, print_json
from neuralux.errors import EXIT_OK, InvalidArgument, Unavailable, from_code


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="ask a question; the answer streams as it is generated")
    p.add_argument("text", nargs="*", help="the question (read from stdin when omitted)")
    p.add_argument("-c", "--conversation", default="", help="continue this conversation id")
    p.add_argument("--json", action="store_true", help="print one JSON object at the end")
    p.add_argument("--no-daemon", action="store_true", help="run the model in this process")
    p.add_argument("--max-tokens", type=int, default=0, help="limit the answer's length")
    p.add_argument("--screen", nargs="?", const="", choices=("", "window", "screen"),
                   default=None, metavar="window|screen",
                   help="answer with the text on the screen (default: [ocr] screen_source)")
    p.set_defaults(func=run)


def read_prompt(args: argparse.Namespace) -> str:
    if args.text:
        return " ".join(args.text)
    if not sys.stdin.isatty():
        data = sys.stdin.buffer.read()
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InvalidArgument("The input is not valid UTF-8 text.") from exc
    raise InvalidArgument('Nothing to ask. Usage: neuralux ask "What is the capital of France?"')


def run(args: argparse.Namespace) -> int:
    from neuralux import config
    from neuralux.core.prompt import validate_prompt

    prompt = read_prompt(args)
    settings = config.load().settings
    validate_prompt(prompt, settings.llm.max_prompt_chars)
    if args.max_tokens and not 1 <= args.max_tokens <= 32768:
        raise InvalidArgument("--max-tokens must be between 1 and 32768.")
    main = _ask_in_process if args.no_daemon else _ask_daemon
    result = asyncio.run(main(prompt, args))
    if args.json:
        print_json(result)
    return EXIT_OK


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


async def _ask_daemon(prompt: str, args: argparse.Namespace) -> dict[str, Any]:
    from dbus_fast import Variant

    from neuralux.dbus.client import daemon_vanished, ensure_daemon

    spinner = Spinner("starting Neuralux…")
    client = await ensure_daemon(on_wait=spinner.tick)
    options: dict[str, Variant] = {}
    if args.conversation:
        options["conversation_id"] = Variant("s", args.conversation)
    if args.max_tokens:
        options["max_tokens"] = Variant("i", args.max_tokens)
    if args.screen is not None:
        options["screen"] = Variant("s", args.screen) if args.screen else Variant("b", True)
    spinner.text = "thinking…"
    started = time.perf_counter()
    first: float | None = None
    task = ""
    try:
        async with client.signals() as queue:
            [task] = await client.call("Ask", "sa{sv}", [prompt, options])
            while True:
                try:
                    msg = await asyncio.wait_for(queue.get(), 0.1)
                except TimeoutError:
                    if first is None:
                        spinner.tick()
                    continue
                if daemon_vanished(msg):
                    raise Unavailable("The Neuralux daemon stopped while answering; the "
                                      "question is saved in `neuralux history`. Ask again to "
                                      "restart it.")
                if not msg.body or msg.body[0] != task:
                    continue
                if msg.member == "AnswerChunk":
                    if first is None:
                        first = time.perf_counter()
                        spinner.clear()
                    if not args.json:
                        _write(msg.body[1])
                elif msg.member == "AnswerDone":
                    spinner.clear()
                    if not args.json:
                        _write("\n")
                    meta = {k: v.value for k, v in msg.body[2].items()}
                    if "screen" in meta and not args.json:
                        print(f"(answered with the text of the {meta['screen']})",
                              file=sys.stderr)
                    meta["client_first_token_s"] = round((first or time.perf_counter())
                                                         - started, 4)
                    return {"text": msg.body[1], **meta}
                elif msg.member == "TaskFailed":
                    spinner.clear()
                    raise from_code(msg.body[1], msg.body[2])
    except (KeyboardInterrupt, asyncio.CancelledError):
        if task:
            with contextlib.suppress(Exception):
                await client.call("Cancel", "s", [task])
        raise
    finally:
        spinner.clear()
        client.close()


async def _ask_in_process(prompt: str, args: argparse.Namespace) -> dict[str, Any]:
    from neuralux import config
    from neuralux.app import App
    from neuralux.core.assistant import AskRequest

    app = App(config.load())
    await app.start()
    try:
        spinner = Spinner("loading model…")
        spinner.tick()

        def on_chunk(text: str) -> None:
            spinner.clear()
            if not args.json:
                _write(text)

        req = AskRequest(prompt, conversation_id=args.conversation or None,
                         max_tokens=args.max_tokens or None)
        used = ""
        if args.screen is not None:
            from neuralux.vision.pipeline import with_screen

            req, used = await with_screen(app, req, args.screen)
        answer = await app.assistant.ask(req, on_chunk=on_chunk)
        if not args.json:
            _write("\n")
            if used:
                print(f"(answered with the text of the {used})", file=sys.stderr)
        return {**answer.to_dict(), **({"screen": used} if used else {})}
    finally:
        await app.stop()
