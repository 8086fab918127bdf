"""Regenerates the speech sample the faster-whisper check transcribes (`make speech-sample`).

espeak-ng speaks ``TEXT`` with ``VOICE`` at ``RATE`` words a minute; the WAV it writes (22050 Hz)
is resampled here to 16 kHz mono 16-bit, Whisper's own rate, which keeps the file (and the verify
ConfigMap that carries it) small. ``speech.json`` beside it records the text, voice, rate and
espeak-ng version: the check's expected words come from that text. Install espeak-ng with
``apt-get install -y espeak-ng``.
"""

from __future__ import annotations

import array
import io
import json
import subprocess
import sys
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "lib" / "homelab_ai" / "verify"
TEXT = "The quick brown fox jumps over the lazy dog."
VOICE = "en-us"
RATE = 150
SAMPLE_RATE = 16000


def resample(samples: array.array[int], source_rate: int, target_rate: int) -> array.array[int]:
    """Linear interpolation from ``source_rate`` to ``target_rate`` (deterministic, stdlib only)."""
    count = len(samples) * target_rate // source_rate
    result = array.array("h", bytes(2 * count))
    for index in range(count):
        position = index * source_rate / target_rate
        left = int(position)
        right = min(left + 1, len(samples) - 1)
        fraction = position - left
        result[index] = round(samples[left] * (1 - fraction) + samples[right] * fraction)
    return result


def speak(text: str, voice: str, rate: int) -> bytes:
    """The 16 kHz mono WAV of ``text``."""
    spoken = subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "--stdout", text], capture_output=True, check=True)
    with wave.open(io.BytesIO(spoken.stdout)) as source:
        if source.getnchannels() != 1 or source.getsampwidth() != 2:
            raise SystemExit("espeak-ng wrote something other than 16-bit mono")
        samples = array.array("h", source.readframes(source.getnframes()))
        rate_in = source.getframerate()
    output = io.BytesIO()
    with wave.open(output, "wb") as target:
        target.setnchannels(1)
        target.setsampwidth(2)
        target.setframerate(SAMPLE_RATE)
        target.writeframes(resample(samples, rate_in, SAMPLE_RATE).tobytes())
    return output.getvalue()


def main() -> int:
    version = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True, check=True).stdout.split()
    (FOLDER / "speech.wav").write_bytes(speak(TEXT, VOICE, RATE))
    record = {
        "text": TEXT,
        "voice": VOICE,
        "rate_wpm": RATE,
        "sample_rate_hz": SAMPLE_RATE,
        "espeak_ng": version[version.index("text-to-speech:") + 1] if "text-to-speech:" in version else " ".join(version),
    }
    (FOLDER / "speech.json").write_text(json.dumps(record, indent=2) + "\n")
    print(f"wrote {FOLDER / 'speech.wav'} ({(FOLDER / 'speech.wav').stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
