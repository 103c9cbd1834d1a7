"""The detector benchmark (bench/detectors.py) runs, and every detector copes with the worst inputs.

How fast they are is measured by `python -m bench.detectors`, never asserted here: a busy machine
must not fail a test.
"""

from __future__ import annotations

import pytest

from bench import detectors


def test_the_detector_benchmark_runs() -> None:
    rows = detectors.table(typical_runs=1, long_runs=1)
    assert set(rows) == set(detectors.DETECTORS)
    for row in rows.values():
        assert set(row) == {*detectors.TYPICAL, "2000 chars", "worst input"}
        assert all(figure > 0 for figure in row.values())


@pytest.mark.parametrize("text", detectors.ADVERSARIAL, ids=lambda text: repr(text[:8]))
def test_every_detector_answers_the_worst_inputs(text: str) -> None:
    for function in detectors.DETECTORS.values():
        function(text)  # no exception; how long it takes is the benchmark's business
