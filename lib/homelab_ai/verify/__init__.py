"""Checks that the cluster runs what dist/ describes: from a workstation (``make verify``)."""
