from __future__ import annotations

import asyncio

from neuralux.dbus.streaming import ChunkCoalescer


async def test_first_piece_at_once_then_coalesced_without_loss() -> None:
    sent: list[str] = []
    c = ChunkCoalescer(sent.append, 0.05)
    c.add("Hello")
    assert sent == ["Hello"]  # no delay for the first token
    for piece in [" wor", "ld", ","]:
        c.add(piece)
    assert sent == ["Hello"]
    await asyncio.sleep(0.08)
    assert sent == ["Hello", " world,"]
    c.add(" bye")
    c.flush()  # the final flush sends the rest at once
    assert sent == ["Hello", " world,", " bye"]
    await asyncio.sleep(0.08)
    assert "".join(sent) == "Hello world, bye" and len(sent) == 3


async def test_zero_interval_sends_every_piece() -> None:
    sent: list[str] = []
    c = ChunkCoalescer(sent.append, 0)
    for piece in "abc":
        c.add(piece)
    c.flush()
    assert sent == ["a", "b", "c"]
