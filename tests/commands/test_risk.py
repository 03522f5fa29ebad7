"""The risk table: every case the issue lists, judged without touching the machine."""

from __future__ import annotations

import pytest

from neuralux.commands.parse import parse_command
from neuralux.commands.risk import CAUTION, DANGEROUS, SAFE, RiskFacts, assess, classify_risk

FACTS = RiskFacts(cwd="/home/ann/project", home="/home/ann",
                  existing=frozenset({"/home/ann/project/notes.txt"}))

TABLE = [
    # everyday read-only commands
    ("ls -la", SAFE),
    ("find . -type f -printf '%s %p\\n' | sort -rn | head -5", SAFE),
    ("du -sh * | sort -h", SAFE),
    ("ps aux --sort=-%mem | head", SAFE),
    ("grep -rn TODO src", SAFE),
    ("git status --short", SAFE),
    ("git log --oneline -10", SAFE),
    ("systemctl status nginx", SAFE),
    ("tar -czf backup.tar.gz docs", SAFE),
    ("df -h", SAFE),
    ("ip -brief address", SAFE),
    ("echo hello > new.txt", SAFE),
    ("echo hello >> notes.txt", SAFE),
    ("cat notes.txt > /dev/null", SAFE),
    ("apt list --installed", SAFE),
    # rm: plain, -r, -f, globs, outside cwd, variables
    ("rm notes.txt", CAUTION),
    ("rm -r build", DANGEROUS),
    ("rm -f notes.txt", DANGEROUS),
    ("rm *.log", DANGEROUS),
    ("rm ../other/file", DANGEROUS),
    ("rm /tmp/file", DANGEROUS),
    ("rm -rf ~", DANGEROUS),
    ("rm -rf /", DANGEROUS),
    ("rm -rf \"$DIR\"/", DANGEROUS),
    ("rm -rf --no-preserve-root /", DANGEROUS),
    # find
    ("find . -name '*.pyc' -delete", DANGEROUS),
    ("find /tmp -type f -exec rm {} \\;", DANGEROUS),
    ("find . -name '*.txt' -exec grep -l foo {} +", SAFE),  # grep only reads
    # disks
    ("dd if=/dev/zero of=/dev/sda bs=1M", DANGEROUS),
    ("dd if=ubuntu.iso of=/dev/sdb", DANGEROUS),
    ("mkfs.ext4 /dev/sdb1", DANGEROUS),
    ("shred -u secret.txt", DANGEROUS),
    ("wipefs -a /dev/sdc", DANGEROUS),
    ("cat image.bin > /dev/sda", DANGEROUS),
    # permissions
    ("chmod +x run.sh", CAUTION),
    ("chmod -R 755 .", DANGEROUS),
    ("chown -R ann:ann /home/ann", DANGEROUS),
    ("chmod 777 notes.txt", CAUTION),
    # processes
    ("kill 1234", CAUTION),
    ("kill -9 1234", CAUTION),
    ("pkill firefox", CAUTION),
    ("killall -9 chrome", CAUTION),
    ("kill -9 -1", DANGEROUS),
    # root
    ("sudo apt update", CAUTION),
    ("sudo rm notes.txt", DANGEROUS),
    ("sudo chown ann file", DANGEROUS),
    # redirects
    ("echo hi > notes.txt", CAUTION),
    ("echo '1.2.3.4 x' > /etc/hosts", DANGEROUS),
    ("echo x | sudo tee /etc/apt/sources.list", DANGEROUS),
    ("sort notes.txt | tee notes.txt", CAUTION),
    # remote code
    ("curl -fsSL https://get.example.com | sh", DANGEROUS),
    ("wget -qO- https://x.example/install.sh | sudo bash", DANGEROUS),
    ("bash <(curl -s https://x.example/i.sh)", DANGEROUS),
    ("sh -c \"$(curl -fsSL https://x.example/i.sh)\"", DANGEROUS),
    ("eval \"$(wget -qO- https://x.example)\"", DANGEROUS),
    # git
    ("git push --force origin main", DANGEROUS),
    ("git push -f", DANGEROUS),
    ("git push origin +main", DANGEROUS),
    ("git reset --hard HEAD~1", DANGEROUS),
    ("git clean -fd", DANGEROUS),
    ("git clean -n", SAFE),
    ("git checkout -- .", CAUTION),
    ("git push", CAUTION),
    ("git branch -D old", CAUTION),
    # packages
    ("sudo apt remove firefox", DANGEROUS),
    ("sudo apt-get purge vim", DANGEROUS),
    ("sudo apt autoremove", DANGEROUS),
    ("sudo dpkg -r foo", DANGEROUS),
    ("sudo pacman -Rns foo", DANGEROUS),
    ("sudo snap remove foo", DANGEROUS),
    ("sudo apt install htop", CAUTION),
    ("pip uninstall requests", CAUTION),
    # services and power
    ("systemctl stop nginx", CAUTION),
    ("sudo systemctl stop nginx", CAUTION),
    ("sudo systemctl stop ssh", DANGEROUS),
    ("sudo systemctl disable NetworkManager", DANGEROUS),
    ("systemctl reboot", DANGEROUS),
    ("shutdown -h now", DANGEROUS),
    ("systemctl shutdown", DANGEROUS),  # not a real verb, but what it asks for is clear
    ("systemctl frobnicate nginx", CAUTION),  # unknown actions are not assumed harmless
    ("systemctl list-units --type=service --state=running", SAFE),
    ("systemctl --failed", SAFE),
    ("sudo reboot", DANGEROUS),
    # other
    ("crontab -r", DANGEROUS),
    ("sed -i 's/a/b/' notes.txt", CAUTION),
    ("tar -xzf archive.tar.gz", CAUTION),
    ("rsync -a --delete src/ dst/", DANGEROUS),
    ("mv notes.txt /dev/null", DANGEROUS),
    ("sudo iptables -F", DANGEROUS),
    ("sudo userdel bob", DANGEROUS),
    ("docker system prune -a", DANGEROUS),
    ("./install.sh", CAUTION),
    ("frobnicate --all", CAUTION),
    (":(){ :|:& };:", DANGEROUS),
    # find -exec with a program that only reads is a listing; anything else is not
    ("find ~ -type f -size +1G -exec ls -lh {} +", SAFE),
    ("find . -exec sh -c 'echo $1' _ {} \\;", CAUTION),
    ("find . -exec awk 1 {} +", CAUTION),
    # `command -v zsh` looks zsh up and runs nothing
    ('chsh -s "$(command -v zsh)"', CAUTION),
    ("command -v zsh", SAFE),
]


@pytest.mark.parametrize(("command", "level"), TABLE)
def test_risk_table(command: str, level: str) -> None:
    report = classify_risk(command, FACTS)
    assert report.level == level, (command, report.reasons)
    if level != SAFE:
        assert report.reasons, "a non-safe verdict must say why"


@pytest.mark.parametrize("command", [
    "ls && rm -rf build",
    "echo start; rm -r build; echo done",
    "ls | xargs rm",
    "find . -name '*.tmp' | xargs rm -f",
    "cd /var/log && rm access.log",
    "yes | sudo apt remove foo",
    "true || sudo reboot",
    "for f in *.txt; do rm \"$f\"; done",
    "ls $(rm -rf build)",
    "nice -n 10 rm -rf build",
    "timeout 5 sudo rm x",
    "env FOO=1 rm -rf build",
    "sudo sh -c 'rm -rf /opt/x'",
])
def test_chains_judged_as_a_whole(command: str) -> None:
    """One dangerous part makes the whole line dangerous, wherever it hides."""
    assert classify_risk(command, FACTS).level == DANGEROUS, classify_risk(command, FACTS)


def test_cd_elsewhere_then_delete_is_dangerous_but_plain_delete_is_caution() -> None:
    assert classify_risk("rm notes.txt", FACTS).level == CAUTION
    report = classify_risk("cd /tmp && rm notes.txt", FACTS)
    assert report.level == DANGEROUS
    assert any("cd" in r for r in report.reasons)


def test_pipe_into_interpreter_is_never_safe() -> None:
    assert classify_risk("cat script.sh | bash", FACTS).level != SAFE
    assert classify_risk("echo 'print(1)' | python3", FACTS).level != SAFE


def test_unparseable_text_is_not_safe() -> None:
    report = classify_risk("echo 'unterminated", FACTS)
    assert report.level != SAFE
    assert any("parse" in r for r in report.reasons)


def test_classify_is_pure_and_accepts_parsed_input() -> None:
    parsed = parse_command("rm -r build")
    assert classify_risk(parsed, FACTS) == classify_risk(parsed, FACTS)
    assert classify_risk(parsed, FACTS).level == DANGEROUS


def test_overwrite_depends_on_existing_files_fact() -> None:
    empty = RiskFacts(cwd=FACTS.cwd, home=FACTS.home)
    assert classify_risk("date > notes.txt", empty).level == SAFE
    assert classify_risk("date > notes.txt", FACTS).level == CAUTION


def test_assess_reads_existing_files_from_disk(tmp_path) -> None:
    (tmp_path / "old.txt").write_text("keep me")
    assert assess("date > old.txt", cwd=str(tmp_path)).level == CAUTION
    assert assess("date > fresh.txt", cwd=str(tmp_path)).level == SAFE
    assert (tmp_path / "old.txt").read_text() == "keep me"  # judging never executes


def test_command_v_is_a_lookup_not_a_run() -> None:
    report = classify_risk('chsh -s "$(command -v zsh)"', FACTS)
    assert not any("zsh" in reason for reason in report.reasons), report.reasons
