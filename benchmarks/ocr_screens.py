"""Synthetic 1920×1080 desktop screens with known text, drawn with Qt.

Used by the OCR benchmark and tests. Each screen is a list of text blocks drawn
in reading order; ``truth`` is their text joined the way a reader would read
it (block after block, line after line). Qt runs offscreen, so no display is
needed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

WIDTH, HEIGHT = 1920, 1080


@dataclass(frozen=True)
class Block:
    x: int
    y: int
    lines: tuple[str, ...]
    family: str
    px: int
    color: str
    line_gap: float = 1.35
    colors: tuple[str, ...] = ()  # per-line colours (syntax highlighting); cycles


@dataclass(frozen=True)
class Rect:
    x: int
    y: int
    w: int
    h: int
    color: str


@dataclass(frozen=True)
class Screen:
    name: str
    background: str
    rects: tuple[Rect, ...]
    blocks: tuple[Block, ...]
    gradient: tuple[str, str] | None = None  # a wallpaper, top-left to bottom-right

    @property
    def truth(self) -> str:
        return "\n".join("\n".join(b.lines) for b in self.blocks)


TRACEBACK = (
    "user@host:~/project$ python3 manage.py migrate --database=default",
    "Traceback (most recent call last):",
    '  File "/home/user/project/manage.py", line 22, in <module>',
    "    main()",
    '  File "/home/user/project/manage.py", line 18, in main',
    "    execute_from_command_line(sys.argv)",
    '  File "/usr/lib/python3/dist-packages/django/db/utils.py", line 91, in __exit__',
    "    raise dj_exc_value.with_traceback(traceback) from exc_value",
    '  File "/usr/lib/python3/dist-packages/django/db/backends/base.py", line 282, in connect',
    "    conn = Database.connect(**conn_params)",
    "django.db.utils.OperationalError: could not connect to server: Connection refused",
    '    Is the server running on host "localhost" (127.0.0.1) and accepting',
    "    TCP/IP connections on port 5432?",
    "user@host:~/project$ sudo systemctl status postgresql",
    "postgresql.service - PostgreSQL RDBMS",
    "     Loaded: loaded (/lib/systemd/system/postgresql.service; enabled)",
    "     Active: inactive (dead) since Tue 2024-03-12 09:41:07 UTC; 3min ago",
    "    Process: 1184 ExecStart=/bin/true (code=exited, status=0/SUCCESS)",
    "   Main PID: 1184 (code=exited, status=0/SUCCESS)",
    "user@host:~/project$ journalctl -u postgresql --since today | tail -n 3",
    "Mar 12 09:41:07 host systemd[1]: Stopping PostgreSQL RDBMS...",
    "Mar 12 09:41:07 host systemd[1]: postgresql.service: Deactivated successfully.",
    "Mar 12 09:41:07 host systemd[1]: Stopped PostgreSQL RDBMS.",
)

CODE = (
    "import asyncio",
    "import logging",
    "from dataclasses import dataclass, field",
    "",
    "log = logging.getLogger(__name__)",
    "",
    "",
    "@dataclass",
    "class RetryPolicy:",
    '    """How often and how long to retry a failed request."""',
    "",
    "    attempts: int = 5",
    "    base_delay: float = 0.25",
    "    max_delay: float = 8.0",
    "    retry_on: tuple[int, ...] = field(default=(502, 503, 504))",
    "",
    "    def delay(self, attempt: int) -> float:",
    "        return min(self.max_delay, self.base_delay * 2 ** attempt)",
    "",
    "",
    "async def fetch_with_retry(session, url: str, policy: RetryPolicy) -> bytes:",
    "    for attempt in range(policy.attempts):",
    "        async with session.get(url, timeout=10) as response:",
    "            if response.status not in policy.retry_on:",
    "                response.raise_for_status()",
    "                return await response.read()",
    '        log.warning("retrying %s after status %d", url, response.status)',
    "        await asyncio.sleep(policy.delay(attempt))",
    '    raise RuntimeError(f"gave up on {url} after {policy.attempts} attempts")',
)

SIDEBAR = ("EXPLORER", "project", "src", "client.py", "retry.py", "server.py", "tests",
           "test_retry.py", "README.md", "pyproject.toml")

DARK_TERM = (
    "$ df -h",
    "Filesystem      Size  Used Avail Use% Mounted on",
    "udev            7.8G     0  7.8G   0% /dev",
    "tmpfs           1.6G  2.1M  1.6G   1% /run",
    "/dev/nvme0n1p2  468G  401G   44G  91% /",
    "tmpfs           7.8G  148M  7.7G   2% /dev/shm",
    "/dev/nvme0n1p1  511M  6.1M  505M   2% /boot/efi",
    "$ free -m",
    "               total        used        free      shared  buff/cache   available",
    "Mem:           15896        9213        1201         812        5481        5523",
    "Swap:           2047         388        1659",
    "$ ls -la /var/log | head -n 8",
    "total 11284",
    "drwxrwxr-x  13 root   syslog    4096 Mar 12 09:40 .",
    "drwxr-xr-x  14 root   root      4096 Jan  4 18:22 ..",
    "-rw-r--r--   1 root   root     41213 Mar 12 09:38 alternatives.log",
    "-rw-r-----   1 syslog adm     812334 Mar 12 09:41 auth.log",
    "-rw-r--r--   1 root   root     61440 Mar 11 22:10 bootstrap.log",
    "-rw-rw----   1 root   utmp      3072 Mar 12 08:02 btmp",
    "-rw-r-----   1 syslog adm    4419204 Mar 12 09:41 syslog",
    "$ uptime",
    " 09:42:13 up 3 days,  4:11,  2 users,  load average: 1.84, 1.52, 1.37",
)

DOC_TITLE = ("Quarterly Infrastructure Review",)
DOC_HEAD = ("1. Summary",)
DOC_BODY = (
    "During the third quarter the platform team migrated forty-two services from the",
    "legacy virtual machines to the container cluster. Median deployment time fell from",
    "nineteen minutes to four minutes, and the number of failed releases dropped by half.",
    "Storage costs rose by eleven percent because log retention was extended to ninety",
    "days at the request of the security group; we propose tiered storage to recover it.",
)
DOC_HEAD2 = ("2. Incidents",)
DOC_BODY2 = (
    "Three incidents affected customers. The longest lasted two hours and fourteen",
    "minutes and was caused by an expired certificate on the internal package mirror.",
    "Automated renewal now covers every certificate we own, and an alert fires thirty",
    "days before any expiry. The other two incidents were brief database failovers.",
    "Action items: review alert thresholds, document the failover runbook, and test",
    "restores from backup every month instead of every quarter.",
)

SETTINGS_LEFT = (
    "Display", "Resolution", "Refresh rate", "Scale", "Orientation", "Night light",
    "Color profile", "Fractional scaling", "Sound", "Output device", "Input device",
    "Volume", "Alert sound", "Over-amplification", "Power", "Screen blank",
    "Automatic suspend", "Power button action", "Battery percentage", "Network",
    "Wired connection", "Proxy", "VPN", "Firewall",
)
SETTINGS_RIGHT = (
    "Built-in display", "1920 x 1080 (16:9)", "60.00 Hz", "100%", "Landscape",
    "Off, scheduled 20:00 to 06:00", "Default RGB profile", "Disabled", "Speakers",
    "Speakers - Built-in Audio", "Internal Microphone", "74%", "Click", "Off", "Balanced",
    "5 minutes", "When on battery power", "Suspend", "Shown", "Connected",
    "Connected - 1000 Mb/s", "Automatic", "Not set up", "Active, 3 rules",
)
SETTINGS_NAV = ("Settings", "Wi-Fi", "Bluetooth", "Displays", "Sound", "Power",
                "Multitasking", "Appearance", "Notifications", "Search", "Apps", "Privacy",
                "Online Accounts", "Sharing", "Mouse & Touchpad", "Keyboard", "Printers",
                "Date & Time", "Users", "About")


def _dense_log() -> tuple[str, ...]:
    """60 journal lines of ~200 characters: the text-dense timing screen."""
    import random

    rnd = random.Random(6)
    units = ["nginx", "sshd", "kernel", "systemd", "dockerd", "postgres", "cron", "NetworkManager"]
    words = ("connection request worker started stopped failed accepted closed timeout upstream "
             "client server session user process memory socket address config reload signal "
             "received retry backend cache entry write read error warning notice").split()
    lines = []
    for i in range(60):
        ts = f"Mar 12 09:{10 + i // 6:02d}:{(i * 7) % 60:02d}"
        unit = rnd.choice(units)
        text = " ".join(rnd.choice(words) for _ in range(14))
        lines.append(f"{ts} host {unit}[{rnd.randint(100, 9999)}]: {text} "
                     f"id={rnd.randint(10000, 99999)} port={rnd.randint(1024, 65535)}")
    return tuple(lines)


def screens() -> list[Screen]:
    mono, sans, serif = "DejaVu Sans Mono", "DejaVu Sans", "DejaVu Serif"
    return [
        Screen("terminal_traceback", "#ffffff", (Rect(0, 0, WIDTH, 34, "#e8e8e7"),), (
            Block(12, 8, ("user@host: ~/project",), sans, 14, "#333333"),
            Block(10, 50, TRACEBACK, mono, 15, "#2e3436", 1.4),
        )),
        Screen("editor_code", "#1e1e1e", (Rect(0, 0, 300, HEIGHT, "#252526"),), (
            Block(20, 20, SIDEBAR, sans, 14, "#cccccc", 1.7),
            Block(340, 20, CODE, mono, 14, "#d4d4d4", 1.45,
                  ("#c586c0", "#c586c0", "#9cdcfe", "#d4d4d4", "#dcdcaa", "#d4d4d4",
                   "#d4d4d4", "#dcdcaa", "#4ec9b0", "#6a9955")),
        )),
        Screen("dark_terminal", "#0c0c0c", (), (
            Block(8, 10, DARK_TERM, mono, 13, "#c0c0c0", 1.3),
        )),
        Screen("document", "#fdfdfd", (Rect(0, 0, WIDTH, 60, "#f0f0f0"),), (
            Block(360, 110, DOC_TITLE, serif, 32, "#111111"),
            Block(360, 190, DOC_HEAD, sans, 22, "#222222"),
            Block(360, 240, DOC_BODY, serif, 17, "#222222", 1.6),
            Block(360, 420, DOC_HEAD2, sans, 22, "#222222"),
            Block(360, 470, DOC_BODY2, serif, 17, "#222222", 1.6),
        )),
        Screen("settings_dense", "#fafafa", (Rect(0, 0, 260, HEIGHT, "#ebebeb"),), (
            Block(24, 18, SETTINGS_NAV, sans, 14, "#2e2e2e", 2.6),
            Block(320, 18, SETTINGS_LEFT, "Nimbus Sans", 13, "#303030", 3.0),
            Block(900, 18, SETTINGS_RIGHT, "Nimbus Sans", 13, "#505050", 3.0),
        )),
        Screen("desktop_mixed", "#000000", (
            Rect(60, 80, 860, 520, "#300a24"), Rect(60, 80, 860, 30, "#2b2b2b"),
            Rect(1000, 140, 860, 700, "#ffffff"), Rect(1000, 140, 860, 30, "#ebebeb"),
        ), (
            Block(72, 86, ("Terminal",), sans, 13, "#dddddd"),
            Block(72, 125, TRACEBACK[:12], "Nimbus Mono PS", 15, "#eeeeec", 1.4),
            Block(1012, 146, ("Quarterly Infrastructure Review - Document Viewer",), sans, 13,
                  "#333333"),
            Block(1040, 200, DOC_BODY + DOC_BODY2, "C059", 15, "#222222", 1.6),
        ), gradient=("#1d4e89", "#7fb3d5")),
        Screen("text_dense", "#ffffff", (), (
            Block(6, 2, _dense_log(), mono, 13, "#1a1a1a", 1.37),
        )),
    ]


DENSE = "text_dense"


def _ensure_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (not just QGuiApplication): other code in the same process (the
    # overlay's widget tests) needs widgets, and Qt allows one application object.
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return app or QApplication([])


def render(screen: Screen) -> Any:
    """Draw ``screen`` and return it as an RGB ``PIL.Image``."""
    from PIL import Image

    img = render_qimage(screen)
    ptr = img.constBits()
    data = bytes(ptr)[: img.sizeInBytes()]
    return Image.frombuffer("RGB", (WIDTH, HEIGHT), data, "raw", "RGB", img.bytesPerLine(), 1)


def render_qimage(screen: Screen) -> Any:
    """Draw ``screen`` into a ``QImage``."""
    _ensure_app()
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    img = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB888)
    img.fill(QColor(screen.background))
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    if screen.gradient:
        from PySide6.QtGui import QLinearGradient

        grad = QLinearGradient(0, 0, WIDTH, HEIGHT)
        grad.setColorAt(0, QColor(screen.gradient[0]))
        grad.setColorAt(1, QColor(screen.gradient[1]))
        painter.fillRect(0, 0, WIDTH, HEIGHT, grad)
    for r in screen.rects:
        painter.fillRect(QRect(r.x, r.y, r.w, r.h), QColor(r.color))
    for b in screen.blocks:
        font = QFont(b.family)
        font.setPixelSize(b.px)
        painter.setFont(font)
        step = round(b.px * b.line_gap)
        for i, line in enumerate(b.lines):
            colors = b.colors or (b.color,)
            painter.setPen(QColor(colors[i % len(colors)]))
            painter.drawText(b.x, b.y + b.px + i * step, line)
    painter.end()
    return img


def render_all() -> list[tuple[Screen, Any]]:
    return [(s, render(s).copy()) for s in screens()]


Factory = Callable[[], list[tuple[Screen, Any]]]
