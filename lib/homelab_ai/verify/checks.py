#!/usr/bin/env python3
"""The design's verification steps, each using an app the way a user does. Standard library only.

Usage: ``python3 checks.py PLAN.json CHECK_ID`` (or ``all``). It runs the check and prints, for
each check it ran, exactly one line ``VERIFY-RESULT {json}`` with the keys ``check``, ``ok``,
``detail`` (what was seen, one line), ``fix`` (a concrete fix when not ok, else ``""``) and
``seconds``; the exit code is 0 when every check passed, 1 otherwise. Progress goes to stderr.

The expectations (``PLAN.json``) come from the rendered manifests (``homelab_ai.verify.plan``);
nothing here knows the design's names or numbers. A check retries what may still be on its way
(a refused connection, a model still being pulled, a 5xx) until its deadline, and fails at once
on what will not change by waiting (401 with the right credentials, a wrong answer).

The routes and their shapes, read at the pinned tags:

- Ollama (github.com/ollama/ollama, v0.12.3, server/routes.go ``GenerateRoutes``, api/types.go):
  ``GET /api/tags`` returns ``{"models": [{"name": "llama3.2:latest", ...}]}`` (names as
  ``DisplayShortest``: a bare name gets ``:latest``); ``POST /api/generate`` with
  ``"stream": false`` returns one ``{"response": ..., "done": true}``; an unknown model is 404
  ``{"error": "model '...' not found"}``.
- Open WebUI (github.com/open-webui/open-webui, v0.6.32, backend/open_webui/main.py
  ``GET /health`` -> ``{"status": true}``; backend/open_webui/routers/ollama.py, mounted at
  ``/ollama``: ``GET /api/version`` takes no user and asks every configured Ollama for
  ``/api/version``, answering ``{"version": <lowest>}``, 500 when none answers, and
  ``{"version": false}`` when the Ollama API is disabled).
- whisper-asr-webservice (github.com/ahmetoner/whisper-asr-webservice, v1.9.1, app/webservice.py
  ``POST /asr``: multipart ``audio_file``, query ``output=json``, ``language``, ``encode``;
  app/asr_models/faster_whisper_engine.py and app/utils.py ``WriteJSON``: the body is
  ``{"text": ..., "segments": [...], "language": ...}`` served as text/plain).
- A1111 (github.com/AUTOMATIC1111/stable-diffusion-webui, v1.10.0, modules/api/api.py:
  ``POST /sdapi/v1/txt2img`` -> ``{"images": [<base64 PNG>], "parameters": ..., "info": ...}``;
  with ``--api-auth`` every API route depends on HTTP Basic and answers 401 without it).

The Ollama and whisper-asr-webservice files were read at their tags. The Open WebUI route was
read at commit 0007ff33 and confirmed in open-webui 0.6.32 as published on PyPI
(open_webui/routers/ollama.py L577-579: ``GET /api/version`` takes no user); the A1111 routes
were confirmed at v1.10.0 (modules/api/api.py L211 ``/sdapi/v1/txt2img``, L279-284 HTTPBasic
answering 401 with ``WWW-Authenticate: Basic``).
"""

from __future__ import annotations

import base64
import json
import socket
import ssl
import struct
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULT_PREFIX = "VERIFY-RESULT "
CHECKS = ("ollama", "open-webui", "faster-whisper", "stable-diffusion", "gpu-concurrency", "gpu-slices", "access-points")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
Plan = dict[str, Any]


class Failure(Exception):
    """A check's failure: what was seen, the fix, and whether waiting may help."""

    def __init__(self, detail: str, fix: str, *, retry: bool = False) -> None:
        super().__init__(detail)
        self.detail, self.fix, self.retry = detail, fix, retry


# --- HTTP ------------------------------------------------------------------------------------


def http(
    method: str,
    url: str,
    *,
    timeout: float,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    context: ssl.SSLContext | None = None,
    what: str,
) -> tuple[int, bytes]:
    """One request with a timeout: the status and body, or a ``Failure`` naming ``what`` was asked."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as response:
            return int(response.status), response.read()
    except urllib.error.HTTPError as error:
        return int(error.code), error.read()
    except TimeoutError:
        raise Failure(f"{what}: no answer from {url} within {timeout:g} s", "", retry=True) from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, TimeoutError):
            raise Failure(f"{what}: no answer from {url} within {timeout:g} s", "", retry=True) from None
        raise Failure(f"{what}: cannot connect to {url} ({reason})", "", retry=True) from None
    except (ConnectionError, OSError) as error:
        raise Failure(f"{what}: connection to {url} failed ({error})", "", retry=True) from None


def json_body(status: int, body: bytes, *, url: str, what: str, fix: str) -> Any:
    """The JSON of a 200 answer; a 5xx is worth waiting for, anything else is a failure."""
    if status != 200:
        raise Failure(f"{what}: {url} answered HTTP {status}: {_snippet(body)}", fix, retry=status >= 500)
    try:
        return json.loads(body)
    except ValueError:
        raise Failure(f"{what}: {url} answered 200 with no JSON: {_snippet(body)}", fix) from None


def _snippet(body: bytes, limit: int = 160) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return (text[:limit] + "...") if len(text) > limit else (text or "(empty body)")


def _multipart(field: str, filename: str, content: bytes, content_type: str) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
        f"Content-Type: {content_type}\r\n\r\n"
    ).encode()
    return head + content + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


# --- the apps, as a user calls them ------------------------------------------------------------


def normalise_model(name: str) -> str:
    """Ollama lists a model pulled as ``llama3.2`` as ``llama3.2:latest``."""
    return name if ":" in name.rsplit("/", 1)[-1] else f"{name}:latest"


def ollama_models(cfg: Plan, timeout: float) -> list[str]:
    url = f"{cfg['url']}/api/tags"
    status, body = http("GET", url, timeout=timeout, what="list models")
    data = json_body(status, body, url=url, what="list models", fix=cfg["fix"]["unreachable"])
    models = data.get("models") if isinstance(data, dict) else None
    if not isinstance(models, list):
        raise Failure(f"list models: {url} answered without a models list: {_snippet(body)}", cfg["fix"]["unreachable"])
    return sorted(str(m.get("name", "")) for m in models if isinstance(m, dict))


def ollama_generate(cfg: Plan, timeout: float) -> str:
    model = cfg["models"][0]
    url = f"{cfg['url']}/api/generate"
    payload = {"model": model, "prompt": cfg["prompt"], "stream": False, "options": {"num_predict": cfg["num_predict"]}}
    status, body = http(
        "POST", url, timeout=timeout, body=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}, what=model
    )
    if status == 404:
        raise Failure(f"generate: {model} is not there ({_snippet(body)})", cfg["fix"]["missing"], retry=True)
    data = json_body(status, body, url=url, what=f"generate with {model}", fix=cfg["fix"]["generate"])
    answer = data.get("response") if isinstance(data, dict) else None
    if not isinstance(answer, str) or not answer.strip() or data.get("done") is not True:
        raise Failure(f"generate with {model}: no answer in {_snippet(body)}", cfg["fix"]["generate"])
    return answer.strip()


def whisper_transcribe(cfg: Plan, sample: bytes, timeout: float) -> str:
    query = urllib.parse.urlencode({"output": "json", "language": cfg["language"], "encode": "true", "task": "transcribe"})
    url = f"{cfg['url']}/asr?{query}"
    body, content_type = _multipart("audio_file", cfg["sample_name"], sample, "audio/wav")
    status, answer = http("POST", url, timeout=timeout, body=body, headers={"Content-Type": content_type}, what="transcribe")
    data = json_body(status, answer, url=url, what="transcribe", fix=cfg["fix"])
    text = data.get("text") if isinstance(data, dict) else None
    if not isinstance(text, str):
        raise Failure(f"transcribe: no text in {_snippet(answer)}", cfg["fix"])
    heard = set(_words(text))
    missing = [w for w in cfg["words"] if w not in heard]
    if missing:
        raise Failure(
            f"transcript {text.strip()!r} lacks {', '.join(missing)} of the sample's words",
            "the model runs but mishears: check ASR_MODEL and ASR_QUANTIZATION, and that the sample is the recorded one",
        )
    return text.strip()


def _words(text: str) -> list[str]:
    return ["".join(c for c in word if c.isalnum()) for word in text.lower().split()]


def sd_credentials(cfg: Plan) -> tuple[str, str]:
    folder = Path(cfg["credentials_dir"])
    try:
        return (folder / cfg["user_key"]).read_text().strip(), (folder / cfg["password_key"]).read_text().strip()
    except OSError as error:
        raise Failure(
            f"credentials: cannot read {cfg['secret']} keys in {folder} ({error.strerror})",
            f"create Secret {cfg['secret']} with keys {cfg['user_key']} and {cfg['password_key']} (make secrets)",
        ) from None


def sd_render(cfg: Plan, credentials: tuple[str, str] | None, timeout: float) -> tuple[int, bytes]:
    url = f"{cfg['url']}/sdapi/v1/txt2img"
    payload = {
        "prompt": cfg["prompt"],
        "steps": cfg["steps"],
        "width": cfg["width"],
        "height": cfg["height"],
        "batch_size": 1,
        "n_iter": 1,
        "save_images": False,
        "send_images": True,
    }
    headers = {"Content-Type": "application/json"}
    if credentials is not None:
        token = base64.b64encode(f"{credentials[0]}:{credentials[1]}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    return http("POST", url, timeout=timeout, body=json.dumps(payload).encode(), headers=headers, what="txt2img")


def sd_image(cfg: Plan, credentials: tuple[str, str], timeout: float) -> str:
    status, body = sd_render(cfg, credentials, timeout)
    if status == 401:
        raise Failure(
            "txt2img with the Secret's credentials answered 401",
            f"A1111 runs with other credentials than Secret {cfg['secret']}: restart it after changing the Secret "
            f"({cfg['restart']})",
        )
    data = json_body(status, body, url=cfg["url"], what="txt2img", fix=cfg["fix"])
    images = data.get("images") if isinstance(data, dict) else None
    if not isinstance(images, list) or not images or not isinstance(images[0], str):
        raise Failure(f"txt2img: no image in {_snippet(body)}", cfg["fix"])
    try:
        png = base64.b64decode(images[0].split(",", 1)[-1], validate=True)
    except ValueError:
        raise Failure("txt2img: the image is not base64", cfg["fix"]) from None
    if not png.startswith(PNG_SIGNATURE) or len(png) < 24 or png[12:16] != b"IHDR":
        raise Failure(f"txt2img: the image is not a PNG (starts {png[:8]!r})", cfg["fix"])
    width, height = struct.unpack(">II", png[16:24])
    if (width, height) != (cfg["width"], cfg["height"]):
        raise Failure(f"txt2img: a {width}x{height} PNG, not the {cfg['width']}x{cfg['height']} asked for", cfg["fix"])
    return f"a {width}x{height} PNG of {len(png)} bytes"


# --- the checks --------------------------------------------------------------------------------


def check_ollama(plan: Plan) -> str:
    cfg, timeout = plan["ollama"], plan["timeouts"]["request_seconds"]
    listed = ollama_models(cfg, plan["timeouts"]["connect_seconds"])
    missing = [m for m in cfg["models"] if normalise_model(m) not in listed]
    if missing:
        raise Failure(
            f"models {', '.join(missing)} are not pulled (listed: {', '.join(listed) or 'none'})",
            cfg["fix"]["missing"],
            retry=True,
        )
    answer = ollama_generate(cfg, timeout)
    return f"lists {', '.join(listed)}; {cfg['models'][0]} answered {answer[:60]!r}"


def check_open_webui(plan: Plan) -> str:
    cfg, timeout = plan["open-webui"], plan["timeouts"]["connect_seconds"]
    url = f"{cfg['url']}{cfg['health_path']}"
    status, body = http("GET", url, timeout=timeout, what="health")
    json_body(status, body, url=url, what="health", fix=cfg["fix"]["health"])
    url = f"{cfg['url']}/ollama/api/version"
    status, body = http("GET", url, timeout=timeout, what="Ollama through Open WebUI")
    data = json_body(status, body, url=url, what="Ollama through Open WebUI", fix=cfg["fix"]["ollama"])
    version = data.get("version") if isinstance(data, dict) else None
    if version is False:
        raise Failure("Open WebUI has its Ollama API turned off (version: false)", "set ENABLE_OLLAMA_API=true (the default)")
    if not isinstance(version, str):
        raise Failure(f"Ollama through Open WebUI: no version in {_snippet(body)}", cfg["fix"]["ollama"])
    if version.lstrip("v") != cfg["ollama_version"].lstrip("v"):
        raise Failure(
            f"Open WebUI reaches an Ollama {version}, not the deployed {cfg['ollama_version']}",
            f"point OLLAMA_BASE_URL at {cfg['ollama_url']} (the chart's Ollama Service)",
        )
    return f"healthy; reaches Ollama {version} through {cfg['ollama_url']}"


def check_faster_whisper(plan: Plan) -> str:
    cfg = plan["faster-whisper"]
    text = whisper_transcribe(cfg, _sample(plan), plan["timeouts"]["request_seconds"])
    return f"transcribed {text[:80]!r}"


def check_stable_diffusion(plan: Plan) -> str:
    cfg, timeout = plan["stable-diffusion"], plan["timeouts"]["request_seconds"]
    credentials = sd_credentials(cfg)
    status, body = sd_render(cfg, None, timeout)
    if status != 401:
        if status >= 500:
            raise Failure(f"txt2img without credentials: HTTP {status}: {_snippet(body)}", cfg["fix"], retry=True)
        raise Failure(
            f"txt2img without credentials answered HTTP {status}, not 401",
            "A1111 serves its API to anyone: start it with --api-auth from the Secret",
        )
    return f"401 without credentials; {sd_image(cfg, credentials, timeout)} with them"


def check_gpu_concurrency(plan: Plan) -> str:
    timeout = plan["timeouts"]["request_seconds"]
    credentials = sd_credentials(plan["stable-diffusion"])
    sample = _sample(plan)
    work: dict[str, Callable[[], str]] = {
        "ollama": lambda: ollama_generate(plan["ollama"], timeout),
        "faster-whisper": lambda: whisper_transcribe(plan["faster-whisper"], sample, timeout),
        "stable-diffusion": lambda: sd_image(plan["stable-diffusion"], credentials, timeout),
    }
    spans: dict[str, tuple[float, float]] = {}
    errors: dict[str, Failure] = {}
    start = threading.Barrier(len(work))

    def run(name: str, call: Callable[[], str]) -> None:
        start.wait()
        began = time.monotonic()
        try:
            call()
        except Failure as failure:
            errors[name] = failure
        except Exception as error:  # a thread must report, not die
            errors[name] = Failure(f"{type(error).__name__}: {error}", "")
        spans[name] = (began, time.monotonic())

    threads = [threading.Thread(target=run, args=item, daemon=True) for item in work.items()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        detail = "; ".join(f"{name}: {failure.detail}" for name, failure in sorted(errors.items()))
        fixes = [f for f in (failure.fix for failure in errors.values()) if f]
        fix = "; ".join(fixes) or plan["gpu-concurrency"]["fix"]
        raise Failure(f"at the same time: {detail}", fix, retry=all(f.retry for f in errors.values()))
    first_end = min(end for _, end in spans.values())
    last_start = max(began for began, _ in spans.values())
    times = ", ".join(f"{name} {end - began:.1f} s" for name, (began, end) in sorted(spans.items()))
    overlap = "overlapping" if last_start < first_end else "one finished before another started"
    return f"all three answered at the same time ({times}; {overlap})"


def check_gpu_slices(plan: Plan) -> str:
    cfg, timeout = plan["gpu-slices"], plan["timeouts"]["connect_seconds"]
    try:
        token = Path(cfg["token_file"]).read_text().strip()
    except OSError as error:
        raise Failure(f"no service account token at {cfg['token_file']} ({error.strerror})", cfg["fix"]["access"]) from None
    context = ssl.create_default_context(cafile=cfg["ca_file"]) if cfg["api"].startswith("https") else None
    url = f"{cfg['api']}/api/v1/nodes"
    status, body = http("GET", url, timeout=timeout, headers={"Authorization": f"Bearer {token}"}, context=context, what="nodes")
    if status in (401, 403):
        raise Failure(f"the API server refused to list nodes (HTTP {status})", cfg["fix"]["access"])
    data = json_body(status, body, url=url, what="list nodes", fix=cfg["fix"]["access"])
    nodes = [n for n in data.get("items", []) if isinstance(n, dict)] if isinstance(data, dict) else []
    seen, problems = [], []
    for planned in cfg["nodes"]:
        matching = [n for n in nodes if _has_labels(n, planned["labels"])]
        if not matching:
            labels = ",".join(f"{k}={v}" for k, v in planned["labels"].items())
            problems.append((f"no node carries {labels} (planned {planned['name']})", cfg["fix"]["labels"]))
            continue
        for node in matching:
            name = node.get("metadata", {}).get("name", "?")
            allocatable = node.get("status", {}).get("allocatable", {}) or {}
            for resource, count in planned["advertised"].items():
                value = str(allocatable.get(resource, "0"))
                if value != str(count):
                    fix = cfg["fix"]["sharing"] if value == str(planned["gpus"]) else cfg["fix"]["absent"]
                    problems.append((f"node {name} advertises {resource} {value}, planned {count}", fix))
                else:
                    seen.append(f"{name} {resource} {value}")
    if problems:
        raise Failure("; ".join(p for p, _ in problems), problems[0][1])
    return f"advertised as planned: {', '.join(seen)}"


def _has_labels(node: dict[str, Any], labels: dict[str, str]) -> bool:
    own = node.get("metadata", {}).get("labels", {}) or {}
    return all(own.get(key) == value for key, value in labels.items())


def check_access_points(plan: Plan) -> str:
    timeout = plan["timeouts"]["connect_seconds"]
    answered, problems = [], []
    for point in plan["access-points"]:
        where = f"{point['address']}:{point['port']}"
        try:
            if point["path"] is None:
                with socket.create_connection((point["address"], point["port"]), timeout=timeout):
                    pass
                answered.append(f"{point['service']} {where} (TCP)")
                continue
            url = f"http://{where}{point['path']}"
            status, _ = http("GET", url, timeout=timeout, what=point["service"])
            if 200 <= status < 400:
                answered.append(f"{point['service']} {url} {status}")
            else:
                problems.append(Failure(f"{point['service']} {url} answered HTTP {status}", point["fix"], retry=status >= 500))
        except Failure as failure:
            problems.append(Failure(failure.detail, point["fix"], retry=True))
        except OSError as error:
            problems.append(Failure(f"{point['service']} {where}: {error}", point["fix"], retry=True))
    if problems:
        raise Failure("; ".join(p.detail for p in problems), problems[0].fix, retry=all(p.retry for p in problems))
    return f"answer: {', '.join(answered)}"


def _sample(plan: Plan) -> bytes:
    path = Path(str(plan["_folder"])) / str(plan["faster-whisper"]["sample_name"])
    try:
        return path.read_bytes()
    except OSError as error:
        raise Failure(f"no speech sample at {path} ({error.strerror})", "mount the verify ConfigMap, which holds it") from None


RUNNERS: dict[str, Callable[[Plan], str]] = {
    "ollama": check_ollama,
    "open-webui": check_open_webui,
    "faster-whisper": check_faster_whisper,
    "stable-diffusion": check_stable_diffusion,
    "gpu-concurrency": check_gpu_concurrency,
    "gpu-slices": check_gpu_slices,
    "access-points": check_access_points,
}


def run_check(plan: Plan, check: str) -> dict[str, Any]:
    """Runs one check until it passes, fails for good or reaches its deadline: the result."""
    began = time.monotonic()
    deadline = began + float(plan["deadlines"][check])
    while True:
        try:
            detail, fix, ok = RUNNERS[check](plan), "", True
            break
        except Failure as failure:
            detail, fix, ok = failure.detail, failure.fix or plan["fixes"][check], False
            if not failure.retry or time.monotonic() + plan["retry_seconds"] >= deadline:
                break
            print(f"{check}: not yet ({detail}); trying again", file=sys.stderr, flush=True)
            time.sleep(plan["retry_seconds"])
        except Exception as error:  # a bug or an answer no rule foresaw: a result, never a traceback
            detail, fix, ok = f"unexpected {type(error).__name__}: {error}", plan["fixes"][check], False
            break
    return {
        "check": check,
        "ok": ok,
        "detail": " ".join(str(detail).split()),
        "fix": " ".join(str(fix).split()),
        "seconds": round(time.monotonic() - began, 3),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[2] not in (*CHECKS, "all"):
        print(f"usage: {argv[0]} PLAN.json {{{'|'.join(CHECKS)}|all}}", file=sys.stderr)
        return 2
    try:
        plan = json.loads(Path(argv[1]).read_text())
    except (OSError, ValueError) as error:
        print(f"cannot read the plan {argv[1]}: {error}", file=sys.stderr)
        return 2
    plan["_folder"] = str(Path(argv[1]).resolve().parent)
    ok = True
    for check in CHECKS if argv[2] == "all" else (argv[2],):
        result = run_check(plan, check)
        ok = ok and result["ok"]
        print(RESULT_PREFIX + json.dumps(result, sort_keys=True), flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
