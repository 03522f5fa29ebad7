"""The layout shows the architecture: imports flow one way, and the daemon starts light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "neuralux"

# A module in the key layer must not import any module of the listed layers.
FORBIDDEN = {
    "backends": ("neuralux.core", "neuralux.dbus", "neuralux.cli", "neuralux.ui",
                 "neuralux.voice", "neuralux.app", "neuralux.daemon"),
    "storage": ("neuralux.core", "neuralux.dbus", "neuralux.cli", "neuralux.ui",
                "neuralux.backends", "neuralux.app", "neuralux.daemon"),
    "core": ("neuralux.dbus", "neuralux.cli", "neuralux.ui", "neuralux.app", "neuralux.daemon"),
}


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_imports_flow_one_way() -> None:
    bad = []
    for layer, banned in FORBIDDEN.items():
        for path in (PKG / layer).rglob("*.py"):
            bad += [f"{path.relative_to(PKG)} imports {m}" for m in imports(path)
                    if m.startswith(banned)]
    assert bad == []


def test_daemon_start_imports_no_heavy_library() -> None:
    code = ("import sys, neuralux.daemon, neuralux.dbus.service, neuralux.app;"
            "heavy = {'llama_cpp', 'PySide6', 'faster_whisper', 'piper', 'ctranslate2',"
            " 'onnxruntime', 'pytesseract', 'torch'};"
            "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
