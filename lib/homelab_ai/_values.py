"""Shared jsii value objects.

Each ``Quantity.from_string`` or ``IntOrString.from_number`` is a round trip to the jsii
runtime; the values are immutable, so one object per distinct value serves every manifest.
"""

from __future__ import annotations

from functools import cache

from cdk8s_plus_28 import k8s


@cache
def quantity(value: str) -> k8s.Quantity:
    """A ``Quantity`` such as ``250m`` or ``12Gi``."""
    return k8s.Quantity.from_string(value)


@cache
def port_number(value: int) -> k8s.IntOrString:
    """A numeric port for probes and Service target ports."""
    return k8s.IntOrString.from_number(value)


@cache
def port_name(value: str) -> k8s.IntOrString:
    """A named port."""
    return k8s.IntOrString.from_string(value)
