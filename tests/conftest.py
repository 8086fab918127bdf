"""Test session setup. The jsii runtime reads its environment when it starts, on first import."""

import os

# jsii prints an end-of-life banner on Node 20 unless told the version is known.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
