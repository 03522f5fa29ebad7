"""Prompt validation: light enough for the CLI to check input before any connection."""

from __future__ import annotations

from neuralux.errors import InvalidArgument


def validate_prompt(prompt: str, max_chars: int) -> str:
    if not isinstance(prompt, str):
        raise InvalidArgument("The prompt must be text.")
    try:
        prompt.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidArgument("The prompt is not valid UTF-8 text. Check the terminal's "
                              "encoding or the bytes you sent.") from exc
    if "\x00" in prompt:
        raise InvalidArgument("The prompt contains a NUL byte; send plain text.")
    text = prompt.strip()
    if not text:
        raise InvalidArgument("The prompt is empty. Type a question, e.g. "
                              "neuralux ask \"What is the capital of France?\"")
    if len(text) > max_chars:
        raise InvalidArgument(f"The prompt is {len(text):,} characters; the limit is "
                              f"{max_chars:,}. Shorten it or raise [llm] max_prompt_chars.")
    return text
