"""Composition root: builds and wires the components. No logic lives here."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from neuralux.backends import catalog
from neuralux.backends.base import ChatModel, ModelInfo
from neuralux.backends.worker import ModelWorker
from neuralux.commands.generate import Completer
from neuralux.commands.local_llm import CommandModelCompleter
from neuralux.commands.service import CommandAssistant
from neuralux.config import LoadedConfig, resolved_context, resolved_threads
from neuralux.core.assistant import Assistant
from neuralux.core.tasks import TaskRegistry
from neuralux.dbus.consent import ConsentGate, ConsentStore
from neuralux.errors import ModelUnavailable
from neuralux.storage.db import Database
from neuralux.vision.memory import ScreenMemory
from neuralux.vision.pipeline import ScreenReader, screen_budget
from neuralux.voice.actions import AppVoiceActions
from neuralux.voice.notify import HiddenOverlayNotifier
from neuralux.voice.service import VoiceService, assistant_asker

log = logging.getLogger(__name__)


def _llm_factory(app: App) -> ChatModel:
    from neuralux.backends.llm import LlamaChatModel, LlamaOptions

    llm = app.settings.llm
    info = catalog.resolve_llm(llm.model, llm.model_paths)
    return LlamaChatModel(LlamaOptions(info.path, info.name, resolved_threads(llm),
                                       resolved_context(llm)))


def _command_model(app: App) -> CommandModelCompleter | None:
    name, llm = app.settings.commands.model, app.settings.llm
    if not name or name == llm.model:  # the chat model already: no second copy in memory
        return None
    return CommandModelCompleter(name, llm.model_paths, resolved_threads(llm),
                                 resolved_context(llm), llm.idle_unload_seconds)


class App:
    """Everything one Neuralux process hosts. Built cheaply; models load on first use."""

    def __init__(self, loaded: LoadedConfig, db_path: Path | None = None) -> None:
        self.config = loaded
        self.settings = loaded.settings
        self.db = Database(db_path)
        llm = self.settings.llm
        self.llm_worker: ModelWorker[ChatModel] = ModelWorker(
            "llm", lambda: _llm_factory(self), llm.idle_unload_seconds,
            close=lambda m: m.close())
        self.assistant = Assistant(llm, self.llm_worker, self.db, self.llm_model_name())
        # Suggests shell commands (never runs them); its model is the core's complete(),
        # or [commands] model when set (loaded on first use, not here).
        self.command_model = _command_model(self)
        completer: Completer = self.command_model or self.assistant
        self.commands = CommandAssistant(self.settings.commands, completer)
        self.tasks = TaskRegistry(self.settings.daemon.queue_size,
                                  self.settings.daemon.request_timeout_seconds)
        # Screen OCR (tesseract is found on first use), its D-Bus consent gate, and the
        # opt-in screen memory.
        self.ocr = ScreenReader(self.settings.ocr, context_chars=screen_budget(self.settings))
        self.screen_consent = ConsentGate(ConsentStore(), self.settings.ocr.allow_headless_callers)
        self.screen_memory = ScreenMemory(self.settings.ocr, self.ocr, self.db)
        self.voice = VoiceService(self.settings.voice, assistant_asker(lambda: self.assistant),
                                  actions=AppVoiceActions(self))
        self.voice.observe(HiddenOverlayNotifier(lambda: self.ui).events())
        self.started_at = time.time()
        self.mode = "headless"
        # Front-end hooks set by the desktop host (overlay) when it runs.
        self.ui: Any = None

    def llm_model_name(self) -> str:
        try:
            return catalog.resolve_llm(self.settings.llm.model, self.settings.llm.model_paths).name
        except ModelUnavailable:
            return self.settings.llm.model

    def models(self) -> list[ModelInfo]:
        found = catalog.discover(self.settings.llm.model_paths,
                                 {"llm": self.assistant.model_name})
        command = self.command_model
        command_path = str(command.inner.model_path) if command and command.loaded \
            and command.inner else None
        return [ModelInfo(**{**m.to_dict(), "loaded": m.kind == "llm" and (
            (m.default and self.llm_worker.loaded) or m.path == command_path)})
            for m in found]

    async def start(self) -> None:
        await self.db.run(lambda d: None)  # open + migrate now, so errors show at start
        await self.ocr.start()
        await self.screen_memory.start()
        await self.voice.start()
        if self.command_model is not None:
            try:  # only a file lookup: say now, not at the first suggestion, what is missing
                self.command_model.resolve()
            except ModelUnavailable as exc:
                log.warning("%s Until then commands come from the cookbook.", exc.message)

    async def stop(self) -> None:
        await self.tasks.close()
        await self.voice.stop()
        await self.screen_memory.stop()
        await self.ocr.stop()
        await self.llm_worker.close()
        if self.command_model is not None:
            await self.command_model.close()
        self.db.close()
