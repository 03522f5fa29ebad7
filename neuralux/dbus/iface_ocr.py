"""Screen OCR over D-Bus: ``OcrScreen`` and the ``screen`` option of ``Ask``.

Every call that reads the screen first passes the consent gate, which identifies
the caller by the process id the bus reports (see ``consent.py``). Text leaving
through D-Bus is redacted unless the caller asks otherwise with ``redact: false``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from typing import Any

from dbus_fast import Variant
from dbus_fast.service import ServiceInterface, dbus_method

from neuralux.dbus.consent import CALLER, Program
from neuralux.dbus.errors import translate_errors
from neuralux.dbus.types import DBusDict, DBusStr
from neuralux.errors import InvalidArgument
from neuralux.vision import capture as cap
from neuralux.vision.pipeline import redacted, with_screen

__all__ = ["OcrMethods", "check_screen_consent", "parse_ocr_options", "pop_screen_option",
           "with_screen", "with_screen_audited"]

log = logging.getLogger(__name__)

# Option name -> accepted D-Bus signatures.
OCR_OPTIONS: dict[str, tuple[str, ...]] = {
    "target": ("s",),  # "screen" (default), "window", "region"
    "region": ("s", "(iiii)", "ai"),  # "X,Y,W,H" or four integers; implies target=region
    "monitor": ("i", "u"),  # 1-based; 0 = all monitors
    "redact": ("b",),  # default true
    "json": ("b",),  # default false: plain text; true: JSON with word boxes
}
SCREEN_TARGETS = ("screen", "window", "region")


@dataclasses.dataclass(frozen=True)
class OcrOptions:
    target: str = "screen"
    region: cap.Region | None = None
    monitor: int = 0
    redact: bool = True
    json: bool = False


def parse_ocr_options(options: dict[str, Variant]) -> OcrOptions:
    fields: dict[str, Any] = {}
    for key, variant in options.items():
        if key not in OCR_OPTIONS:
            raise InvalidArgument(f"Unknown option {key!r}; known options: "
                                  f"{', '.join(sorted(OCR_OPTIONS))}.")
        if variant.signature not in OCR_OPTIONS[key]:
            raise InvalidArgument(f"Option {key!r} must have D-Bus type "
                                  f"{' or '.join(OCR_OPTIONS[key])}, got {variant.signature!r}.")
        fields[key] = variant.value
    region = fields.pop("region", None)
    if region is not None:
        if isinstance(region, str):
            fields["region"] = cap.parse_region(region)
        elif len(region) == 4:
            fields["region"] = cap.Region(*(int(v) for v in region))
        else:
            raise InvalidArgument("Option 'region' needs four integers: X, Y, width, height.")
        fields.setdefault("target", "region")
    if fields.get("target", "screen") not in SCREEN_TARGETS:
        raise InvalidArgument(f"Option 'target' must be one of {', '.join(SCREEN_TARGETS)}.")
    if fields.get("target") == "region" and "region" not in fields:
        raise InvalidArgument("target 'region' needs the 'region' option (X,Y,W,H).")
    if "monitor" in fields:
        fields["monitor"] = int(fields["monitor"])
    return OcrOptions(**fields)


def pop_screen_option(options: dict[str, Variant]) -> str | None:
    """Remove ``screen`` from Ask's options; the capture target it asks for, or None.

    ``screen: true`` reads what ``ocr.screen_source`` says; ``screen: "window"`` or
    ``"screen"`` picks explicitly.
    """
    variant = options.pop("screen", None)
    if variant is None:
        return None
    if variant.signature == "b":
        return "" if variant.value else None
    if variant.signature == "s" and variant.value in ("screen", "window"):
        return str(variant.value)
    raise InvalidArgument("Option 'screen' must be true/false or \"screen\"/\"window\".")


def _bus_of(iface: ServiceInterface) -> Any:
    return next(iter(ServiceInterface._get_buses(iface)), None)


async def check_screen_consent(iface: Any) -> Program:
    """PermissionDenied unless the current D-Bus caller may read the screen."""
    program: Program = await iface.app.screen_consent.check(_bus_of(iface), CALLER.get())
    return program


async def _audit(app: Any, kind: str, program: Program, **data: Any) -> None:
    """Who read the screen, when, and how much: the user can see it in the audit log."""
    from neuralux.storage import audit

    entry = {"program": program.identity, "pid": program.pid, **data}
    await app.db.run(lambda db: audit.record(db, kind, entry))


async def with_screen_audited(app: Any, req: Any, target: str,
                              program: Program) -> tuple[Any, str]:
    """``with_screen`` for a D-Bus caller already let through; the read is audited."""
    request, used = await with_screen(app, req, target)
    await _audit(app, "screen_ask", program, source=used, chars=len(request.context))
    return request, used


class OcrMethods(ServiceInterface):
    """Mixin for ``AssistantInterface``; needs ``app.ocr`` and ``app.screen_consent``."""

    app: Any

    @dbus_method()
    @translate_errors
    async def OcrScreen(self, options: DBusDict) -> DBusStr:
        opts = parse_ocr_options(options)
        program = await check_screen_consent(self)
        st = await self.app.ocr.read_screen(opts.target, opts.region, opts.monitor)
        if opts.redact:
            st = redacted(st)
        log.info("OcrScreen: %d characters from the %s", len(st.text), st.label)
        await _audit(self.app, "screen_read", program, source=st.label, chars=len(st.text),
                     redacted=opts.redact)
        if opts.json:
            return json.dumps(st.to_dict(words=not st.redactions), ensure_ascii=False)
        return str(st.text)

    @dbus_method()
    @translate_errors
    async def Recall(self, query: DBusStr, options: DBusDict) -> DBusStr:
        """Search screen memory; JSON list of {id, created, title, source, snippet}.

        Past screens are as private as the present one: the same consent applies.
        Option ``limit`` (i, 1–50, default 5).
        """
        limit = 5
        for key, variant in options.items():
            if key != "limit" or variant.signature not in ("i", "u"):
                raise InvalidArgument("Recall takes one option: limit (i).")
            limit = int(variant.value)
        if not 1 <= limit <= 50:
            raise InvalidArgument("Option 'limit' must be between 1 and 50.")
        program = await check_screen_consent(self)
        found = await self.app.screen_memory.recall(query, limit)
        await _audit(self.app, "screen_recall", program, query=query, results=len(found))
        return json.dumps([m.to_dict() for m in found], ensure_ascii=False)
