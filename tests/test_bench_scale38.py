"""bench/ingest_mem.py --stop-at: the moment the ingest is stopped, for stop times before and after midnight.

A run started at 22:30 UTC with `--stop-at 00:20` compared the clock's "22:30" with "00:20" as strings and stopped
the ingest at its first sample (session 38); the stop is now the first moment at or after the start whose clock
reads the time asked."""

from __future__ import annotations

import calendar
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import ingest_mem  # noqa: E402


def _at(clock: str) -> float:
    """Seconds since the epoch of a made-up day at this UTC clock (HH:MM:SS)."""
    h, m, s = (int(x) for x in clock.split(":"))
    return float(calendar.timegm((2030, 3, 14, h, m, s, 0, 0, 0)))


@pytest.mark.parametrize(
    "start, stop, seconds_later",
    [
        pytest.param("22:30:00", "00:20", 6600, id="past-midnight"),
        pytest.param("23:59:30", "00:00", 30, id="at-midnight"),
        pytest.param("12:00:00", "11:59", 86340, id="just-passed-is-tomorrow"),
        pytest.param("22:30:00", "22:40", 600, id="later-today"),
        pytest.param("00:05:00", "06:00", 21300, id="after-midnight-start"),
        pytest.param("10:52:40", "10:52", -40, id="this-minute-stops-now"),
    ],
)
def test_stop_time(start: str, stop: str, seconds_later: float) -> None:
    assert ingest_mem.stop_time(stop, _at(start)) - _at(start) == seconds_later
