"""The small trip-wire classifier beside the rules: what it reads, where it is asked, and that the
shipped model is what the development half alone trains."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from strangerchat.safety import minor, tripwire
from strangerchat.safety.classifier import MODEL_FILE, TripwireModel, features, shape
from tests.safety import train_classifier
from tests.safety.measure import read


def test_ages_from_9_to_17_are_one_feature_and_adult_ages_another() -> None:
    assert features("im 14 lol") == features("im 15 lol")
    assert features("im 14 lol") != features("im 41 lol")
    assert shape("jeg er fjorten") == shape("jeg er 15") == "jeg er A"
    assert "asked" in features("15", asked_age=True)


def test_beside_the_rules_it_catches_what_they_miss() -> None:
    text = "14 n bored"
    assert not tripwire.says_under_18(text)
    assert minor.says_under_18(text)
    assert minor.read_as_under_18(text) == minor.CLASSIFIER  # the lockout's record names it


def test_the_reader_named_is_the_rules_when_they_read_it() -> None:
    assert minor.read_as_under_18("im 14") == minor.RULES
    assert minor.read_as_under_18("hi how are you") is None


@pytest.mark.parametrize(
    "text",
    [
        "i was 14 when i started playing guitar",
        "my brother is 14",
        "it costs 14 euros",
        "see you at 14:30",
        "i have 14 cats",
        "15",
        "14!!",
        "note 14",
        "lol 15",
        "haha that's funny 12",
        "only 13 left my mom says hi lol",
    ],
)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert not minor.says_under_18(text)


def test_a_message_without_a_young_age_and_two_words_is_never_read_by_it() -> None:
    model = TripwireModel.load()
    text = "in middle school honestly"  # words it weighs, but no age from 9 to 17
    assert model.score(text) > 0
    assert not model.says_under_18(text)
    # With the threshold at 0 it would flag anything it reads: it still reads nothing here.
    assert not TripwireModel(model.bias, model.weights, 0.0).says_under_18(text)
    assert TripwireModel(model.bias, model.weights, 0.0).says_under_18("im 15 lol")
    # One word and a number are as likely a count: not read either.
    assert not TripwireModel(model.bias, model.weights, 0.0).says_under_18("note 14")


def test_its_threshold_leaves_the_innocent_probe_alone() -> None:
    model = TripwireModel.load()
    assert not any(model.says_under_18(text) for text in train_classifier.innocent_probe())


def test_the_shipped_model_is_what_the_development_half_alone_trains() -> None:
    shipped = json.loads(
        resources.files("strangerchat.safety").joinpath(MODEL_FILE).read_text("utf-8")
    )
    data = train_classifier.examples(read("tripwire", "dev"))
    model = train_classifier.trained(data, shipped["l2"], shipped["threshold"])
    assert model.bias == shipped["bias"]
    assert model.weights == shipped["weights"]
