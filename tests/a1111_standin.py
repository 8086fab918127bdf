# ruff: noqa: E501  (the flags are upstream's lines, quoted word for word)
"""A stand-in for the image's A1111 tree (AUTOMATIC1111/stable-diffusion-webui at v1.10.0),
reduced to what the chart's launch touches: how argv is printed and parsed, how credentials are
read, when the SIGINT handler is installed, how scripts register routes, and the checkpoint load.

Each file quotes the upstream lines it mirrors (path and line at v1.10.0). What A1111 does in
between (torch, gradio, the UI) is replaced by waits the tests steer through the environment:

- ``STANDIN_CONTROL``: a folder; the app writes its HTTP port to ``port`` there and "loads" the
  checkpoint once a file ``load`` appears in it.
- ``STANDIN_IMPORT_SECONDS``: how long ``initialize.imports()`` takes (importing torch).
- ``STANDIN_SIGINT``: ``now`` installs A1111's SIGINT handler in ``initialize()`` as upstream
  does; ``never`` leaves it out (a start that never gets that far).

The app prints what the tests inspect: the sha256 of the credentials gradio and the API received,
what ``/internal/sysinfo`` would show, its own ``/proc/self/cmdline`` and its environment.
"""

from __future__ import annotations

from pathlib import Path

FILES = {
    "launch.py": """
# launch.py L1-3, L22-24: the launcher's entry points.
from modules import launch_utils

args = launch_utils.args
prepare_environment = launch_utils.prepare_environment
start = launch_utils.start


# launch.py L27-44
def main():
    if args.dump_sysinfo:
        raise SystemExit("stand-in: --dump-sysinfo is not modelled")

    if not args.skip_prepare_environment:
        prepare_environment()

    start()


# launch.py L47-48
if __name__ == "__main__":
    main()
""",
    "modules/paths_internal.py": """
import argparse
import os
import shlex
import sys
from pathlib import Path

# modules/paths_internal.py L10
normalized_filepath = lambda filepath: str(Path(filepath).absolute())  # noqa: E731

# modules/paths_internal.py L12-13: COMMANDLINE_ARGS is appended to argv.
commandline_args = os.environ.get('COMMANDLINE_ARGS', "")
sys.argv += shlex.split(commandline_args)

# modules/paths_internal.py L16-17
modules_path = os.path.dirname(os.path.realpath(__file__))
script_path = os.path.dirname(modules_path)

# modules/paths_internal.py L25-34
parser_pre = argparse.ArgumentParser(add_help=False)
parser_pre.add_argument("--data-dir", type=str, default=os.path.dirname(modules_path), help="base path where all user data is stored", )
cmd_opts_pre = parser_pre.parse_known_args()[0]
data_path = cmd_opts_pre.data_dir
extensions_dir = os.path.join(data_path, "extensions")
""",
    "modules/cmd_args.py": """
import argparse
import os

from modules.paths_internal import normalized_filepath, script_path

# modules/cmd_args.py L6 and, word for word, the flags the chart can pass.
parser = argparse.ArgumentParser()

parser.add_argument("-f", action='store_true', help=argparse.SUPPRESS)  # L8
parser.add_argument("--test-server", action='store_true', help="launch.py argument: configure server for testing")  # L15
parser.add_argument("--skip-prepare-environment", action='store_true', help="launch.py argument: skip all environment preparation")  # L17
parser.add_argument("--dump-sysinfo", action='store_true', help="launch.py argument: dump limited sysinfo file (without information about extensions, options) to disk and quit")  # L19
parser.add_argument("--loglevel", type=str, help="log level; one of: CRITICAL, ERROR, WARNING, INFO, DEBUG", default=None)  # L20
parser.add_argument("--data-dir", type=normalized_filepath, default=os.path.dirname(os.path.dirname(os.path.realpath(__file__))), help="base path where all user data is stored")  # L22
parser.add_argument("--ckpt", type=normalized_filepath, default=os.path.join(script_path, 'model.ckpt'), help="path to checkpoint of stable diffusion model; if specified, this checkpoint will be added to the list of checkpoints and loaded",)  # L25
parser.add_argument("--no-half-vae", action='store_true', help="do not switch the VAE model to 16-bit floats")  # L31
parser.add_argument("--medvram-sdxl", action='store_true', help="enable --medvram optimization just for SDXL models")  # L40
parser.add_argument("--xformers", action='store_true', help="enable xformers for cross attention layers")  # L59
parser.add_argument("--listen", action='store_true', help="launch gradio with 0.0.0.0 as server name, allowing to respond to network requests")  # L77
parser.add_argument("--port", type=int, help="launch gradio with given server port, you need root/admin rights for ports < 1024, defaults to 7860 if available", default=None)  # L78
parser.add_argument("--gradio-auth", type=str, help='set gradio authentication like "username:password"; or comma-delimit multiple like "u1:p1,u2:p2,u3:p3"', default=None)  # L87
parser.add_argument("--gradio-auth-path", type=normalized_filepath, help='set gradio authentication file path ex. "/path/to/auth/file" same auth format as --gradio-auth', default=None)  # L88
parser.add_argument("--api", action='store_true', help="use api=True to launch the API together with the webui (use --nowebui instead for only the API)")  # L101
parser.add_argument("--api-auth", type=str, help='Set authentication for API like "username:password"; or comma-delimit multiple like "u1:p1,u2:p2,u3:p3"', default=None)  # L102
parser.add_argument("--nowebui", action='store_true', help="use api=True to launch the API instead of the webui")  # L104
parser.add_argument("--no-download-sd-model", action='store_true', help="don't download SD1.5 model even if no model is found in --ckpt-dir", default=False)  # L118
parser.add_argument("--skip-load-model-at-start", action='store_true', help="if load a model at web start, only take effect when --nowebui")  # L125
""",
    "modules/launch_utils.py": """
import shlex
import sys

from modules import cmd_args

# modules/launch_utils.py L20
args, _ = cmd_args.parser.parse_known_args()


def prepare_environment():
    raise SystemExit("stand-in: prepare_environment() would clone repositories and pip-install")


# modules/launch_utils.py L463-469, word for word.
def start():
    print(f"Launching {'API server' if '--nowebui' in sys.argv else 'Web UI'} with arguments: {shlex.join(sys.argv[1:])}")
    import webui
    if '--nowebui' in sys.argv:
        webui.api_only()
    else:
        webui.webui()
""",
    "modules/shared_cmd_options.py": """
import os

import launch  # noqa: F401  (modules/shared_cmd_options.py L3)
from modules import cmd_args

# modules/shared_cmd_options.py L7, L12-15 (extension preloading, L9-10, left out).
parser = cmd_args.parser

if os.environ.get('IGNORE_CMD_ARGS_ERRORS', None) is None:
    cmd_opts = parser.parse_args()
else:
    cmd_opts, _ = parser.parse_known_args()
""",
    "modules/script_callbacks.py": """
# modules/script_callbacks.py L219-259, L456-459, for app_started only.
callback_map = dict(callbacks_app_started=[])


def clear_callbacks():
    for callback_list in callback_map.values():
        callback_list.clear()


def app_started_callback(demo, app):
    for callback in callback_map['callbacks_app_started']:
        callback(demo, app)


def on_app_started(callback, *, name=None):
    callback_map['callbacks_app_started'].append(callback)
""",
    "modules/scripts.py": """
import importlib.util
import os

from modules import script_callbacks
from modules.paths_internal import script_path


# modules/scripts.py L487-524: every callback is cleared, then scripts/*.py are loaded
# (list_scripts L400-410) with script_loading.load_module (modules/script_loading.py L10-17).
def load_scripts():
    script_callbacks.clear_callbacks()
    folder = os.path.join(script_path, "scripts")
    for filename in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        path = os.path.join(folder, filename)
        if not filename.endswith(".py") or not os.path.isfile(path):
            continue
        module_spec = importlib.util.spec_from_file_location(os.path.basename(path), path)
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
""",
    "modules/sd_models.py": """
import os
import time


# modules/sd_models.py L676-719: sd_model stays None until a checkpoint is loaded.
class SdModelData:
    def __init__(self):
        self.sd_model = None


model_data = SdModelData()


def load_model():
    # Loading takes until the test says so.
    marker = os.path.join(os.environ["STANDIN_CONTROL"], "load")
    for _ in range(600):
        if os.path.exists(marker):
            model_data.sd_model = object()
            print("Model loaded.")
            return
        time.sleep(0.05)
""",
    "modules/initialize_util.py": """
import os
import signal


# modules/initialize_util.py L114-139
def get_gradio_auth_creds():
    from modules.shared_cmd_options import cmd_opts

    def process_credential_line(s):
        s = s.strip()
        if not s:
            return None
        return tuple(s.split(':', 1))

    if cmd_opts.gradio_auth:
        for cred in cmd_opts.gradio_auth.split(','):
            cred = process_credential_line(cred)
            if cred:
                yield cred

    if cmd_opts.gradio_auth_path:
        with open(cmd_opts.gradio_auth_path, 'r', encoding="utf8") as file:
            for line in file.readlines():
                for cred in line.strip().split(','):
                    cred = process_credential_line(cred)
                    if cred:
                        yield cred


# modules/initialize_util.py L158-174 (the stack dump option left out).
def configure_sigint_handler():
    def sigint_handler(sig, frame):
        print(f'Interrupted with signal {sig} in {frame}')
        os._exit(0)

    if not os.environ.get("COVERAGE_RUN"):
        signal.signal(signal.SIGINT, sigint_handler)
""",
    "modules/initialize.py": """
import os
import time
from threading import Thread


# modules/initialize.py L11-40: imports torch, gradio and the rest; here only the time it takes.
def imports():
    time.sleep(float(os.environ.get("STANDIN_IMPORT_SECONDS", "0")))


# modules/initialize.py L51-57, L75
def initialize():
    from modules import initialize_util
    if os.environ.get("STANDIN_SIGINT", "now") == "now":
        initialize_util.configure_sigint_handler()
        print("A1111 SIGINT handler installed")
    initialize_rest()


# modules/initialize.py L78-156: scripts load, then the checkpoint loads in a thread.
def initialize_rest():
    from modules import scripts, sd_models
    scripts.load_scripts()
    Thread(target=sd_models.load_model, daemon=True).start()
""",
    "modules/sysinfo.py": """
import os
import sys

from modules import shared_cmd_options

# modules/sysinfo.py L13-35
environment_whitelist = {
    "GIT", "INDEX_URL", "WEBUI_LAUNCH_LIVE_OUTPUT", "GRADIO_ANALYTICS_ENABLED", "PYTHONPATH", "TORCH_INDEX_URL",
    "TORCH_COMMAND", "REQS_FILE", "XFORMERS_PACKAGE", "CLIP_PACKAGE", "OPENCLIP_PACKAGE", "ASSETS_REPO",
    "STABLE_DIFFUSION_REPO", "K_DIFFUSION_REPO", "BLIP_REPO", "ASSETS_COMMIT_HASH", "STABLE_DIFFUSION_COMMIT_HASH",
    "K_DIFFUSION_COMMIT_HASH", "BLIP_COMMIT_HASH", "COMMANDLINE_ARGS", "IGNORE_CMD_ARGS_ERRORS",
}


# modules/sysinfo.py L130-131
def get_environment():
    return {k: os.environ[k] for k in sorted(os.environ) if k in environment_whitelist}


# modules/sysinfo.py L134-148
def get_argv():
    res = []

    for v in sys.argv:
        if shared_cmd_options.cmd_opts.gradio_auth and shared_cmd_options.cmd_opts.gradio_auth == v:
            res.append("<hidden>")
            continue

        if shared_cmd_options.cmd_opts.api_auth and shared_cmd_options.cmd_opts.api_auth == v:
            res.append("<hidden>")
            continue

        res.append(v)

    return res
""",
    "fastapi/__init__.py": "",
    "fastapi/responses.py": """
class PlainTextResponse:
    def __init__(self, content, status_code=200):
        self.body = content.encode()
        self.status_code = status_code
""",
    "webui.py": '''
import asyncio
import hashlib
import http.server
import inspect
import json
import os
import threading
import time

from modules import initialize, initialize_util

# webui.py L13
initialize.imports()


class App:
    """The FastAPI app, as far as add_api_route and GET go, on a free port."""

    def __init__(self):
        self.routes = {}
        routes = self.routes

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                endpoint = routes.get(self.path)
                if endpoint is None:
                    status, body = 404, b"not found"
                else:
                    result = asyncio.run(endpoint()) if inspect.iscoroutinefunction(endpoint) else endpoint()
                    status, body = getattr(result, "status_code", 200), getattr(result, "body", b"{}")
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        with open(os.path.join(os.environ["STANDIN_CONTROL"], "port"), "w") as file:
            file.write(str(server.server_address[1]))

    def add_api_route(self, path, endpoint, methods=None, **kwargs):
        self.routes[path] = endpoint


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest() if text else None


def webui():
    from modules import script_callbacks, sysinfo
    from modules.shared_cmd_options import cmd_opts

    initialize.initialize()  # webui.py L52

    # webui.py L70, and modules/api/api.py L201-205
    gradio_auth_creds = list(initialize_util.get_gradio_auth_creds()) or None
    api_credentials = {}
    if cmd_opts.api_auth:
        for auth in cmd_opts.api_auth.split(","):
            user, password = auth.split(":")
            api_credentials[user] = password
    print("gradio auth sha256:", digest(",".join(":".join(c) for c in gradio_auth_creds or [])))
    print("api auth sha256:", digest(",".join(f"{u}:{p}" for u, p in api_credentials.items())))

    app = App()
    app.add_api_route("/internal/ping", lambda: {}, methods=["GET"])  # modules/ui.py L1219
    script_callbacks.app_started_callback(None, app)  # webui.py L119

    print("sysinfo Commandline:", json.dumps(sysinfo.get_argv()))
    print("sysinfo Environment:", json.dumps(sysinfo.get_environment()))
    with open("/proc/self/cmdline", "rb") as file:
        print("cmdline:", json.dumps(file.read().decode(errors="replace")))
    print("environ:", json.dumps(dict(os.environ)))
    print("Startup time: stand-in.")  # webui.py L122

    # webui.py L124-134: the main thread waits for server commands.
    try:
        while True:
            time.sleep(0.05)
    except KeyboardInterrupt:
        print('Caught KeyboardInterrupt, stopping...')
''',
}


def write(root: Path) -> None:
    """Writes the stand-in tree into ``root`` (the image's /stable-diffusion-webui)."""
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.lstrip("\n"))
