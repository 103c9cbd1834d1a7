"""Train the trip-wire classifier on the development half.

    .venv/bin/python -m tests.safety.train_classifier [--dev] [--no-write]

Deterministic (a fixed seed, features in sorted order). Reads only `labelled/dev/tripwire*.tsv`.
The regularisation and both thresholds are chosen by five-fold cross-validation within the
development half (the model's figures on its own training lines are no fair measure):

- alone: the lowest threshold at which the out-of-fold scores flag at most 1 % of each
  language's innocent lines;
- beside the rules: the lowest at which they flag at most 0.5 % of them (one line in about 200),
  and none of an innocent probe: the lines of `benign_chat.txt` with an age from 9 to 17 put in
  as chat puts numbers ("... at 14", "got 12 points ...", "only 13 left ..."), made up for this
  and never labelled (the labelled innocent lines hold few such).

Then the model is trained on the whole development half and written to
`strangerchat/safety/tripwire_model.json`. It prints, per language: the rules alone, the
classifier alone and the rules or the classifier above its high threshold, out of fold on the
development half, and then once on the test half (`--dev` leaves the test half out; `--no-write`
keeps the shipped file as it is).
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from strangerchat.safety import classifier, tripwire
from strangerchat.safety.classifier import (
    TripwireModel,
    features,
    probability,
    shape,
    worth_reading,
)
from tests.safety.measure import RULES, Row, Tally, asked, read

SEED = 15
FOLDS = 5
EPOCHS = 12
L2_CHOICES = (1e-5, 1e-4, 1e-3)
PROBE_SIZE = 3000
PROBE_TEMPLATES = (
    "{line} {n}",
    "{n} {line}",
    "{line} at {n}",
    "{line} like {n} times",
    "{line} {n} min",
    "got {n} points {line}",
    "{line} level {n} now",
    "{line} room {n}",
    "{line} page {n}",
    "{line} top {n}",
    "{n} more days {line}",
    "{line} season {n}",
    "{line} {n}h",
    "{line} bus {n}",
    "{line} i have {n}",
    "{line} maybe {n}?",
    "only {n} left {line}",
    "{line} ch {n}",
)
BENIGN = Path(__file__).with_name("benign_chat.txt")
ALONE_FALSE = 0.01
BESIDE_FALSE = 0.005
KEEP = 0.002  # weights smaller than this change no score that matters; they are left out
LANGUAGES = ("en", "da", "fr")
MODEL_PATH = Path(classifier.__file__).with_name(classifier.MODEL_FILE)

Example = tuple[list[str], bool]


def _asked(row: Row) -> bool:
    """Whether the partner's previous message asked an age, as the guard knows it."""
    return asked(row)[0]


def rules_fire(row: Row) -> bool:
    return tripwire.says_under_18(row.text, *asked(row))


def gated(rows: Sequence[Row], scores: Sequence[float]) -> list[float]:
    """The scores as the guard uses them: 0 for a message with no age from 9 to 17 in it."""
    return [s if worth_reading(shape(r.text)) else 0.0 for r, s in zip(rows, scores, strict=True)]


def innocent_probe() -> list[str]:
    """Innocent lines holding an age from 9 to 17 where chat puts a number (the same each run)."""
    lines = [line for line in BENIGN.read_text().splitlines() if line]
    chooser = random.Random(SEED)
    probe: set[str] = set()
    while len(probe) < PROBE_SIZE:
        template = chooser.choice(PROBE_TEMPLATES)
        probe.add(template.format(line=chooser.choice(lines), n=chooser.randrange(9, 18)))
    return sorted(probe)


def quiet_on(probe: Sequence[str], model: TripwireModel, at_least: float) -> float:
    """The lowest threshold from `at_least` at which the model flags none of `probe`."""
    shaped = [shape(text) for text in probe]
    read = [
        model.score(text) for text, one in zip(probe, shaped, strict=True) if worth_reading(one)
    ]
    return round(max([at_least, *(score + 1e-6 for score in read)]), 6)


def examples(rows: Sequence[Row]) -> list[Example]:
    return [(sorted(features(row.text, _asked(row))), row.label) for row in rows]


def train(data: Sequence[Example], l2: float) -> tuple[float, dict[str, float]]:
    """Logistic regression by AdaGrad over shuffled examples, the same order every run."""
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    bias, bias_square = 0.0, 1e-8
    rate = 0.5
    order = list(range(len(data)))
    shuffle = random.Random(SEED)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for index in order:
            grams, label = data[index]
            value = 1.0 / math.sqrt(max(1, len(grams)))  # an emoji-only line has none
            total = bias + value * sum(weights[gram] for gram in grams)
            error = probability(total) - label
            bias_square += error * error
            bias -= rate * error / math.sqrt(bias_square)
            for gram in grams:
                gradient = error * value + l2 * weights[gram]
                squares[gram] += gradient * gradient
                weights[gram] -= rate * gradient / math.sqrt(squares[gram])
    return bias, dict(weights)


def fitted(data: Sequence[Example], l2: float) -> tuple[float, dict[str, float]]:
    """The bias and weights as shipped: trained on all of `data`, small weights left out,
    rounded."""
    bias, weights = train(data, l2)
    kept = {gram: round(w, 4) for gram, w in sorted(weights.items()) if abs(w) >= KEEP}
    return round(bias, 4), kept


def trained(data: Sequence[Example], l2: float, threshold: float) -> TripwireModel:
    """The model as shipped, with `threshold`."""
    return TripwireModel(*fitted(data, l2), threshold)


def _probability(bias: float, weights: dict[str, float], grams: Sequence[str]) -> float:
    total = bias + sum(weights.get(gram, 0.0) for gram in grams) / math.sqrt(len(grams))
    return probability(total)


def folds(rows: Sequence[Row]) -> list[int]:
    """Each row's fold: within each (label, language), rows by BLAKE2b hash go to folds in turn."""
    groups: dict[tuple[bool, str], list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        groups[row.label, row.language].append(index)
    fold = [0] * len(rows)
    for members in groups.values():
        members.sort(key=lambda i: hashlib.blake2b(rows[i].text.encode()).hexdigest())
        for turn, index in enumerate(members):
            fold[index] = turn % FOLDS
    return fold


def out_of_fold(rows: Sequence[Row], data: Sequence[Example], l2: float) -> list[float]:
    """Each dev row's score from a model trained on the other folds."""
    fold = folds(rows)
    scores = [0.0] * len(rows)
    for held in range(FOLDS):
        bias, weights = train([d for d, f in zip(data, fold, strict=True) if f != held], l2)
        for index, (grams, _) in enumerate(data):
            if fold[index] == held:
                scores[index] = _probability(bias, weights, grams)
    return scores


def log_loss(rows: Sequence[Row], scores: Sequence[float]) -> float:
    eps = 1e-9
    return -sum(
        math.log(max(eps, s if r.label else 1.0 - s)) for r, s in zip(rows, scores, strict=True)
    ) / len(rows)


def threshold(rows: Sequence[Row], scores: Sequence[float], most_false: float) -> float:
    """The lowest threshold at which each language's innocent lines are flagged at most
    `most_false` of the time."""
    chosen = 0.5
    for language in LANGUAGES:
        innocent = sorted(
            (
                s
                for r, s in zip(rows, scores, strict=True)
                if r.language == language and not r.label
            ),
            reverse=True,
        )
        allowed = math.floor(most_false * len(innocent))
        # Just above the score of the first innocent line beyond the allowance.
        above = innocent[allowed] + 1e-6 if allowed < len(innocent) else 0.0
        chosen = max(chosen, above)
    return round(chosen, 6)


def write_model(path: Path, document: dict[str, object]) -> None:
    """Writes a model's JSON as shipped: compact, one line, the weights last."""
    path.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote {path} ({path.stat().st_size:,} bytes)")


def report(title: str, rows: Sequence[Row], fired: Sequence[bool]) -> None:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for row, hit in zip(rows, fired, strict=True):
        for key in (row.language, "all"):
            tallies[key].add(row, hit)
    print(title)
    for language in (*LANGUAGES, "all"):
        print(f"  {language:4} {tallies[language]}")


def evaluate(
    half: str,
    rows: Sequence[Row],
    scores: Sequence[float],
    alone: float,
    beside: float,
) -> None:
    rules = [rules_fire(row) for row in rows]
    report(f"rules alone ({half})", rows, rules)
    report(f"classifier alone, threshold {alone:.3f} ({half})", rows, [s >= alone for s in scores])
    report(
        f"rules or classifier at {beside:.3f} ({half})",
        rows,
        [r or s >= beside for r, s in zip(rules, scores, strict=True)],
    )


def main(argv: list[str]) -> None:
    assert "tripwire" in RULES
    rows = read("tripwire", "dev")
    data = examples(rows)
    best: tuple[float, float, list[float]] | None = None
    for l2 in L2_CHOICES:
        scores = out_of_fold(rows, data, l2)
        loss = log_loss(rows, scores)
        print(f"l2 {l2:g}: out-of-fold log loss {loss:.4f}")
        if best is None or loss < best[0]:
            best = (loss, l2, scores)
    assert best is not None
    _, l2, ungated = best
    scores = gated(rows, ungated)
    alone = threshold(rows, scores, ALONE_FALSE)
    on_dev = threshold(rows, scores, BESIDE_FALSE)
    model = trained(data, l2, on_dev)
    beside = quiet_on(innocent_probe(), model, on_dev)
    model = TripwireModel(model.bias, model.weights, beside)
    kept = model.weights
    print(f"chosen: l2 {l2:g}, threshold alone {alone:.4f}, beside the rules {beside:.4f}")
    print(f"(the development half's out-of-fold scores alone would have it at {on_dev:.4f})\n")
    evaluate("dev, out of fold", rows, scores, alone, beside)
    print(f"\nweights kept: {len(kept)}")
    if "--no-write" not in argv:
        document = {"bias": model.bias, "threshold": beside, "threshold_alone": alone, "l2": l2}
        write_model(MODEL_PATH, {**document, "weights": kept})
    if "--dev" not in argv:
        test = read("tripwire", "test")
        print()
        scores = gated(test, [model.score(row.text, _asked(row)) for row in test])
        evaluate("test", test, scores, alone, beside)


if __name__ == "__main__":
    main(sys.argv[1:])
