"""Type checks of the settings dataclasses, driven by their annotations.

Python does not enforce annotations, and a wrong type often renders without error but means
something else: ``flash_attention="false"`` is truthy (so ``OLLAMA_FLASH_ATTENTION=1``),
``extra_args="--api --xformers"`` iterates into one flag per character, and ``("llama3.2")``
is a str, not a tuple. ``check_fields`` refuses such values when the settings arrive, with the
library's one message shape. Types only: ranges and formats stay with the code that uses them.
"""

from __future__ import annotations

import dataclasses
import math
import types
from collections.abc import Mapping
from enum import Enum
from functools import cache
from typing import Any, TypeGuard, Union, get_args, get_origin, get_type_hints

from cdk8s import Size
from constructs import Construct

from homelab_ai._validate import fail


def check_fields(scope: Construct, prefix: str, value: object) -> None:
    """Checks every field of the frozen dataclass ``value`` against its annotation, nested ones too.

    Args:
        scope: The construct the error names.
        prefix: The setting's name as the user wrote it (``ollama``); fields are ``<prefix>.<field>``.
        value: A settings dataclass instance.

    Raises:
        ValueError: the first field whose value does not have the annotated type.
        TypeError: an annotation this module has no rule for (a library bug, not a user error).
    """
    if isinstance(value, type) and dataclasses.is_dataclass(value):
        raise fail(scope, prefix, f"is the class {value.__name__}, not a value: call it, {value.__name__}()")
    if not dataclasses.is_dataclass(value):
        raise fail(scope, prefix, f"{value!r} is not a settings object: build one with its class, as the README shows")
    cls: Any = type(value)
    hints = _hints(cls)
    for field in dataclasses.fields(value):
        _check(scope, f"{prefix}.{field.name}", hints[field.name], getattr(value, field.name))


@cache
def _hints(cls: Any) -> dict[str, Any]:
    # Resolving string annotations walks the class's module: once per class is enough.
    return get_type_hints(cls)


def _check(scope: Construct, prop: str, hint: Any, value: object) -> None:
    if get_origin(hint) in (Union, types.UnionType):
        options = [option for option in get_args(hint) if option is not type(None)]
        if value is None and len(options) < len(get_args(hint)):
            return
        if len(options) > 1:
            # A choice of classes (a volume source, say): any one of them will do.
            if not all(isinstance(option, type) for option in options):
                raise TypeError(f"{prop}: no rule for the union {hint!r}")
            if not isinstance(value, tuple(options)):
                names = ", ".join(option.__name__ for option in options)
                raise fail(scope, prop, f"{value!r} is none of {names}: use one of them")
            hint = type(value)
        else:
            hint = options[0]
    problem = _problem(hint, value)
    if problem is not None:
        what, fix = problem
        raise fail(scope, prop, f"{value!r} {what}{' (the setting is not optional)' if value is None else ''}: {fix}")
    origin, args = get_origin(hint), get_args(hint)
    if origin is tuple and isinstance(value, tuple):
        for index, item in enumerate(value):
            _check(scope, f"{prop}[{index}]", args[0], item)
    elif origin in (Mapping, dict) and isinstance(value, Mapping):
        for key, item in value.items():
            _check(scope, f"{prop} key", args[0], key)
            _check(scope, f"{prop}[{key!r}]", args[1], item)
    elif dataclasses.is_dataclass(hint):
        check_fields(scope, prop, value)


def _problem(hint: Any, value: object) -> tuple[str, str] | None:
    """What is wrong with ``value`` as a ``hint`` and how to fix it, or ``None`` when it fits."""
    origin, args = get_origin(hint), get_args(hint)
    if hint is bool:
        if isinstance(value, bool):
            return None
        return "is not a bool", "use True or False" + (", without quotes" if isinstance(value, str) else "")
    if hint is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return None
        return "is not an int", _unquoted(value, int) or "use a whole number such as 1"
    if hint is float:
        if _is_number(value) and math.isfinite(value):
            return None
        what = "is not a finite number" if _is_number(value) else "is not a number"
        return what, _unquoted(value, float) or "use a number such as 0.5"
    if hint is str:
        if isinstance(value, str):
            return None
        return "is not a str", f"write it in quotes: '{value}'" if _is_number(value) else "write text in quotes, such as 'text'"
    if origin is tuple:
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"no rule for the fixed-length {hint!r}: use tuple[X, ...]")
        if isinstance(value, tuple):
            return None
        if isinstance(value, str):
            parts = tuple(value.split())
            how = " with the trailing comma" if len(parts) == 1 else ", one item per string"
            return "is a str, not a tuple", f"write {parts!r}{how}"
        if isinstance(value, list):
            return "is a list, not a tuple", f"write {tuple(value)!r}"
        return "is not a tuple", "write one in parentheses, such as ('a', 'b'), or () for none"
    if origin in (Mapping, dict):
        return None if isinstance(value, Mapping) else ("is not a mapping", "write a dict such as {'key': 'value'}")
    if isinstance(hint, type) and issubclass(hint, Enum):
        if isinstance(value, hint):
            return None
        members = ", ".join(f"{hint.__name__}.{member.name}" for member in hint)
        match = next((member for member in hint if member.value == value), None)
        fix = f"use {hint.__name__}.{match.name}, not its value (allowed: {members})" if match else f"use one of {members}"
        return f"is not {_a(hint.__name__)}", fix
    if isinstance(hint, type) and origin is None:
        if isinstance(value, hint):
            return None
        if hint is Size:
            amount = value if isinstance(value, int) and not isinstance(value, bool) else "..."
            return "is not a cdk8s.Size", f"use Size.gibibytes({amount}) or Size.mebibytes({amount})"
        return f"is not {_a(hint.__name__)}", f"use {hint.__name__}(...)"
    raise TypeError(f"no rule for the annotation {hint!r}")


def _a(name: str) -> str:
    return f"{'an' if name[0] in 'AEIOUaeiou' else 'a'} {name}"


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _unquoted(value: object, kind: type[int] | type[float]) -> str | None:
    """The fix for a number written as text (``'13'``) or, for an int, as a whole float (``2.0``)."""
    if kind is int and isinstance(value, float) and value.is_integer():
        return f"write {int(value)}"
    if not isinstance(value, str):
        return None
    try:
        number = kind(value.strip())
    except ValueError:
        return None
    return f"write {value.strip()} without quotes" if math.isfinite(number) else None
