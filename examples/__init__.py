"""Charts built only from homelab_ai's public API, to copy into your own repository."""
