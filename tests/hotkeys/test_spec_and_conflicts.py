from __future__ import annotations

from pathlib import Path

import pytest

from neuralux.errors import ConfigError
from neuralux.hotkeys import conflicts, spec


def test_parse_and_render_hotkeys() -> None:
    alt_space = spec.parse("<alt>+<space>")
    assert alt_space == spec.HotkeySpec(frozenset({"alt"}), "space")
    assert alt_space.label() == "Alt+Space"
    assert alt_space.gsettings() == "<Alt>space"
    assert alt_space.portal() == "ALT+space"
    k = spec.parse("<ctrl>+<alt>+k")
    assert k.label() == "Ctrl+Alt+K" and k.gsettings() == "<Control><Alt>k"
    assert spec.parse("<super>+<f1>").key == "F1"


@pytest.mark.parametrize("bad", ["", "k", "<alt>+<nope>", "<alt>+x+y"])
def test_bad_hotkeys_raise_config_error(bad: str) -> None:
    with pytest.raises(ConfigError):
        spec.parse(bad)


def test_conflict_advice_per_desktop() -> None:
    alt_space = spec.parse("<alt>+<space>")
    gnome = {"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}
    assert "window menu" in conflicts.who_holds(alt_space, gnome)
    assert "activate-window-menu" in conflicts.how_to_free(alt_space, gnome)
    assert "KRunner" in conflicts.who_holds(alt_space, {"XDG_CURRENT_DESKTOP": "KDE"})
    assert conflicts.who_holds(spec.parse("<ctrl>+<alt>+k"), gnome) == ""


def test_parse_gsettings_lists() -> None:
    assert conflicts.parse_gsettings_list("['<Alt>space', '<Alt>F3']") == ["<Alt>space",
                                                                           "<Alt>F3"]
    assert conflicts.parse_gsettings_list("@as []") == []


def test_kde_krunner_detection(tmp_path: Path) -> None:
    (tmp_path / "kglobalshortcutsrc").write_text(
        "[services][org.kde.krunner.desktop]\n_launch=Alt+Space\tAlt+F2\tSearch\n")
    assert conflicts.kde_krunner_uses("Alt+Space", tmp_path) is True
    (tmp_path / "kglobalshortcutsrc").write_text(
        "[services][org.kde.krunner.desktop]\n_launch=Alt+F2\n")
    assert conflicts.kde_krunner_uses("Alt+Space", tmp_path) is False
    assert conflicts.kde_krunner_uses("Alt+Space", tmp_path / "none") is None
