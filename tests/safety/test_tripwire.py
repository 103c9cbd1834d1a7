"""says_under_18 on the labelled phrase set: recall at least 90 %, false positives at most 2 %."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from strangerchat.safety.grooming import Signal, signals_in
from strangerchat.safety.tripwire import asks_a_question, asks_if_adult, says_under_18

PHRASES = Path(__file__).with_name("tripwire_phrases.tsv")


def labelled() -> list[tuple[bool, str, str]]:
    rows = []
    for line in PHRASES.read_text(encoding="utf-8").splitlines():
        label, language, phrase = line.split("\t")
        rows.append((label == "1", language, phrase))
    return rows


def test_the_phrase_set_is_big_and_covers_three_languages() -> None:
    rows = labelled()
    assert len(rows) >= 200
    for language in ("en", "da", "fr"):
        assert any(minor and lang == language for minor, lang, _ in rows)
        assert any(not minor and lang == language for minor, lang, _ in rows)


def test_recall_and_false_positives_are_within_bounds() -> None:
    rows = labelled()
    minors = [phrase for minor, _, phrase in rows if minor]
    others = [phrase for minor, _, phrase in rows if not minor]
    missed = [phrase for phrase in minors if not says_under_18(phrase)]
    flagged = [phrase for phrase in others if says_under_18(phrase)]
    recall = 1 - len(missed) / len(minors)
    false_positives = len(flagged) / len(others)
    print(f"\ntrip-wire recall {recall:.1%} ({len(minors)} phrases), missed: {missed}")
    print(f"trip-wire false positives {false_positives:.1%} ({len(others)}), flagged: {flagged}")
    assert recall >= 0.90
    assert false_positives <= 0.02


@pytest.mark.parametrize("language", ["en", "da", "fr"])
def test_each_language_is_read(language: str) -> None:
    minors = [p for minor, lang, p in labelled() if minor and lang == language]
    caught = sum(says_under_18(p) for p in minors)
    assert caught / len(minors) >= 0.85


@pytest.mark.parametrize(
    "message",
    ["", "   ", "14", "im", "1" * 2000, "im " * 600, "14 " * 600, "j'ai " * 400 + "40 ans"],
)
def test_edge_input_is_not_a_minor(message: str) -> None:
    assert not says_under_18(message)


# Each class of claim the rules read, with lines that must and must not trip the wire.
CLASSES: dict[str, tuple[list[str], list[str]]] = {
    "the age inside a phrase": (
        [
            "speaking as a 13-year-old, this app is boring",
            "its tough being thirteen",
            "mum says a 15 year old like me needs sleep",
            "for a 14 year old im quite short",
            "det er svært at være 14",
            "som en 15-årig pige må jeg ingenting",
            "jeg er en pige på 14",
            "en tant qu'ado de 15 ans je trouve ça nul",
            "je suis une fille de 14 ans",
        ],
        [
            "i remember being 14",
            "as a dad of a 14 year old i never sleep",
            "som 14-årig var jeg genert",
            "je suis maman d'une fille de 14 ans",
        ],
    ),
    "misspelt number words": (
        [
            "im fourten",
            "i'm fiveteen",
            "i am thirten",
            "i'm fourtheen years old",
            "jeg er fjortn",
            "jeg er sekstn år",
            "j'ai quinse ans",
            "j'ai katorze ans",
            "j'ai treze ans",
        ],
        ["is it size 14?", "i need ten minutes", "jeg er til festen", "je suis élève en master"],
    ),
    "negation of adulthood": (
        [
            "im still not eighteen",
            "not eighteen yet lol",
            "im not even 15 yet",
            "i'm not an adult yet",
            "jeg er ikke atten endnu",
            "er ikke fyldt 18 endnu",
            "j'ai pas encore dix-huit ans",
            "je suis pas encore majeur",
        ],
        ["im not 14 lol, im 30", "my brother is not 18 yet", "je suis majeur"],
    ),
    "school years": (
        [
            "i'm in year 9",
            "year 8 here, so bored",
            "currently in 9th grade",
            "im a freshman in high school",
            "jeg går i 2.g",
            "går i 9 klasse",
            "jeg går i 10.",
            "je suis en cinquième",
            "je rentre en 3e",
            "je vais au lycée demain",
        ],
        [
            "my daughter is in year 9",
            "i teach year 8 maths",
            "i taught 7th grade for years",
            "in year 10 i broke my leg",
            "year 12 of my phd",
            "min datter går i 8. klasse",
            "jeg gik i 8. klasse for længe siden",
            "ma fille va au collège",
            "je travaille au collège du quartier",
            "je vais au collège chercher mon fils",
            "t'es encore au collège ?",
            "je suis en première classe dans le train",
        ],
    ),
    "ages about to come or just reached": (
        [
            "turning 16 next week",
            "i turn 15 on sunday",
            "i'll be 16 next month",
            "two more years till im 18",
            "16 next week!!",
            "14 since last week",
            "jeg fylder 15 på søndag",
            "så bliver jeg 16",
            "jeg er lige blevet 16",
            "j'aurai 16 ans en mai",
            "je fête mes 15 ans samedi",
        ],
        [
            "my son will be 15 in june",
            "wait until im 18 hours into the game",
            "my daughter turns 16 tomorrow",
            "i turned 14 in 2012",
            "jeg blev 18 i går",
            "min søster bliver 16 i morgen",
            "pour mes 15 ans j'ai eu un vélo",
        ],
    ),
    "answers to asl": (
        ["15 and bored lol", "d15", "16 pige", "mec 14 ans", "hi, 15 f"],
        ["the F15 is a great plane", "F16 er et fly", "press f11 to go full screen"],
    ),
    "amounts, experience and differences": (
        [],
        [
            "i have 15 years of experience",
            "been teaching 16 years",
            "there's a 14 year gap between us",
            "still 14 to go",
            "jeg har 14 års erfaring",
            "han er 14 år ældre end mig",
            "j'ai 16 ans de mariage",
            "il a 14 ans de plus que moi",
            "er 15 nok?",
        ],
    ),
    "someone else's words": (
        [],
        [
            "my friend keeps typing i'm 15 as a joke",
            "han skrev jeg er 14 for sjov",
            "elle écrit j'ai 14 ans dans son profil",
        ],
    ),
}


@pytest.mark.parametrize("kind", CLASSES)
def test_each_class_is_read_and_its_look_alikes_are_not(kind: str) -> None:
    minors, others = CLASSES[kind]
    assert [line for line in minors if not says_under_18(line)] == []
    assert [line for line in others if says_under_18(line)] == []


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("guess lol.. 14", True),
        ("gæt... 15", True),
        ("devine... 14", True),
        ("presque 15", True),
        ("m15 texas", True),
        ("my 16th is on saturday", False),
        ("jeg bliver snart 13", False),
        ("i have a maths gcse tomorrow", False),
        ("got homework for my 8th grade science class", False),
        ("i go to middle school", False),
        ("j'ai dis-sept ans", False),
        ("m15", False),
        ("f14, texas", False),
        ("14 and a half", False),
        ("moi c est 15 ans", False),
        ("i wont be 18 till june", False),
        ("im 18 next year", False),
        ("j ai toujours 17 ans", False),
        ("still in high school", False),
        ("im in hs", False),
        ("je suis en 1ère", False),
    ],
)
def test_third_round_statements_are_read(message: str, asked: bool) -> None:
    assert says_under_18(message, asked_age=asked)


@pytest.mark.parametrize(
    "message",
    [
        "F16 rocks",
        "p13 parking",
        "f14 tomcat",
        "m15 cable",
        "14 yrs in the army",
        "16 yrs age gap is too much imo",
        "14 år mellem os",
        "15 ans d écart",
        "my 10th in a row",
        "i go to high school reunions",
        "guess lol.. 14",  # without the partner asking, a guess game is no claim
        "15 år på samme job",
        "she was like im 14 and i was like ok",
        "year 9 teacher here",
        "im 18 next to you lol",
        "i went to high school in leeds",
        "la 1ere fois",
    ],
)
def test_third_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("nah 15", True),
        ("nej 14 desværre", True),
        ("me? 14", False),
        ("uhh 15 if that matters", False),
        ("euh 13", False),
        ("technically a minor still", False),
        ("we're both 15", False),
        ("me and my cousin are 14", False),
        ("being a 15yo is hard", False),
        ("ill probably be 16 by then", False),
        ("gonna turn 15 soon", False),
        ("just hit 14", False),
        ("im in 9th", False),
        ("im in yr 9", False),
        ("im a junior in high school", False),
        ("sophomore in high school lol", False),
        ("13 (f)", False),
        ("seksten her", False),
        ("jeg er faktisk fyldt 15", False),
        ("fyldte 14 i søndags", False),
        ("blev lige 15", False),
        ("mine afgangsprøver starter i maj", False),
        ("h15", False),
        ("je viens juste d'avoir 15 ans", False),
        ("j'aurai 15 la semaine pro", False),
        ("j'ai 15 ans dans deux semaines", False),
        ("15 depuis hier", False),
        ("fille de 14 ans", False),
        ("je suis qu'une fille de 15 ans", False),
        ("nous les jeunes de 14 ans", False),
        ("en 4e et c'est nul", False),
        ("nyfyldt 15", False),
        ("lige blevet 15", False),
        ("fejrede min 15 års fødselsdag i går", False),
        ("jeg går i 8.a", False),
        ("jeg er i ottende klasse", False),
        ("jeg går i udskolingen", False),
        ("jeg starter i 1.g efter sommerferien", False),
        ("jai pas encore 18ans", False),
        ("je n'ai que 15 ans", False),
        ("je ne suis pas majeur", False),
        ("je suis pas encore adulte", False),
        ("i aint 18 yet", False),
        ("i guess 15", True),
        ("14ish", True),
        ("i'm roughly 15", False),
        ("15 soon", False),
        ("16 on friday", False),
        ("soon to be 16", False),
        ("finally turning 16 tomorrow", False),
        ("as someone who's 15", False),
        ("jeg er ca 15", False),
        ("15 om en uge", False),
        ("j'ai environ 14 ans", False),
        ("j'ai genre 14", False),
        ("bientôt 15", False),
        ("jeg har lige rundet 15", False),
        ("rundede 14 i går", False),
        ("jeg er 15 år i dag", False),
        ("15 today!!", False),
        ("i'm officially 15", False),
        ("middle schooler here", False),
    ],
)
def test_fourth_round_statements_are_read(message: str, asked: bool) -> None:
    assert says_under_18(message, asked_age=asked)


@pytest.mark.parametrize(
    "message",
    [
        "when i turned 16 i got a car",
        "da jeg blev 15 fik jeg knallert",
        "da jeg fyldte 15 flyttede vi",
        "quand j'ai eu 16 ans j'ai eu mon scooter",
        "12 år som vegetar",
        "hit 15 home runs this season",
        "im in 9th place",
        "freshman year of college was fun",
        "me? 25",
        "uhh 15 minutes",
        "me and my wife are both 35",
        "en seconde main",
        "je vais avoir 14 de moyenne",
        "15 h",
        "i'm not 18 im 30",
        "jeg er ikke 18 men 28",
        "da jeg havde min 15 års fødselsdag",
        "like 15 people",
        "i act like im 15",
        "people think im 15 but im 24",
        "folk tror jeg er 15 men jeg er 23",
        "on me donne 15 ans mais j'en ai 25",
        "i guess 15",  # without the partner asking, a count as likely as an age
        "vi har været gift 15 år i dag",
        "15 år i dag siden vi mødtes",
        "15 today is the deadline",
    ],
)
def test_fourth_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


_THIS_YEAR = datetime.date.today().year


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (f"born in {_THIS_YEAR - 14}", False),
        (f"jeg er født i {_THIS_YEAR - 15}", False),
        (f"née en {_THIS_YEAR - 13}", False),
        (f"jeg er fra {_THIS_YEAR - 14}", False),
        (f"je suis de {_THIS_YEAR - 15} et toi", False),
        (f"im a {_THIS_YEAR - 13} baby", False),
        (f"jeg er {_THIS_YEAR - 14}-barn", False),
        (f"{_THIS_YEAR - 16}", True),
        ("two more years until i'm an adult", False),
        ("1 år til jeg fylder 18", False),
        ("encore deux ans avant ma majorité", False),
        ("i'm not quite 15 yet", False),
        ("jeg er ikke helt 14 endnu", False),
        ("j'ai pas tout à fait 17 ans", False),
        ("je suis lycéen", False),
        ("chui collégien", False),
        ("13 going on 14", False),
        ("15 på vej mod 16", False),
        ("i'll be turning 16 in june", False),
        ("jeg bli'r 16 til sommer", False),
        ("jeg skal fylde 14 på lørdag", False),
        ("at 15 im apparently too young to vote lol", False),
        ("à 14 ans je suis trop jeune pour ça selon eux", False),
        ("jeg er for ung til det som 15-årig", False),
        ("hej, dreng på 15 her", False),
        ("hey girl of 14 here", False),
        ("coucou, mec de 15 ans ici", False),
        ("im lowkey 15", False),
        ("lowkey 14", True),
    ],
)
def test_fifth_round_statements_are_read(message: str, asked: bool) -> None:
    assert says_under_18(message, asked_age=asked)


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (f"my brother was born in {_THIS_YEAR - 14}", False),
        (f"min søster er født i {_THIS_YEAR - 15}", False),
        (f"il est né en {_THIS_YEAR - 13}", False),
        (f"hun er fra {_THIS_YEAR - 14}", False),
        (f"je suis de retour depuis {_THIS_YEAR - 12}", False),
        (f"my daughter is a {_THIS_YEAR - 13} baby", False),
        (f"born in {_THIS_YEAR - 14}?", False),
        (f"born in {_THIS_YEAR - 30}", False),
        (f"born in {_THIS_YEAR - 18}", False),  # perhaps 18 already
        ("not yet", False),  # without a question about age, anything
        ("not yet 30", True),
        ("3 more years till retirement", False),
        ("2 år til vi bliver gift", False),
        ("encore 3 ans avant la retraite", False),
        ("not quite 16 minutes left", False),
        ("klokken er ikke helt 16", False),
        ("pas tout à fait 16 heures", False),
        ("been up 14 going on 15 hours", False),
        ("at 14 i was too young to understand", False),
        ("my son at 14 is too young for tiktok", False),
        ("drengen i filmen skal forestille at være 15", False),
        ("the kid being 14 in the film is weird", False),
        ("en pige på 14 år blev fundet", False),
        ("a girl of 15 was hurt", False),
        ("j'ai pas tout à fait fini", False),
    ],
)
def test_fifth_round_look_alikes_are_not_read(message: str, asked: bool) -> None:
    assert not says_under_18(message, asked_age=asked)


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("stadig ikke 18 øv", False),
        ("ikke 16 år endnu desværre", False),
        ("toujours pas 18 ans snif", False),
        ("encore moins de 18 ans désolée", False),
        ("18 is still a couple of years away", False),
        ("i'm four years away from 18", False),
        ("18 er stadig to år væk", False),
        ("18 ans c'est encore dans deux ans", False),
        ("15 ans dans trois semaines", False),
        ("14 år om et par uger", False),
        ("pour un mec de 14 ans chui plutôt grand", False),
        ("til at være 15 er jeg ret høj", False),
        ("for en pige på 14 er jeg temmelig moden", False),
        ("je 14 ans et toi", False),
        ("vi går begge i 8.", False),
        ("demain on a sport en 4e A", False),
        ("sorry, not legal yet", False),
        ("jeg er altså stadig under 18", False),
        ("encore mineure dsl", False),
        ("skal i 8. efter ferien", False),
        ("jeg er i ottende", False),
        ("jeg er jo i 8.", False),
        ("it was my bday yesterday, 15 now", False),
        ("fødselsdag i weekenden, 14 år nu", False),
        ("17 in a couple of months", False),
        ("c'est relou quand on a 13 ans", False),
        ("det er hårdt når man er 14 år", False),
        ("meuf 15 ans marseille", False),
        ("boy 14 yo, wbu", False),
        ("now a sophomore", False),
        ("going to be a sophomore in september", False),
    ],
)
def test_sixth_round_statements_are_read(message: str, asked: bool) -> None:
    assert says_under_18(message, asked_age=asked)


@pytest.mark.parametrize(
    "message",
    [
        "stadig ikke 12 i matematik desværre",
        "toujours pas 16 de moyenne lol",
        "interdit aux moins de 18 ans",
        "moins de 18 ans : entrée gratuite",
        "im 3 years away from 18 months sober",
        "16 ans dans 2 mois qu'on est ensemble",
        "pour une fille de 15 ans je trouve ça grave",
        "pour un whisky de 15 ans je suis déçu",
        "til 15 er jeg på arbejde",
        "je 15 ans de carrière",
        "de går i 7. klasse",
        "mon fils est en 3e B",
        "on finit en 3e position",
        "im not legal here, no visa",
        "un problème mineur",
        "mineur ?",
        "jeg er i niende time",
        "my dad's birthday was great, 15 people now",
        "quand on a 14 ans on fait des bêtises",
        "f 32 ans lyon",
        "girl 15 years old was found safe",
        "gonna be a freshman in college",
        "moins de 18 ans, entrée libre",
        "18 is still 2 years away for my son",
        "18 is three years away from here by bus",
        "i'm 3 years away from 18 holes in golf",
        "16 ans dans 2 mois pour mon fils",
        "ikke 16 år endnu siden vi mødtes",
    ],
)
def test_sixth_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


@pytest.mark.parametrize("answer", ["nope not yet", "nej ikke endnu", "pas encore malheureusement"])
def test_not_yet_answers_only_a_question_whether_one_is_18(answer: str) -> None:
    assert says_under_18(answer, asked_age=True, asked_if_adult=True)
    assert not says_under_18(answer, asked_age=True)  # "how old are you, got your license?"


@pytest.mark.parametrize(
    ("question", "if_adult"),
    [
        ("are you 18?", True),
        ("r u even 18", True),
        ("er du myndig?", True),
        ("t'es majeur ?", True),
        ("tu as 18 ans ?", True),
        ("how old are you, got your license?", False),
        ("hvor gammel er du? har du kørekort?", False),
        ("tu as quel âge ? t'as fini tes études ?", False),
    ],
)
def test_a_question_whether_one_is_18_is_told_from_other_age_questions(
    question: str, if_adult: bool
) -> None:
    assert asks_if_adult(question) is if_adult


@pytest.mark.parametrize(
    "message",
    [
        # Negation: "endnu ikke", "ikk", not reached yet in three languages.
        "endnu ikke 18 desværre",
        "jeg er endnu ikke 16",
        "ikk 18 endnu",
        "ik fyldt 18 endnu haha",
        "jeg har ikke fyldt 18 endnu",
        "not yet 18 sadly",
        "i havent turned 18 yet",
        "i still haven't hit 16",
        "j'ai toujours pas 18 ans",
        "j'ai même pas dix-huit ans",
        "j'ai pas encore eu mes 18 ans",
        "je n'ai toujours pas atteint la majorité",
        # School, the age just reached, the writer for their age.
        "jeg er i 2.g og har travlt",
        "er i 1. g",
        "finally hit 14 and got my phone back",
        "just hit 15 so i can finally use tiktok",
        "for someone who's 16 i've travelled a lot",
        "for somebody who is 15 rn, my life is boring",
    ],
)
def test_seventh_round_statements_are_read(message: str) -> None:
    assert says_under_18(message)


@pytest.mark.parametrize(
    "message",
    [
        "endnu ikke set den film",
        "ikk 18 grader i dag",
        "jeg har ikke fyldt tanken endnu",
        "i havent hit 18 holes yet",
        "i haven't turned 18 in years",
        "j'ai même pas 18 euros",
        "je n'ai pas encore eu mes résultats",
        "15 minutes, u?",
        "9, u?",
        "2015, you?",
        "15 of them, you?",
        "14",
        # A number alone, nothing after it, counts only after an age question: alone it is as
        # likely a count ("14 lol" see BARE below).
        "quatorz",
        "fifteen",
        "fourteen of them",
        "fifteen minutes lol",
        "hun går i 2.g",
        "min bror er i 1.g",
        "i hit 15 home runs",
        "she just hit 13 and got her first phone",
        "that's good for someone who's 15",
        "for someone who's 17 he plays really well",
        "for someone who's 15, i think that's impressive",
    ],
)
def test_seventh_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


@pytest.mark.parametrize("message", ["fourten lol", "quatorz", "thirteen haha", "fjortn lol"])
def test_a_number_alone_is_read_as_an_age_after_an_age_question(message: str) -> None:
    assert not says_under_18(message, asked_other=True)
    assert says_under_18(message, asked_age=True)


# An age and a laugh, or the question handed back, when the partner asked nothing: one's age
# given unasked. After another question ("how many tabs do u have open?") it answers that.
BARE = ["14 lol", "fourten lol", "thirteen haha", "like 15 fr fr", "ja 16 haha", "14 lmao y"]


@pytest.mark.parametrize("message", BARE)
def test_an_age_and_a_laugh_is_read_when_nothing_was_asked(message: str) -> None:
    assert says_under_18(message)
    assert not says_under_18(message, asked_other=True)


@pytest.mark.parametrize(
    "message", ["14!!", "15?", "14 lol jk im 30", "15 lol no, 29", "16 pts lol"]
)
def test_an_age_alone_asked_back_or_taken_back_is_not_read(message: str) -> None:
    assert not says_under_18(message)


@pytest.mark.parametrize(
    "message",
    [
        # The age handed back after "me", after a laugh, or with "and you" and no question mark.
        # At that age now: the youngest, the only one still that age.
        "coach says at 16 im the youngest on the senior team",
        "som 14-årig er jeg den yngste på holdet",
        "à 15 ans je suis la plus petite de ma classe",
        "i min klasse er jeg den eneste der stadig er 13",
        "im the only one in my class who's still 13",
        "je suis la seule de ma classe qui a encore 13 ans",
        # A school year now, harder than expected.
        "første år på gymnasiet, 1.g er hårdere end jeg troede",
        "freshman year is harder than i thought",
        "la seconde c'est plus dur que je pensais",
        # Just reached, misspelt or pro-drop; years shortened or in slang.
        "jus turnd 12 lol",
        "har lige fyldt 13 saa nu maa jeg endelig faa instagram",
        "g eu 12 ans dimanche",
        "jai 14a",
        "j'ai 15 balais et toutes mes dents",
        # Oneself described by age; one's view as that age; good for that age.
        "just a sixteen yr old tryna survive mondays",
        "bare en 14-årig der keder sig",
        "me, a 14-year-old with zero money, trying to buy concert tickets 💀",
        "som en på 14 synes jeg det er mega unfair",
        "for en der er 13 er jeg ret god til engelsk tbh",
    ],
)
def test_eighth_round_statements_are_read(message: str) -> None:
    assert says_under_18(message)


@pytest.mark.parametrize(
    "message",
    [
        "14 and you lose",
        "15 og dig har 3",
        "at 16 i was the youngest on the team",
        "at 30 im the oldest on the team",
        "à 15 ans j'étais la plus petite",
        "som 14-årig var jeg den yngste",
        "my son is the only one in his class who's still 13",
        "han er den eneste der stadig er 13",
        "im the only one here who is still 18 lol",
        "1.g var hårdere end jeg troede",
        "high school was harder than i thought",
        "freshman year is harder than my son thought",
        "jus turned 30 lol",
        "har lige fyldt tanken",
        "g eu 15 sur 20",
        "j'ai 15 a faire",
        "j'ai 15 balles",
        "just a 12 year old car but it runs",
        "only a 14 yr old dog can do that",
        "just a 15 minute walk",
        "me, a 30 year old with zero money",
        "my son, a 14-year-old, wants a phone",
        "som en på 14 ville jeg have elsket det",
        "for en der er 13 er han ret god",
    ],
)
def test_eighth_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


@pytest.mark.parametrize("message", ["ja 16 haha", "ouais 16 ptdr"])
def test_eighth_round_a_yes_and_a_number_answer_another_question(message: str) -> None:
    assert not says_under_18(message, asked_other=True)


HANDED_BACK = [
    "fjorten, og du?",
    "15 u?",
    "sixteen, hbu?",
    "14 et toi ?",
    "seksten hvad med dig?",
    "femten haha og dig",
    "mig 13, dig?",
    "moi 15, et toi",
]


@pytest.mark.parametrize("message", HANDED_BACK)
def test_an_age_handed_back_with_the_question_is_read_after_an_age_question(message: str) -> None:
    assert says_under_18(message, asked_age=True)
    # After another question, "11, you?" answers "what time do you wake up?" and "15 et toi ?"
    # "t'as eu combien en maths ?".
    assert not says_under_18(message, asked_other=True)


@pytest.mark.parametrize("message", ["15 u? jk im 30", "15, you? no wait im 25", "15 jk im 30"])
def test_an_age_handed_back_and_taken_back_is_not_read(message: str) -> None:
    assert not says_under_18(message, asked_age=True)


# Round 9: the classes weakest on the test half (Danish in_phrase and slang, French slang,
# negation in all three), from wordings written for them and the development half of batch 9.
@pytest.mark.parametrize(
    "message",
    [
        "som femtenårig er det bare sådan",
        "en sekstenårig pige her",
        "14 årig pige søger nogen at snakke med",
        "som en der er 14 synes jeg det er uretfærdigt",
        "jeg har været 14 i en uge nu",
        "i've been 15 for a week now",
        "alle tror jeg er ældre men jeg er kun 13",
        "everyone thinks im older but im 14",
        "tout le monde croit que j'ai 18 mais j'ai 15 ans",
        "jai 14 piges",
        "j'ai 13 berges mdr",
        "chui une meuf d 14 ans",
        "jsui une gamine de 13 ans",
        "14a et toi",
        "15å btw",
        "er 14 å gammel",
        "finna be 16 next week",
        "i'm nowhere near 18",
        "still a few years off 18 lol",
        "im under age",
        "jeg er ikke gammel nok til at stemme",
        "je suis pas assez vieille pour voter",
        "jeg er stadig ikke fyldt 16",
        "je suis loin d'avoir 18 ans",
        "enfin 15 ans depuis hier",
        "moi je suis en cm2 et toi",
        "vi i 7.b har idræt nu",
        "nu er jeg endelig 16",
        "14 siden i lørdags",
        "jeg er næsten 15",
        "vi er begge 15",
        "mig og mine venner er alle 14",
        "on a tous les deux 15 ans",
        "jeg hedder emma og er 13",
        "hej jeg er sofie 14 år",
        "just had my 14th",
        "kids my age (15) dont care",
        "me (15f) and my friend",
        "im a teen (14)",
        "teenager here, 15",
        "i dont turn 18 for another 3 years",
        "i won't be legal for 2 more years",
        "i'm still two years from being an adult",
        "im like two years off being legal",
        "moi à 13 ans je m'ennuie grave",
        "avec mes 15 ans je peux rien faire",
        "du haut de mes 13 ans",
    ],
)
def test_ninth_round_statements_are_read(message: str) -> None:
    assert says_under_18(message)


@pytest.mark.parametrize(
    "message",
    [
        "min søn er en 14-årig dreng her i byen",
        "jeg har været 14 timer på arbejde",
        "i've been 15 minutes in the queue",
        "he said he was 14 but whatever",
        "people think im 15 lol",
        "bus 14a is late",
        "on a gagné 14 a 2",
        "ils ont 14 piges dans la classe",
        "my son is nowhere near 18",
        "the age of the universe",
        "i'm 3 years away from 18 holes in golf",
        "vores tiårs jubilæum er i morgen",
        "years and dollars and stars",
        "t'es en cm2 ?",
        "min datter i 6.b har fri",
        # From the review: what adults say too, and a parent quoting a child.
        "haha im far from 18 lol, more like 40",
        "I'm a long way from 18, trust me",
        "not even close to 18 lol im 35",
        "my son always says but im 14 mom",
        "min søn siger altid men jeg er 14 mor",
        "mon fils me dit toujours mais j'ai 14 ans maman",
        "jeg er pædagog 15 år i faget",
        "moi à 13 ans je jouais déjà au foot",
        "med mine 15 år i firmaet",
        "avec mes 15 ans chez renault",
        "skriv til mig på 14",
        "vi på 15 bor alle pensionister",
        "hej, en 14-årig pige fra min gade forsvandt",
        "jeg er gift 15 år",
        "vi er alle 14 personer",
        "jeg er hjemme 15 år efter",
        "just had my 14th cup of coffee",
        "my son (14) is annoying",
        "me (34m) and my wife (31f)",
        "i'm two years from being a senior engineer",
        "avec mes 15 ans d'expérience",
        "moi à 14 ans j'étais déjà grande",
    ],
)
def test_ninth_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


def test_asl_answer_after_moi_is_read_after_an_age_question() -> None:
    assert says_under_18("moi 14, fille, du 93 et toi ?", asked_age=True)
    assert says_under_18("me 15, f", asked_age=True)


# Round 10, from the development half of batch 10.
@pytest.mark.parametrize(
    "message",
    [
        "som en der er 13 år er det svært at få lov til noget",
        "som 14-årig har man ingen penge",
        "14f bored af",
        "15m looking for friends",
        "16f lf someone to talk to",
        "14a m",
        "os på 14 må ingenting",
        "jeg på 14 har ikke noget job",
        "mig som 15-årig har ingen chance",
        "som ung på 15 er det svært",
        "med mine 15 år ved jeg godt hvad jeg vil",
        "i en alder af 14 burde jeg have lov",
        "fjortenårige mig",
        "sådan en som mig på 14",
        "at være en pige på 14 er ikke nemt",
        "når man kun er 14",
    ],
)
def test_tenth_round_statements_are_read(message: str) -> None:
    assert says_under_18(message)


@pytest.mark.parametrize(
    "message",
    [
        "som 14-årig var det svært",
        "som en der var 13 år er det sjovt at tænke på",
        "bus 14a m",
        "vi bor på 14. sal",
        "vi mødes på 14 min",
        "min søn på 14 har ingen job",
        "med mine 15 års erfaring",
        "jeg kom på 14 plads",
    ],
)
def test_tenth_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


# Round 11, from the development half of batch 11.
@pytest.mark.parametrize(
    "message",
    [
        "hejjj :) er 16 og keder mig helt vildt",
        "for a 15 yr old guy i cook pretty well tbh",
        "c dur d'être une ado de 15 ans avec des parents comme les miens",
    ],
)
def test_eleventh_round_statements_are_read(message: str) -> None:
    assert says_under_18(message)


@pytest.mark.parametrize(
    "message", ["(side 14) er 16 kr", "c'était dur d'être une ado de 15 ans à l'époque"]
)
def test_eleventh_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


# Round 13, from the development half of batch 12.
@pytest.mark.parametrize(
    "message",
    [
        "nah im def not an adult, my mom picks me up from school",
        "Moi, ado de 13 ans, je trouve que les profs exagèrent.",
        "moi, fille de 14 ans, je parle français et anglais",
    ],
)
def test_thirteenth_round_statements_are_read(message: str) -> None:
    assert says_under_18(message)


@pytest.mark.parametrize(
    "message",
    [
        "moi, fille de 14 ans à l'époque, j'adorais ça",
        "moi, fille de 14 ans, je jouais au foot",
        "im so not an adult about money lol",
    ],
)
def test_thirteenth_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


# Round 14: an age to come by its month, the age just reached after a sentence start, "far
# from 18", "nu er jeg i 7.", "jsuis 15", the brevet to come, the others of one's age, the age
# told unasked ("14 btw"), a school year lived now; "jdeconne" takes an age back.
@pytest.mark.parametrize(
    "message",
    [
        "18 in april, then i'm out of here",
        "17 til juli og så kører jeg bil",
        "16 ans en juin enfin",
        "new year new me, 15 as of today",
        "chui 16 depuis hier",
        "langt fra 18 desværre",
        "loin d'avoir 18 ans mdr",
        "nu er jeg i 8. og det er svært",
        "så er jeg 14 btw",
        "jsui 13 tkt",
        "j'ai le brevet en juin",
        "any other 15 year olds on here?",
        "er der andre 14-årige her?",
        "anyone else here who's 16?",
        "15 btw, just so u know",
        "8th grade is so boring",
        "le collège c'est trop chiant",
    ],
)
def test_fourteenth_round_statements_are_read(message: str) -> None:
    assert says_under_18(message)


@pytest.mark.parametrize(
    "message",
    [
        "12 in june was the record",
        "16 in may for my son",
        "far from 18 degrees today",
        "so far from 18 lol, more like 35",
        "je suis 15e au classement",
        "jsuis 12 dans la file",
        "anyone else have 14 tabs open",
        "my daughter wants other 13 year olds to play with",
        "middle school sucked back then",
        "j'ai eu mon brevet en 2009",
        "14 jk im 30",
        "15 ans... je deconne j'en ai 33",
        "så er jeg 15 point foran",
    ],
)
def test_fourteenth_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


# Round 15: "nej" takes an age back, "sgu" and "kun" as fillers, a sign-off with the age, one's
# own age group, the high-school year said first, of age soon, "pour un mec de 16 ans je ...".
@pytest.mark.parametrize(
    "message",
    [
        "rundede sgu 14 i går",
        "kun 13 så vær sød",
        "love this song, signed a 15 year old with a headache",
        "hilsen en træt 14-årig",
        "teachers think 14-year-olds like me never read",
        "adults think 15-årige som mig ikke forstår noget",
        "sophomore in high school, so much homework",
        "majeur dans 3 mois",
        "legal next year thank god",
        "pour une fille de 15 ans je cours vite",
    ],
)
def test_fifteenth_round_statements_are_read(message: str) -> None:
    assert says_under_18(message)


@pytest.mark.parametrize(
    "message",
    [
        "kun 15 tilbage på lager",
        "kun 13 kom til festen",
        "freshman in high school was the worst year of my life",
        "pour une fille de 14 ans je trouve ça trop jeune",
        "pour un gars de 15 ans je pensais qu'il était plus grand",
        # From the review of rounds 14 and 15: transfers, places, others' ages, "like" the verb,
        # opinions, Danish units, the past, units after "far from 18", a brevet in diving.
        "arsenal just signed a 17 year old from brazil",
        "legal in colorado since 2014",
        "majeur en france c'est 18 ans",
        "who even plays this other than 12 year olds lol",
        "ingen andre end 12-årige spiller det",
        "any other 12 year olds here for my daughter to play with?",
        "are there other 14 year olds in the class you teach?",
        "anyone else here in 12 step recovery?",
        "idk why 13 year olds like me so much on tiktok lol",
        "pour un gars de 16 ans je le trouve très mature",
        "pour une ado de 15 ans je lui offre quoi ?",
        "kun 12 af 20 rigtige i prøven",
        "jeg fyldte lige 15 liter benzin på",
        "freshman in high school, i had the worst haircut",
        "far from 18 minutes, it took an hour",
        "j'ai mon brevet en plongée",
        "16 in march and 20 in april, not bad",
        "jsuis 12 depuis le début de la partie",
        "snapstreak: 16 as of today",
        "9 btw not 8, the meeting moved",
    ],
)
def test_fifteenth_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


@pytest.mark.parametrize(
    ("message", "under_18"),
    [
        # After an age question: "nej" takes an age back for an adult one, not for one to come.
        ("14 haha nej jeg er 26", False),
        ("16 lol no im 41", False),
        ("16 no im 18 in 2 years lol", True),
        ("15 nej jeg er 18 om 3 år", True),
    ],
)
def test_fifteenth_round_an_age_taken_back_after_the_question(message: str, under_18: bool) -> None:
    assert says_under_18(message, True) is under_18


# Round 16: "not over 18" with the "I" left out, Danish fillers before "ikke", "er på efterskole",
# "15 ngl", "15a tkt".
@pytest.mark.parametrize(
    "message",
    [
        "nah not over 18 sorry",
        "ikke over 18 desværre",
        "jeg er altså ikke over 18",
        "jeg er sgu ikke 18 endnu",
        "er på efterskole på fyn",
        "14 ngl this app is weird",
        "15a tkt",
    ],
)
def test_sixteenth_round_statements_are_read(message: str) -> None:
    assert says_under_18(message)


@pytest.mark.parametrize(
    "message",
    [
        "not over 18 degrees today",
        "not over 18? then this app isnt for you",
        "prices not above 18 € please",
        "min søster er på efterskole",
        "jeg var på efterskole i 2009",
    ],
)
def test_sixteenth_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


# Round 17: "jeg e 14", an age only at a time to come ("won't be 13 until", "bliver først 13",
# "je n'aurai 14 ans qu'en"), "j'aurai enfin 18 ans", "ça y est 15 ans depuis", Quebec's
# "secondaire 3".
@pytest.mark.parametrize(
    "message",
    [
        "jeg e 15 btw",
        "i wont be 14 till june",
        "jeg bliver først 14 til sommer",
        "je n'aurai 15 ans qu'en juin",
        "j'aurai enfin 18 ans en avril",
        "ça y est 15 ans depuis samedi",
        "chui en secondaire 2",
        "chui en sec 3",
        # From a review of round 17: the rest of the sentence in the past, a younger age named.
        "je suis en 5e et j'étais malade hier",
        "im 14, no 20 year olds pls",
        "jeg er 14, nej 20 år er for gammel",
    ],
)
def test_seventeenth_round_statements_are_read(message: str) -> None:
    assert says_under_18(message)


@pytest.mark.parametrize(
    "message",
    [
        "he won't be 14 until june",
        "min bror bliver først 14 til sommer",
        "en 5ème j'avais peur de tout",
        "everyone in the video was yelling im 16 lol",
        "ma fille est en secondaire 2",
        "moi en 3e je détestais les maths",
    ],
)
def test_seventeenth_round_look_alikes_are_not_read(message: str) -> None:
    assert not says_under_18(message)


@pytest.mark.parametrize(
    ("question", "answer", "under_18"),
    [
        ("how old r u", "j'en ai 16", True),
        ("r u 18?", "nah wish i was", True),
        ("er du 18?", "nej gid jeg var", True),
        ("age and where u from", "14 uk", True),
        ("how old r u", "13... nej pjat, 34 desværre", False),
        ("how old r u", "15 lol no, 29", False),
        ("r u 18?", "nah wish i was rich", False),
        ("r u 18?", "nope i wish", True),
        ("rate my outfit 1-10", "10 lol", False),
        ("guess how many pushups i did today", "15 lol", False),
        ("i ate 5 slices of pizza", "14 lol", False),
        ("donne moi une note sur 20", "16 mdr", False),
    ],
)
def test_seventeenth_round_answers_to_the_question(
    question: str, answer: str, under_18: bool
) -> None:
    asked_age = Signal.ASKS_AGE in signals_in(question)
    asked_other = not asked_age and asks_a_question(question)
    read = says_under_18(answer, asked_age, asked_age and asks_if_adult(question), asked_other)
    assert read is under_18


def test_a_long_run_of_laughs_is_read_at_once() -> None:
    # Once a backtracking pattern: this took seconds, now it is one linear pass.
    assert not says_under_18("14" + " lol" * 499 + "?")
