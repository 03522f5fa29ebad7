"""Foundation paths: LLM through the daemon vs llama-cpp-python, D-Bus overhead, cold start."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from typing import Any

from benchmarks.common import ROOT, Row, isolated_env, median, ms, pct, rss_mb, start_daemon, stop

PROMPT = "Write a short story about a robot who learns to paint."
MAX_TOKENS = 128
THREADS = 2


def _direct_llm() -> Any:
    import llama_cpp

    from neuralux.backends import catalog

    path = catalog.resolve_llm("smollm2-135m-instruct", []).path
    return llama_cpp.Llama(model_path=path, n_ctx=2048, n_threads=THREADS,
                           n_threads_batch=THREADS, verbose=False)


def direct_once(llm: Any) -> tuple[float, float, int]:
    started = time.perf_counter()
    first = None
    n = 0
    for chunk in llm.create_chat_completion(
            messages=[{"role": "user", "content": PROMPT}], max_tokens=MAX_TOKENS,
            temperature=0.0, repeat_penalty=1.1, stream=True):
        if chunk["choices"][0].get("delta", {}).get("content"):
            n += 1
            if first is None:
                first = time.perf_counter()
    end = time.perf_counter()
    assert first is not None
    return first - started, (n - 1) / (end - first), n


async def daemon_once(client: Any) -> tuple[float, float, int]:
    from dbus_fast import Variant

    started = time.perf_counter()
    first = None
    n = 0
    async with client.signals() as queue:
        [task] = await client.call("Ask", "sa{sv}",
                                   [PROMPT, {"max_tokens": Variant("i", MAX_TOKENS)}])
        while True:
            msg = await asyncio.wait_for(queue.get(), 60)
            if not msg.body or msg.body[0] != task:
                continue
            if msg.member == "AnswerChunk":
                if first is None:
                    first = time.perf_counter()
            elif msg.member == "AnswerDone":
                # Signals coalesce tokens (chunk_interval_ms); the daemon counts tokens.
                n = int(msg.body[2]["tokens"].value)
                break
            else:
                raise RuntimeError(f"task failed: {msg.body}")
    end = time.perf_counter()
    assert first is not None
    return first - started, (n - 1) / (end - first), n


def bench_llm(env: dict[str, str], reps: int) -> list[Row]:
    from neuralux.dbus.client import DaemonClient

    llm = _direct_llm()
    direct_once(llm)  # warm
    d_ttft, d_rate, n_rate, n_ttft = [], [], [], []
    os.environ.update(env)

    async def run_all() -> None:
        client = await DaemonClient.connect(env["DBUS_SESSION_BUS_ADDRESS"])
        await daemon_once(client)  # loads the model
        for _ in range(reps):  # interleaved so drift hits both sides alike
            # A pause before each run: ggml's worker threads keep polling for a moment
            # after a run, which would slow whichever side runs next on 2 cores.
            await asyncio.sleep(0.5)
            t, r, _n1 = direct_once(llm)
            d_ttft.append(t)
            d_rate.append(r)
            await asyncio.sleep(0.5)
            t, r, _n2 = await daemon_once(client)
            n_ttft.append(t)
            n_rate.append(r)
        client.close()

    asyncio.run(run_all())
    llm.close()
    rate_ratio = median(n_rate) / median(d_rate)
    overhead = median(n_ttft) - median(d_ttft)
    return [
        Row("LLM decode, `ask` over D-Bus vs llama-cpp-python (SmolLM2-135M Q4_1, 2 threads)",
            f"{median(n_rate):.1f} tok/s", f"{median(d_rate):.1f} tok/s", f"{rate_ratio:.3f}",
            "≥ 0.95", rate_ratio >= 0.95),
        Row("LLM time to first token", ms(median(n_ttft)), ms(median(d_ttft)),
            f"+{overhead * 1000:.1f} ms", "≤ +30 ms", overhead <= 0.030),
    ]


async def _latency(address: str, dest: str, path: str, iface: str, member: str,
                   sig: str, body: list[Any], n: int, clients: int) -> tuple[list[float], float]:
    from dbus_fast import Message
    from dbus_fast.aio import MessageBus

    bus = await MessageBus(bus_address=address).connect()
    msg = lambda: Message(destination=dest, path=path, interface=iface,  # noqa: E731
                          member=member, signature=sig, body=body)
    for _ in range(50):
        await bus.call(msg())
    lat = []
    for _ in range(n):
        t = time.perf_counter()
        await bus.call(msg())
        lat.append(time.perf_counter() - t)
    bus.disconnect()
    buses = [await MessageBus(bus_address=address).connect() for _ in range(clients)]
    per = max(20, n // clients)

    async def worker(b: MessageBus) -> None:
        for _ in range(per):
            await b.call(msg())

    t = time.perf_counter()
    await asyncio.gather(*(worker(b) for b in buses))
    rate = clients * per / (time.perf_counter() - t)
    for b in buses:
        b.disconnect()
    return lat, rate


def bench_dbus(env: dict[str, str], n: int) -> list[Row]:
    address = env["DBUS_SESSION_BUS_ADDRESS"]
    echo = subprocess.Popen([sys.executable, "-m", "benchmarks.echo_server"], env=env, cwd=ROOT)
    time.sleep(1.0)
    try:
        e_lat, e_rate = asyncio.run(_latency(
            address, "org.neuralux.BenchEcho", "/org/neuralux/BenchEcho",
            "org.neuralux.BenchEcho", "Echo", "s", ["x"], n, 50))
    finally:
        echo.terminate()
    n_lat, n_rate = asyncio.run(_latency(
        address, "org.neuralux.Assistant1", "/org/neuralux/Assistant1",
        "org.neuralux.Assistant1", "Status", "", [], n, 50))
    return [
        Row("D-Bus `Status` round trip p50 / p99 (vs bare dbus-fast Echo)",
            f"{ms(median(n_lat))} / {ms(pct(n_lat, 99))}",
            f"{ms(median(e_lat))} / {ms(pct(e_lat, 99))}",
            f"{median(n_lat) / median(e_lat):.2f}", "p50 ≤ 1 ms", median(n_lat) <= 0.001),
        Row("D-Bus calls/s, 50 concurrent clients", f"{n_rate:,.0f}/s", f"{e_rate:,.0f}/s",
            f"{n_rate / e_rate:.2f}", "≥ 3,000/s", n_rate >= 3000),
    ]


def run(quick: bool) -> list[Row]:
    rows: list[Row] = []
    with isolated_env() as env:
        env = {**env, "NEURALUX_LLM_THREADS": str(THREADS), "NEURALUX_LLM_TEMPERATURE": "0",
               "NEURALUX_LLM_CONTEXT_SIZE": "2048"}
        starts, rss = [], []
        for _ in range(2 if quick else 5):
            proc, seconds = start_daemon(env)
            starts.append(seconds)
            time.sleep(0.5)
            rss.append(rss_mb(proc.pid))
            stop(proc)
        rows.append(Row("Daemon cold start → bus name acquired", ms(median(starts)), "", "",
                        "≤ 1.0 s", median(starts) <= 1.0))
        rows.append(Row("Daemon idle RSS, no model loaded", f"{median(rss):.0f} MB", "", "",
                        "≤ 150 MB", median(rss) <= 150))
        proc, _ = start_daemon(env)
        try:
            rows += bench_dbus(env, 500 if quick else 3000)
            rows += bench_llm(env, 3 if quick else 9)
        finally:
            stop(proc)
    return rows
