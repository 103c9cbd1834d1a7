"""Train the grooming classifier on the development chats.

    .venv/bin/python -m tests.safety.train_grooming [--dev] [--no-write]

Deterministic, with the trip-wire classifier's training (train_classifier.py: the same
features, AdaGrad, seed and folds). Reads only `labelled/dev/grooming*.tsv`, and as ordinary
one-message chats two in three of the lines of `benign_chat.txt` and `bench/chat_lines.txt`
(the third makes the probe below). A chat's example is
its messages' features together; a chat alerts when its score, read message by message as the
guard reads it (grooming_model.py), reaches the threshold at any message.

Five-fold cross-validation within the development chats chooses the regularisation and the
threshold: for each regularisation, the lowest threshold at which the out-of-fold scores alert
on at most 1 % of each language's ordinary chats (none, below 100), counting as quiet those the
rules alert on anyway, so that beside the rules the classifier adds no false alert there (one
the rules already raise costs nothing more: the alert is shown once); the regularisation whose
threshold catches the most risky chats out of fold. The threshold is raised, if need be, to
alert on none of a probe of long ordinary chats: 300 chats of 20 lines drawn from the ordinary
lines kept out of training, never labelled (the labelled ordinary chats are short).
It also prints, for the development chats the rules alone alert on with only an exchange's
signals (grooming.EXCHANGE), the highest score each reaches out of fold: the check on
grooming_model.AGREES, which should sit above the ordinary chats' and below the risky ones'.

Then the model is trained on all of the development chats and written to
`strangerchat/safety/grooming_model.json`. It prints, per language, the rules alone, the
classifier alone and either of them, out of fold on the development chats, then once on the
test chats (`--dev` leaves the test chats out; `--no-write` keeps the shipped file as it is).
"""

from __future__ import annotations

import hashlib
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from strangerchat.safety import grooming_model
from strangerchat.safety.grooming import EXCHANGE, GroomingRisk
from strangerchat.safety.grooming_model import (
    AGREES,
    MIN_LEANING,
    SILENT,
    ChatReading,
    GroomingModel,
    features_of_words,
    words_of,
)
from tests.safety import train_classifier as common
from tests.safety.measure import Row, read

L2_CHOICES = (3e-4, 1e-3, 3e-3, 1e-2)
MOST_FALSE = 0.01
PROBE_CHATS = 300
PROBE_LENGTH = 20
ORDINARY_LINES = (
    Path(__file__).with_name("benign_chat.txt"),
    Path(__file__).parents[2] / "bench" / "chat_lines.txt",
)
MODEL_PATH = Path(grooming_model.__file__).with_name(grooming_model.MODEL_FILE)


def messages(row: Row) -> list[str]:
    return row.text.split(" || ")


def example(chat: Sequence[str], label: bool) -> common.Example:
    """A chat's example: every message's features, one found twice counted twice."""
    reading = ChatReading()  # a repeated wording adds nothing, as in the guard
    fresh = [words for words in map(words_of, chat) if reading.is_new(words)]
    return [gram for words in fresh for gram in features_of_words(words)], label


def ordinary_lines(for_probe: bool = False) -> list[str]:
    """Two in three of the ordinary lines (by BLAKE2b hash) train; the rest make the probe, so
    that it reads lines the model never saw."""
    lines = [
        line for path in ORDINARY_LINES for line in path.read_text("utf-8").splitlines() if line
    ]
    return [line for line in lines if (_hashed(line) % 3 == 0) == for_probe]


def _hashed(line: str) -> int:
    return int(hashlib.blake2b(line.encode()).hexdigest(), 16)


def long_ordinary_chats() -> list[list[str]]:
    """The probe: long chats of the ordinary lines kept out of training (the same each run)."""
    lines = ordinary_lines(for_probe=True)
    chooser = random.Random(common.SEED)
    return [[chooser.choice(lines) for _ in range(PROBE_LENGTH)] for _ in range(PROBE_CHATS)]


def peak_score(model: GroomingModel, chat: Sequence[str], leaning: int = MIN_LEANING) -> float:
    """The chat's highest score, message by message once `leaning` messages leaned to risk, as
    the guard reads it (to alert on its own; to agree with the rules it needs none)."""
    reading, peak = ChatReading(), 0.0
    for text in chat:
        evidence = reading.read(model, text)
        if evidence.leaning >= leaning:
            peak = max(peak, model.score(evidence))
    return peak


def alerts(model: GroomingModel, chat: Sequence[str]) -> bool:
    """Whether the guard, with `model` beside the rules, alerts on the chat."""
    risk = GroomingRisk(model=model)
    return any([risk.observe(text) for text in chat])


def out_of_fold(
    rows: Sequence[Row], data: Sequence[common.Example], extra: list[common.Example], l2: float
) -> list[GroomingModel]:
    """For each dev chat (`data`: their examples), the model trained on the other folds
    (threshold still 0)."""
    fold = common.folds(rows)
    models = []
    for held in range(common.FOLDS):
        kept = [d for d, f in zip(data, fold, strict=True) if f != held]
        models.append(GroomingModel(*common.train(kept + extra, l2), 0.0))
    return [models[f] for f in fold]


def beside_the_rules(
    rows: Sequence[Row], scores: Sequence[float], rules_alert: Sequence[bool]
) -> list[float]:
    """The scores with those of ordinary chats the rules alert on anyway set to 0: the threshold
    then counts only the false alerts the classifier would add."""
    return [
        0.0 if fired and not row.label else score
        for row, score, fired in zip(rows, scores, rules_alert, strict=True)
    ]


def exchange_check(rows: Sequence[Row], models: Sequence[GroomingModel]) -> None:
    """Prints, of the dev chats the rules alone alert on with EXCHANGE's signals alone, the
    highest score each reaches out of fold: AGREES should sit below the risky chats' and above
    the ordinary chats'."""
    peaks: dict[bool, list[float]] = {True: [], False: []}
    for row, model in zip(rows, models, strict=True):
        risk = GroomingRisk(model=SILENT)
        if any([risk.observe(text) for text in messages(row)]) and risk.signals <= EXCHANGE:
            peaks[row.label].append(peak_score(model, messages(row), leaning=0))
    for label, name in ((True, "risky"), (False, "ordinary")):
        shown = " ".join(f"{peak:.2f}" for peak in sorted(peaks[label]))
        print(f"exchange alone, {name} chats' peaks out of fold (agree at {AGREES}): {shown}")


def recall(rows: Sequence[Row], fired: Sequence[bool]) -> float:
    caught = [hit for row, hit in zip(rows, fired, strict=True) if row.label]
    return sum(caught) / len(caught)


def with_threshold(model: GroomingModel, threshold: float) -> GroomingModel:
    return GroomingModel(model.bias, model.weights, threshold)


def evaluate(half: str, rows: Sequence[Row], models: Sequence[GroomingModel]) -> None:
    chats = [messages(row) for row in rows]
    common.report(f"rules alone ({half})", rows, [alerts(SILENT, chat) for chat in chats])
    common.report(
        f"classifier alone, threshold {models[0].threshold:.3f} ({half})",
        rows,
        [peak_score(m, chat) >= m.threshold for m, chat in zip(models, chats, strict=True)],
    )
    common.report(
        f"rules or classifier ({half})",
        rows,
        [alerts(m, chat) for m, chat in zip(models, chats, strict=True)],
    )


def main(argv: list[str]) -> None:
    rows = read("grooming", "dev")
    data = [example(messages(row), row.label) for row in rows]
    extra = [example([line], False) for line in ordinary_lines()]
    rules_alert = [alerts(SILENT, messages(row)) for row in rows]
    best: tuple[float, float, list[GroomingModel], float] | None = None
    for l2 in L2_CHOICES:
        models = out_of_fold(rows, data, extra, l2)
        scores = [peak_score(m, messages(r)) for m, r in zip(models, rows, strict=True)]
        at = common.threshold(rows, beside_the_rules(rows, scores, rules_alert), MOST_FALSE)
        caught = recall(rows, [score >= at for score in scores])
        print(f"l2 {l2:g}: out of fold, threshold {at:.4f} catches {caught:.1%}")
        if best is None or caught > best[0]:
            best = (caught, l2, models, at)
    assert best is not None
    _, l2, models, on_dev = best
    model = GroomingModel(*common.fitted(data + extra, l2), 0.0)
    quiet = max(peak_score(model, chat) + 1e-6 for chat in long_ordinary_chats())
    threshold = round(max(on_dev, quiet), 6)
    model = with_threshold(model, threshold)
    print(f"chosen: l2 {l2:g}, threshold {threshold:.4f} (out of fold {on_dev:.4f})")
    exchange_check(rows, models)
    print()
    evaluate("dev, out of fold", rows, [with_threshold(m, threshold) for m in models])
    print(f"\nweights kept: {len(model.weights)}")
    if "--no-write" not in argv:
        document = {"bias": model.bias, "threshold": threshold, "l2": l2}
        common.write_model(MODEL_PATH, {**document, "weights": model.weights})
    if "--dev" not in argv:
        test = read("grooming", "test")
        print()
        evaluate("test", test, [model] * len(test))


if __name__ == "__main__":
    main(sys.argv[1:])
