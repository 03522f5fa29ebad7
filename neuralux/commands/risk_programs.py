"""Risk rules for program families (rm, find, git, package managers, systemctl, ...)."""

from __future__ import annotations

import re
from collections.abc import Callable

from neuralux.commands.risk_admin import admin as _admin
from neuralux.commands.risk_rules import (
    CAUTION_N,
    CRITICAL_UNITS,
    DANGEROUS_N,
    RECURSIVE_FLAGS,
    Context,
    Findings,
    _flags,
    _operands,
    deletion_targets,
    judge_write_target,
)

Handler = Callable[[str, list[str], Context, Findings], None]


def _rm(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    found.deletes = True
    flags = _flags(args)
    found.add(CAUTION_N, f"{name} deletes permanently; there is no trash to restore from")
    if flags & {"-r", "-R", "--recursive"}:
        found.add(DANGEROUS_N, "deletes directories and everything inside them (-r)")
    if flags & {"-f", "--force"}:
        found.add(DANGEROUS_N, "-f deletes without asking, even write-protected files")
    if name == "shred":
        found.add(DANGEROUS_N, "shred overwrites file contents so they cannot be recovered")
    ops = _operands(args)
    if not ops:
        return
    deletion_targets(name, ops, ctx, found)


# Programs that only read the files find hands them.
_EXEC_READ_ONLY = frozenset("""ls stat file du wc head tail cat grep egrep fgrep md5sum sha1sum
sha256sum sha512sum b2sum cksum basename dirname readlink realpath echo printf""".split())


def _find(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    if "-delete" in args:
        found.deletes = True
        found.add(DANGEROUS_N, "find -delete deletes every file that matches, without asking")
    for opt in ("-exec", "-execdir", "-ok", "-okdir"):
        if opt in args:
            i = args.index(opt)
            program = args[i + 1] if i + 1 < len(args) else ""
            if program in ("rm", "shred", "unlink", "rmdir", "mv", "chmod", "chown", "dd"):
                found.deletes = found.deletes or program != "chmod"
                found.add(DANGEROUS_N, f"find {opt} {program} changes or deletes every match")
            elif program in ("sed", "perl") and any(a.startswith("-i") for a in args[i + 2:]):
                found.add(CAUTION_N, f"find {opt} {program} -i edits every match in place")
            elif program not in _EXEC_READ_ONLY:  # `-exec ls -lh {} +` only looks
                found.add(CAUTION_N, f"find {opt} runs {program or 'a command'} on every match")
    if any(a in args for a in ("-fprint", "-fprintf", "-fls")):
        found.add(CAUTION_N, "find writes its results into a file")
    if not _operands(args[:1]) and args and args[0] in ("/",):
        found.add(CAUTION_N, "searches the whole filesystem, which is slow")


def _perm(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    what = "permissions" if name == "chmod" else "ownership"
    found.add(CAUTION_N, f"{name} changes file {what}")
    if any(RECURSIVE_FLAGS.match(a) for a in args if a.startswith("-")):
        found.add(DANGEROUS_N, f"{name} -R changes {what} of everything below, hard to undo")
    ops = _operands(args)
    if name == "chmod" and ops and re.fullmatch(r"0?777|a\+rwx|o\+w|a\+w|666", ops[0]):
        found.add(CAUTION_N, "makes files writable by every user")
    for op in ops[1:]:
        if op in ("/", "/*", "~", "*", "/etc", "/usr", "/var", "/home"):
            found.add(DANGEROUS_N, f"{name} on {op} can break the system or your account")


def _kill(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    if name == "kill":
        found.add(CAUTION_N, "stops a running process; unsaved work in it is lost")
        if any(a in ("-1", "1") for a in _operands(args)) or "-1" in args[1:]:
            found.add(DANGEROUS_N, "kill -1 / pid 1 stops every process or the init system")
    else:
        found.add(CAUTION_N, f"{name} stops every process whose name matches")
    if {"-9", "-KILL", "-SIGKILL", "-s KILL"} & set(args) or "KILL" in args:
        found.add(CAUTION_N, "signal 9 (KILL) gives the process no chance to save or clean up")


def _git(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    ops = _operands(args)
    sub = ops[0] if ops else ""
    flags = set(args)
    if sub == "push":
        found.add(CAUTION_N, "git push publishes commits to a remote")
        if flags & {"-f", "--force", "--force-with-lease", "--mirror", "--delete", "-d"} or any(
                o.startswith("+") for o in ops[1:]):
            found.add(DANGEROUS_N, "a forced push or delete rewrites history on the remote")
    elif sub == "reset" and "--hard" in flags:
        found.add(DANGEROUS_N, "git reset --hard throws away uncommitted changes")
    elif sub == "clean" and (any(a.startswith("-") and "f" in a.lstrip("-") for a in args) and
                             not any(a in ("-n", "--dry-run") for a in args)):
        found.deletes = True
        found.add(DANGEROUS_N, "git clean -f deletes untracked files for good")
    elif sub in ("checkout", "restore") and ("--" in args or "." in ops[1:]):
        found.add(CAUTION_N, "discards uncommitted changes in the working tree")
    elif sub == "branch" and flags & {"-D", "--delete", "-d"}:
        found.add(CAUTION_N, "deletes a branch")
    elif sub == "stash" and len(ops) > 1 and ops[1] in ("drop", "clear"):
        found.add(CAUTION_N, "drops stashed changes")
    elif sub in ("rebase", "merge", "pull", "cherry-pick", "revert", "rm", "mv", "am", "apply"):
        found.add(CAUTION_N, f"git {sub} changes files or history in the repository")
    elif sub == "commit" and "--amend" in flags:
        found.add(CAUTION_N, "rewrites the last commit")
    elif sub in ("filter-branch", "filter-repo", "update-ref", "reflog") and (
            sub != "reflog" or "expire" in ops or "delete" in ops):
        found.add(DANGEROUS_N, f"git {sub} rewrites or deletes history")
    elif sub == "gc" and any(a.startswith("--prune") for a in args):
        found.add(CAUTION_N, "prunes unreachable commits permanently")


_PKG_REMOVE = re.compile(r"^(remove|purge|autoremove|erase|uninstall|full-upgrade|dist-upgrade|"
                         r"autopurge)$")
_PKG_CHANGE = re.compile(r"^(install|upgrade|update|reinstall|refresh|downgrade|-i|--install|"
                         r"build-dep|localinstall|groupinstall|sync|dup)$")


def _packages(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    ops = _operands(args)
    sub = ops[0] if ops else ""
    if name == "dpkg":
        if set(args) & {"-r", "-P", "--remove", "--purge"}:
            found.add(DANGEROUS_N, "removes installed packages")
        elif set(args) & {"-i", "--install", "--configure", "-a"}:
            found.add(CAUTION_N, "changes the installed software")
        return
    if name == "pacman":
        opt = next((a for a in args if a.startswith("-") and not a.startswith("--")), "")
        if opt.startswith("-R"):
            found.add(DANGEROUS_N, "removes installed packages")
        elif opt.startswith(("-S", "-U")) and not opt.startswith(("-Ss", "-Si")):
            found.add(CAUTION_N, "changes the installed software")
        return
    if _PKG_REMOVE.match(sub):
        level = CAUTION_N if name in ("pip", "pip3", "npm", "pipx") else DANGEROUS_N
        found.add(level, f"{name} {sub} removes installed software (and may remove packages "
                  "that depend on it)")
    elif _PKG_CHANGE.match(sub):
        found.add(CAUTION_N, f"{name} {sub} changes the installed software")
    if name in ("npm",) and sub in ("i", "install", "ci", "update"):
        found.add(CAUTION_N, "npm install runs package scripts from the registry")


_SYSTEMCTL_READ_ONLY = frozenset({
    "status", "show", "cat", "list-units", "list-unit-files", "list-timers", "list-sockets",
    "list-dependencies", "list-jobs", "list-machines", "is-active", "is-enabled", "is-failed",
    "is-system-running", "help", "get-default", "show-environment", "--failed", "--version"})


def _systemctl(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    ops = _operands(args)
    if name == "service":
        ops = ops[1:2] + ops[:1] + ops[2:]  # service UNIT ACTION → ACTION UNIT
    sub = ops[0] if ops else ""
    units = ops[1:]
    if sub in ("poweroff", "reboot", "halt", "kexec", "suspend", "hibernate", "hybrid-sleep",
               "rescue", "emergency", "isolate", "soft-reboot", "shutdown", "default"):
        found.add(DANGEROUS_N, f"systemctl {sub} stops your session or the machine")
    elif sub in ("stop", "disable", "mask", "kill"):
        found.add(CAUTION_N, f"{sub}s a system service")
        if any(CRITICAL_UNITS.match(u) for u in units):
            found.add(DANGEROUS_N, f"{' '.join(units)} is needed to log in, reach the network "
                      "or run the desktop")
    elif sub in ("start", "restart", "reload", "enable", "unmask", "daemon-reload", "edit",
                 "set-default", "reset-failed", "try-restart", "reload-or-restart", "preset"):
        found.add(CAUTION_N, f"{sub} changes which services run")
    elif sub and sub not in _SYSTEMCTL_READ_ONLY:
        # An action we do not know is not assumed harmless.
        found.add(CAUTION_N, f"systemctl {sub} is not an action I know to be read-only")


def _move(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    ops = _operands(args)
    if name == "mv":
        found.add(CAUTION_N, "mv can overwrite a file of the same name at the destination")
        if ops and ops[-1] == "/dev/null":
            found.add(DANGEROUS_N, "moving files to /dev/null destroys them")
    for op in ops[-1:]:
        judge_write_target(op, False, ctx, found, name)
    if name == "ln" and any(a.startswith("-") and "f" in a for a in args):
        found.add(CAUTION_N, "ln -f replaces an existing file with a link")
    if name == "rsync" and any(a.startswith("--delete") or a.startswith("--remove-source")
                               for a in args):
        found.deletes = True
        found.add(DANGEROUS_N, "rsync --delete removes files at the destination")


def _tee(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    append = any(a in ("-a", "--append") for a in args)
    for op in _operands(args):
        judge_write_target(op, not append, ctx, found, "tee")


def _inplace(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    if any(a.startswith("-i") or a.startswith("--in-place") or a in ("-pi", "-pie")
           for a in args):
        found.add(CAUTION_N, f"{name} -i edits files in place without a backup")
    if name in ("perl", "python", "python3", "ruby", "node", "php"):
        if any(a in ("-e", "-c", "-E") for a in args):
            found.add(CAUTION_N, f"runs inline {name} code")
        elif _operands(args) and not any(a in ("--version", "-V") for a in args):
            found.add(CAUTION_N, f"runs the {name} script {_operands(args)[0]}, not checked")
        if any(a in ("http.server", "SimpleHTTPServer") for a in args):
            found.add(CAUTION_N, "serves files over the network")
    if name in ("awk", "gawk", "mawk") and any("system(" in a or "| \"" in a for a in args):
        found.add(CAUTION_N, "the awk program runs shell commands")


def _archive(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    first = args[0] if args else ""
    if name == "tar" and (("x" in first.lstrip("-") and not first.startswith("--")) or
                          "--extract" in args or "--delete" in args):
        found.add(CAUTION_N, "extracting can overwrite files with the same names")
    elif name == "unzip" and "-o" in args:
        found.add(CAUTION_N, "unzip -o overwrites existing files without asking")
    elif name in ("gzip", "bzip2", "xz", "zstd", "gunzip", "bunzip2", "unxz") and not (
            {"-k", "--keep", "-c", "--stdout", "-l", "--list", "-t", "--test"} & _flags(args)):
        found.add(CAUTION_N, f"{name} replaces the original file with the (de)compressed one")


def _network(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    if name in ("curl", "wget"):
        if set(args) & {"-T", "--upload-file", "-d", "--data", "-F", "--form", "--data-binary",
                        "-X", "--post-file", "--post-data"}:
            found.add(CAUTION_N, "sends data to a server")
    elif name in ("ssh", "scp", "sftp", "rsync"):
        found.add(CAUTION_N, f"{name} connects to another machine")
    elif name in ("nc", "ncat", "socat") and "-l" in args:
        found.add(CAUTION_N, "listens for network connections")


def _shell(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    ops = _operands(args)
    if ops:
        found.add(CAUTION_N, f"runs the script {ops[0]}, whose contents are not checked")
    elif not args or args == ["-s"]:
        found.add(CAUTION_N, f"{name} runs whatever commands it reads from its input")


def _rsync(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    _move(name, args, ctx, found)
    if any(":" in a for a in _operands(args)):
        _network(name, args, ctx, found)


HANDLERS: dict[str, Handler] = {}
for _names, _handler in (
    (("rm", "shred", "rmdir", "unlink", "srm"), _rm),
    (("find",), _find),
    (("chmod", "chown", "chgrp"), _perm),
    (("kill", "pkill", "killall", "skill"), _kill),
    (("git",), _git),
    (("apt", "apt-get", "aptitude", "dpkg", "dnf", "yum", "zypper", "pacman", "snap", "flatpak",
      "pip", "pip3", "pipx", "npm", "rpm", "apk", "brew"), _packages),
    (("systemctl", "service"), _systemctl),
    (("mv", "cp", "ln"), _move),
    (("rsync",), _rsync),
    (("sh", "bash", "dash", "zsh", "ksh", "fish"), _shell),
    (("tee",), _tee),
    (("sed", "perl", "python", "python3", "ruby", "node", "php", "awk", "gawk", "mawk"), _inplace),
    (("tar", "unzip", "gzip", "bzip2", "xz", "zstd", "gunzip", "bunzip2", "unxz"), _archive),
    (("curl", "wget", "ssh", "scp", "sftp", "nc", "ncat", "socat"), _network),
    (("userdel", "deluser", "groupdel", "delgroup", "iptables", "ip6tables", "nft", "ufw",
      "crontab", "docker", "podman", "kubectl", "ip", "nmcli", "hostnamectl", "timedatectl",
      "localectl", "history", "truncate", "chattr", "setfacl", "mount", "umount", "swapoff",
      "swapon", "sysctl", "modprobe", "rmmod", "insmod", "useradd", "usermod", "groupadd",
      "passwd", "chpasswd", "visudo", "eval", "exec", "source", ".", "ifdown", "ifup", "at",
      "fuser", "chsh", "chfn", "loginctl", "xkill", "renice", "install", "sync", "ldconfig",
      "update-alternatives", "journalctl", "dmesg"), _admin),
):
    for _name in _names:
        HANDLERS[_name] = _handler
