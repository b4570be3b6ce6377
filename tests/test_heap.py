"""Extraction builds claims without full collections of the cyclic garbage collector
(core/heap.py): the old generation is not walked while it only grows, the young ones
still collect, and the collector's settings are as they were afterwards."""

from __future__ import annotations

import gc
import threading

from claimcheck.core.claims import extract, segment
from claimcheck.core.heap import growing_heap
from claimcheck.manager import get_plugin_manager
from claimcheck.model import Document


class _Collections:
    """Counts the collector's runs by generation while installed."""

    def __init__(self) -> None:
        self.by_generation = [0, 0, 0]

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self.by_generation[info["generation"]] += 1

    def __enter__(self) -> _Collections:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def test_claims_of_a_dense_text_are_built_without_walking_the_old_generation():
    document = Document("dense", "In 1950 there were 5 men, 7 tanks and $4 million. " * 1500)
    pm = get_plugin_manager()
    segments = segment(document, pm=pm)
    before = gc.get_threshold()
    with _Collections() as seen:
        claims = extract(document, segments, pm=pm)
    assert len(claims) > 4000
    assert seen.by_generation[2] == 0
    assert seen.by_generation[0] > 0  # the young generation still collects
    assert gc.get_threshold() == before


def test_the_thresholds_come_back_after_nested_bodies_and_an_error():
    before = gc.get_threshold()
    try:
        with growing_heap():
            with growing_heap():
                assert gc.get_threshold()[:2] == before[:2]
                assert gc.get_threshold()[2] > 10**9
            assert gc.get_threshold()[2] > 10**9  # the outer body is still running
            raise KeyError("a failing stage")
    except KeyError:
        pass
    assert gc.get_threshold() == before


def test_bodies_in_threads_restore_the_thresholds_once_all_have_ended():
    before = gc.get_threshold()
    inside = threading.Barrier(3)
    leave = threading.Event()

    def body() -> None:
        with growing_heap():
            inside.wait()
            leave.wait()

    threads = [threading.Thread(target=body) for _ in range(2)]
    for t in threads:
        t.start()
    inside.wait()
    assert gc.get_threshold()[2] > 10**9
    leave.set()
    for t in threads:
        t.join()
    assert gc.get_threshold() == before
