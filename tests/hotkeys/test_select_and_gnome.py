from __future__ import annotations

from collections.abc import Sequence

from neuralux.config import OverlaySettings
from neuralux.hotkeys import gnome, select


def test_backend_choice_follows_session() -> None:
    assert select.choose("auto", {"DISPLAY": ":0"}).backend == "x11"
    assert select.choose("auto", {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}).backend \
        == "portal"
    assert select.choose("auto", {}).backend == "none"
    assert select.choose("none", {"DISPLAY": ":0"}).backend == "none"
    assert select.choose("x11", {}).backend == "none"


def test_start_without_display_explains_the_fallback() -> None:
    active = select.start(OverlaySettings(), lambda: None, env={})
    assert active.backend == "none" and active.degraded
    assert "neuralux toggle" in active.message


def test_gnome_plan_uses_fallback_when_window_menu_holds_alt_space() -> None:
    p = gnome.plan("<Alt>space", "<Control><Alt>space", [], ["<Alt>space"], "neuralux toggle",
                   free_alt_space=False)
    assert p.binding == "<Control><Alt>space"
    assert any("window menu" in n for n in p.notes)
    assert ["gsettings", "set", gnome.MEDIA_KEYS, gnome.LIST_KEY,
            f"['{gnome.OUR_PATH}']"] in p.commands
    assert p.commands[-1][-1] == "<Control><Alt>space"


def test_gnome_plan_frees_alt_space_when_asked_and_keeps_other_bindings() -> None:
    other = "/org/gnome/settings-daemon/plugins/media-keys/custom-keybindings/custom0/"
    p = gnome.plan("<Alt>space", "<Control><Alt>space", [other], ["<Alt>space"], "nx toggle",
                   free_alt_space=True)
    assert p.binding == "<Alt>space"
    assert p.commands[0][-1] == "['<Alt><Shift>space']"
    assert p.commands[1][-1] == f"['{other}', '{gnome.OUR_PATH}']"


def test_setup_runs_plan_through_runner_and_is_idempotent() -> None:
    calls: list[list[str]] = []
    state = {"list": "@as []"}

    def runner(argv: Sequence[str]) -> str:
        calls.append(list(argv))
        if argv[1] == "get":
            return state["list"] if argv[-1] == gnome.LIST_KEY else "['<Alt>F3']"
        if argv[-2] == gnome.LIST_KEY:
            state["list"] = argv[-1]
        return ""

    p = gnome.setup("<Alt>space", "<Control><Alt>space", "neuralux toggle", False, runner=runner)
    assert p.binding == "<Alt>space"
    assert any(c[-2:] == ["command", "neuralux toggle"] for c in calls)
    calls.clear()
    gnome.setup("<Alt>space", "<Control><Alt>space", "neuralux toggle", False, runner=runner)
    assert not any(c[-2] == gnome.LIST_KEY and c[1] == "set" for c in calls)
    dry: list[list[str]] = []
    gnome.setup("<Alt>space", "x", "c", False, dry_run=True,
                runner=lambda a: dry.append(list(a)) or "@as []")
    assert all(c[1] == "get" for c in dry)
