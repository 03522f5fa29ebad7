#!/usr/bin/env bash
# The whole test suite. Tests start their own dbus-daemon, Xvfb and PulseAudio as needed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONDONTWRITEBYTECODE=1
exec .venv/bin/python -m pytest -q -ra --durations=15 "$@"
