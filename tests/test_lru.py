"""kg/lru.py: a cache bounded by the bytes it holds, dropping the least recently used entries."""

from __future__ import annotations

import pytest
from kgqa.kg.lru import bytes_lru, size_of


def _counted(max_bytes: int):
    calls: list[str] = []

    @bytes_lru(max_bytes)
    def forms(name: str) -> frozenset[str]:
        calls.append(name)
        return frozenset({name, name[1:], name[:-1]})

    return forms, calls


@pytest.mark.parametrize(
    "max_bytes, names, at_most",
    [
        pytest.param(10_000, [f"甲{i}乙丙" for i in range(20)], 20, id="all-fit"),
        pytest.param(2_000, [f"甲{i}乙丙" for i in range(200)], 5, id="bounded-by-bytes"),
        pytest.param(1, ["甲乙丙"], 0, id="entry-bigger-than-bound"),
    ],
)
def test_bytes_held_stay_under_the_bound(max_bytes: int, names: list[str], at_most: int) -> None:
    forms, _ = _counted(max_bytes)
    for name in names:
        assert forms(name) == frozenset({name, name[1:], name[:-1]})
    info = forms.cache_info()
    assert info.bytes <= max_bytes
    assert info.currsize <= at_most


def test_least_recently_used_goes_first() -> None:
    one = size_of("甲乙丙") + size_of(frozenset({"甲乙丙", "乙丙", "甲乙"})) + 100
    forms, calls = _counted(2 * one + 10)  # room for two entries
    forms("甲乙丙"), forms("丁戊己"), forms("甲乙丙"), forms("庚辛壬")  # 丁戊己 is the oldest used: dropped
    calls.clear()
    forms("甲乙丙"), forms("丁戊己")
    assert calls == ["丁戊己"]


def test_hits_and_clear() -> None:
    forms, calls = _counted(10_000)
    forms("甲乙丙"), forms("甲乙丙")
    assert (forms.cache_info().hits, forms.cache_info().misses, calls) == (1, 1, ["甲乙丙"])
    forms.cache_clear()
    forms("甲乙丙")
    assert calls == ["甲乙丙", "甲乙丙"]
    assert forms.cache_info().bytes > 0


def test_several_arguments_are_one_key() -> None:
    @bytes_lru(10_000)
    def join(a: str, b: str) -> str:
        return a + b

    assert (join("甲", "乙"), join("乙", "甲"), join.cache_info().currsize) == ("甲乙", "乙甲", 2)


def test_slow_results_are_kept_per_state_and_bounded() -> None:
    from kgqa.kg.lru import SlowResults

    kept = SlowResults(entries=2, slow=0.0)
    made: list[str] = []

    def make(key: str, state: int):
        return lambda: made.append(f"{key}@{state}") or f"{key}@{state}"

    assert kept.get("a", 1, make("a", 1)) == kept.get("a", 1, make("a", 1)) == "a@1"
    assert kept.get("a", 2, make("a", 2)) == "a@2"  # another state of the graph: made again
    kept.get("b", 2, make("b", 2))
    kept.get("c", 2, make("c", 2))  # "a" is dropped: two entries at most
    kept.get("a", 2, make("a", 2))
    assert made == ["a@1", "a@2", "b@2", "c@2", "a@2"]


def test_quick_results_are_not_kept() -> None:
    from kgqa.kg.lru import SlowResults

    kept = SlowResults(entries=8, slow=3600.0)
    made: list[int] = []
    for _ in range(3):
        kept.get("a", 1, lambda: made.append(1))
    assert len(made) == 3


def test_clients_asking_at_once_make_it_once() -> None:
    """Twenty threads ask for one slow key together: one makes it, the others wait for it."""
    import threading
    import time

    from kgqa.kg.lru import SlowResults

    kept = SlowResults(entries=8, slow=0.0)
    made: list[int] = []
    go = threading.Event()

    def make() -> str:
        made.append(1)
        time.sleep(0.2)
        return "page"

    got: list[str] = []
    threads = [threading.Thread(target=lambda: (go.wait(), got.append(kept.get("k", 1, make)))) for _ in range(20)]
    for t in threads:
        t.start()
    go.set()
    for t in threads:
        t.join()
    assert got == ["page"] * 20 and len(made) == 1
