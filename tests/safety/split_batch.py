"""Split a batch of labelled lines into its halves: `python -m tests.safety.split_batch 2`.

Reads the unsplit `tests/safety/labelled/batch<N>/<set>.tsv` of every set (header line first)
and writes `dev/<set>.<N>.tsv` and `test/<set>.<N>.tsv` by `measure.split`, sorted. Run it once,
when the batch is written: adding lines to a batch after the rules were tuned on its dev half
would move rows between halves, so later lines go into a new batch.
"""

from __future__ import annotations

import sys

from tests.safety.measure import HALVES, LABELLED, RULES, split


def split_batch(batch: int) -> dict[str, dict[str, int]]:
    """Writes both halves of each set in the batch; the rows per half, by set."""
    counts = {}
    for name in RULES:
        source = LABELLED / f"batch{batch}" / f"{name}.tsv"
        if not source.exists():
            continue
        header, *lines = source.read_text(encoding="utf-8").splitlines()
        halves = split(line for line in lines if line.strip())
        for half in HALVES:
            rows = sorted(halves[half])
            path = LABELLED / half / f"{name}.{batch}.tsv"
            path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
        counts[name] = {half: len(halves[half]) for half in HALVES}
    return counts


if __name__ == "__main__":
    for name, halves in split_batch(int(sys.argv[1])).items():
        print(name, " ".join(f"{half} {n}" for half, n in halves.items()))
