"""Voice paths, each next to the direct library call measured in the same run.

Audio goes through a private PulseAudio server (virtual mic fed at real-time pace,
null-sink speaker), like the tests. Rows:
- key release → final transcript (VoiceLoop) vs faster-whisper on the same recording;
- key release → first audio sample: sentence streaming vs whole-answer synthesis;
- word error rate over piper + espeak-ng utterances, some with noise;
- piper real-time factor and time to first audio, Neuralux vs PiperVoice directly.
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import re
import sys
import tempfile
import threading
import time
from typing import Any

import numpy as np

from benchmarks.common import Row, median

SENTENCES = [
    "What is the capital of Peru?", "Open the terminal and list my files.",
    "How much memory does this computer have?", "Remind me to call my sister tomorrow morning.",
    "What is the weather like in London today?", "Please turn the volume down a little.",
    "Show me the largest files in my home folder.", "How do I install a new package on Ubuntu?",
    "Read the text on my screen out loud.", "Tell me a short joke about computers.",
    "Which programs are using the most memory right now?", "Translate good morning into Spanish.",
    "Summarize the document I have open.", "When was the first moon landing?",
    "Close all the windows on this desktop.", "How far is the moon from the earth?",
]
QUESTIONS = ["Tell me about the history of Rome.", "Explain how a computer works.",
             "Describe the city of Paris."]


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]", " ", text.lower().replace("-", " ")).split()


def edit_distance(a: list[str], b: list[str]) -> int:
    row = list(range(len(b) + 1))
    for i, wa in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, wb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (wa != wb))
    return row[-1]


def wer(pairs: list[tuple[str, str]]) -> float:
    errors = sum(edit_distance(words(ref), words(hyp)) for ref, hyp in pairs)
    return errors / max(1, sum(len(words(ref)) for ref, _ in pairs))


class Bench:
    def __init__(self, quick: bool) -> None:
        from tests.voice.pulse import PulseServer

        self.quick = quick
        self.pulse = PulseServer().start()
        os.environ["PULSE_SERVER"] = self.pulse.env["PULSE_SERVER"]
        import sounddevice as sd

        sd._terminate()  # re-list devices now that the server exists
        sd._initialize()
        from neuralux.backends.stt import make_stt_worker
        from neuralux.backends.tts import load_synthesizer, make_tts_worker
        from neuralux.config import VoiceSettings

        self.settings = dataclasses.replace(VoiceSettings(), idle_unload_seconds=0.0,
                                            input_device="pulse", output_device="pulse",
                                            stt_threads=2)
        self.stt = make_stt_worker(self.settings)
        self.tts = make_tts_worker(self.settings)
        self.voice = load_synthesizer(self.settings)  # the 'user' speaking into the mic
        self.rows: list[Row] = []

    def piper_16k(self, text: str) -> np.ndarray:
        from tests.voice.pulse import resample_to_16k

        chunks = list(self.voice.synthesize(text))
        pcm = np.concatenate([np.frombuffer(c.samples, np.int16) for c in chunks])
        return resample_to_16k(pcm, chunks[0].rate)

    def utterances(self) -> list[tuple[str, str, np.ndarray]]:
        from tests.voice.pulse import espeak_pcm16k, with_noise

        out = []
        for i, text in enumerate(SENTENCES):
            for voice in ("piper", "espeak"):
                pcm = self.piper_16k(text) if voice == "piper" else espeak_pcm16k(text)
                if i % 3 == 2:
                    pcm, voice = with_noise(pcm, snr_db=15, seed=i), voice + "+noise"
                out.append((text, voice, pcm))
        return out

    async def record_turn(self, loop: Any, speech: np.ndarray) -> tuple[Any, Any]:
        """Hold, speak into the mic, release; return (turn, recording)."""
        assert self.pulse.mic is not None
        grabbed: list[Any] = []
        original = loop.handle_recording

        async def spy(recording: Any, released: float | None = None) -> Any:
            grabbed.append(recording)
            return await original(recording, released)

        loop.handle_recording = spy
        await loop.start_listening()
        self.pulse.mic.say(np.concatenate([np.zeros(3200, np.int16), speech]))
        await asyncio.to_thread(self.pulse.mic.wait_spoken)
        await asyncio.sleep(0.25)
        turn = await loop.stop_listening()
        return turn, grabbed[0]

    # --- release → transcript -------------------------------------------------------------
    async def transcript_latency(self, utterances: list[tuple[str, str, np.ndarray]]) -> None:
        from faster_whisper import WhisperModel

        from neuralux.backends.stt import bundled_model_dir
        from neuralux.voice.loop import VoiceLoop

        direct = WhisperModel(str(bundled_model_dir()), device="cpu", compute_type="int8",
                              cpu_threads=2)

        async def no_answer(q: str, on_chunk: Any, cancel: threading.Event) -> str:
            return ""

        settings = dataclasses.replace(self.settings, speak_answers=False)
        loop = VoiceLoop(settings, self.stt, self.tts, no_answer)
        await self.stt.load()
        ours, theirs, ratios = [], [], []
        for _text, _voice, pcm in utterances:
            turn, rec = await self.record_turn(loop, pcm)
            audio = rec.samples.astype(np.float32) / 32768
            started = time.perf_counter()
            segments, _ = direct.transcribe(audio, language="en", beam_size=1)
            " ".join(s.text for s in segments)
            theirs.append(time.perf_counter() - started)
            ours.append(turn.timings["transcript_s"])
            ratios.append(ours[-1] / theirs[-1])
        n_ours, n_direct = median(ours), median(theirs)
        self.rows.append(Row(
            f"voice: key release → final transcript ({len(ours)} utterances, 2–6 s)",
            f"p50 {n_ours:.3f} s", f"p50 {n_direct:.3f} s (faster-whisper, same audio)",
            f"{n_ours / n_direct:.2f}", "ratio ≤ 1.15, p50 ≤ 0.6 s",
            n_ours / n_direct <= 1.15 and n_ours <= 0.6))

    # --- release → first audio --------------------------------------------------------------
    async def first_audio(self) -> None:
        from neuralux import config
        from neuralux.app import App
        from neuralux.voice.loop import VoiceLoop
        from neuralux.voice.playback import Speaker

        with tempfile.TemporaryDirectory() as tmp:
            env = {"NEURALUX_LLM_TEMPERATURE": "0", "NEURALUX_LLM_MAX_TOKENS": "120"}
            app = App(config.load(config.Path(tmp, "c.toml"), env=env),
                      db_path=config.Path(tmp, "n.db"))
            await app.llm_worker.load()
            await self.tts.load()
            streaming, whole, first_tokens = [], [], []
            questions = QUESTIONS[:2] if self.quick else QUESTIONS
            for question in questions:
                loop = VoiceLoop(self.settings, self.stt, self.tts, self._fresh_asker(app))
                speech = self.piper_16k(question)
                turn, rec = await self.record_turn(loop, speech)
                streaming.append(turn.timings["first_audio_s"])
                first_tokens.append(turn.timings["first_token_s"])
                print(f"  {question!r} → {turn.transcript!r}: "
                      + ", ".join(f"{k} {v:.3f}" for k, v in turn.timings.items()),
                      file=sys.stderr)
                # Baseline: same recording, transcribe, full answer, synthesise it all, play.
                released = time.perf_counter()
                samples = rec.samples
                result = await self.stt.call(lambda m, s=samples: m.transcribe(s, 16000, None))
                answer = await self._fresh_asker(app)(result.text, lambda _p: None,
                                                      threading.Event())
                chunks = await self.tts.call(lambda m, a=answer: list(m.synthesize(a)))
                speaker = Speaker(self.settings)
                await asyncio.to_thread(speaker.play, chunks[0])
                speaker.interrupt()
                await asyncio.to_thread(speaker.finish)
                assert speaker.first_sample_at is not None
                whole.append(speaker.first_sample_at - released)
            await app.llm_worker.close()
            app.db.close()
        s, w = median(streaming), median(whole)
        self.rows.append(Row(
            f"voice: key release → first answer audio ({len(streaming)} questions, "
            "SmolLM2 + piper)", f"p50 {s:.3f} s (sentence streaming; of which the "
            f"model's first token {median(first_tokens):.3f} s)",
            f"p50 {w:.3f} s (whole answer, then synthesis)", f"{w / s:.1f}× faster",
            "≥ 2× faster, p50 ≤ 1.5 s", w / s >= 2 and s <= 1.5))

    @staticmethod
    def _fresh_asker(app: Any) -> Any:
        """A new conversation per question, so both modes send the model the same prompt."""
        from neuralux.voice.service import assistant_asker

        return assistant_asker(lambda: app.assistant)

    # --- WER --------------------------------------------------------------------------------
    async def word_error_rate(self, utterances: list[tuple[str, str, np.ndarray]]) -> None:
        from faster_whisper import WhisperModel

        from neuralux.backends.stt import bundled_model_dir

        direct = WhisperModel(str(bundled_model_dir()), device="cpu", compute_type="int8",
                              cpu_threads=2)
        ours, theirs = [], []
        for text, _voice, pcm in utterances:
            result = await self.stt.call(lambda m, p=pcm: m.transcribe(p, 16000, None))
            ours.append((text, result.text))
            segments, _ = direct.transcribe(pcm.astype(np.float32) / 32768, language="en",
                                            beam_size=1)
            theirs.append((text, " ".join(s.text for s in segments)))
        ours_wer, direct_wer = wer(ours), wer(theirs)
        noisy = [p for p, u in zip(ours, utterances, strict=True) if "noise" in u[1]]
        self.rows.append(Row(
            f"voice: word error rate ({len(ours)} utterances: piper + espeak-ng, "
            f"{len(noisy)} with noise at 15 dB SNR)",
            f"{ours_wer:.1%} (noisy: {wer(noisy):.1%})", f"{direct_wer:.1%} (no VAD)",
            f"{ours_wer / direct_wer:.2f}" if direct_wer else "—", "≤ 10%", ours_wer <= 0.10))

    # --- piper ------------------------------------------------------------------------------
    async def piper(self) -> None:
        from piper import PiperVoice

        from neuralux.backends.tts import resolve_voice
        from neuralux.voice.playback import Speaker
        from neuralux.voice.speaking import AnswerSpeaker

        text = ("Lima is the capital of Peru. It lies on the Pacific coast. About ten million "
                "people live there. The old town is a world heritage site.")
        direct_voice = PiperVoice.load(str(resolve_voice(self.settings.tts_voice)))
        await self.tts.load()
        rtf_ours, rtf_direct, first_ours, first_direct = [], [], [], []
        for _ in range(2 if self.quick else 4):
            started = time.perf_counter()
            chunks = [await self.tts.call(lambda m, s=s: m.synthesize_sentence(s))
                      for s in ("Lima is the capital of Peru.", "It lies on the Pacific coast.",
                                "About ten million people live there.",
                                "The old town is a world heritage site.")]
            seconds = sum(len(c.samples) for c in chunks) / 2 / chunks[0].rate
            rtf_ours.append((time.perf_counter() - started) / seconds)
            started = time.perf_counter()
            parts = list(direct_voice.synthesize(text))
            seconds = sum(len(p.audio_int16_bytes) for p in parts) / 2 / parts[0].sample_rate
            rtf_direct.append((time.perf_counter() - started) / seconds)
            speaking = AnswerSpeaker(self.tts, Speaker(self.settings))
            started = time.perf_counter()
            speaking.say(text)
            while speaking.first_sample_at is None:  # noqa: ASYNC110 - set on the player thread
                await asyncio.sleep(0.002)
            first_ours.append(speaking.first_sample_at - started)
            speaking.interrupt()
            await speaking.close()
            started = time.perf_counter()
            next(iter(direct_voice.synthesize(text)))
            first_direct.append(time.perf_counter() - started)
        self.rows.append(Row("voice: piper real-time factor (4 sentences, 7 s of speech)",
                             f"RTF {median(rtf_ours):.3f}", f"RTF {median(rtf_direct):.3f}",
                             f"{median(rtf_ours) / median(rtf_direct):.2f}", "RTF < 0.3",
                             median(rtf_ours) < 0.3))
        self.rows.append(Row("voice: text → first audio sample (Speak, warm voice)",
                             f"p50 {median(first_ours) * 1000:.0f} ms (on the speaker)",
                             f"p50 {median(first_direct) * 1000:.0f} ms (first chunk "
                             "synthesised)", f"{median(first_ours) / median(first_direct):.2f}",
                             "≤ 0.5 s", median(first_ours) <= 0.5))

    async def run(self) -> list[Row]:
        load_before = os.getloadavg()[0]
        try:
            utterances = self.utterances()
            await self.piper()
            latency_set = [u for u in utterances if 2.0 <= len(u[2]) / 16000 <= 6.0]
            await self.transcript_latency(latency_set[:6] if self.quick else latency_set[:12])
            await self.first_audio()
            await self.word_error_rate(utterances)
            # Latencies on 2 shared cores depend on what else runs: say how busy it was.
            load = f"load average {load_before:.1f} → {os.getloadavg()[0]:.1f} on " \
                   f"{os.cpu_count()} cores"
            self.rows.append(Row("voice: machine load during these measurements", load, "",
                                 "", "informational", True))
            return self.rows
        finally:
            await self.stt.close()
            await self.tts.close()
            self.pulse.stop()


def run(quick: bool) -> list[Row]:
    return asyncio.run(Bench(quick).run())


if __name__ == "__main__":
    for row in run(quick=os.environ.get("QUICK") == "1"):
        print(row)
