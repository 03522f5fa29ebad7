"""Wayland capture through ``org.freedesktop.portal.Screenshot`` (the desktop asks the user)."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
import urllib.parse
from pathlib import Path
from typing import Any

from neuralux.errors import PermissionDenied, Timeout, Unavailable

log = logging.getLogger(__name__)

NO_PORTAL = ("Screen capture on Wayland needs xdg-desktop-portal with a backend for your "
             "desktop, and none answered on the session bus. Install one, e.g. "
             "`sudo apt install xdg-desktop-portal xdg-desktop-portal-gnome` "
             "(or -kde / -wlr), then log out and in again.")
_MISSING = tuple(f"org.freedesktop.DBus.Error.{name}" for name in (
    "ServiceUnknown", "NameHasNoOwner", "UnknownMethod", "UnknownObject", "UnknownInterface"))


async def async_portal_screenshot_uri(wait_seconds: float = 120.0,
                                      interactive: bool = False) -> str:
    """Ask the portal for a screenshot; ``interactive`` lets the user pick the area."""
    from dbus_fast import Message, MessageType, Variant
    from dbus_fast.aio import MessageBus

    try:
        bus = await MessageBus().connect()
    except Exception as exc:
        raise Unavailable(f"{NO_PORTAL} (no session bus: {exc})") from exc
    try:
        token = "neuralux" + secrets.token_hex(6)
        sender = (bus.unique_name or ":").lstrip(":").replace(".", "_")
        handle = f"/org/freedesktop/portal/desktop/request/{sender}/{token}"
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[list[Any]] = loop.create_future()

        def on_message(msg: Any) -> None:
            if (msg.message_type == MessageType.SIGNAL and msg.member == "Response"
                    and msg.path == handle and not answer.done()):
                answer.set_result(msg.body)

        bus.add_message_handler(on_message)
        rule = (f"type='signal',interface='org.freedesktop.portal.Request',member='Response',"
                f"path='{handle}'")
        await bus.call(Message(destination="org.freedesktop.DBus", path="/org/freedesktop/DBus",
                               interface="org.freedesktop.DBus", member="AddMatch",
                               signature="s", body=[rule]))
        reply = await bus.call(Message(
            destination="org.freedesktop.portal.Desktop", path="/org/freedesktop/portal/desktop",
            interface="org.freedesktop.portal.Screenshot", member="Screenshot", signature="sa{sv}",
            body=["", {"handle_token": Variant("s", token),
                       "interactive": Variant("b", interactive)}]))
        if reply is None or reply.message_type == MessageType.ERROR:
            name = getattr(reply, "error_name", "") or ""
            if name in _MISSING:
                raise Unavailable(NO_PORTAL)
            raise Unavailable(f"The screenshot portal failed: {name} {reply.body if reply else ''}")
        try:
            code, results = await asyncio.wait_for(answer, wait_seconds)
        except TimeoutError as exc:
            raise Timeout("the desktop did not answer the screenshot request") from exc
        if code == 1:
            raise PermissionDenied("The screenshot was refused or cancelled in the desktop's "
                                   "dialog.")
        if code != 0 or "uri" not in results:
            raise Unavailable(f"The screenshot portal gave no picture (response {code}).")
        return str(results["uri"].value)
    finally:
        bus.disconnect()


def portal_screenshot(timeout: float = 120.0, interactive: bool = False) -> Any:
    """Blocking: ask the portal for a screenshot and return it as a PIL image."""
    from PIL import Image

    requested = time.time()
    uri = asyncio.run(async_portal_screenshot_uri(timeout, interactive))
    path = Path(urllib.parse.unquote(urllib.parse.urlparse(uri).path))
    with Image.open(path) as img:
        image = img.convert("RGB")
    # The portal saved the file for us (often into ~/Pictures); it is our artefact, not
    # the user's, so remove it unless it predates the request.
    try:
        if path.stat().st_mtime >= requested - 1:
            path.unlink()
    except OSError:
        log.debug("could not remove portal screenshot %s", path)
    return image
