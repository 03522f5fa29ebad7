"""The per-program rules behind ``risk.classify_risk`` (pure; no I/O)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from neuralux.commands.parse import SimpleCommand

SAFE_N, CAUTION_N, DANGEROUS_N = 0, 1, 2

ROOT_WRAPPERS = frozenset({"sudo", "doas", "pkexec", "run0", "su"})
SHELLS = frozenset({"sh", "bash", "dash", "zsh", "ksh", "fish", "busybox"})
INTERPRETERS = SHELLS | frozenset({"python", "python3", "perl", "ruby", "node", "php", "lua"})
FETCHERS = frozenset({"curl", "wget", "fetch", "nc", "ncat", "aria2c"})
DELETERS = frozenset({"rm", "shred", "rmdir", "unlink", "srm", "wipe"})
DISK_DESTROYERS = frozenset({"dd", "shred", "wipefs", "fdisk", "sfdisk", "cfdisk", "gdisk",
                             "sgdisk", "parted", "blkdiscard", "mkswap", "mke2fs", "badblocks",
                             "cryptsetup", "killall5", "update-grub", "grub-install", "format"})
ROOT_ESCALATES = frozenset({"chmod", "chown", "chgrp", "mv", "kill", "pkill", "killall", "dd",
                            "truncate", "cp", "ln", "sed", "find", "rsync"})
POWER = frozenset({"shutdown", "reboot", "poweroff", "halt", "init", "telinit"})
SYSTEM_DIRS = ("/etc", "/boot", "/usr", "/bin", "/sbin", "/lib", "/lib64", "/var/lib", "/sys",
               "/proc", "/dev", "/opt", "/root", "/var/log")
HARMLESS_DEVICES = frozenset({"/dev/null", "/dev/stdout", "/dev/stderr", "/dev/tty", "/dev/zero"})
BLOCK_DEVICE = re.compile(r"^/dev/(sd[a-z]|nvme\d|mmcblk\d|vd[a-z]|hd[a-z]|xvd[a-z]|md\d|dm-|"
                          r"mapper/|disk/|loop\d)")
CRITICAL_UNITS = re.compile(r"^(ssh|sshd|networkmanager|network|networking|systemd-.*|dbus|gdm3?|"
                            r"sddm|lightdm|display-manager|polkit|udev|getty@.*)(\.service)?$",
                            re.IGNORECASE)
# Read-only or self-contained everyday programs; anything not here and not covered by a
# rule is `caution` because its effect is unknown.
SAFE_PROGRAMS = frozenset("""
ls ll la dir cat tac head tail less more grep egrep fgrep rg ag wc sort uniq cut tr paste join
column nl fold fmt expand unexpand rev comm diff cmp md5sum sha1sum sha256sum sha512sum b2sum
cksum base64 xxd od hexdump strings file stat du df free uptime whoami id groups who w last
users hostname hostnamectl uname lsb_release arch nproc lscpu lsblk lsusb lspci lsmod lshw
dmidecode findmnt blkid mount-show ps pgrep pidof top htop atop iotop vmstat iostat mpstat sar
pstree lsof fuser ss netstat ip ifconfig ping ping6 traceroute tracepath mtr dig nslookup host
whois arp route nmcli iwconfig iw ethtool resolvectl curl wget echo printf date cal bc expr
seq yes true false sleep env printenv which type whereis command locate find fd tree realpath
readlink basename dirname pwd cd pushd popd dirs history alias export set unset test [ jq yq
awk gawk mawk sed git man info apropos whatis help journalctl dmesg systemctl service
timedatectl loginctl localectl getent dpkg apt apt-get apt-cache aptitude snap flatpak dnf yum
pacman zypper rpm pip pip3 npm tar zip unzip gzip gunzip zcat zless zgrep bzip2 bunzip2 bzcat
xz unxz xzcat 7z 7za zstd unzstd mkdir touch cp ln tee xargs watch time timeout nice ionice
sensors acpi upower battery inxi neofetch screenfetch fastfetch glxinfo xrandr xdpyinfo
wmctrl xprop xdotool pactl pacmd amixer aplay arecord ffprobe ffmpeg convert identify
exiftool pdftotext pdfinfo iconv dos2unix unix2dos split csplit shuf factor numfmt getconf
ulimit umask nslookup openssl gpg ssh-keygen du dust ncdu duf iftop nethogs nload bmon
speedtest-cli rsync scp ssh sftp crontab at atq ip6tables-save iptables-save lsattr getfacl
id w tty stty clear reset tput locale tzselect zdump chage docker podman kubectl python3
python perl ruby node : sh bash dash zsh
""".split())
RECURSIVE_FLAGS = re.compile(r"^(-[a-zA-Z]*[rR][a-zA-Z]*|--recursive)$")


@dataclass
class Findings:
    level: int = SAFE_N
    reasons: list[str] = field(default_factory=list)
    deletes: bool = False

    def add(self, level: int, *reasons: str) -> None:
        self.level = max(self.level, level)
        for reason in reasons:
            if reason not in self.reasons:
                self.reasons.append(reason)

    def merge(self, other: Findings) -> None:
        self.add(other.level, *other.reasons)
        self.deletes = self.deletes or other.deletes


@dataclass(frozen=True)
class Context:
    cwd: str
    home: str
    existing: frozenset[str]


def absolute(path: str, cwd: str, home: str) -> str:
    """Best-effort absolute path without touching the filesystem ('' for non-paths)."""
    if not path or "$" in path or path.startswith("&"):
        return ""
    if path == "~" or path.startswith("~/"):
        path = home + path[1:]
    elif path.startswith("~"):
        return ""
    if not path.startswith("/"):
        path = os.path.join(cwd, path)
    return os.path.normpath(path)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip("/") + "/")


def _flags(args: list[str]) -> set[str]:
    """Short flags split into letters ('-rf' → {'-r','-f'}) plus long options."""
    out: set[str] = set()
    for a in args:
        if a.startswith("--"):
            out.add(a.split("=", 1)[0])
        elif a.startswith("-") and len(a) > 1 and not a[1:].isdigit():
            out.update("-" + ch for ch in a[1:])
    return out


def _operands(args: list[str]) -> list[str]:
    return [a for a in args if not a.startswith("-") or a == "-"]


_WRAPPER_VALUE_OPTS = {
    "sudo": {"-u", "-g", "-C", "-h", "-p", "-U", "-r", "-t", "-D"},
    "doas": {"-u", "-C"}, "nice": {"-n"}, "ionice": {"-c", "-n", "-p"},
    "timeout": {"-s", "-k", "--signal", "--kill-after"},
    "xargs": {"-I", "-n", "-P", "-d", "-L", "-a", "-s", "-E", "-i"},
    "watch": {"-n", "--interval"}, "stdbuf": {"-i", "-o", "-e"}, "env": {"-u", "-C", "-S"},
    "chrt": set(), "taskset": set(), "setsid": set(), "nohup": set(), "time": set(),
    "exec": set(), "command": set(), "builtin": set(), "unbuffer": set(), "pkexec": {"--user"},
    "run0": {"-u", "--user"}, "flock": set(), "strace": {"-o", "-e", "-p"},
}


def unwrap(argv: list[str]) -> list[str] | None:
    """The inner command of a wrapper (``sudo -u x rm f`` → ``rm f``), or None."""
    name = os.path.basename(argv[0])
    if name == "su":
        if "-c" in argv:
            i = argv.index("-c")
            return ["sh", "-c", argv[i + 1]] if i + 1 < len(argv) else []
        return []
    if name not in _WRAPPER_VALUE_OPTS:
        return None
    if name == "command" and ("-v" in argv or "-V" in argv):
        return []  # `command -v zsh` looks zsh up; it runs nothing
    value_opts = _WRAPPER_VALUE_OPTS[name]
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--":
            i += 1
            break
        if name == "env" and "=" in a and not a.startswith("-"):
            i += 1
            continue
        if not a.startswith("-") or a == "-":
            break
        i += 2 if a in value_opts else 1
    if name == "timeout" and i < len(argv):
        i += 1  # the duration
    if name in ("chrt", "taskset", "flock") and i < len(argv):
        i += 1
    return argv[i:]


def shell_c_script(argv: list[str]) -> str | None:
    if os.path.basename(argv[0]) in SHELLS and "-c" in argv[1:]:
        i = argv.index("-c")
        return argv[i + 1] if i + 1 < len(argv) else ""
    return None


def effective_program(argv: tuple[str, ...] | list[str]) -> str:
    current: list[str] | None = list(argv)
    for _ in range(6):
        if not current:
            return ""
        inner = unwrap(current)
        if inner is None:
            return os.path.basename(current[0])
        current = inner
    return ""


def raw_text_rules(text: str, found: Findings) -> None:
    if re.search(r":\s*\(\s*\)\s*\{[^}]*:\s*\|\s*:", text) or re.search(
            r"(\w+)\s*\(\s*\)\s*\{[^}]*\1\s*\|\s*\1\s*&", text):
        found.add(DANGEROUS_N, "fork bomb: it multiplies processes until the machine freezes")
    if "--no-preserve-root" in text:
        found.add(DANGEROUS_N, "--no-preserve-root allows deleting the whole filesystem")


def judge_program(argv: list[str], command: SimpleCommand, ctx: Context) -> Findings:
    found = Findings()
    for redirect in command.redirects:
        if redirect.writes:
            _judge_write_target(redirect.target, redirect.truncates, ctx, found, "redirect")
    if not argv:
        return found
    name = os.path.basename(argv[0])
    args = argv[1:]
    from neuralux.commands import risk_programs  # rules per program family

    handler = risk_programs.HANDLERS.get(name)
    if handler is not None:
        handler(name, args, ctx, found)
    elif name.startswith("mkfs") or name in DISK_DESTROYERS:
        found.add(DANGEROUS_N, f"{name} can destroy data on a whole disk or partition")
    elif name in POWER:
        found.add(DANGEROUS_N, f"{name} shuts down or restarts the machine")
    elif name in SAFE_PROGRAMS:
        pass
    elif argv[0].startswith(("./", "/", "~")) or name.endswith((".sh", ".py", ".pl")):
        found.add(CAUTION_N, f"runs the script or program {argv[0]}, whose contents are not "
                  "checked")
    else:
        found.add(CAUTION_N, f"{name} is not a program whose effects I know")
    return found


def _judge_write_target(target: str, truncates: bool, ctx: Context, found: Findings,
                        how: str) -> None:
    path = absolute(target, ctx.cwd, ctx.home)
    if target in HARMLESS_DEVICES or path in HARMLESS_DEVICES:
        return
    if not path:
        found.add(CAUTION_N, f"writes to {target}, a path that depends on a variable")
    elif BLOCK_DEVICE.match(path):
        found.add(DANGEROUS_N, f"writes raw data to the disk device {path}")
    elif any(_inside(path, d) for d in SYSTEM_DIRS) and not _inside(path, ctx.home) and \
            not _inside(path, ctx.cwd):
        found.add(DANGEROUS_N, f"writes to the system file {path}")
    elif truncates and path in ctx.existing:
        found.add(CAUTION_N, f"overwrites the existing file {target} ({how})")


def judge_write_target(target: str, truncates: bool, ctx: Context, found: Findings,
                       how: str) -> None:
    _judge_write_target(target, truncates, ctx, found, how)


def deletion_targets(name: str, operands: list[str], ctx: Context, found: Findings) -> None:
    """Shared judgement of what a deleting command points at."""
    for op in operands:
        path = absolute(op, ctx.cwd, ctx.home)
        if op in ("/", "/*", "~", "~/", "~/*", ".", "..", "./", "../", "*", ".*") or \
                path in ("/", ctx.home) or op.startswith(("$HOME", "${HOME}")):
            found.add(DANGEROUS_N, f"{name} {op} targets a whole directory tree (home, root or "
                      "the current directory)")
        if any(ch in op for ch in "*?[") and op not in ("*",):
            found.add(DANGEROUS_N, f"the glob {op} may match more files than you expect")
        elif op == "*":
            found.add(DANGEROUS_N, "* matches every file in the directory")
        if "$" in op or "`" in op:
            found.add(DANGEROUS_N, f"the target {op} depends on a variable that may be empty")
        elif path and not _inside(path, ctx.cwd):
            found.add(DANGEROUS_N, f"{op} is outside the current directory")
        if path and any(_inside(path, d) for d in SYSTEM_DIRS) and not _inside(path, ctx.cwd) \
                and not _inside(path, ctx.home):
            found.add(DANGEROUS_N, f"{op} is a system location")
