"""Push-to-talk voice: hold a key, speak, hear the answer.

Hold **Right Ctrl** (``voice.talk_key``, pynput syntax), speak, let go. The
transcript appears at once, the answer streams, and Neuralux starts speaking
the first sentence (or clause) before the model has finished the last. Press
the key again while it speaks to interrupt (barge-in). A chord such as Right
Ctrl+C cancels the recording instead: Right Ctrl alone does nothing in common
desktops, and it does not clash with the overlay's Alt+Space.

On Wayland the key comes from the GlobalShortcuts portal (``ptt.PortalPushToTalk``
is the hook); anywhere, a desktop shortcut can call D-Bus ``StartListening`` on
press and ``StopListening`` on release.

Modules: ``capture`` (microphone, 16 kHz mono, level meter, max length,
watchdog), ``playback`` (speaker, interruptible), ``speech_text`` (streaming
sentence splitter; Markdown and code are not read literally), ``commands``
(short phrases handled without the LLM), ``speaking`` (synthesise sentence
n+1 while n plays), ``loop`` (one turn: listen → transcribe → route → answer →
speak), ``ptt`` (talk key), ``service`` (what ``App`` owns), ``actions``,
``notify`` (desktop notifications while the overlay is hidden), ``devices``.

Front-ends: CLI ``neuralux transcribe FILE [--json]``, ``neuralux say TEXT
[--out F.wav]``, ``neuralux listen``; D-Bus ``Transcribe(s) -> s``,
``TranscribeJson(s) -> s``, ``Speak(s) -> s task``, ``StartListening()``,
``StopListening()``, ``ListenOnce()``, signals ``VoiceState(s)``,
``VoiceLevel(d)``, ``VoiceTranscript(s)``, ``VoiceAnswerChunk(s)``,
``VoiceAnswer(ss)``, ``VoiceMessage(s)``. Settings: ``[voice]`` in config.toml.
"""
