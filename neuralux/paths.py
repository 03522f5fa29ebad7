"""Every filesystem location Neuralux uses, following the XDG base directory spec."""

from __future__ import annotations

import os
from pathlib import Path

APP = "neuralux"


def _xdg(var: str, default: str) -> Path:
    value = os.environ.get(var, "")
    # The spec says relative paths are invalid and must be ignored.
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / default


def config_dir() -> Path:
    return _xdg("XDG_CONFIG_HOME", ".config") / APP


def data_dir() -> Path:
    return _xdg("XDG_DATA_HOME", ".local/share") / APP


def cache_dir() -> Path:
    return _xdg("XDG_CACHE_HOME", ".cache") / APP


def state_dir() -> Path:
    return _xdg("XDG_STATE_HOME", ".local/state") / APP


def runtime_dir() -> Path:
    value = os.environ.get("XDG_RUNTIME_DIR", "")
    if value and os.path.isabs(value):
        return Path(value) / APP
    return cache_dir() / "run"


def config_file() -> Path:
    return config_dir() / "config.toml"


def database_file() -> Path:
    return data_dir() / "neuralux.db"


def models_dir() -> Path:
    """Where user-pulled models live (searched in addition to config paths)."""
    return data_dir() / "models"


def private_bus_file() -> Path:
    """Address of the private session bus the daemon started, if any."""
    return runtime_dir() / "bus-address"


def ensure(path: Path, mode: int = 0o700) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=mode)
    return path


def resource_dir() -> Path:
    """Read-only data shipped with Neuralux (cookbook, icons, desktop files).

    A source checkout uses its ``resources/``; an installed package uses
    ``/usr/share/neuralux`` (the .deb) or ``$prefix/share/neuralux``.
    """
    import sys

    candidates = [Path(__file__).resolve().parent.parent / "resources",
                  Path(sys.prefix) / "share" / APP, Path("/usr/share") / APP]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]
