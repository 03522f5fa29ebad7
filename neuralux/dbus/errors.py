"""The D-Bus error boundary.

A NeuraluxError becomes ``org.neuralux.Error.<code>`` with its message; anything
else is logged and answered with a generic error, never a traceback.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable
from typing import Any

from dbus_fast import DBusError

from neuralux.errors import DBUS_ERROR_PREFIX, NeuraluxError, from_code

log = logging.getLogger(__name__)


def to_dbus_error(exc: BaseException) -> DBusError:
    if isinstance(exc, DBusError):
        return exc
    if isinstance(exc, NeuraluxError):
        return DBusError(exc.dbus_name, exc.message)
    log.error("unexpected error in a D-Bus call", exc_info=exc)
    return DBusError(DBUS_ERROR_PREFIX + "Failed",
                     f"Internal error ({type(exc).__name__}); see the daemon's log.")


def translate_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a D-Bus method so every exception leaves as a typed D-Bus error."""
    if inspect.iscoroutinefunction(fn):
        @functools.wraps(fn)
        async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return await fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - the one translation boundary
                raise to_dbus_error(exc) from None
        return async_wrapper

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - the one translation boundary
            raise to_dbus_error(exc) from None
    return wrapper


def from_dbus_error(exc: DBusError) -> NeuraluxError:
    """Client side: rebuild the typed error from a D-Bus error reply."""
    return from_code(exc.type, exc.text)
