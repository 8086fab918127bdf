"""``python -m homelab_ai.verify``: the workstation's checks of the current kubectl context (``make verify``)."""

import sys

from homelab_ai.verify.workstation import main

sys.exit(main())
