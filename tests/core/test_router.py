from neuralux.core.router import LOCAL, LocalState, Peer, choose_target

PEER = Peer("desk", "http://10.0.0.2:8765")


def test_no_peers_is_always_local() -> None:
    assert choose_target(LocalState(False), (), "always") == LOCAL


def test_never_stays_local() -> None:
    assert choose_target(LocalState(False, on_battery=True), (PEER,), "never") == LOCAL


def test_when_needed_offloads_only_when_needed() -> None:
    assert choose_target(LocalState(True), (PEER,), "when_needed") == LOCAL
    assert choose_target(LocalState(True, on_battery=True), (PEER,), "when_needed") == "desk"
    assert choose_target(LocalState(False), (PEER,), "when_needed") == "desk"
    assert choose_target(LocalState(True, busy=True), (PEER,), "when_needed") == "desk"


def test_unhealthy_peers_are_skipped() -> None:
    sick = Peer("sick", "http://x", healthy=False)
    assert choose_target(LocalState(False), (sick,), "always") == LOCAL
    assert choose_target(LocalState(False), (sick, PEER), "always") == "desk"
