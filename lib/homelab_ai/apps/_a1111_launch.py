"""How the chart starts A1111 v1.10.0 from the image: a shell that owns the signals, and a
Python launcher that hands A1111 its credentials in-process and adds a readiness route.

Each text is passed in the container's command (see ``stable_diffusion.CONTRACT.launch``); the
line numbers cited are AUTOMATIC1111/stable-diffusion-webui at v1.10.0.
"""

from __future__ import annotations

APP_DIR = "/stable-diffusion-webui"
PYTHON = "/venv/bin/python"
# The Secret's keys appear here as files (a secret volume is tmpfs, never on the node's disk).
AUTH_DIR = "/run/secrets/stable-diffusion"
AUTH_KEYS = ("WEBUI_AUTH_USER", "WEBUI_AUTH_PASS")
READY_PATH = "/internal/ready"
# Where A1111 loads scripts from at every start and UI reload (modules/scripts.py L487-524,
# list_scripts L400-410): the top-level scripts/ folder, whatever extensions are disabled.
READY_SCRIPT_PATH = "scripts/homelab_ready.py"

# The shell is PID 1. It sets its trap before anything else, so a SIGTERM at any later moment
# is caught; it forwards SIGTERM, which (unlike SIGINT) a background job of a non-interactive
# shell does not start with ignored. Python dies of it before the launcher's handler is set
# (status 143), or the handler ends it with 0; either way an exit caused by our own forwarded
# signal is 0. A trapped signal ends `wait` early, so it waits until the child is gone.
SHELL = f"""stop=
trap 'stop=1; [ -n "$!" ] && kill -TERM "$!" 2>/dev/null' TERM INT
launcher=$1
shift
cd {APP_DIR} || exit 1
export VIRTUAL_ENV=/venv PATH="/venv/bin:$PATH"
{PYTHON} -u -c "$launcher" "$@" &
pid=$!
[ -n "$stop" ] && kill -TERM "$pid" 2>/dev/null
while :; do
  wait "$pid"
  status=$?
  kill -0 "$pid" 2>/dev/null || break
done
# A wait the trap cut short says 143 even when the child has since exited: bash keeps the status.
if [ "$status" -gt 128 ]; then
  wait "$pid"
  last=$?
  [ "$last" -ne 127 ] && status=$last
fi
if [ -n "$stop" ] && [ "$status" -eq 143 ]; then
  status=0
fi
exit "$status"
"""

# Registered through A1111's own extension API, from a file in scripts/: load_scripts() clears
# every callback first (modules/scripts.py L491), so one registered by the launcher itself would
# be gone before app_started_callback runs (webui.py L119). Reads model_data.sd_model
# (modules/sd_models.py L676-719), never shared.sd_model, whose getter would start a load; takes
# no queue lock, so it answers mid-render like /internal/ping.
READY_SCRIPT = f'''from modules import script_callbacks


def _add_ready_route(_demo, app):
    from fastapi.responses import PlainTextResponse

    from modules import sd_models

    async def ready():
        if sd_models.model_data.sd_model is None:
            return PlainTextResponse("no checkpoint loaded", status_code=503)
        return PlainTextResponse("checkpoint loaded")

    app.add_api_route("{READY_PATH}", ready, methods=["GET"])


script_callbacks.on_app_started(_add_ready_route)
'''

# Run as `python -c` from the app's folder with A1111's flags as argv, so the folder is on
# sys.path as launch.py would have it. The credentials come from files and go straight into
# cmd_opts: never into sys.argv, which launch_utils.start() prints (L464) and /internal/sysinfo
# shows without login (modules/sysinfo.py L114, L134-148, modules/ui.py L1231), nor os.environ.
LAUNCHER = f"""import os
import signal
import sys


def _stop(signum, frame):
    handler = signal.getsignal(signal.SIGINT)
    if callable(handler) and handler is not signal.default_int_handler:
        handler(signum, frame)
    print(f"Stopped by signal {{signum}} during start", flush=True)
    os._exit(0)


# First thing: from here on SIGTERM ends the start with 0; once A1111 has set its SIGINT handler
# (modules/initialize.py L57, initialize_util.py L158-174: it exits at once), that one runs.
signal.signal(signal.SIGTERM, _stop)


def _credentials():
    values = []
    for key in {AUTH_KEYS!r}:
        with open(os.path.join({AUTH_DIR!r}, key), encoding="utf-8") as file:
            values.append(file.read().strip())
    user, password = values
    # A1111 splits the value on "," into pairs and each pair on ":" (modules/api/api.py L203-205).
    if not user or not password or ":" in user + password or "," in user + password:
        sys.exit(
            "stable-diffusion: the keys {AUTH_KEYS[0]} and {AUTH_KEYS[1]} of the Secret must be "
            "non-empty and hold no ':' or ',': A1111 splits credentials on both"
        )
    return user + ":" + password


def main():
    os.makedirs(os.path.dirname({READY_SCRIPT_PATH!r}), exist_ok=True)
    with open({READY_SCRIPT_PATH!r}, "w", encoding="utf-8") as file:
        file.write({READY_SCRIPT!r})
    credentials = _credentials()
    import launch  # parses the known flags and sets up logging, as launch.py does

    # What `import webui` in launch_utils.start() would import a little later (after torch, which
    # the built-in extensions' preload.py files now pull in through modules.paths): it parses
    # every flag, and an unknown one ends the start here as it would there.
    from modules import shared_cmd_options

    shared_cmd_options.cmd_opts.api_auth = credentials
    shared_cmd_options.cmd_opts.gradio_auth = credentials
    del credentials
    launch.main()


main()
"""

COMMAND = ("/bin/bash", "-c", SHELL, "a1111", LAUNCHER)
