"""The speech sample the faster-whisper check sends: small, Whisper's rate, and reproducible."""

from __future__ import annotations

import json
import subprocess
import sys
import wave

import pytest

from tests.support import ROOT, require_tool

FOLDER = ROOT / "lib" / "homelab_ai" / "verify"


def test_the_sample_is_a_few_seconds_of_16_khz_mono() -> None:
    with wave.open(str(FOLDER / "speech.wav")) as sample:
        assert (sample.getnchannels(), sample.getsampwidth(), sample.getframerate()) == (1, 2, 16000)
        assert 1.0 < sample.getnframes() / sample.getframerate() < 6.0
    record = json.loads((FOLDER / "speech.json").read_text())
    assert set(record) == {"text", "voice", "rate_wpm", "sample_rate_hz", "espeak_ng"}
    assert record["sample_rate_hz"] == 16000


def test_the_script_regenerates_the_same_sample(tmp_path: object) -> None:
    espeak = require_tool("espeak-ng", "apt-get install -y espeak-ng")
    record = json.loads((FOLDER / "speech.json").read_text())
    version = subprocess.run([espeak, "--version"], capture_output=True, text=True, check=True).stdout
    if record["espeak_ng"] not in version:
        pytest.skip(f"espeak-ng here is not the recorded {record['espeak_ng']}")
    code = (
        "import sys; sys.path.insert(0, 'scripts'); import speech_sample as s; "
        "sys.stdout.buffer.write(s.speak(s.TEXT, s.VOICE, s.RATE))"
    )
    spoken = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, check=True).stdout
    assert spoken == (FOLDER / "speech.wav").read_bytes()
