"""Risk rules for system administration programs (accounts, firewall, containers, network)."""

from __future__ import annotations

import re

from neuralux.commands.risk_rules import CAUTION_N, DANGEROUS_N, Context, Findings, _operands


def admin(name: str, args: list[str], ctx: Context, found: Findings) -> None:
    joined = " ".join(args)
    if name in ("userdel", "deluser", "groupdel", "delgroup"):
        found.add(DANGEROUS_N, f"{name} deletes an account")
    elif name in ("iptables", "ip6tables", "nft", "ufw") and re.search(
            r"(^|\s)(-F|--flush|flush|disable|reset|-X)(\s|$)", joined):
        found.add(DANGEROUS_N, "flushes or disables the firewall")
    elif name == "crontab" and "-r" in args:
        found.add(DANGEROUS_N, "crontab -r deletes all your scheduled jobs without asking")
    elif name == "crontab" and _operands(args) and "-l" not in args:
        found.add(CAUTION_N, "replaces your scheduled jobs")
    elif name in ("docker", "podman", "kubectl"):
        if re.search(r"\b(prune|rm|rmi|delete|kill|down)\b", joined):
            found.add(DANGEROUS_N if "prune" in joined or name == "kubectl" else CAUTION_N,
                      f"{name} deletes containers, images or resources")
        elif re.search(r"\b(run|exec|stop|restart|apply|create|build|pull|push)\b", joined):
            found.add(CAUTION_N, f"{name} starts, stops or changes containers")
    elif name == "ip" and re.search(r"\b(set|add|del|delete|flush|change|replace)\b", joined):
        found.add(CAUTION_N, "changes the network configuration")
    elif name == "nmcli" and re.search(r"\b(down|delete|off|modify|disconnect|add)\b", joined):
        found.add(CAUTION_N, "changes the network connection")
    elif name in ("hostnamectl", "timedatectl", "localectl") and re.search(r"\bset-", joined):
        found.add(CAUTION_N, f"{name} changes a system setting")
    elif name == "history" and "-c" in args:
        found.add(CAUTION_N, "clears your shell history")
    elif name in ("truncate", "chattr", "setfacl", "mount", "umount", "swapoff", "swapon",
                  "sysctl", "modprobe", "rmmod", "insmod", "useradd", "usermod", "groupadd",
                  "passwd", "chpasswd", "visudo", "eval", "exec", "source", ".", "ifdown",
                  "ifup", "iptables", "ip6tables", "nft", "ufw", "at", "fuser", "chsh", "chfn",
                  "loginctl", "xkill", "renice", "install", "sync", "ldconfig",
                  "update-alternatives", "journalctl", "dmesg"):
        if name == "journalctl" and not re.search(r"--vacuum|--rotate|--flush", joined):
            return
        if name == "dmesg" and not set(args) & {"-C", "-c", "--clear", "--read-clear"}:
            return
        if name == "fuser" and "-k" not in args:
            return
        found.add(CAUTION_N, f"{name} changes system or account state")
