"""Adapt a cookbook example to the request: its file names, numbers, paths and names.

"count the lines in report.md" retrieves the example "count lines in a file" →
``wc -l data.csv``; adaptation swaps ``data.csv`` for ``report.md``. Values are
matched by kind (number with unit, file, path, extension, URL, host, quoted text,
then a rare word such as a program or package name) and only replace the
example's own sample values, so the command's structure is never changed.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from neuralux.commands.adapt_archives import archive_family, fit_tar_flags
from neuralux.commands.adapt_fields import adapt_columns, adapt_substitution
from neuralux.commands.adapt_roles import pair_by_role
from neuralux.commands.adapt_vocab import (
    COMMON,
    EXT_WORDS,
    PACKAGE_NAMES,
    SAMPLE_WORDS,
    UNIT_NAMES,
)

_URL = re.compile(r"https?://[^\s'\"]+")
_HOST = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|de|uk|dev|edu|gov|fr|nl|local|lan)\b"
                   r"|(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])", re.IGNORECASE)
_VERSION = re.compile(r"(?<![\w.])v?\d+(?:\.\d+)+(?![\w.])")
_CONTRACTION = re.compile(r"n't\b|'(?:ve|re|ll|d|m|s)\b", re.IGNORECASE)
# "in here", "this folder": the current directory, whatever directory the example used
_HERE = re.compile(r"\b(?:in here|here|this (?:folder|directory|dir|project)|current "
                   r"(?:folder|directory|dir))\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.])(\d+)\s*(gigs?|megs?|mb|m|gb|g|kb|k|minutes?|mins?|hours?|"
                     r"days?|seconds?|secs?|times|lines?|files?|%)?(?![\w.])", re.IGNORECASE)
_FILE = re.compile(r"(?<![\w/.-])(?:[\w-]+\.)+(?:[A-Za-z][A-Za-z0-9]{0,5}|7z)(?![\w/])")
_PATH = re.compile(r"(?<![\w])(?:~|\.{1,2})?/[\w./-]*|\b[\w.-]+/[\w./-]*")
_UNIT = re.compile(r"\b[\w@-]+\.(?:service|timer|socket|target|mount)\b")
_ARCHIVE_ONLY = re.compile(r"(?:tar\.)?(?:gz|xz|bz2|zst|zip|tgz|7z|tar)", re.IGNORECASE)
_QUOTED = re.compile(r"(?<![\w'])'([^']+)'(?![\w'])|(?<![\w\"])\"([^\"]+)\"(?![\w\"])")
_GLOB_EXT = re.compile(r"\*\.([A-Za-z0-9]{1,6})")
_EXT_PHRASE = re.compile(r"(?<!\d)\.([a-z][a-z0-9]{0,5}|7z)\b|"  # not v1.2.0's ".2"
                         r"\b(pdf|jpe?g|png|gif|mp3|mp4|mkv|csv|iso|svg|wav|flac|docx|xlsx|"
                         r"webp|heic|mov|avi)(?:'?s)?\b(?!\s+(?:files?|images?))|"  # "mp3s"
                         r"\b([a-z0-9]+)\s+(?:files?|images?|scripts?|"
                         r"documents?"
                         r"|logs?|sources?|videos?|photos?|pictures?)\b", re.IGNORECASE)
_UNITS = {"mb": "M", "m": "M", "gb": "G", "g": "G", "gig": "G", "gigs": "G", "meg": "M",
          "megs": "M", "kb": "k", "k": "k", "minute": "min",
          "minutes": "min", "min": "min", "mins": "min", "hour": "h", "hours": "h", "day": "d",
          "days": "d", "second": "s", "seconds": "s", "sec": "s", "secs": "s", "times": "x",
          "line": "line", "lines": "line", "file": "file", "files": "file", "%": "%"}


@dataclass(frozen=True)
class Slot:
    kind: str
    value: str
    unit: str = ""


# Lookaheads, so "the folder site" yields both "the" (dropped) and "site"
_NAMED = re.compile(r"\b(?=(?:named|called|folder|directory|dir|branch|package|service|user|"
                    r"container)\s+([A-Za-z][\w.+-]*))|\b(?=([A-Za-z][\w.+-]*)\s+(?:folder|"
                    r"directory|dir|branch|package|service|processes|container)\b)", re.IGNORECASE)
# "stop postgres", "install ffmpeg": the object of a service or package verb is a name
_VERB_OBJECT = re.compile(r"\b(?:stop|start|restart|reload|enable|disable|install|uninstall|"
                          r"reinstall|purge|upgrade|mask|unmask|hold|unhold)\s+([a-z][\w.+-]*)",
                          re.IGNORECASE)
# "owned by root", "belonging to alice", "make www-data the owner": an owner, even root
_OWNED_BY = re.compile(r"\b(?:owned by|belong(?:s|ing) to|owner is)\s+(?:the |user )?"
                       r"([a-z_][\w-]*)|\bmake\s+([a-z_][\w-]*)\s+(?:the )?owner\b",
                       re.IGNORECASE)
_NOT_NAMES = frozenset("""the a an my this that new all every current whole same other git
one some each your our their its home root system remote local snap to with by what from
for of and which whose any named called folder directory dir branch package service user
processes container docker running log logs status""".split())
# "deploy@10.0.0.5", "ssh into web01 as pi": who and where, apart
_USER_AT_HOST = re.compile(r"(?<![\w.@-])([a-z_][\w.-]*)@([\w][\w.-]*[\w])", re.IGNORECASE)
_AS_USER = re.compile(r"\b(?:as (?:user )?|user ?name(?: is)? |login(?: name)? is |"
                      r"(?:the |my )?user(?: there| on it| on that box| account)? is )"
                      r"([a-z_][\w-]*)(?![\w.-])", re.IGNORECASE)
_HOST_NAMED = re.compile(r"\b(?:server|host|machine|box|nas|vm)\s+(?:called |named )?"
                         r"([a-z][\w-]*\d[\w-]*|[a-z][\w-]*\.local)\b", re.IGNORECASE)
# "in src", "under ~/projects", "in my home", "anywhere on the system": where to look
_HOME_DIRS = frozenset({"downloads", "documents", "desktop", "pictures", "music", "videos",
                        "templates", "public"})
_IN_DIR = re.compile(r"\b(?:in|under|inside|within|from) (?:the |my |our )?([\w][\w.-]*)"
                     r"(?: (?:folder|dir|directory)\b)?", re.IGNORECASE)
_IN_HOME = re.compile(r"\b(?:in|under|across|anywhere in|throughout) (?:my |the )?home"
                      r"(?: (?:folder|dir|directory))?\b|\bsomewhere in my home\b",
                      re.IGNORECASE)
_WHOLE_SYSTEM = re.compile(r"\b(?:anywhere on|on|across|in) (?:the |my )?(?:whole |entire )?"
                           r"(?:system|computer|machine|disk|filesystem)\b|\beverywhere\b",
                           re.IGNORECASE)
_ON_HOME_DIR = re.compile(r"\b(?:on|off|of|off of) (?:the |my )?(desktop|downloads|documents|"
                          r"pictures|music|videos)\b(?!/)", re.IGNORECASE)
_GLOB_MOVERS = re.compile(r"^(?:sudo )?(?:mv|cp|rm|ls|du|chmod|chown|zip|tar)\b")
_DOT_PROGRAMS = re.compile(r"^(?:sudo )?(?:find|du|ls|tree|grep|chmod|chown|rg)\b")
_VERBS = frozenset("""create delete remove merge run connect switch checkout rename make new start
stop restart kill push pull list show add rebase track untrack build open enter""".split())
_NOT_AS_USER = frozenset("""a an the well soon fast much many long is if it its this that
usual before json text plain""".split())
_ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
             "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10"}


def _numbers(text: str) -> list[Slot]:
    # "the third column" → 3; "a second" (time) stays a word because a number precedes units
    text = re.sub(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                  r"(column|field|line|word|row|item)", lambda m: f"{_ORDINALS[m.group(1)]} "
                  f"{m.group(2)}", text, flags=re.IGNORECASE)
    out = []
    for m in _NUMBER.finditer(text):
        unit = _UNITS.get((m.group(2) or "").lower(), "")
        out.append(Slot("number", m.group(1), unit))
    return out


def _exts(text: str) -> list[str]:
    out = []
    for m in _EXT_PHRASE.finditer(text):
        word = (m.group(2) or m.group(3) or "").lower()
        ext = m.group(1) or EXT_WORDS.get(word, word if m.group(2) else "")
        if ext:
            out.append(ext.lower())
    return out


def request_slots(text: str, known_words: Iterable[str] = ()) -> dict[str, list[Slot]]:
    """Values in a request, by kind. ``known_words``: vocabulary that is not a value."""
    known = vocabulary(frozenset(known_words))
    rest = _URL.sub(" ", _shorthand(text))
    user, login_host = login(rest)
    rest = _USER_AT_HOST.sub(" ", rest)
    rest = _AS_USER.sub(" ", rest) if user else rest
    quoted = [m.group(1) or m.group(2) for m in _QUOTED.finditer(rest)]
    rest = _QUOTED.sub(" ", rest)
    rest = _CONTRACTION.sub(lambda m: " not" if m.group(0).lower() == "n't" else "", rest)
    hosts = ([login_host] if login_host else []) + [
        h for h in _HOST.findall(rest) if h != login_host]
    rest = _HOST.sub(" ", rest)
    versions = _VERSION.findall(rest)
    rest = _VERSION.sub(" ", rest)
    paths = [p for p in _PATH.findall(rest) if len(p) > 1]
    rest = _PATH.sub(" ", rest)
    files = [f for f in _FILE.findall(rest) if not _ARCHIVE_ONLY.fullmatch(f)
             and not _UNIT.fullmatch(f)]
    # A quoted name with an extension ('my notes.txt') is a file, spaces and all.
    quoted_files = [q for q in quoted if re.search(r"\.[A-Za-z][A-Za-z0-9]{0,5}$", q)]
    quoted = [q for q in quoted if q not in quoted_files]
    files = quoted_files + files
    rest = _FILE.sub(" ", rest)
    units = [m.group(0) for m in _UNIT.finditer(text)]
    words = units + [
        w for w in re.findall(r"(?<!\w)[A-Za-z][\w+-]*", rest)  # not "nd" of "2nd"
        if w.lower() not in known and len(w) > 1]
    objects = [m.group(1) for m in _VERB_OBJECT.finditer(rest)
               if m.group(1).lower() not in _NOT_NAMES | COMMON]
    named = units + [m.group(1) or m.group(2) for m in _OWNED_BY.finditer(rest)] + objects + [
        m.group(1) or m.group(2) for m in _NAMED.finditer(rest)
        if (m.group(1) or m.group(2)).lower() not in _NOT_NAMES
        # "create branch login": the verb before "branch" is no name
        and not (m.group(2) and m.group(2).lower() in _VERBS)]
    return {
        "url": [Slot("url", u) for u in _URL.findall(text)],
        "quoted": [Slot("quoted", q) for q in quoted],
        "host": [Slot("host", h) for h in hosts],
        "version": [Slot("version", v) for v in versions],
        "path": [Slot("path", p) for p in paths],
        "file": [Slot("file", f) for f in files],
        "ext": [Slot("ext", e) for e in _exts(text)],
        "number": _numbers(rest),
        "word": [Slot("word", w) for w in words],
        "named": [Slot("word", w) for w in named],
        "user": [Slot("user", user)] if user else [],
    }


@lru_cache(maxsize=8)
def vocabulary(known_words: frozenset[str]) -> frozenset[str]:
    """Words that are never values: the cookbook's task words (lowercased) and COMMON.
    Cached: the cookbook passes the same frozenset for every request."""
    return frozenset(w.lower() for w in known_words) | COMMON


def _shorthand(text: str) -> str:
    """"w/" and "w/o" are words, not paths."""
    text = re.sub(r"(?<![\w/])w/o(?![\w/])", "without", text, flags=re.IGNORECASE)
    return re.sub(r"(?<![\w/])w/(?![\w/])", "with", text, flags=re.IGNORECASE)


def login(text: str) -> tuple[str, str]:
    """The user and host a request names: "deploy@10.0.0.5", "ssh into web01 as pi"."""
    m = _USER_AT_HOST.search(text)
    if m and (not _FILE.fullmatch(m.group(2)) or _HOST.fullmatch(m.group(2))):
        return m.group(1), m.group(2)
    user = ""
    as_user = _AS_USER.search(text)
    if as_user and as_user.group(1).lower() not in _NOT_AS_USER:
        user = as_user.group(1)
    address, named = _HOST.search(text), _HOST_NAMED.search(text)
    return user, address.group(0) if address else named.group(1) if named else ""


@dataclass(frozen=True)
class Adapted:
    command: str
    replacements: tuple[tuple[str, str], ...] = ()
    unplaced: tuple[str, ...] = ()  # values the request names that the command does not use
    unfilled: tuple[str, ...] = ()  # the example's sample names the request gave no value for

    def explain(self, text: str) -> str:
        """The example's explanation with the same values swapped."""
        for old, new in self.replacements:
            text = re.sub(rf"(?<![\w.-]){re.escape(old)}(?![\w-])", new.replace("\\", r"\\"),
                          text)
        return text


_SIZE_UNITS = {"k": "k", "M": "M", "G": "G"}
_UNIT_NAMES = {"k": "KiB", "M": "MiB", "G": "GiB"}


def adapt(example_request: str, command: str, request: str,
          known_words: Iterable[str] = ()) -> Adapted:
    """Return the example ``command`` with its sample values replaced from ``request``.

    Values are swapped as whole shell words so quoting stays valid; the replacements
    made are returned too, so the explanation can be adapted the same way.
    """
    known = vocabulary(frozenset(known_words))
    original = command
    new = request_slots(request, known)
    old = request_slots(example_request, known)
    done: list[tuple[str, str]] = []
    # Numbers: only those the example request states and the command uses.
    for old_n, new_n in zip(old["number"], new["number"], strict=False):
        if old_n.value == new_n.value and old_n.unit == new_n.unit:
            continue
        if old_n.unit in _SIZE_UNITS and new_n.unit in _SIZE_UNITS:
            sized = re.compile(rf"(?<![\d\w]){old_n.value}{old_n.unit}(?![\w])")
            if sized.search(command):
                command = sized.sub(f"{new_n.value}{new_n.unit}", command, count=1)
                done.append((f"{old_n.value}{old_n.unit}", f"{new_n.value}{new_n.unit}"))
                done.append((f"{old_n.value} {_UNIT_NAMES[old_n.unit]}",
                             f"{new_n.value} {_UNIT_NAMES[new_n.unit]}"))
                done.append((old_n.value, new_n.value))
            continue
        if old_n.unit == new_n.unit and re.search(rf"(?<!\d){old_n.value}(?!\d)", command):
            command = re.sub(rf"(?<![\d\w]){old_n.value}(?!\d)", new_n.value, command, count=1)
            done.append((old_n.value, new_n.value))
    if not old["number"]:
        command = _adapt_count(command, new["number"], done)
    command = _adapt_age(command, new["number"], done)
    command = adapt_columns(command, request, done)
    if "sed" in command:  # before any word swap can touch the script's old/new
        command = adapt_substitution(command, request, done)
    command = _adapt_login(command, new, done)
    command = _adapt_ids(command, request, done)
    command = _adapt_versions(command, new["version"], done)
    command = _adapt_alias(command, request, done)
    command = _adapt_env(command, request, done)
    placed: set[str] = set()
    for kind in ("url", "host", "file", "path"):
        samples = _command_values(command, kind)
        found = [v.value for v in new[kind]]
        pairs: list[tuple[str, str]] = []
        if kind in ("file", "path"):  # "from ~/Downloads into ~/Documents": by role first
            pairs, samples, found = pair_by_role(samples, found, example_request, request)
        if kind == "file":  # `tar -xzf` is no way to open a .zip: archives pair by type
            pairs += _by_type(samples, found, archive_family)
        elif kind == "path":  # a device goes where the example has a device
            pairs += _by_type(samples, found, _is_device)
        else:
            pairs = list(zip(samples, found, strict=False))
        for sample, target in pairs:
            if sample != target:
                command = _put(command, sample, target, done)
            placed.add(target)
    # A file named by its path ("/var/log/syslog") goes where the example has a file, and a
    # bare file name where it has a path, when the kind-by-kind pass left it unplaced.
    for kind, other in (("path", "file"), ("file", "path")):
        spare = [v.value for v in new[kind] if v.value not in placed]
        free = [c for c in _command_values(command, other)
                if c not in {new_ for _, new_ in done}]
        for sample, target in zip(free, spare, strict=False):
            if kind == "path" and not re.search(r"[\w-]\.[A-Za-z]\w*$|^/var/log/|^/etc/", target):
                continue  # only paths that name a file fill a file's place
            command = _put(command, sample, target, done)
            placed.add(target)
    if _HERE.search(request) and not new["path"]:
        command = _here(command, done)
    else:
        target = _target_dir(request, new, placed, known)
        if target:
            put = _put_dir(command, target, done)
            if put != command:
                command = put
                placed.add(target)
    if len(new["ext"]) >= 2 and len(old["ext"]) >= 2 and all(
            re.search(rf"\.{re.escape(o.value)}\b", command) for o in old["ext"][:2]):
        # ".txt to .md" → ".jpeg to .jpg": both, everywhere (`${f%.txt}.md`)
        pairs = [(o.value, n.value) for o, n in zip(old["ext"][:2], new["ext"][:2],
                                                      strict=False) if o.value != n.value]
        for k, (o, _) in enumerate(pairs):
            command = re.sub(rf"\.{re.escape(o)}\b", f".NXEXT{k}Q", command)
        for k, (o, n) in enumerate(pairs):
            command = command.replace(f".NXEXT{k}Q", f".{n}")
            done.append((f".{o}", f".{n}"))
    elif new["ext"]:
        globs = _GLOB_EXT.findall(command)
        if globs and globs[0] != new["ext"][0].value:
            command = command.replace(f"*.{globs[0]}", f"*.{new['ext'][0].value}")
            done.append((f".{globs[0]}", f".{new['ext'][0].value}"))
    command = _spare_path_for_sample(command, new, placed, done)
    # "create branch feature/login": a slashed name with no path in the example is a name
    slashed = [Slot("word", v.value) for v in new["path"] if v.value not in placed
               and not v.value.startswith(("/", "~", "."))]
    replacement = new["quoted"] or slashed or new["named"] or new["word"]
    # Values already put in from the request are the person's own: no sample inside them
    # ("/home/user") is swapped again.
    masks = {f"NXVAL{n}Q": own for n, own in enumerate(sorted(
        {v for _, v in done if len(v) > 2 and v in command}, key=len, reverse=True))}
    for token, own in masks.items():
        command = command.replace(own, token)
    # A sample the request itself names ("kill the firefox browser") stays as it is.
    said = _PATH.sub(" ", request)  # "feature/login" does not name the sample "feature"
    samples = [w for w in _samples_in(command) if "NXVAL" not in w
               and not re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", said, re.IGNORECASE)]
    # a value the command already holds ("docker" in "add me to the docker group") is no
    # replacement for another sample
    replacement = [v for v in replacement if not re.search(
        rf"(?<![\w-]){re.escape(v.value)}(?![\w-])", command)]
    if replacement and samples:
        # "replace foo with bar": as many values as samples → pair them in order.
        values = new["quoted"] or new["word"]
        pairs = list(zip(samples, [v.value for v in values], strict=False)) if len(
            values) == len(samples) > 1 else [(samples[0], replacement[0].value)]
        for sample, text in pairs:
            if sample != text:
                # src → site also turns src_backup into site_backup
                inside = re.search(rf"['\"]{re.escape(sample)}['\"]", command) is not None
                put = text.replace("'", "'\\''") if inside else _quote(text)
                command = re.sub(rf"(?<![\w-]){re.escape(sample)}(?![A-Za-z0-9-])",
                                 put.replace("\\", r"\\"), command)
                done.append((sample, text))
    command = _said_case(command, said, done)
    command = _service_names(command, done)
    command = _adapt_me(command, request, done)
    for token, own in reversed(masks.items()):
        command = command.replace(token, own)
    if any(archive_family(new_) == "tar" for _, new_ in done):
        command = fit_tar_flags(command)
    unplaced = tuple(v.value for kind in ("url", "host", "file", "path")
                     for v in new[kind] if not _placed(v.value, command))
    # "whats listening on 8080", "shut down in 30 minutes": an example with no place for the
    # request's number fits less well than one that has it
    unplaced += tuple(n.value for n in new["number"][:1] if not re.search(
        rf"(?<!\d){n.value}(?!\d)", command))
    replaced = {old for old, _ in done}
    # a text the adaptation rewrote is filled: -m "Release 1.0" → -m "Release 1.2.0"
    unfilled = tuple(w for w in _samples_in(command) if w not in replaced and not re.search(
        rf"(?<![\w-]){re.escape(w)}(?![\w-])", request, re.IGNORECASE) and w in original)
    if not new["number"]:
        # a number the example states and uses ("on port 2222") that the request never
        # asked for is a detail of another task
        unfilled += tuple(n.value for n in old["number"] if n.value not in replaced
                          and len(n.value) >= 3 and re.search(
                              rf"(?<![\w.]){n.value}(?![\w.])", command))
    return Adapted(command, tuple(done), unplaced, unfilled)


_DIR_SAMPLES = ("shared", "docs", "src", "build", "projects", "project", "public", "out",
                "node_modules")


def _said_case(command: str, said: str, done: list[tuple[str, str]]) -> str:
    """"count ERROR in app.log" keeps the example's `'error'` but in the request's case."""
    for sample in _samples_in(command):
        m = re.search(rf"(?<![\w-]){re.escape(sample)}(?![\w-])", said, re.IGNORECASE)
        if m and m.group(0) != sample and sample.lower() == m.group(0).lower():
            command = re.sub(rf"(?<![\w-]){re.escape(sample)}(?![\w-])", m.group(0), command)
            done.append((sample, m.group(0)))
    return command


def _spare_path_for_sample(command: str, new: dict[str, list[Slot]], placed: set[str],
                           done: list[tuple[str, str]]) -> str:
    """A directory path with no place yet ("/srv/shared") takes the example's sample
    folder (`chmod +t shared`)."""
    replaced = {old for old, _ in done}
    for value in (v.value for v in new["path"]):
        if value in placed or value in command or not value.startswith(("/", "~")):
            continue
        for sample in _DIR_SAMPLES:
            pattern = rf"(?<![\w/.-]){sample}(?![\w/.-])"
            if sample not in replaced and re.search(pattern, command):
                done.append((sample, value))
                placed.add(value)
                return re.sub(pattern, _quote(value).replace("\\", r"\\"), command, count=1)
    return command


def _by_type(samples: list[str], values: list[str],
             kind_of: Callable[[str], str]) -> list[tuple[str, str]]:
    """Each sample with the first unused value of the same type, in order ("add notes.md
    to docs.zip" → `zip archive.zip notes.txt` gets both; /dev/sdb1 pairs with /dev/sdX1).
    A single plain sample left over takes a single value left over of any type
    (`scp file.txt` copies backup.tar.gz as well)."""
    pairs, used = [], set()
    for sample in samples:
        for n, value in enumerate(values):
            if n not in used and kind_of(sample) == kind_of(value):
                pairs.append((sample, value))
                used.add(n)
                break
    free = [s for s in samples if s not in {a for a, _ in pairs}]
    rest = [v for n, v in enumerate(values) if n not in used]
    if len(free) == len(rest) == 1 and not kind_of(free[0]):
        pairs.append((free[0], rest[0]))
    return pairs


def _is_device(path: str) -> str:
    return "device" if path.startswith("/dev/") else ""


def _adapt_ids(command: str, request: str, done: list[tuple[str, str]]) -> str:
    """A commit hash, a process id or a job number the request gives replaces the example's
    (`abc1234`, `1234`, `%1`)."""
    commit = re.search(r"(?<![\w.-])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}(?![\w.-])",
                       request)
    if commit and "abc1234" in command:
        command = command.replace("abc1234", commit.group(0))
        done.append(("abc1234", commit.group(0)))
    pid = re.search(r"\b(?:pid|process(?: id)?|process number)\s*#?(\d{2,7})\b", request,
                    re.IGNORECASE)
    if pid and re.search(r"(?<![\w.])1234(?![\w.])", command) and pid.group(1) != "1234":
        command = re.sub(r"(?<![\w.])1234(?![\w.])", pid.group(1), command)
        done.append(("1234", pid.group(1)))
    job = re.search(r"\bjob\s*(?:number\s*|#|%)?(\d+)\b", request, re.IGNORECASE)
    if job and re.search(r"%1\b", command) and job.group(1) != "1":
        command = re.sub(r"%1\b", f"%{job.group(1)}", command)
        done.append(("%1", f"%{job.group(1)}"))
    return command


def _adapt_count(command: str, numbers: list[Slot], done: list[tuple[str, str]]) -> str:
    """"top 5 memory hogs" with an example that states no count: its one ``head -n 10``
    (or tail, journalctl -n, git log -10) shows the request's count instead."""
    counts = [n for n in numbers if n.unit in ("", "line", "file")]
    if len(counts) != 1 or len(numbers) != 1:
        return command
    found = list(re.finditer(r"\b(?:head|tail|journalctl\b[^|]*?|git log\b[^|]*?)"
                             r"\s(?:-n ?|--lines[= ]|-)(\d+)\b", command))
    if len(found) != 1 or found[0].group(1) == counts[0].value:
        return command
    m = found[0]
    done.append((m.group(1), counts[0].value))
    return command[:m.start(1)] + counts[0].value + command[m.end(1):]


def _adapt_login(command: str, new: dict[str, list[Slot]], done: list[tuple[str, str]]) -> str:
    """``alice@server`` becomes the user and host the request names."""
    m = _USER_AT_HOST.search(command)
    if m is None:
        return command
    user = new["user"][0].value if new["user"] else m.group(1)
    host = new["host"][0].value if new["host"] else m.group(2)
    if (user, host) == (m.group(1), m.group(2)):
        return command
    if user != m.group(1):
        done.append((m.group(1), user))
    if host != m.group(2):
        done.append((m.group(2), host))
    return command[:m.start()] + f"{user}@{host}" + command[m.end():]


def _target_dir(request: str, new: dict[str, list[Slot]], placed: set[str],
                known: frozenset[str]) -> str:
    """The directory a request points at when its value found no place yet: a path, a
    folder it names ("in src", "in Downloads"), the home directory or the whole system."""
    spare = [v.value for v in new["path"] if v.value not in placed
             and v.value.startswith(("/", "~", ".")) and not v.value.startswith(("/dev", "/proc"))
             and not re.search(r"[\w-]\.[A-Za-z]\w*$", v.value)]
    if spare:
        return spare[0]
    if _WHOLE_SYSTEM.search(request):
        return "/"
    if _IN_HOME.search(request):
        return "~"
    on = _ON_HOME_DIR.search(request)
    if on:  # "off my desktop", "on my desktop"
        return "~/" + on.group(1).capitalize()
    for m in _IN_DIR.finditer(_PATH.sub(" ", request)):
        word = m.group(1)
        if "." in word or word.lower() in _NOT_NAMES:
            continue
        if word.lower() in _HOME_DIRS:
            return "~/" + word[0].upper() + word[1:]
        said_folder = m.group(0).lower().endswith(("folder", "dir", "directory"))
        if word in SAMPLE_WORDS or said_folder or (
                word.lower() not in known and word.lower() not in EXT_WORDS):
            return word
    return ""


def _put_dir(command: str, target: str, done: list[tuple[str, str]]) -> str:
    """Put the directory where find/du/ls/grep look: their ``.``, ``~`` or sample path;
    or before a bare glob of mv/cp/rm... (`mv -i -- *.pdf dest` → `~/Desktop/*.pdf`)."""
    if _GLOB_MOVERS.match(command) and target.startswith(("~", "/")):
        glob = re.search(r"(?<=\s)\*\.[\w]+(?=\s|$)", command.split("|")[0])
        if glob:
            done.append((glob.group(0), f"{target}/{glob.group(0)}"))
            return command[:glob.start()] + f"{_quote(target)}/{glob.group(0)}" + \
                command[glob.end():]
    if not _DOT_PROGRAMS.match(command):
        return command
    first = command.split("|")[0]
    m = re.search(r"(?<=\s)(\.|~|~/[\w.-]+|/home/[\w.-]+)(?=\s|$)", first)
    if m is None or m.group(1) == target:
        return command
    done.append((m.group(1), target))
    return command[:m.start()] + _quote(target) + command[m.end():]


def _put(command: str, sample: str, target: str, done: list[tuple[str, str]]) -> str:
    if f"${sample}" in command and "/" in sample and target.startswith("~/"):
        # "$HOME/bin" → "$HOME/.local/bin", not "$~/.local/bin"
        sample, target = sample.split("/", 1)[1], target[2:]
    if sample.startswith("./") and "/" not in target:
        target = "./" + target  # keep it runnable from the current directory
    if sample != target:
        command = command.replace(sample, _quote(target), 1)
        done.append((sample, target))
    return command


def _here(command: str, done: list[tuple[str, str]]) -> str:
    """"files in here": the example's home-directory path becomes the current directory."""
    m = re.search(r"(?<=\s)(~/[\w.-]+|~|/home/[\w.-]+(?:/[\w.-]+)?)(?=\s|$)", command)
    if m is None or not re.match(r"(sudo )?(find|du|ls|grep|tree|stat) ", command):
        return command
    done.append((m.group(1), "."))
    return command[:m.start()] + "." + command[m.end():]


_ALIAS = re.compile(r"\balias\s+(?:called\s+|named\s+)?([\w.-]+)\s*(?:=|for|to|that runs)\s*"
                    r"['\"]?(.+?)['\"]?(?=\s+(?:that|which|so|permanently|for good|forever|and|"
                    r"in|to my)\b|[,;]|$)", re.IGNORECASE)
_ALIAS_IN_COMMAND = re.compile(r"alias ([\w.-]+)=(?:'[^']*'|\"[^\"]*\"|[^\s'\"]+)")
# An environment variable: a name with "_" or a well-known one, in capitals.
_ENV_NAME = re.compile(r"(?<![\w$])(?:[A-Z][A-Z0-9]*_[A-Z0-9_]+|HOME|PATH|EDITOR|VISUAL|SHELL|"
                       r"LANG|TERM|DISPLAY|PAGER|BROWSER|TZ)(?![\w])")
_ENV_USED = re.compile(r"(?<=\$)\{?([A-Z][A-Z0-9_]+)|(?<=printenv )([A-Z][A-Z0-9_]+)")
_ENV_SET = re.compile(r"\b(?:set|export|make)\s+(\$?[A-Z][A-Z0-9_]+)\s*(?:to|=|be)\s*(\S+)")


def _adapt_alias(command: str, request: str, done: list[tuple[str, str]]) -> str:
    """"an alias gs for git status" → `alias gs='git status'` in the example's place."""
    said, sample = _ALIAS.search(request), _ALIAS_IN_COMMAND.search(command)
    if not (said and sample):
        return command
    name, value = said.group(1), said.group(2).strip().strip("'\"")
    if command[:sample.start()].count('"') % 2:  # inside echo "...": no ' can be escaped
        value = value.replace("'", "")
    new = f"alias {name}='" + value.replace("'", "'\\''") + "'"
    done.append((sample.group(0), new))
    return command[:sample.start()] + new + command[sample.end():]


_ME = re.compile(r"\b(?:me|myself|my user|my account)\b", re.IGNORECASE)
_SAMPLE_USER = re.compile(r"(?<![\w@.-])alice(?![\w@-])")


def _adapt_me(command: str, request: str, done: list[tuple[str, str]]) -> str:
    """"add me to the docker group": the example's user is the person running it."""
    if not _ME.search(request) or not _SAMPLE_USER.search(command) or any(
            old == "alice" for old, _ in done):
        return command
    done.append(("alice", '"$USER"'))
    return _SAMPLE_USER.sub('"$USER"', command)


def _adapt_env(command: str, request: str, done: list[tuple[str, str]]) -> str:
    """"set JAVA_HOME to /usr/lib/jvm/x" → `export JAVA_HOME=/usr/lib/jvm/x`; a variable the
    request names replaces the example's (`printenv HOME` → `printenv JAVA_HOME`)."""
    names = _ENV_NAME.findall(request)
    if not names:
        return command
    setting = _ENV_SET.search(request)
    assigned = re.search(r"\b([A-Z][A-Z0-9_]+)=([^\s'\"]+)", command)
    if setting and assigned:
        name, value = setting.group(1).lstrip("$"), setting.group(2).rstrip(".,;")
        new = f"{name}={_quote(value)}"
        done.append((assigned.group(0), new))
        return command[:assigned.start()] + new + command[assigned.end():]
    if any(a in names or b in names for a, b in _ENV_USED.findall(command)):
        return command  # the example already uses the variable asked about
    used = _ENV_USED.search(command)
    if used:
        old = used.group(1) or used.group(2)
        if old != names[0] and not re.search(rf"(?<![\w]){old}(?![\w])", request):
            done.append((old, names[0]))
            return re.sub(rf"(?<![\w]){old}(?![\w])", names[0], command)
    return command


def _adapt_versions(command: str, versions: list[Slot], done: list[tuple[str, str]]) -> str:
    """A tag or version ("v1.2.0") replaces the example's ("v1.0"), also in its message."""
    samples = _VERSION.findall(command)
    if not versions or not samples or samples[0] == versions[0].value:
        return command
    old, value = samples[0], versions[0].value
    command = re.sub(rf"(?<![\w.]){re.escape(old)}(?![\w.])", value, command)
    bare_old, bare_new = old.lstrip("v"), value.lstrip("v")
    if bare_old != old:
        command = re.sub(rf"(?<![\w.]){re.escape(bare_old)}(?![\w.])", bare_new, command)
    done.append((old, value))
    return command


def _adapt_age(command: str, numbers: list[Slot], done: list[tuple[str, str]]) -> str:
    """find's -mtime (days) / -mmin (minutes) written for the age the request states."""
    ages = [n for n in numbers if n.unit in ("d", "h", "min")]
    m = re.search(r"-(mtime|mmin) ([+-]?)(\d+)", command)
    if not ages or not m:
        return command
    age, sign = ages[0], m.group(2)
    if age.unit == "d":
        new = f"-mtime {sign}{age.value}"
    else:
        new = f"-mmin {sign}{int(age.value) * (60 if age.unit == 'h' else 1)}"
    if new != m.group(0):
        command = command.replace(m.group(0), new, 1)
        done.append((m.group(0), new))
    return command


def _samples_in(command: str) -> list[str]:
    """Sample values in the command in order, also inside words like sed's s/old/new/g."""
    programs = set(_programs_of(command))
    found = []
    for word in SAMPLE_WORDS - programs:
        m = re.search(rf"(?<![\w.-]){re.escape(word)}(?![\w-])", command)
        if m:
            found.append((m.start(), word))
    # Plain quoted text is sample text too: grep -rn 'import os', git log -S 'search text'
    for m in re.finditer(r"(?<![\w=])'([A-Za-z][\w .:-]*)'|(?<![\w=])\"([A-Za-z][\w .:-]*)\"",
                         command):
        text = m.group(1) or m.group(2)
        if not any(text == w for _, w in found):
            found.append((m.start() + 1, text))
    return [w for _, w in sorted(found)]


def _programs_of(command: str) -> list[str]:
    from neuralux.commands.parse import parse_command
    from neuralux.commands.risk_rules import unwrap

    out = []
    for simple in parse_command(command).commands:
        argv = list(simple.argv)
        while argv:
            out.append(argv[0])
            inner = unwrap(argv)
            if not inner:
                break
            argv = inner
    return out


def _command_words(command: str) -> list[str]:
    """Plain words in argument positions (program names and wrappers excluded)."""
    from neuralux.commands.parse import parse_command
    from neuralux.commands.risk_rules import unwrap

    words: list[str] = []
    for simple in parse_command(command).commands:
        argv = list(simple.argv)
        inner = unwrap(argv) if argv else None
        while inner:
            argv, inner = inner, unwrap(inner)
        words += [w for w in argv[1:] if re.fullmatch(r"[A-Za-z][\w+-]*", w)]
    return words


# A sed script ('s/old/new/g', a quote in it written '\'') holds text, not values.
_SED_SCRIPT = re.compile(r"'s([/|#])(?:[^']|'\\'')*?\1(?:[^']|'\\'')*?\1\w*'")


def _command_values(command: str, kind: str) -> list[str]:
    command = _SED_SCRIPT.sub(" ", command)
    if kind == "url":
        return _URL.findall(command)
    if kind == "host":
        return [h for h in _HOST.findall(_URL.sub(" ", command))]
    text = _URL.sub(" ", command)
    # Never put a request's file where the command writes output (`> file`): that overwrites.
    text = re.sub(r">\s*\S+", " ", text)
    if kind == "file":
        scripts = re.findall(r"(?<![\w/])\./[\w.-]+\.\w+", text)
        return scripts + [f for f in _FILE.findall(text) if not f.startswith(("/", "-"))
                          and "*" not in f and not _HOST.fullmatch(f) and not f[0].isdigit()]
    paths = [p for p in _PATH.findall(text)
             if (not p.startswith(("/dev", "/proc", "/sys", "/var/cache")) or
                 re.match(r"/dev/(sd|nvme|mmcblk|vd)", p)) and p not in ("/", "./", "~/")
             and "*" not in p and len(p) > 2
             and not re.fullmatch(r"\./[\w.-]+\.\w+", p)]
    return paths


_UNIT_SLOT = re.compile(
    r"(\b(?:systemctl(?:\s+--\S+)*\s+[\w-]+|journalctl\b[^|;&]*?\s-u|service)\s+)"
    rf"({'|'.join(UNIT_NAMES)})(?![\w.@-])")
_PACKAGE_SLOT = re.compile(
    r"(\bapt(?:-get)?\s+(?:install|remove|purge|reinstall)\s+(?:-y\s+)?)"
    rf"({'|'.join(PACKAGE_NAMES)})(?![\w.@-])")


def _service_names(command: str, done: list[tuple[str, str]]) -> str:
    """"restart apache" → `systemctl restart apache2`, "install postgres" → `apt install
    postgresql`: the unit's or package's name on Ubuntu."""
    for slot, names in ((_UNIT_SLOT, UNIT_NAMES), (_PACKAGE_SLOT, PACKAGE_NAMES)):
        def rename(m: re.Match[str], names: dict[str, str] = names) -> str:
            done.append((m.group(2), names[m.group(2)]))
            return m.group(1) + names[m.group(2)]
        command = slot.sub(rename, command)
    return command


def _placed(value: str, command: str) -> bool:
    """Is the value in the command, as written or spelled another way (~/x is $HOME/x)?"""
    spellings = {value, "./" + value}
    if value.startswith("~/"):
        spellings |= {"$HOME/" + value[2:], "${HOME}/" + value[2:]}
    return any(s in command for s in spellings)


def _quote(value: str) -> str:
    return value if re.fullmatch(r"[\w./~:@%+=,-]+", value) else shlex.quote(value)
