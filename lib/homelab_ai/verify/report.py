"""What ``make verify`` reports: one row per check, as a table or as JSON."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum


class Outcome(Enum):
    PASS = "pass"
    FAIL = "fail"
    SKIP = "skip"


@dataclass(frozen=True, kw_only=True)
class Row:
    """One check's result.

    Attributes:
        check: What was checked (``node/gpu-ada``, ``workload/ai/ollama``, or an in-cluster check id).
        outcome: Pass, fail, or skip (not run, which is no failure).
        detail: What was found.
        fix: What to do about a failure (empty when it passed).
        seconds: How long an in-cluster check took, when it says.
    """

    check: str
    outcome: Outcome
    detail: str
    fix: str = ""
    seconds: float | None = None

    @property
    def failed(self) -> bool:
        return self.outcome is Outcome.FAIL


def passed(check: str, detail: str) -> Row:
    return Row(check=check, outcome=Outcome.PASS, detail=detail)


def failed(check: str, detail: str, fix: str) -> Row:
    return Row(check=check, outcome=Outcome.FAIL, detail=detail, fix=fix)


def skipped(check: str, detail: str) -> Row:
    return Row(check=check, outcome=Outcome.SKIP, detail=detail)


def as_json(rows: Sequence[Row]) -> str:
    """The rows as a JSON list of objects (check, result, ok, detail, fix, seconds)."""
    return json.dumps(
        [
            {
                "check": row.check,
                "result": row.outcome.value,
                "ok": not row.failed,
                "detail": row.detail,
                "fix": row.fix,
                "seconds": row.seconds,
            }
            for row in rows
        ],
        indent=2,
    )


def as_table(rows: Sequence[Row], *, width: int = 160) -> str:
    """The rows as a fixed-width table (check, result, detail, fix), wrapped to ``width``, and a summary line."""
    check_width = min(max((len(r.check) for r in rows), default=5), 36)
    rest = max(width - check_width - 6 - 6, 40)
    detail_width, fix_width = rest * 9 // 20, rest - rest * 9 // 20
    lines = [f"{'CHECK':<{check_width}}  {'RESULT':<6}  {'DETAIL':<{detail_width}}  FIX"]
    for row in rows:
        check = textwrap.wrap(row.check, check_width) or [""]
        detail = textwrap.wrap(row.detail, detail_width, break_long_words=False, break_on_hyphens=False) or [""]
        fix = textwrap.wrap(row.fix, fix_width, break_long_words=False, break_on_hyphens=False) or [""]
        result = [row.outcome.value.upper() if row.failed else row.outcome.value]
        for i in range(max(len(check), len(detail), len(fix))):
            cells = [part[i] if i < len(part) else "" for part in (check, result, detail, fix)]
            lines.append(f"{cells[0]:<{check_width}}  {cells[1]:<6}  {cells[2]:<{detail_width}}  {cells[3]}".rstrip())
    counts = {outcome: sum(1 for r in rows if r.outcome is outcome) for outcome in Outcome}
    lines.append(f"{counts[Outcome.PASS]} passed, {counts[Outcome.FAIL]} failed, {counts[Outcome.SKIP]} skipped")
    return "\n".join(lines)
