from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from neuralux import config
from neuralux.errors import ConfigError


def test_defaults_and_profile_origins(tmp_path: Path) -> None:
    loaded = config.load(tmp_path / "none.toml", env={})
    assert loaded.settings.general.profile == "balanced"
    assert loaded.settings.llm.context_size == 2048
    assert str(loaded.origins["llm.context_size"]) == "profile balanced"
    assert str(loaded.origins["llm.max_tokens"]) == "default"


def test_first_run_writes_commented_file_that_parses(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "config.toml"
    loaded = config.load(path, env={}, create=True)
    text = path.read_text()
    assert "# max_tokens = 512" in text and "[llm]" in text
    assert tomllib.loads(text).keys() == set(config.sections())
    assert loaded.settings == config.load(path, env={}).settings


def test_file_then_env_override_with_sources(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[general]\nprofile = "battery_saver"\n\n[llm]\nmax_tokens = 100\n')
    loaded = config.load(path, env={"NEURALUX_LLM_MAX_TOKENS": "64",
                                    "NEURALUX_LLM_MODEL_PATHS": "/a, /b"})
    assert loaded.settings.llm.max_tokens == 64
    assert loaded.settings.llm.model_paths == ["/a", "/b"]
    assert loaded.settings.llm.threads == 1  # from battery_saver
    assert loaded.settings.offload.prefer == "always"
    assert loaded.origins["llm.max_tokens"].detail == "NEURALUX_LLM_MAX_TOKENS"
    assert loaded.origins["general.profile"].detail.endswith("c.toml:2")


@pytest.mark.parametrize(("text", "needle"), [
    ('[llm]\nmax_tokens = "lots"\n', "llm.max_tokens in {path} line 2: expected an integer"),
    ("[llm]\n\ntemperature = 9.5\n", "llm.temperature in {path} line 3: 9.5 is above"),
    ('[general]\nprofile = "turbo"\n', "general.profile in {path} line 2: 'turbo' is not one of"),
    ("[llm]\nmodle = 'x'\n", "llm.modle in {path} line 2: unknown key"),
    ("[nope]\na = 1\n", "unknown section [nope]"),
    ("[llm\n", "not valid TOML"),
])
def test_invalid_values_name_key_file_and_line(tmp_path: Path, text: str, needle: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        config.load(path, env={})
    assert needle.format(path=path) in err.value.message


def test_invalid_env_value_names_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="NEURALUX_DAEMON_QUEUE_SIZE"):
        config.load(tmp_path / "x.toml", env={"NEURALUX_DAEMON_QUEUE_SIZE": "0"})


def test_every_profile_is_valid(tmp_path: Path) -> None:
    for name in config.PROFILES:
        loaded = config.load(tmp_path / "x.toml", env={"NEURALUX_GENERAL_PROFILE": name})
        assert loaded.settings.general.profile == name
        assert loaded.settings.llm.threads >= 1
