"""The org.neuralux.Assistant1 D-Bus interface.

The interface class is composed of one mixin per capability (``iface_*.py``);
dbus-fast collects decorated methods from the whole class hierarchy. Every
method is wrapped with ``errors.translate_errors``.
"""

from __future__ import annotations

from typing import Any

from dbus_fast.service import ServiceInterface

from neuralux.dbus.iface_chat import ChatMethods
from neuralux.dbus.iface_commands import CommandMethods
from neuralux.dbus.iface_ocr import OcrMethods
from neuralux.dbus.iface_overlay import OverlayMethods
from neuralux.dbus.iface_voice import VoiceMethods
from neuralux.dbus.names import BUS_NAME, INTERFACE, OBJECT_PATH

__all__ = ["BUS_NAME", "INTERFACE", "OBJECT_PATH", "AssistantInterface"]


class AssistantInterface(ChatMethods, CommandMethods, OcrMethods, OverlayMethods, VoiceMethods,
                         ServiceInterface):
    def __init__(self, app: Any) -> None:
        ServiceInterface.__init__(self, INTERFACE)
        self.app = app
        self.attach_voice()
