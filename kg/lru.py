"""A least-recently-used cache bounded by the bytes it holds, not by its number of entries.

`functools.lru_cache(maxsize=500_000)` of small values is a few MB on a small graph and hundreds of MB once an
ingest of 100,000 pages has filled it (the ingest writer keeps every cache for its whole run); this one drops
the oldest entries past `max_bytes` (keys and values measured with `sys.getsizeof`, one level into tuples,
frozensets and sets of strings), so that its memory is the same at any size of the graph.

    >>> @bytes_lru(1000)
    ... def double(text: str) -> str:
    ...     return text * 2
    >>> double("ab"), double.cache_info().currsize
    ('abab', 1)
    >>> _ = [double(str(i)) for i in range(100)]
    >>> double.cache_info().currsize < 100, double.cache_info().bytes <= 1000
    (True, True)
"""

from __future__ import annotations

import functools
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
_ENTRY = 100  # what an entry costs besides its key and value (the dict slot, the order links)


class CacheInfo(NamedTuple):
    """hits, misses, entries and bytes held, and the bound."""

    hits: int
    misses: int
    currsize: int
    bytes: int
    max_bytes: int


def size_of(obj: Any) -> int:
    """Bytes of an object, with the items of a tuple, frozenset or set (one level: strings, small tuples)."""
    n = sys.getsizeof(obj)
    if isinstance(obj, (tuple, frozenset, set)):
        n += sum(sys.getsizeof(x) for x in obj)
    return n


def bytes_lru(max_bytes: int) -> Callable[[F], F]:
    """Cache a function of hashable positional arguments, the least recently used entries dropped past
    `max_bytes` (`cache_info()`, `cache_clear()` as functools.lru_cache)."""

    def deco(func: F) -> F:
        store: OrderedDict[Any, tuple[Any, int]] = OrderedDict()
        lock = threading.Lock()
        stats = [0, 0, 0]  # hits, misses, bytes held

        @functools.wraps(func)
        def wrapper(*args: Any) -> Any:
            key = args if len(args) != 1 else args[0]
            try:  # a hit takes no lock (each step is one call into the dict; one evicted meanwhile is a miss)
                value = store[key][0]
                store.move_to_end(key)
                stats[0] += 1
                return value
            except KeyError:
                pass
            value = func(*args)
            cost = size_of(key) + size_of(value) + _ENTRY
            with lock:
                stats[1] += 1
                if key not in store:
                    store[key] = (value, cost)
                    stats[2] += cost
                    while stats[2] > max_bytes and store:
                        stats[2] -= store.popitem(last=False)[1][1]
            return value

        def cache_info() -> CacheInfo:
            return CacheInfo(stats[0], stats[1], len(store), stats[2], max_bytes)

        def cache_clear() -> None:
            with lock:
                store.clear()
                stats[:] = [0, 0, 0]

        wrapper.cache_info = cache_info  # type: ignore[attr-defined]
        wrapper.cache_clear = cache_clear  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return deco


class SlowResults:
    """Results that were slow to make, kept under the state (`state`, e.g. the graph's generation and the store's
    write stamp) they were made at, the least recently used dropped past `entries`. Callers asking for a key
    that is being made wait for that result instead of making it again (twenty clients opening the busiest
    person's page at once make it once).

    >>> kept = SlowResults(entries=2, slow=0.0)
    >>> kept.get("a", 1, lambda: "made at 1"), kept.get("a", 1, lambda: "again"), kept.get("a", 2, lambda: "at 2")
    ('made at 1', 'made at 1', 'at 2')
    """

    def __init__(self, entries: int, slow: float) -> None:
        self.entries = entries
        self.slow = slow  # seconds: a result made faster than this is not kept
        self._kept: OrderedDict[Any, tuple[Any, Any]] = OrderedDict()  # key -> (state, value)
        self._making: dict[tuple[Any, Any], threading.Event] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._kept)

    def get(
        self,
        key: Any,
        state: Any,
        make: Callable[[], Any],
        keep: Callable[[Any], bool] | None = None,
        slow: float | None = None,
    ) -> Any:
        """The value kept for key at this state, else `make()`, kept when slower than `slow` (this call's, else the
        instance's) or when `keep(value)` says so (an answer longer than a page)."""
        while True:
            with self._lock:
                hit = self._kept.get(key)
                if hit is not None and hit[0] == state:
                    self._kept.move_to_end(key)
                    return hit[1]
                busy = self._making.get((key, state))
                if busy is None:
                    done = self._making[(key, state)] = threading.Event()
                    break
            busy.wait(60)
            with self._lock:
                if (key, state) in self._making or self._kept.get(key, (None,))[0] != state:
                    break  # still being made, or made too fast to be kept: make it here
        try:
            return self._made(key, state, make, keep, self.slow if slow is None else slow)
        finally:
            if busy is None:
                with self._lock:
                    self._making.pop((key, state), None)
                done.set()

    def _made(
        self, key: Any, state: Any, make: Callable[[], Any], keep: Callable[[Any], bool] | None, slow: float
    ) -> Any:
        started = time.perf_counter()
        value = make()
        if time.perf_counter() - started > slow or (keep is not None and keep(value)):
            with self._lock:
                self._kept[key] = (state, value)
                self._kept.move_to_end(key)
                while len(self._kept) > self.entries:
                    self._kept.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget every kept result."""
        with self._lock:
            self._kept.clear()
