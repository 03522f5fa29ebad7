"""Where a request runs: a pure decision over the facts passed in."""

from __future__ import annotations

from dataclasses import dataclass

LOCAL = "local"


@dataclass(frozen=True)
class LocalState:
    model_available: bool
    on_battery: bool = False
    busy: bool = False


@dataclass(frozen=True)
class Peer:
    name: str
    url: str
    healthy: bool = True


def choose_target(local: LocalState, peers: tuple[Peer, ...], prefer: str) -> str:
    """``LOCAL`` or a peer name.

    ``prefer``: ``never`` keeps everything local; ``always`` uses a healthy peer
    whenever there is one; ``when_needed`` offloads only when the local model is
    missing, the machine is on battery, or it is busy.
    """
    healthy = [p for p in peers if p.healthy]
    if prefer == "never" or not healthy:
        return LOCAL
    if prefer == "always":
        return healthy[0].name
    if not local.model_available or local.on_battery or local.busy:
        return healthy[0].name
    return LOCAL
