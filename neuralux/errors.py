"""One error hierarchy for all of Neuralux.

Each error carries a stable ``code`` that is translated once per boundary:
D-Bus error names (``org.neuralux.Error.<code>``), HTTP status codes and CLI
exit codes. Messages are written for the person reading them: they say what
went wrong and what to do.
"""

from __future__ import annotations

# CLI exit codes (documented in the README).
EXIT_OK = 0
EXIT_USAGE = 2
EXIT_UNAVAILABLE = 3
EXIT_INVALID = 4
EXIT_FAILED = 1

DBUS_ERROR_PREFIX = "org.neuralux.Error."


class NeuraluxError(Exception):
    """Base of every error Neuralux raises on purpose."""

    code = "Failed"
    exit_code = EXIT_FAILED

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @property
    def dbus_name(self) -> str:
        return DBUS_ERROR_PREFIX + self.code

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class InvalidArgument(NeuraluxError):
    code = "InvalidArgument"
    exit_code = EXIT_INVALID


class ModelUnavailable(NeuraluxError):
    code = "ModelUnavailable"
    exit_code = EXIT_UNAVAILABLE


class Busy(NeuraluxError):
    code = "Busy"
    exit_code = EXIT_UNAVAILABLE


class PermissionDenied(NeuraluxError):
    code = "PermissionDenied"
    exit_code = EXIT_FAILED


class Timeout(NeuraluxError):
    code = "Timeout"
    exit_code = EXIT_FAILED


class Cancelled(NeuraluxError):
    code = "Cancelled"
    exit_code = EXIT_FAILED


class Unavailable(NeuraluxError):
    """A service or device Neuralux needs is not there (daemon, bus, display, device)."""

    code = "Unavailable"
    exit_code = EXIT_UNAVAILABLE


class ConfigError(NeuraluxError):
    code = "ConfigError"
    exit_code = EXIT_USAGE


ERRORS_BY_CODE: dict[str, type[NeuraluxError]] = {
    cls.code: cls
    for cls in (
        NeuraluxError,
        InvalidArgument,
        ModelUnavailable,
        Busy,
        PermissionDenied,
        Timeout,
        Cancelled,
        Unavailable,
        ConfigError,
    )
}


def from_code(code: str, message: str) -> NeuraluxError:
    """Rebuild an error from its wire form (D-Bus name suffix or HTTP JSON)."""
    if code.startswith(DBUS_ERROR_PREFIX):
        code = code[len(DBUS_ERROR_PREFIX) :]
    return ERRORS_BY_CODE.get(code, NeuraluxError)(message)
