"""The minor trip-wire: `says_under_18(text) -> bool`, true when the writer says they are under 18.

It reads English, Danish and French as people type them in a chat: "im 14", "I'm 15 f", "14 yo",
"14 years old", "i am fourteen", "15/f", "14f", "m14", "age 13", "im in 8th grade", "i'm a minor",
"jeg er 14 år", "14 år gammel", "pige 14", "jeg går i 8. klasse", "j'ai 14 ans", "14 ans",
"je suis mineure"; ages 9 to 17 in digits ("1 4" too) or words, and "almost 18"; through the
disguises `normalise` undoes (full-width, look-alike letters, invisible characters, keycaps).

It stays quiet about other people ("my brother is 14", "min datter er 15", "il a 15 ans"), the
past ("when I was 14", "I was 15 in 2009", "quand j'avais 14 ans", "for 14 år siden"), amounts
("14 minutes", "I'm 14 km away", "j'ai 14 chats"), numbering ("page 14", "iPhone 14"), questions
to the partner ("are you 14?") and adult ages ("I'm 41", "I'm 19").

A bare number with a gender ("14 f") or "years old" counts only where an answer to "asl?" would
stand: at the start of the message or of a sentence, after a greeting, or after "asl"/"age",
and only when no sentence follows ("F16 is my fav jet" is a code); a letter touching the number
("f16", "p13") only alone or before a separator or "here" ("F16 rocks", "p13 parking" are
codes). A bare number ("15", "bare 15", "16 lol", "guess lol.. 14", "presque 15", "m15 texas")
counts when the partner's last message asked the writer's age (`asked_age`).

Number words are read as digits first (`number_words.as_digits`), misspelt ones too ("fourten",
"fjårten", "kinze"), so the rules below read digits only. Also read: ages about to come or just
reached ("ill be 15", "till im 18", "16 next week", "jeg fylder 15", "så bliver jeg 16",
"j'aurai 14 ans", "je fête mes 16 ans", "been 15 since tuesday", "er lige fyldt 15"), fillers
("im like um 15", "jeg er faktisk 15", "j'ai même pas encore 16 ans"), the age inside a phrase
("being 15 sucks", "as a 13-year-old", "a 14-year-old like me", "at være 15", "en pige på 16
som mig", "je suis un garçon de 13 ans"), school years (UK year 7-13, US grades 5-12 and
freshman/sophomore, "jeg går i 9.", "1.g", "efterskole", "je suis en troisième", "au collège",
"le brevet") and negation ("still not eighteen", "im below 18", "ikke myndig endnu", "pas encore
majeur", "stadig ikke 18 desværre", "moins de 18 ans dsl", "18 is three years away", "nowhere
near 18", "ikke gammel nok til at stemme"), and the years in slang ("13 piges", "15å btw"). School
years and "being 15" stay quiet when the sentence is about someone else or
the partner ("my niece started year 9", "i teach year 10", "t'es au collège ?"), is a question,
or is in the past ("when I was in year 9", "in year 10 i broke my leg"). An age in someone
else's words ("he typed 'im 13'", "han sagde "jeg er 14"", "kept writing j'ai 14 ans") does not
count. A birth year said of oneself ("born in 2011", "jeg er født i 2011", "née en 2011", or the
year alone after the partner's question) counts when it makes the writer 9 to 17 this year; "not
yet" counts only as the whole answer to an age question. A bare age handed back with the
question ("femten, dig?", "15 u?") or spelt out as the whole message ("fjortn lol") counts
without the partner's question. Not read: ages in other languages, and
claims spread over several messages ("im" then "14").
"""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple

from strangerchat.safety.normalise import Reading

# Number words are read as digits first (`as_digits`: "fourteen", "fjårten", "kinze" -> 14), so
# every pattern reads digits only. 9 to 17 ("1 4" and "1-4" too); not part of a bigger number, a
# decimal or an ordinal ("141", "14.5", "14th").
_AGE = r"(?:1[\s_*\-]?[0-7]|9)(?!\d|[.,:]\d|(?:st|nd|rd|th)\b)"
# An age still to come may be 18: "i'll be 18 in june", "jeg bliver 18", "j'aurai 18 ans".
_AGE_TO_COME = r"(?:1[\s_*\-]?[0-8]|9)(?!\d|[.,:]\d|(?:st|nd|rd|th)\b)"
# What follows a number that is not an age: "14 minutes away", "j'ai 14 chats", "15 min late".
_UNITS = (
    r"mins?|minutes?|minutter|hours?|hrs?|h|heures?|timer|secs?|seconds?|sekunder|days?|dage|"
    r"jours?|weeks?|uger|semaines?|months?|maneder|mois|km|kms|miles?|mi|cm|mm|kg|kgs|lbs?|oz|"
    r"pounds?|kilos?|inch(?:es)?|feet|foot|ft|meters?|metres?|percent|procent|pourcent|points?|"
    r"pts|stone|st|afsnit|episodes?|levels?|games?|chapters?|pages?|times?|gange|fois|x|of|out|"
    r"behind|ahead|away|late|early|short|down|up|more|less|left|people|persons?|others?|"
    r"degrees?|grader|euros?|dollars?|kr|kroner|chats?|chiens?|enfants?|freres?|soeurs?|amis?|"
    r"katte|hunde|born|venner|personer|mennesker|stykker|elever|spillere|mbit|mega|gb|go|af|sider|stk"
    r"|liter|deltagere|degres"
    r"|to\s+(?:\d|go)|in\s+(?:line|the\s+queue|a\s+row)"
    r"|(?:in|en|i|back\s+in)\s+(?:19|20)\d\d"
    r"|ar\s+(?:inde|i(?!\s+(?:dag|gar|morgen)\b(?!\s+siden))|ældre|yngre|fra|gift|sammen|som|med|pa|erfaring)"
    r"|ars\s+\w*(?:forskel"
    r"|erfaring)"
    r"|ans\s+(?:de\s+(?:plus|moins|difference|mariage)|d'|dans|que|qu')"
    r"|(?:years?|yrs?|ars?|ans)?\s*(?:age\s+|d'\s?age\s+)?(?:gap|difference|forskel|d'\s?ecart)"
    r"|(?:years?|yrs?)\s+(?:into|in|of(?!\s+age)|sober|clean|married|ago|later|as|at|with|"
    r"together|since|younger|older|apart|difference|gap)|m\s+(?:away|tall|long|high|from)"
    r"|m\s*(?:views|subs|followers)"
)
_NOT_AN_AGE = rf"(?!\s*(?:%|°|€|\$|£)|\s*(?:{_UNITS})\b)"
_I_AM = r"\b(?:i\s?'?\s?m|i\s+am|iam|ima)\s+"
_FILLERS = (
    r"(?:(?:only|just|like|about|around|actually|really|literally|now|still|a|an|um+|uh+|erm"
    r"|honestly|basically|kinda|sorta|prob|probably|technically|barely|merely|fresh|newly"
    r"|finally|also|too|roughly|approximately|approx|bout|abt|officially|lowkey)\s+)*"
)
_DA_FILLERS = (
    r"(?:(?:kun|bare|lige|sadan|vel|faktisk|egentlig|altsa|nu|stadig|jo|da|ligesom|nok|vist|sgu|typ"
    r"|ogsa|knap|netop|cirka|omkring|ca\.?|endelig|officielt|allerede)\s+)*"
)
_FR_FILLERS = (
    r"(?:(?:que|seulement|juste|genre|tout\s+juste|bientot|presque|meme\s+pas|pas\s+encore"
    r"|encore|toujours|a\s+peine|limite|deja|quasi|quasiment|environ|a\s+peu\s+pres|dans\s+les"
    r"|vers|enfin)\s+)*"
)
# "yrs" without "old" only where an answer to "asl?" ends: "14 yrs in the army" is a span.
_YEARS_OLD = (
    r"\s*(?:yo|y\s?/?\s?o|y\.o\.?|yrs?\s+old|years?\s+(?:old|young)|year\s+old"
    r"|yrs?\b(?=\s*(?:$|[.,!?/)]|(?:and|n|u|you|here|lol|m|f|male|female|boy|girl)\b)))\b"
    r"(?!\s+(?:me|self|version|scotch|whisky|whiskey|wine|car|dog|cat)\b)"
)
# How one is for one's age: "pour 15 ans je suis grande", "for en på 15 er jeg ret høj".
_SELF_AT_AN_AGE = (
    r"(?:(?:assez|plutot|tres|trop|super|vraiment|ret|meget|temmelig|vildt|rimelig|ok|lidt)\s+)?"
    r"(?:grande?|petite?|mature|avancee?|forte?|mince|maigre|lourde?|musclee?|høj|lav|stor|lille"
    r"|moden|tynd|stærk|voksen|god|dårlig|darlig)\b"
)
# Said of someone else after all: "16 in 2 months for my son", "18 er to år væk for min datter".
_FOR_SOMEONE_ELSE = (
    r"\b(?:for|pour|til|af)\s+(?:my|his|her|their|our|mon|ma|mes|son|sa|ses|min|mit|mine|hans|hendes"
    r"|deres|vores)\s+\w+"
)
_A_YEAR_OLD = r"\s*-?\s*(?:yo|y/o|y\.o\.|(?:year|yr)s?[\s-]*old)"
_GENDER = r"(?:m|f|male|female|boy|girl|guy|gurl|dreng|pige|p|d|fille|garcon|gars|mec|meuf)"
# Before the number only: "k16" (kvinde), "g14" (garçon); after it they are thousands and grams.
_GENDER_FIRST = rf"(?:{_GENDER}|k|g|h|me)"
# What follows an answer to "asl?": nothing, punctuation, "and you?", "here". Not a sentence:
# "F16 is my fav jet", "F12 åbner konsollen" are codes.
_ANSWER_END = (
    r"\s*(?:$|[.,!?;:/)(\-]|(?:and|og|et|u|you|dig|toi|here|her|ici|btw|lol|haha|mdr|from|fra"
    r"|de|looking|hmu|cherche|soger)\b"
)
# After a letter touching an age ("m15") that is all: "F16 rocks", "p13 parking" are codes.
_CODE_TAIL = rf"(?={_ANSWER_END}))"
# Otherwise a place may end it too: "15 f uk", "m 16 texas".
_ASL_TAIL = rf"(?={_ANSWER_END}|[a-zæø]+\s*[.!?]*$))"
_GREETING = r"hi+|hey+|hello|heya|yo|sup|ok|okay|lol|haha+|hej|hejsa|salut|slt|bonjour|coucou|cc"
# Where an answer to "asl?" stands: the start of the message or of a sentence, after a greeting.
_START = (
    rf"(?:^|[.!?,;:()\[\]|\"*~]\s*|\b(?:{_GREETING})\b[\s,!.]*"
    r"|\b(?:asl|a/s/l|asv)\b[\s?:,!.\-]*)"
)
# The start of the message, or after a greeting: "hej! pige på 14 her".
_GREETED = rf"(?:^|\b(?:{_GREETING})\b[\s,!.]*)"
# The start of a sentence: Danish and English drop the "I" ("er lige fyldt 15", "been 15 since").
# A smiley's ")" ends one too: "hejjj :) er 16".
_SENTENCE = r"(?:^|[.!?,;:)]\s*)"
# The months, as the trip-wire reads them (accents dropped): "18 in march", "18 til marts".
_MONTHS = (
    r"(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch|ts)?|apr(?:il)?|may|maj|june?|juni|july?|juli"
    r"|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)"
)
_NO_QUESTION = r"(?![^.!,]*\?)"
_NOT_PAST = r"(?<!at )(?<!since )(?<!from )(?<!by )(?<!until )(?<!before )(?<!after )(?<!the )"
# Who goes to school, or is "being 15", in the same sentence: someone else (the partner too),
# or the past.
_OTHER_PERSON = (
    r"\b(?:my|his|her|their|our|min|mit|mine|hans|hendes|deres|vores|mon|ma|mes|son|sa|ses|leurs?)"
    r"\s+(?:\w+\s+)?(?:sons?|daughters?|kids?|child|children|brothers?|sisters?|nieces?|nephews?"
    r"|cousins?|students?|pupils?|class|søn|datter|døtre|børn|barn|bror|søster|lillebror"
    r"|lillesøster|storebror|storesøster|fætter|kusine|nevø|elever|klasse|fils|filles?|enfants?"
    r"|freres?|soeurs?|neveu|cousine?|eleves|classe)\b"
)
_SOMEONE_ELSE = re.compile(
    rf"{_OTHER_PERSON}"
    r"|\b(?:you|u|ur|your|du|dig|din|dit|tu|t'es|tes|vous|ton|ta|he|she|they|han|hun|il|elle"
    r"|ils|elles|teach|teaches|teaching|underviser|underviste|when|back|remember|remembered"
    r"|miss|missed|used|quand|dengang|husker|souviens)\b"
    # Danish "they": "de går i 7. klasse" (French "de" is "of", so only before a verb).
    r"|\bde\s+(?:gar|er|har|skal|bliver|begynder|starter)\b"
    # A character or an actor: "pigen i serien skulle forestille at være 14".
    r"|\b(?:forestille|forestiller|forestillede|supposed|meant|cense|censee|character|karakteren"
    r"|personnage|rollen|role|pigen|drengen|fyren)\b"
    r"|\b(?:the|la|le)\s+(?:girl|boy|kid|fille|garcon|gamine?)\b"
    r"|\b(?:was|were|had|did|went|thought|knew|met|broke|began|left|took|came|var|havde|fik|gik"
    r"|troede|ville|etait|etais|avais|avait|taught|work|works|working|worked|travaille|bosse"
    r"|arbejder)\b|\b(?:i|we)\s+\w+[^e]ed\b"
    r"|(?<!vores )(?<!our )(?<!notre )(?<!min )(?<!my )(?<!mon )(?<!ma )"
    r"\b(?:teacher|tutor|lærer|prof|professeur)\b"
)
# After it: a question ("en 4e ?"), the past ("in year 9 i broke my leg"), someone else ("je
# vais au collège chercher mon fils").
_AFTER = re.compile(
    r"^[^.!,]*\?|^[^.!?]{0,30}?(?:\b(?:was|were|had|did|got|went|thought|knew|wanted|loved"
    r"|hated|met|broke|began|left|took|came|var|havde|fik|gik|troede|ville|elskede|hadede"
    r"|startede|begyndte|siden|etait|etais|avais|avait)\b|\b(?:i|we)\s+\w+[^e]ed\b)"
    rf"|^[^.!?]*{_OTHER_PERSON}"
    r"|^\s*(?:\w+\s+)?(?:teachers?|tutors?|lærer|lærere|profs?|professeurs?)\b"
)


# 18 as the end of what is said of it: "nowhere near 18 lol" (not "18 holes", "18 months").
_EIGHTEEN_ENDS = r"(?=\s*(?:$|[.!?,;]|(?:yet|lol|haha|and|so|but|sadly|ugh|still|btw|mdr)\b))"


class _Rule(NamedTuple):
    pattern: re.Pattern[str]
    # Tried only when the message holds one of these words (a set lookup is far cheaper).
    gate: frozenset[str] = frozenset()
    # Also checked for someone else or the past around it (school years, "being 15").
    guarded: bool = False
    # Names the writer ("like me", "som mig"), so counts even in reported words.
    own: bool = False
    # Text every match holds: without it the rule is not tried ("be", "in" and "this" are
    # everywhere, "18" is not).
    needs: str = ""


def _rule(
    pattern: str, gate: str = "", guarded: bool = False, own: bool = False, needs: str = ""
) -> _Rule:
    return _Rule(re.compile(pattern), _words(gate), guarded, own, needs)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_RULES = [
    # Answers to "asl?": "14 yo", "15/f", "f 14", "m14", "14 here", "14 år", "14 ans".
    _rule(
        rf"{_START}(?:{_AGE}(?:{_YEARS_OLD}|\s+(?:here|ici)\b|\s+her\s*(?=$|[.,!?])"
        rf"|\s*[/,(]?\s*{_GENDER}(?![a-z]){_ASL_TAIL}"
        r"(?!\s+(?:views|subs|followers|tall|long|from\s+here)))"
        # A letter touching the number ("f16", "p13") is a code before a lone word ("F16 rocks",
        # "p13 parking"); as an answer it stands alone, or before a separator or "here".
        rf"|{_GENDER_FIRST}\s*[/,:]\s*{_AGE}{_NOT_AN_AGE}{_ASL_TAIL}"
        rf"|{_GENDER_FIRST}\s+{_AGE}{_NOT_AN_AGE}{_ASL_TAIL}"
        rf"|{_GENDER_FIRST}{_AGE}{_NOT_AN_AGE}{_CODE_TAIL}"
        rf"|(?:er\s+)?{_AGE}\s*ar\b(?!\s+(?:siden|i\b(?!\s+(?:dag|gar|morgen)\b(?!\s+siden))|inde|ældre|yngre|fra|gift|sammen|med|som"
        r"|mellem|til|forskel|pa\s+(?:samme|det|den|min|mit)))"
        # "14a et toi", "15å btw", "14 å gammel": the years as one letter (å is read "a").
        rf"|{_AGE}\s*a\b(?=\s*(?:$|[.,!?]|(?:et|og|and|btw|lol|mdr|haha|gammel|gl|gml|tkt|[mfhgpd])\b))"
        rf"|{_AGE}\s*ans?\b(?!\s*(?:de|d'|d|plus|apres|avant|que|qu'|deja|sont|ont|passes|dans"
        r"|d'\s?ecart|ecart|difference)\b))"
    ),
    # Who, how old, and perhaps where, as an answer: "mec 16 ans lyon", "girl 15 yo uk".
    _rule(
        rf"^(?:hi+|hey+|hej|salut|slt|coucou|cc)?[\s,!.]*(?:une?\s+|a\s+|en\s+)?{_GENDER}\s*[,/]?\s*{_AGE}\s*"
        # (_ANSWER_END leaves its group open.)
        rf"(?:ans|ar|yo|y/o|yrs?\s+old|years?\s+old)\b(?={_ANSWER_END})|\s*[,/]?\s*[a-zæø]+\s*[.!?]*$)",
        "m f male female boy girl guy gurl dreng pige p d fille garcon gars mec meuf",
    ),
    # "15 and bored", "14 og keder mig", "15 et je m'ennuie": an age, then how the writer is.
    _rule(
        rf"^{_AGE}\s+(?:and|og|et)\s+(?:i'?m\s+|im\s+|jeg\s+|je\s+)?(?:so\s+|sa\s+)?(?:bored|single"
        r"|lonely|alone|looking|new\s+here|keder|alene|søger|leder|m'ennuie|seule?|cherche)\b"
        # "14 and a half", "15 og et halvt", "13 et demi".
        rf"|^{_AGE}\s+(?:and\s+a\s+half|og\s+et\s+halvt|et\s+demi)\b",
        "and og et",
    ),
    # An age and a gender, then what one is after, as people open: "14f bored af", "15m
    # looking for friends", "16f lf someone to talk to" (the letter after: no code is written so).
    _rule(
        rf"^{_AGE}\s*[fm]\s+(?:so\s+|rly\s+|really\s+)?(?:bored|lonely|looking|lf|lookin|searching|here"
        r"|from|hmu|wanna|want|dm|chat|talk|keder|søger|soger|cherche)\b",
        "bored lonely looking lf lookin searching here from hmu wanna want dm chat talk keder søger"
        " soger cherche",
    ),
    # "14-årig pige her", "en 13-årig dreng fra odense": how old and who, as an answer.
    _rule(
        rf"{_GREETED}(?:en\s+)?{_AGE}\s*-?\s*arig\s+(?:pige|dreng|fyr|knægt|gut|teenager)\b"
        r"(?=\s*(?:$|[.,!?]|(?:her|søger|soger)\b))",
        "pige dreng fyr knægt gut teenager",
    ),
    # "pige på 14 her", "girl of 15 here", "salut, fille de 14 ans": who and how old, as an answer.
    _rule(
        rf"{_GREETED}(?:en\s+|a\s+)?(?:pige|dreng|fyr|knægt|gut|girl|boy|guy)\s+(?:pa|of)\s+{_AGE}"
        r"(?:\s*ar)?(?=\s*(?:$|[.,!?]|(?:her|here|fra|from|soger|looking)\b))"
        rf"|{_GREETED}(?:une?\s+)?(?:fille|garcon|gars|mec|meuf|ado)\s+de\s+{_AGE}\s*ans"
        r"(?=\s*(?:$|[.,!?]|(?:ici|de|qui\s+cherche)\b))",
        "pige dreng fyr knægt gut girl boy guy fille garcon gars mec meuf ado",
    ),
    # Not quite an age yet: "pas tout à fait 16 ans", "j'ai pas tout à fait 15".
    _rule(
        r"(?:^|[.!?,;]\s*|\bj\s?'?\s?ai\s+|\bje\s+n\s?'?\s?ai\s+)(?:encore\s+)?pas\s+(?:encore\s+)?"
        rf"tout\s+a\s+fait\s+{_AGE_TO_COME}(?:\s*ans\b|\s*(?=$|[.!,]))",
        "fait",
    ),
    # Years still to wait: "3 more years till im an adult", "encore 3 ans avant d'être majeur",
    # "2 år til jeg bliver myndig".
    _rule(
        r"\b(?:[1-9]|one|two|three|four|five|a\s+few|a\s+couple(?:\s+of)?|another)\s+(?:more\s+)?"
        r"(?:years?|yrs?)\s+(?:left\s+)?(?:to\s+go\s+)?(?:until|till|til|untill|before)\s+"
        r"(?:i'?m|im|i\s+am|i\s+become|i\s+can\s+be|i\s?'?ll\s+be|i\s+turn)\s+"
        r"(?:an?\s+)?(?:adult|legal|of\s+age|grown\s*up)\b"
        r"|\b(?:[1-9]|et|to|tre|fire|fem|et\s+par|nogle)\s+ar\s+(?:mere\s+|endnu\s+|tilbage\s+)?"
        r"(?:til|indtil|før)\s+(?:jeg\s+(?:bliver|er|fylder)\s+)?(?:18|myndig|voksen)\b"
        r"|\bom\s+(?:[1-9]|et|to|tre|fire|fem|et\s+par|nogle)\s+ar\s+(?:er|bliver)\s+jeg\s+"
        r"(?:myndig|voksen)\b"
        r"|\b(?:[1-9]|un|deux|trois|quatre|cinq|quelques)\s+ans\s+(?:encore\s+)?(?:avant|jusqu'\s?a)"
        r"\s+(?:d'\s?etre\s+(?:majeure?|adulte)|de\s+devenir\s+(?:majeure?|adulte)|mes\s+18\b"
        r"|d'\s?avoir\s+18\b|ma\s+majorite)",
        "more years yrs year ar ans",
    ),
    # 18 some years away: every one of these holds "18", which few messages do.
    _rule(
        # "18 is still three years away for me", "im 3 years away from 18", "18 er tre år
        # væk for mig", "18 ans c'est dans trois ans pour moi".
        r"^18\s+(?:is|is\s+still|still)\s+(?:[1-9]|one|two|three|four|five|a\s+few|a\s+couple"
        r"(?:\s+of)?)\s+(?:more\s+)?(?:years?|yrs?)\s+away\b(?!\s+(?:from|by|on)\b)"
        rf"(?![^.!?]*{_FOR_SOMEONE_ELSE})"
        r"|\b(?:i'?m|im|i\s+am)\s+(?:still\s+)?(?:[1-9]|one|two|three|four|five|a\s+few|a\s+couple"
        r"(?:\s+of)?)\s+(?:years?|yrs?)\s+(?:away\s+)?(?:from|off)\s+(?:18|being\s+18|adulthood)\b"
        r"(?=\s*(?:$|[.!?,;]|(?:yet|lol|haha|and|so|but|sadly|ugh|still|btw)\b))"
        r"|^18\s+(?:er|ligger)\s+(?:stadig\s+|endnu\s+)?(?:[1-9]|et|to|tre|fire|fem|et\s+par|nogle)\s+ar"
        rf"\s+(?:væk|ude\s+i\s+fremtiden)\b(?![^.!?]*{_FOR_SOMEONE_ELSE})"
        r"|^18\s+ans\s*,?\s*c'est\s+(?:encore\s+)?dans\s+(?:[1-9]|un|deux|trois|quatre|cinq|quelques)"
        r"\s+ans\b",
        "away off væk ans",
        needs="18",
    ),
    # Too young at that age, said of oneself: "at 14 im too young for tiktok", "à 13 ans je
    # suis trop jeune", "som 14-årig er jeg for ung".
    _rule(
        rf"\b(?:at|a|som|med)\s+{_AGE}(?:\s*(?:ans|ar|-?\s*arig|yo|years?\s+old))?\s*,?\s+"
        r"(?:i'?m|im|i\s+am|je\s+suis|j\s?'?\s?suis|chui|er\s+jeg|jeg\s+er)\s+(?:\w+\s+)?"
        r"(?:too|trop|for)\s+(?:young|jeune|ung)\b"
        r"|(?:\bi'?m|\bim|\bi\s+am|\bje\s+suis|\bjeg\s+er)\s+(?:\w+\s+)?(?:too|trop|for)\s+"
        rf"(?:young|jeune|ung)\b[^.!?]{{0,25}}?\b(?:at|a|som|med)\s+{_AGE}\b{_NOT_AN_AGE}",
        "young jeune ung",
        own=True,
    ),
    # Oneself described by age: "just a 16 yr old tryna survive mondays", "me, a 14-year-old with
    # zero money", "bare en 14-årig der keder sig", "mig, en 15-årig"; one's view as that age:
    # "som en på 14 synes jeg", "som 15-årig mener jeg".
    _rule(
        r"^\s*(?:just|only|bare|kun)\s+(?:an?|en|et)\s+"
        rf"{_AGE}(?:{_A_YEAR_OLD}|\s*-?\s*arig)\b(?=\s*(?:$|[.,!?]|(?:tryna|trying|who|that|with|in|here"
        r"|just|doing|living|der|som|med|her|uden|lol|haha)\b))"
        rf"|\bsom\s+(?:en\s+pa\s+{_AGE}(?:\s*ar)?|{_AGE}\s*-?\s*arig|en\s+(?:der|som)\s+er\s+{_AGE}(?:\s*ar)?)"
        # "som en der er 13 år er det svært ...": what it is like, at that age, now.
        rf"\s*,?\s+(?:er\s+det|er\s+man|far\s+man|ma\s+man|kan\s+man|har\s+man)\b"
        rf"|\bsom\s+(?:en\s+pa\s+{_AGE}(?:\s*ar)?|{_AGE}\s*-?\s*arig|en\s+(?:der|som)\s+er\s+{_AGE}(?:\s*ar)?)"
        r"\s*,?\s+(?:synes|syns|mener|tænker"
        r"|tror|føler)\s+jeg\b",
        "just only bare kun som",
    ),
    _rule(
        # The comma first, so that the engine looks for it alone; "me" or "mig" before it.
        r",(?:(?<=\bme,)|(?<=\bmig,)|(?<=\bme\s,)|(?<=\bmig\s,))\s*(?:an?|en|et)\s+"
        rf"{_AGE}(?:{_A_YEAR_OLD}|\s*-?\s*arig)\b",
        "me mig",
        needs=",",
    ),
    # At that age, now, of oneself: "at 16 im the youngest on the team", "som 14-årig er jeg den
    # eneste", "à 15 ans je suis la plus petite"; the only one still that age: "jeg er den eneste
    # der stadig er 13", "i'm the only one who's still 13", "je suis la seule qui a encore 13 ans".
    _rule(
        rf"\b(?:at|a|som|med)\s+{_AGE}(?:\s*(?:ans|ar|-?\s*arig|yo|years?\s+old))?\s*,?\s+"
        r"(?:i'?m|im|i\s+am|je\s+suis|j\s?'?\s?suis|chui|er\s+jeg|jeg\s+er)\s+(?:still\s+|stadig\s+"
        r"|encore\s+|already\s+|allerede\s+|deja\s+)?(?:the|den|det|la|le)\s+(?:\w+\s+)?"
        r"(?:youngest|only|yngste|eneste|plus\s+jeune|plus\s+petite?|seule?)\b"
        r"|\b(?:i'?m|im|i\s+am)\s+(?:\S+\s+){0,2}?the\s+only\s+one\s+(?:\S+\s+){0,3}?(?:who'?s|who\s+is|that'?s"
        rf"|thats|still)\s+(?:still\s+|only\s+|just\s+)?{_AGE}\b{_NOT_AN_AGE}"
        r"|\b(?:jeg\s+er|er\s+jeg)\s+(?:\S+\s+){0,2}?den\s+eneste\s+(?:der|som)\s+(?:stadig\s+"
        rf"|kun\s+|bare\s+)?er\s+{_AGE}\b{_NOT_AN_AGE}"
        r"|\b(?:je\s+suis|j\s?'?\s?suis)\s+(?:\S+\s+){0,2}?(?:la|le)\s+seule?\s+(?:\S+\s+){0,3}?(?:qui\s+a|a\s+avoir)\s+"
        rf"(?:encore\s+|que\s+|seulement\s+)?{_AGE}\s*ans\b",
        "youngest only yngste eneste jeune petite petit seule seul",
        own=True,
    ),
    # A school year, now, harder than expected: "1.g er hårdere end jeg troede", "freshman year
    # is harder than i thought", "la seconde c'est plus dur que je pensais".
    _rule(
        r"(?:\b[1-3]\.?\s*g|\b(?:[7-9]|10)\.\s*(?:klasse|kl)|\bgymnasiet|\bfreshman\s+year"
        r"|\bsophomore\s+year|\b(?:[7-9]|1[0-2])th\s+grade|\byear\s+(?:[7-9]|1[01])|\bhigh\s+school"
        r"|\bmiddle\s+school|\bla\s+(?:seconde|troisieme|3e|3eme|2nde)|\ble\s+(?:lycee|college))"
        r"\s+(?:er|is|c'est|est)\s+(?:\S+\s+)?(?:hardere|sværere|svære|harder|tougher|easier|more\s+\w+"
        r"|nemmere|plus\s+\w+)\s+(?:end|than|que)\s+(?:jeg|i|je|j')\s*(?:troede|regnede|thought"
        r"|expected|pensais|croyais|imaginais)\b",
        "troede regnede thought expected pensais croyais imaginais",
        guarded=True,
    ),
    # English: "i'm 14", "im a 14 year old", "i'm a minor", "im below 18", "im in year 8".
    _rule(
        rf"{_I_AM}(?:{_FILLERS}{_AGE}{_NOT_AN_AGE}"
        r"|(?:still\s+|only\s+|just\s+)?(?:a\s+minor|(?:under|below)\s*(?:18|age)\b)"
        rf"|(?:still\s+)?not\s+(?:even\s+{_AGE}|{_AGE}\s+yet\b|18\b|quite\s+{_AGE_TO_COME}\b)"
        rf"{_NOT_AN_AGE}"
        r"|(?:(?:def|defo|deffo|definitely)\s+)?(?:still\s+)?not\s+(?:an?\s+)?(?:adult"
        r"|grown\s*up|of\s+age)\b|not\s+legal\s+yet\b"
        r"|a\s+(?:high\s+school\s+)?(?:freshman|sophomore)\b|a\s+high\s+school\s+junior\b"
        r"|a\s+junior\s+(?:in|at)\s+(?:high\s+school|hs)\b"
        r"|an?\s+(?:[5-9]|1[0-2])th\s+grader\b|a\s+(?:high\s+|middle\s+)?schooler\b"
        r"|(?:almost|nearly|turning)\s+18\b"
        r"|(?:still\s+|currently\s+|now\s+)?in\s+(?:(?:the\s+)?(?:[5-9]|1[0-2])(?:th)?\s+grade"
        r"|grade\s+(?:[5-9]|1[0-2])\b|(?:year|yr)\s+(?:[7-9]|1[0-3])\b(?!\s+of\b)|middle\s+school"
        r"|(?:[5-9]|1[0-2])th\b(?!\s+(?:place|row|position|spot|floor|century|round|inning|minute"
        r"|gear|level|line|grade\s+teacher))"
        r"|junior\s+high"
        r"|high\s+school|hs\b|secondary\s+school|sixth\s+form))",
        "i im iam ima",
    ),
    # Pro-drop and bare answers: "technically still a minor", "me? 13", "uhh 13 if that matters",
    # "euh 14", "me and my friends are all 16", "we're both 15".
    _rule(
        rf"{_SENTENCE}{_NO_QUESTION}{_FILLERS}(?:a\s+minor|(?:under|below)\s*18)\b",
        "minor under below",
    ),
    # "me? 13", "uhh 13 if that matters", "euh 14": a bare age after a hesitation.
    _rule(
        rf"^(?:(?:me|moi|mig)\s*\?+\s*|(?:u+h+m*|u+m+|e+r+m+|e+u+h+|bah|ben|bof|ø+h+m*|hm+)[\s.,!]+)"
        rf"{_AGE}{_NOT_AN_AGE}(?!\s*\?)",
        "me moi mig uh uhh uhhh uhm um umm erm euh euhh euhhh bah ben bof øh øhh øhm hm hmm hmmm",
    ),
    _rule(
        rf"\b(?:we\s?'?re|we\s+are)\s+(?:all|both)\s+{_AGE}{_NOT_AN_AGE}"
        # "vi er begge 15", "mig og mine venner er alle 14", "on a tous les deux 15 ans".
        rf"|\bvi\s+er\s+(?:alle|begge)\s+(?:to\s+)?{_AGE}{_NOT_AN_AGE}"
        rf"|\bmig\s+og\s+(?:mine?\s+)?\w+\s+er\s+(?:alle\s+|begge\s+)?{_AGE}{_NOT_AN_AGE}"
        rf"|\bon\s+a\s+(?:tous|toutes)\s+(?:les\s+)?(?:deux\s+)?{_AGE}\s*ans\b"
        rf"|\bme\s+and\s+(?:my\s+)?\w+\s+are\s+(?:all\s+|both\s+)?{_AGE}{_NOT_AN_AGE}",
        "all both me alle begge mig tous toutes",
    ),
    # One of the others of one's age: "any other 13 year olds here?", "er der andre 13-årige
    # herinde", "y a d'autres filles de 14 ans ici", "anyone else on here who is 17".
    _rule(
        rf"(?:\b(?:other|andre|autres)\s+(?!(?:than|end|que)\b)(?:[a-z]+\s+)?(?:de\s+)?{_AGE}\s*-?\s*"
        r"(?:(?:year|yr)s?[\s-]*olds"
        r"|yos|arige|ans)\b"
        r"|\b(?:anyone|anybody|someone|somebody|people|ppl)\s+else\s+(?:(?:on|in|here|who|is|who's"
        rf"|whos|thats|that's|that|also|aged?|around)\s+){{0,4}}{_AGE}{_NOT_AN_AGE}"
        r"(?!\s*(?:[a-z]+\s+)?(?:tabs|points|pts|kills|wins|games|hours|days|step)))"
        # Mostly asked: the question is the rule's own, not a question about the age after it;
        # but not one for someone else or about the partner ("... for my daughter to play with?").
        rf"(?![^.!?]*(?:{_OTHER_PERSON}|\b(?:you|u|your|ur|du|dig|din|tu|toi|ton|ta|vous)\b))"
        r"(?:[^.!?]*\?)?",
        "other andre autres else",
        guarded=True,
    ),
    # Signed with the age: "homework should be illegal, signed a tired 14 year old", "hilsen en
    # træt 15-årig".
    _rule(
        r"(?:^|[.!?,;:\-]\s*)(?:signed|sincerely|regards|hilsen|kh|mvh|signe|signee|cordialement"
        r"|bisous)\s*[,:\-]?\s+"
        rf"(?:a|an|en|et|une?)\s+(?:[a-zæø]+\s+){{0,2}}?{_AGE}\s*-?\s*(?:(?:year|yr)s?[\s-]*old|yo"
        r"|arig|ans)\b",
        "signed sincerely regards hilsen kh mvh signe signee cordialement bisous",
    ),
    # Of the writer's own age group: "15-year-olds like me", "14-årige som mig", "les ados de 15
    # ans comme moi".
    _rule(
        rf"\b{_AGE}\s*-?\s*(?:(?:year|yr)s?[\s-]*olds?|yos|arige|ans)\s+(?:like\s+me|som\s+mig"
        r"|comme\s+moi)\b"
        # "13 year olds like me so much": "like" the verb.
        r"(?!\s+(?:so|more|a\s+lot|alot|better|less|too|because|bc|cause|for|as)\b)",
        "like som comme",
        own=True,
    ),
    # "freshman in high school, first week was chaos": the year said first, then the rest.
    _rule(
        r"^(?:(?:a|just\s+a|only\s+a)\s+)?(?:freshman|sophomore|junior)\s+(?:in|at)\s+(?:high\s+school"
        r"|hs)\b(?=\s*(?:$|[,.!]|(?:and|rn|now|lol|btw|so|here)\b))"
        # Not the past: "freshman in high school, i had the worst haircut", "that's when i met".
        r"(?![^.!?]{0,40}\b(?:i\s+(?:had|was|met|got|went|used)|that'?s\s+when|back\s+then)\b)",
        "freshman sophomore junior",
    ),
    # Of age soon: "majeure en décembre enfin", "myndig til marts", "legal in june".
    _rule(
        r"^(?:(?:je\s+serai|jserai|i'?ll\s+be|ill\s+be|jeg\s+bliver|bliver)\s+)?(?:majeure?|myndig"
        rf"|legal)\s+(?:(?:en|in|til|i|au\s+mois\s+de)\s+{_MONTHS}\b|(?:dans|in|om)\s+(?:\d+|un|une|deux"
        r"|trois|a|one|two|three|a\s+few|et|to|tre|nogle)\s+(?:mois|semaines?|jours?|ans?|months?|weeks?"
        r"|days?|years?|maneder|uger|dage|ar)\b|l'an\s+prochain|l'annee\s+prochaine|next\s+(?:year"
        r"|month|week)|(?:næste|naeste)\s+ar|bientot|soon|snart)(?![^.!?]*\?)",
        "majeur majeure myndig legal",
    ),
    # "pour un mec de 16 ans je cuisine pas mal": the writer, for that age.
    _rule(
        r"\bpour\s+une?\s+(?:mec|fille|ado|gars|meuf|garcon|gamine?|jeune)\s+de\s+"
        rf"{_AGE}\s*ans\s*,?\s+(?:je|j'|jsuis|chui|j)\b(?!\s*\w*(?:ais|ait)\b)"
        # An opinion of such a one, or a question: "pour une fille de 15 ans je trouve ça grave",
        # "pour un gars de 16 ans je le trouve mature", "... je suis impressionné", "je lui offre
        # quoi ?".
        r"(?!\s*(?:(?:le|la|les|lui|l')\s*)?(?:trouve|pense|crois|dirais|dis|sais|comprends|offre"
        r"|achete|conseille|suis\s+(?:impressionne|surpris|etonne|choque)e?)\b)(?![^.!?]*\?)",
        "pour",
    ),
    # "14 btw", "15 år btw ik vær creepy": the age told unasked.
    _rule(
        r"^1[0-7](?:\s*(?:ans|ar|a|yo))?\s*,?\s+(?:btw|fyi|ngl|tbh|forresten|iøvrigt|au\s+fait)\b",
        "btw fyi ngl tbh forresten iøvrigt fait",
    ),
    # A school year lived now: "middle school sucks ngl", "le collège c'est nul".
    _rule(
        r"^(?:(?:ugh|honestly|lowkey|man|bro|omg)\s+)?(?:middle\s+school|junior\s+high"
        r"|(?:[6-9]|1[0-2])th\s+grade|year\s+(?:[7-9]|1[01]))\s+(?:sucks|is\s+(?:so\s+|literally\s+"
        r"|actually\s+|really\s+)?(?:boring|hard|awful|annoying|the\s+worst|exhausting|stressful))\b"
        r"|^(?:le\s+|mon\s+)?college\s+(?:c'\s?est|c|est)\s+(?:trop\s+|tellement\s+|vraiment\s+)?"
        r"(?:nul|chiant|relou|dur|saoulant|gave)\b",
        "school high grade year college",
        guarded=True,
    ),
    # A name, then the age: "jeg hedder emma og er 13", "hej jeg er sofie 14 år".
    _rule(
        rf"\bjeg\s+hedder\s+[a-zæø]+\s*,?\s+og\s+(?:er\s+)?{_AGE}{_NOT_AN_AGE}"
        # The word between is a name, not how or where one is: "jeg er gift 15 år", "hjemme"; an
        # introduction, at the start or after a greeting, that ends there.
        rf"|{_GREETED}jeg\s+er\s+(?!(?:over|mindst|ikke|ik|under|ca|cirka|omkring|snart|næsten|kun|bare|lige"
        r"|fra|i|pa|en|et|gift|hjemme|færdig|ude|her|der|væk|single|ny|glad|træt|syg|klar|alene"
        r"|sammen|oppe|vagen|ansat|uddannet|født|fodt|med|til|blevet|fyldt|kommet|flyttet|gaet"
        r"|tilbage|sikker)\b)"
        rf"[a-zæø]+\s*,?\s+{_AGE}\s*(?:ar|a)\b(?=\s*(?:$|[.,!?]|(?:og|fra|her|btw|lol)\b))",
        "hedder jeg",
    ),
    _rule(rf"{_NOT_PAST}\b(?:age|alder)\s*[:=\-]?\s*{_AGE}{_NOT_AN_AGE}", "age alder"),
    _rule(
        rf"\b(?:my|min|mon)\s+(?:age|alder)\s*(?:is|er|est|c'est|:|=|-)?\s*{_AGE}{_NOT_AN_AGE}",
        "age alder",
    ),
    # Ages about to come: "gonna be 15 friday", "ill be 15", "till im 18", "my 16th bday".
    _rule(
        r"(?:^|[.!?,;]\s*|\bi\s+|\bi'?m\s+|\bim\s+|\bi\s?'?ll\s+|\bi\s+will\s+)"
        rf"{_FILLERS}(?:(?:gonna|going\s+to|will|shall|finna|gunna|gon)\s+)?{_FILLERS}be\s+(?:like\s+"
        r"|turning\s+)?"
        rf"{_AGE_TO_COME}{_NOT_AN_AGE}",
        "be",
    ),
    _rule(
        r"\b(?:won'?t|wont|will\s+not|not\s+gonna)\s+be\s+18\s+(?:till|until|til|before|for)\b"
        r"|(?:^|\bi'?m\s+|\bim\s+|\bi\s+am\s+|\bi\s+turn\s+)18\s+(?:next\s+(?:year|month|week|summer)"
        r"|in\s+(?:a|one|two|three|four|five|six|a\s+few|\d+)\s+(?:days?|weeks?|months?)|this\s+"
        r"(?:summer|year|month|spring|fall|autumn|winter))\b",
        "be next in this",
        needs="18",
    ),
    # Not that age before a time to come: "i won't be 13 until august", "je n'aurai 14 ans qu'en
    # mai".
    _rule(
        r"(?:(?:^|\bi\s+)(?:won'?t|wont|will\s+not)|\bi'?m\s+not\s+gonna|\bim\s+not\s+gonna)"
        rf"\s+be\s+{_AGE_TO_COME}\s+(?:till|until|til|untill)\b"
        rf"|\bje\s+n'?\s?aurai\s+{_AGE_TO_COME}\s*ans\s+qu'\s?(?:en|a|au|le|dans|l')",
        "be aurai",
    ),
    _rule(
        r"\b(?:until|till|til|untill|before|when)\s+(?:i\s+turn|i\s?'?m|im|i\s+am|i\s+become"
        rf"|i\s?'?ll\s+be|i\s+can\s+be)\s+18\b{_NOT_AN_AGE}|\b(?:wait|want"
        r"|wish)\s+(?:to\s+(?:be|turn)"
        r"|i\s+(?:was|were))\s+18\b",
        "until till til untill before when wait want wish",
        needs="18",
    ),
    _rule(
        r"(?:^|(?<!when )(?<!after )(?<!since )(?<!before )\bi\s+|\bim\s+|\bi'm\s+)"
        rf"{_FILLERS}(?:almost|nearly|turning|(?:just|jus|jst|recently)\s+turne?d|turne?d)"
        rf"\s+{_AGE}{_NOT_AN_AGE}|(?:^|\bi\s+|\bim\s+|\bi'm\s+)(?:almost|nearly|turning)\s+18\b"
        rf"|\bi\s+turn\s+{_AGE_TO_COME}{_NOT_AN_AGE}"
        rf"|\b(?:gonna|going\s+to|will|about\s+to|i'?ll|ill)\s+turn\s+{_AGE_TO_COME}{_NOT_AN_AGE}"
        # "just hit 15", "hit 16 last week": not "hit 15 home runs".
        rf"|(?:^|\bi\s+|[.!?,;]\s*)(?:just\s+|finally\s+)?hit\s+{_AGE}"
        r"(?=\s*(?:$|[.,!?]|last|yesterday|today|this|on|lol|haha|and|so|but|omg|yay|finally)\b)",
        "almost nearly turning turned turnd turn hit",
    ),
    # Pro-drop, the age just reached: "been 15 since tuesday", "finally 14 as of today".
    _rule(
        rf"{_SENTENCE}{_NO_QUESTION}(?:(?:been|finally|newly|freshly|barely|only|just|still"
        rf"|officially)\s+)+{_AGE}{_NOT_AN_AGE}"
        r"(?!\s*(?:years?|yrs?)\b)"
        # "kun 12 så vær sød": the age and no more ("kun 13 kom til festen" is a count).
        rf"|{_SENTENCE}{_NO_QUESTION}kun\s+{_AGE}(?:\s*ar)?(?=\s*(?:$|[.!,]|(?:sa|og|btw|lol|haha"
        r"|desværre|altsa)\b))(?!\s*(?:sa|og)\s+(?:langt|mange)\b)"
        # "15 today!!": the birthday.
        rf"|^{_AGE}\s+today(?=\s*(?:$|[.!,]|lol|haha|yay))",
        "been finally newly freshly barely only just still officially today kun",
    ),
    # The age just reached, after a sentence start: "birthday girl here, sixteen as of this
    # morning", "jsuis 16 depuis samedi", "15 ans depuis hier".
    _rule(
        rf"(?:^|[.!?,;)]\s*|\b(?:jsuis|jsui|j'\s?suis|je\s+suis|chui|chuis|j'\s?ai|jai|ca\s+y\s+est)\s+){_AGE}"
        r"(?:\s*(?:ans|ar|a))?\s+(?:as\s+of|depuis|siden)\s+(?:this\s+morning|today|yesterday|last"
        r"|hier|aujourd'\s?hui|ce\s+matin|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi"
        r"|la\s+semaine|i\s+gar|i\s+morges|i\s+dag)\b",
        "as depuis siden",
    ),
    # The birthday just had, then the age: "had my birthday, 15 now", "har lige haft
    # fødselsdag, 15 nu", "c'était mon anniv, 15 ans maintenant".
    _rule(
        r"\b(?:birthday|bday|b-day|fødselsdag|fodselsdag|anniv|anniversaire)\b[^.!?]{0,30}?[\s,]"
        rf"{_AGE}(?:\s*(?:ans|ar|years?))?\s+(?:now|nu|maintenant|as\s+of\s+today|i\s+dag|today)\b",
        "birthday bday b fødselsdag fodselsdag anniv anniversaire",
    ),
    _rule(
        r"\b(?:my|it'?s\s+my|today'?s\s+my)\s+(?:9|1[0-7])(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)"
        r"|\b(?:down\s+to|till|until|before)\s+my\s+(?:9|1[0-8])(?:st|nd|rd|th)\b"
        # "just had my 14th": the birthday left unsaid, just past.
        r"|\b(?:just\s+)?had\s+my\s+(?:9|1[0-7])(?:st|nd|rd|th)\b(?=\s*(?:$|[.!,]|(?:birthday|bday|b-day"
        r"|yesterday|last|on|today|lol|haha|yay)\b))"
        # "my 16th is on saturday", "my 13th is next week": the birthday left unsaid.
        r"|\bmy\s+(?:9|1[0-8])(?:st|nd|rd|th)\s+(?:is|was|'s|party|comes|coming|tomorrow|next"
        r"|this|on|in\s+(?!a\s+row)|soon)\b",
        "birthday bday b down till until before my",
    ),
    _rule(
        # One "^" in front of all: the engine then tries the start of the message alone.
        # "16 ans dans 2 mois", "15 år om en måned" (not "... qu'on est ensemble": a span).
        rf"^(?:{_AGE}(?:\s*(?:ans|ar))?\s+(?:in|om|dans)\s+(?:a\s+couple\s+of|a\s+couple|a|one|two|three"
        r"|few|a\s+few|\d+|et\s+par|en|et"
        r"|nogle|une?|deux|trois|quelques)\s+(?:days?|weeks?|months?|dage?|uger?|maneder|jours?"
        rf"|semaines?|mois)\b(?!\s*(?:que|qu'|at|siden|since|that)\b)(?![^.!?]*{_FOR_SOMEONE_ELSE})"
        # "15 soon", "16 on friday", "18 in march", "18 til marts", "18 ans en mars".
        rf"|{_AGE_TO_COME}\s+(?:soon|snart|bientot)\s*(?:$|[.!,]|lol|haha|mdr)"
        rf"|{_AGE_TO_COME}(?:\s*(?:ans|ar))?\s+(?:in|til|i|en|au\s+mois\s+de)\s+{_MONTHS}\b"
        r"(?=\s*(?:$|[.!,]|(?:og\s+sa|and\s+then|et\s+apres|so|sa|lol|haha|mdr|finally|enfin|endelig"
        r"|yay)\b))"
        rf"|{_AGE_TO_COME}\s+on\s+(?:\w+day|the\s+\d+(?:st|nd|rd|th)?)\b"
        rf"|{_AGE_TO_COME}\s+(?:next\s+(?:week|month|year)|tomorrow|tmrw|tmr|this\s+(?:week"
        r"|month))\b"
        rf"|{_AGE}\s+(?:since|as\s+of)\s+(?:last|yesterday|today|this|\w+day)\b"
        # "14 siden i lørdags", "15 siden i går".
        rf"|{_AGE}\s+siden\s+(?:i\s+(?:gar|forgars|\w+dags)|sidste\s+\w+)\b"
        rf"|{_AGE}\s+(?:snart|bientot|almost|nearly|soon|presque|næsten)\s+{_AGE_TO_COME}\b"
        # "14 going on 15", "14 på vej mod 15".
        rf"|{_AGE}\s+(?:going|goin'?|gonna\s+be)\s+on\s+{_AGE_TO_COME}\b{_NOT_AN_AGE}"
        rf"|{_AGE}\s*(?:ar\s+)?(?:og\s+)?pa\s+vej\s+(?:mod|til)\s+{_AGE_TO_COME}\b{_NOT_AN_AGE})",
        "in om dans snart bientot almost nearly soon presque næsten next tomorrow tmrw tmr this"
        " since as on going goin gonna vej siden til i en au",
    ),
    _rule(
        rf"\bsoon\s+to\s+be\s+{_AGE_TO_COME}{_NOT_AN_AGE}"
        rf"|\bas\s+(?:someone|somebody|a\s+person)\s+(?:who'?s|who\s+is|that'?s)\s+{_FILLERS}{_AGE}"
        rf"{_NOT_AN_AGE}"
        # "for someone who's 17 right now i've seen ...": the writer, said in what follows.
        rf"|\bfor\s+(?:someone|somebody|a\s+person)\s+(?:who'?s|who\s+is|that'?s)\s+{_FILLERS}{_AGE}"
        r"(?:\s+(?:right\s+now|rn|now|atm))?\s*,?\s+(?:i'?m|im|i\s+am|i'?ve|ive|i\s+have|my)\b",
        "soon someone somebody person",
    ),
    # The age inside a phrase: "being 15 sucks", "as a 13-year-old", "a 14-year-old like me".
    _rule(
        rf"\b(?:being|at\s+være|d'\s?avoir)\s+(?:{_AGE}{_NOT_AN_AGE}(?!\s+(?:years?|yo|ar|ans)\b)"
        rf"|an?\s+{_AGE}{_A_YEAR_OLD}\b)",
        "being være avoir",
        guarded=True,
    ),
    _rule(
        rf"\b(?:as|from|speaking\s+as)\s+an?\s+{_AGE}{_A_YEAR_OLD}\b"
        rf"|\bfor\s+an?\s+{_AGE}{_A_YEAR_OLD}(?:\s+(?:guy|girl|boy|kid|teen|dude|gal))?\s*,?\s*(?:i|i'm|im)\b"
        rf"|\b(?:us|we)\s+{_AGE}{_A_YEAR_OLD}s\b|\bvi\s+{_AGE}\s*-?\s*arige\b",
        "as from for speaking us we vi",
    ),
    # Oneself against the age: "pour une meuf de 15 ans je suis grande", "for en på 15 er jeg
    # ret høj" (not "pour une fille de 15 ans je trouve ça grave", "til 15 er jeg hjemme").
    _rule(
        r"\bpour\s+(?:une?\s+)?(?:(?:fille|meuf|gamine?|ado|garcon|gars|mec|jeune)\s+)?(?:de\s+)?"
        rf"{_AGE}\s*ans\s*,?\s*(?:je\s+suis|j\s?'?\s?suis|chuis|chui)\s+(?:{_SELF_AT_AN_AGE})",
        "pour",
    ),
    _rule(
        rf"\b(?:for|til)\s+(?:en\s+(?:(?:pige|dreng|fyr)\s+)?pa\s+{_AGE}(?:\s*ar)?|en\s+{_AGE}\s*-?\s*arig"
        rf"|en\s+(?:der|som)\s+er\s+{_AGE}(?:\s*ar)?"
        rf"|at\s+være\s+{_AGE})\s*,?\s+er\s+jeg\s+(?:{_SELF_AT_AN_AGE})",
        "for til",
        needs="er jeg",
    ),
    _rule(
        rf"{_AGE}{_A_YEAR_OLD}\s+like\s+me\b|\bpa\s+{_AGE}(?:\s*ar)?\s+som\s+mig\b"
        rf"|{_AGE}\s*-?\s*arig\s+som\s+mig\b|{_AGE}\s*ans\s+comme\s+moi\b",
        "like som comme",
        own=True,
    ),
    _rule(
        r"(?:^|\bstill\s+|\bim\s+|\bi'm\s+)not\s+(?:yet\s+(?:18|" + _AGE + r")\b|even\s+(?:"
        rf"{_AGE}|18)|{_AGE}\s+yet|18|quite\s+{_AGE_TO_COME})\b{_NOT_AN_AGE}|^(?:still\s+)?not\s+(?:an?\s+)?adult\b"
        rf"|\bi\s+(?:ain'?t|aint)\s+(?:even\s+)?(?:18|{_AGE})(?:\s+yet)?\b{_NOT_AN_AGE}"
        r"|(?:^|[.!?,]\s*)(?:still\s+)?not\s+legal\s+yet\b",
        "not ain't aint",
    ),
    # School years: "8th grader here", "year 10 is so hard", "in 7th grade", "sixth form".
    _rule(
        r"\b[5-9]th\s+grader\s+here\b|^(?:freshman|sophomore)\s+here\b"
        r"|^(?:a\s+)?(?:middle|high)\s+schooler\s+here\b",
        "grader freshman sophomore schooler",
    ),
    # "sophomore in hs, u?", "freshman year is killing me": the year at the start, not college.
    _rule(
        # "currently a sophomore", "gonna be a freshman next year" too.
        r"(?:^(?:(?:currently|now|still|technically)\s+)?(?:(?:a|just\s+a|only\s+a)\s+)?"
        r"|\b(?:gonna|going\s+to|will|'ll|ll)\s+be\s+a\s+)(?:freshman|sophomore)\b"
        r"(?!\s+(?:(?:year\s+)?(?:in|at|of)\s+)?(?:college|uni|university)\b)",
        "freshman sophomore",
        guarded=True,
    ),
    _rule(
        r"(?<!the )\b(?:year|yr)\s+(?:[7-9]|1[0-3])"
        r"(?!\d|\s*(?:of|old|olds|anniversary|in\s+a\s+row)\b)"
        r"|\b(?:in\s+(?:the\s+)?)?(?:[5-9]|1[0-2])th\s+grade\b"
        r"|\b(?:still\s+in|starting|start|doing)\s+(?:sixth\s+form|middle\s+school|junior\s+high"
        r"|high\s+school|secondary\s+school|hs\b"
        r"|year\s+(?:[7-9]|1[0-3]))\b"
        r"|\b(?:my|doing|taking|sitting|revising\s+for|studying\s+for)\s+(?:my\s+)?gcses?\b"
        r"|\bgcses?\s+(?:soon|next|this|coming|tomorrow|tmrw|today|on|in)\b"
        r"|\b(?:have|got|sitting|doing|taking)\s+(?:a|an|my|two|three|\d)\s+(?:\w+\s+)?gcses?\b"
        r"|\bhigh\s+school\s+(?:freshman|sophomore|junior)\b"
        r"|\bi\s+(?:go\s+to|attend)\s+(?:middle\s+school|junior\s+high|high\s+school"
        r"|secondary\s+school)\b(?!\s+reunions?)",
        "year yr grade sixth middle junior gcse gcses high",
        guarded=True,
    ),
    # Danish: "jeg er 14", "er lige fyldt 15", "jeg fylder 15", "jeg er ikke myndig endnu".
    _rule(
        # "nu er jeg i 7.", "så er jeg 15": a word first puts the verb before "jeg".
        # "jeg e 14": "er" as it is said.
        rf"(?:(?:\bjeg\s+|{_SENTENCE}{_NO_QUESTION})er|\bjeg\s+e'?(?=\s)|\b(?:nu|sa|endelig|altsa)\s+er\s+jeg)"
        rf"\s+(?:{_DA_FILLERS}{_AGE}{_NOT_AN_AGE}"
        rf"|(?:snart|næsten)\s+{_AGE_TO_COME}{_NOT_AN_AGE}"
        rf"|endnu\s+(?:ikke|ikk|ik)\s+(?:fyldt\s+)?{_AGE_TO_COME}{_NOT_AN_AGE}"
        rf"|{_DA_FILLERS}(?:endnu\s+)?(?:ikke|ikk|ik)\s+(?:engang\s+(?:fyldt\s+)?{_AGE}"
        rf"|fyldt\s+{_AGE_TO_COME}\b|(?:engang\s+)?over\s+18\b"
        rf"|(?:fyldt\s+)?{_AGE}\s+endnu|(?:fyldt\s+)?18\b|helt\s+(?:fyldt\s+)?{_AGE_TO_COME}\b)"
        rf"{_NOT_AN_AGE}"
        r"|(?:stadig\s+|jo\s+|bare\s+)?(?:ikke\s+(?:helt\s+)?(?:voksen|myndig|gammel\s+nok)"
        r"|mindrearig|umyndig|folkeskoleelev)"
        rf"|{_DA_FILLERS}(?:en\s+)?{_AGE}\s*-?\s*arig"
        rf"|{_DA_FILLERS}(?:en\s+)?(?:pige|dreng|fyr|knægt|teenager|gut)\s+pa\s+{_AGE}{_NOT_AN_AGE}"
        rf"|{_DA_FILLERS}i\s+(?:(?:[5-9]|10)\.?\s*(?:klasse|kl)\b|(?:[5-9]|10)\.\s*[a-f]\b|[12]\.?\s*g\b"
        # "jeg er i niende", "jeg er i 9.": the class left unsaid.
        r"|(?:[5-9]|10)\.(?=\s*(?:$|[,!?]|og\b))"
        r"|(?:femte|sjette|syvende|ottende|niende|tiende)(?:\s*(?:klasse|kl)\b|\b(?!\s+(?:time|timer|gang"
        r"|uge|dag|sal|række|runde|maned|minut|periode|del|kapitel|omgang|level|bane|sæson)\b)))"
        rf"|{_DA_FILLERS}(?:fyldt|blevet|rundet)\s+{_AGE}{_NOT_AN_AGE}"
        # "er på efterskole i jylland": the boarding school for 14 to 17.
        rf"|{_DA_FILLERS}pa\s+(?:en\s+)?efterskole\b"
        rf"|{_DA_FILLERS}(?:næsten|snart|under)\s+18\b|langt\s+fra\s+(?:18|voksen|myndig)\b)",
        "er e",
    ),
    _rule(
        rf"(?:(?<!da )(?<!nar )(?<!efter )(?<!siden )\bjeg\s+|{_SENTENCE})"
        rf"(?:(?:har\s+)?(?:lige\s+)?(?:haft|faet)\s+min\s+{_AGE}\s*(?:ars|-ars)|blev\s+{_DA_FILLERS}{_AGE}{_NOT_AN_AGE}"
        # "bli'r 14", "skal fylde 15": spoken and future forms.
        # "bliver først 13 i august": not before then.
        r"|(?:fylder|bliver|bli'?r|skal\s+(?:til\s+at\s+)?(?:fylde|blive))\s+(?:snart\s+|nu\s+|sa\s+|først\s+)?"
        rf"{_DA_FILLERS}{_AGE_TO_COME}{_NOT_AN_AGE})",
        "haft faet blev fylder bliver bli skal",
    ),
    _rule(
        rf"(?:^|\bog\s+|\bjeg\s+)(?:bliver|fylder|næsten|snart)\s+{_AGE_TO_COME}{_NOT_AN_AGE}"
        rf"|(?:^|\bog\s+|(?<!da )(?<!nar )(?<!efter )(?<!siden )\bjeg\s+)blev\s+{_AGE}{_NOT_AN_AGE}"
        rf"|\b(?:bliver|fylder)\s+jeg\s+(?:{_DA_FILLERS}){_AGE_TO_COME}{_NOT_AN_AGE}"
        rf"|\b(?:er|blev)\s+jeg\s+(?:{_DA_FILLERS}){_AGE}{_NOT_AN_AGE}(?!\s*\?)",
        "bliver fylder blev næsten snart er",
    ),
    _rule(
        rf"\b(?:nar\s+man|jeg)\s+(?:kun\s+|bare\s+|stadig\s+)?er\s+(?:kun\s+|bare\s+|stadig\s+)?{_AGE}"
        r"(?:\s*-?\s*arig|\s+ma\b|(?:\s*ar)?\s*[.!]*$)"
        rf"|(?:{_SENTENCE}|\bjeg\s+)som\s+(?:en\s+)?{_AGE}\s*-?\s*arig(?:\s+[a-zæø]+)?\s+"
        r"(?:kan|ma|synes|er|har|gider|forstar|ved|tror|siger|skal|vil|hader|elsker|føler)\b",
        "er som",
    ),
    # Pro-drop: "nyfyldt 15", "lige blevet 14", "og er blevet 14", "fejrede min 15 års fødselsdag".
    _rule(
        rf"(?:{_SENTENCE}(?:har\s+)?|\bog\s+er\s+|\bog\s+|\bjeg\s+har\s+)(?:ny|lige\s+|netop\s+|nu\s+)?"
        r"(?:fyldt|blevet|rundet)\s+"
        rf"{_AGE}{_NOT_AN_AGE}"
        rf"|(?:^|(?<!da )(?<!nar )\bjeg\s+|\bog\s+)(?:fejrede|fejrer|havde|holdt|holder)\s+min\s+"
        rf"{_AGE}\s*-?\s*ars\b",
        "nyfyldt fyldt blevet rundet fejrede fejrer havde holdt holder",
    ),
    # Danish, oneself at that age: "os på 14 må ingenting", "jeg på 14 har ikke noget job", "mig
    # som 15-årig", "som ung på 15 er det svært", "med mine 15 år", "i en alder af 14 burde
    # jeg", "fjortenårige mig", "sådan en som mig på 14", "at være en pige på 14".
    _rule(
        rf"\b(?:os|mig|jeg|vi)\s+pa\s+{_AGE}(?!\.){_NOT_AN_AGE}(?:\s*ar)?\b"
        # A verb of the writer's after it, not an hour or a house number: "skriv til mig på 14".
        r"(?=\s+(?:ma|kan|har|er|synes|gider|bliver|far|skal)\b)"
        rf"|\bmig\s+som\s+{_AGE}\s*-?\s*arig\b"
        rf"|\bsom\s+(?:ung|pige|dreng|teenager)\s+pa\s+{_AGE}(?:\s*ar)?\s*,?\s+(?:er|har|ma|kan|synes|far)\b"
        rf"|\bmed\s+mine\s+{_AGE}\s*ar\b(?=\s*(?:$|[.,!?]|(?:ved\s+jeg|kan|er|har|synes|ma|tror)\b))"
        rf"|\bi\s+en\s+alder\s+af\s+{_AGE}\s*(?:ar)?\s*,?\s+(?:burde|bør|skal|ma|kan|er)\s+(?:jeg|man)\b"
        rf"|{_AGE}\s*-?\s*arige?\s+mig\b|\bsom\s+mig\s+pa\s+{_AGE}{_NOT_AN_AGE}"
        rf"|\bat\s+være\s+(?:en\s+)?(?:pige|dreng|fyr|teenager)\s+pa\s+{_AGE}{_NOT_AN_AGE}",
        "os mig jeg vi som mine alder være",
        guarded=True,
    ),
    # That age for a while now: "jeg har været 14 i en uge", "i've been 15 for a week now".
    _rule(
        rf"(?:\bjeg\s+|{_SENTENCE})har\s+(?:kun\s+|bare\s+|lige\s+|nu\s+)?været\s+{_AGE}{_NOT_AN_AGE}"
        r"(?:\s*ar)?\s+(?:i\s+(?:en|et|to|tre|fire|\d+|nogle|fa)\s+(?:uge|uger|dag|dage|maned|maneder)"
        r"|siden\s+(?:i\s+gar|\w+dag|sidste|min))\b"
        rf"|\bi\s?'?\s?ve\s+(?:only\s+|just\s+)?been\s+{_AGE}{_NOT_AN_AGE}\s+(?:for\s+(?:like\s+)?(?:a|one|two"
        r"|three|a\s+few|\d+)\s+(?:days?|weeks?|months?)|since\s+(?:last|yesterday|\w+day|my))\b",
        "været been",
    ),
    # Years from being an adult, or legal: "i'm still two years from being an adult", "im like
    # two years off being legal", "i won't be legal for 2 more years", "i dont turn 18 for
    # another 3 years".
    _rule(
        r"\b(?:i'?m|im|i\s+am)\s+(?:still\s+)?(?:like\s+|about\s+|only\s+)?(?:[1-6]|one|two|three|four|five"
        r"|a\s+few|a\s+couple(?:\s+of)?)\s+(?:more\s+)?(?:years?|yrs?)\s+(?:away\s+)?(?:from|off)\s+"
        r"(?:being\s+)?(?:an\s+adult|legal|adulthood|grown\s*up)\b"
        r"|\bi\s+(?:won'?t|wont|will\s+not|don'?t|dont|do\s+not)\s+(?:be|turn)\s+(?:legal|an\s+adult|18)\s+"
        r"(?:for|until|till|til)\s+(?:another|like|about|[1-6]|one|two|three|four|five|a\s+few|a\s+couple)\b",
        "adult legal adulthood grown turn",
    ),
    # The age in brackets after oneself: "kids my age (15)", "me (15f) and my friend", "im a
    # teen (14)"; "teenager here, 15".
    _rule(
        r"\b(?:my\s+age|me|i'?m\s+a\s+teen(?:ager)?|im\s+a\s+teen(?:ager)?|moi|mig|min\s+alder)\s*\(\s*"
        rf"{_AGE}\s*(?:[mfpdh]|yo|ans|ar)?\s*\)"
        rf"|^teen(?:ager)?\s+here\s*[,:]?\s*{_AGE}{_NOT_AN_AGE}",
        "age me teen teenager moi mig alder",
        own=True,
    ),
    # Far from 18, or not old enough to vote: "i'm nowhere near 18", "still a few years off 18",
    # "jeg er ikke gammel nok til at stemme", "je suis loin d'avoir 18 ans".
    _rule(
        # Not "far from 18" or "a long way from 18": adults say those of their own youth.
        r"\b(?:i'?m|im|i\s+am)\s+(?:still\s+)?nowhere\s+near\s+18\b"
        rf"{_EIGHTEEN_ENDS}"
        rf"|^(?:still\s+)?nowhere\s+near\s+18\b{_EIGHTEEN_ENDS}"
        r"|(?:^|\b(?:i'?m|im|i\s+am)\s+)(?:still\s+)?(?:a\s+few|a\s+couple(?:\s+of)?|[1-6]|two|three|four"
        r"|five)\s+(?:more\s+)?(?:years?|yrs?)\s+(?:off|from|away\s+from)\s+18\b"
        rf"{_EIGHTEEN_ENDS}"
        r"|\b(?:je\s+suis|j\s?'?\s?suis|chui|chuis)\s+(?:encore\s+)?(?:tres\s+)?loin\s+d'\s?avoir\s+18\b",
        "near off from loin",
        needs="18",
    ),
    _rule(
        r"\b(?:i'?m|im|i\s+am)\s+(?:still\s+)?not\s+old\s+enough\s+to\s+vote\b"
        r"|\bjeg\s+er\s+(?:stadig\s+)?(?:ikke|ik)\s+gammel\s+nok\s+til\s+at\s+stemme\b"
        r"|\b(?:je\s+suis|j\s?'?\s?suis|chui|chuis)\s+(?:pas|toujours\s+pas|pas\s+encore)\s+(?:assez\s+)?"
        r"(?:vieux|vieille|agee?|grande?)\s+pour\s+voter\b",
        "vote stemme voter",
    ),
    # "starter i 1.g efter sommerferien": a year of school still to start.
    _rule(
        r"\b(?:jeg\s+)?(?:starter|skal\s+starte|skal)\s+(?:i|pa)\s+(?:1\.?\s*g\b|gymnasiet\b"
        r"|efterskole\b|(?:[7-9]|10)\.\s*(?:klasse|kl)\b"
        r"|(?:[7-9]|10)\.(?=\s*(?:$|[,!?]|(?:efter|til|næste|nar|og)\b)))",
        "starter skal",
        guarded=True,
    ),
    # "fyldte 15 i weekenden": just reached, unless it was "da jeg fyldte 15" or a year ago.
    _rule(
        rf"(?:^|[.!?,;:]\s*|(?<!da )(?<!nar )(?<!efter )\bjeg\s+)(?:fyldte|rundede)\s+{_DA_FILLERS}"
        rf"{_AGE}{_NOT_AN_AGE}"
        r"(?!\s+(?:i\s+(?:19|20)\d\d|for\b))",
        "fyldte rundede",
    ),
    # Danish school: "jeg går i 8. klasse", "går i 1.g", "jeg går på efterskole", "i 7. klasse".
    _rule(
        rf"(?:\b(?:jeg|vi)\s+|{_SENTENCE})gar\s+(?:stadig\s+|nu\s+|begge\s+|bare\s+)?(?:i|pa)\s+"
        r"(?:(?:[0-9]|10)\.?\s*"
        r"(?:klasse|kl\b|[a-f]\b|(?=\s*(?:$|[,!?]|og\b)))|[1-3]\.?\s*g\b|folkeskole"
        r"|(?:en\s+)?efterskole|ungdomsskole|udskolingen|overbygningen|mellemtrinnet"
        r"|(?:femte|sjette|syvende|ottende|niende|tiende)\b)",
        "gar",
    ),
    _rule(
        rf"(?:\bi\s+|{_SENTENCE})(?:[0-9]|10)\.\s*(?:klasse|kl)\b",
        "klasse kl",
        guarded=True,
    ),
    # "vi i 6.b har fri kl 14", "mig i 8.a": the class with its letter, of the writer.
    _rule(
        r"\b(?:vi|os|mig|jeg)\s+i\s+(?:[5-9]|10)\.\s*[a-f]\b",
        "vi os mig jeg",
        guarded=True,
    ),
    # The exams at the end of 9th grade: "skal op til afgangsprøverne", "mine afgangsprøver".
    _rule(
        r"\b(?:skal\s+(?:op\s+)?til|op\s+til|mine|læser\s+til|har|tager)\s+(?:\w+\s+)?"
        r"afgangsprøv\w*",
        "skal op mine læser har tager",
        guarded=True,
    ),
    _rule(
        r"^(?:stadig\s+|endnu\s+)?(?:ikke|ikk|ik)\s+(?:engang\s+|helt\s+)?(?:fyldt\s+)?"
        # "stadig ikke 18 desværre": a regret or a laugh may end it.
        rf"(?:{_AGE_TO_COME}(?:\s*ar)?\s+endnu(?!\s+siden)|{_AGE_TO_COME}\b(?=\s*$)|(?:18|{_AGE_TO_COME}\s*ar)\b(?=\s*(?:$|[.!,]"
        r"|(?:desværre|altsa|øv|lol|haha|hehe|sadly)\b))|(?:voksen|myndig)\b)"
        rf"|\bikke\s+engang\s+(?:fyldt\s+)?{_AGE}{_NOT_AN_AGE}"
        # "jeg har ikke fyldt 18 endnu", "har stadig ikke rundet 16".
        rf"|\b(?:jeg\s+)?har\s+(?:stadig\s+|endnu\s+)?(?:ikke|ikk|ik)\s+(?:engang\s+)?(?:fyldt|rundet"
        rf"|naet)\s+(?:18|{_AGE})\b{_NOT_AN_AGE}",
        "ikke ikk ik",
    ),
    # French: "j'ai 14 ans", "j'ai 14", "j'aurai 15 ans", "je suis mineure", "je suis en 3eme".
    _rule(
        # "jé 15an", "je 15 ans": SMS for "j'ai".
        # "jai 14a", "j'ai 15 balais", "13 piges", "14 berges": the years shortened or in slang.
        rf"\b(?:j\s?'?\s?ai|je\s+n\s?'?\s?ai|g|moi|je)\s+{_FR_FILLERS}{_AGE}"
        r"(?:\s*ans?|a|\s+(?:balais|piges|berges|printemps))\b"
        r"(?!\s*(?:de|d'|dans)\b(?!\s*toute\s+facon))",
        "j ai jai g moi n nai je",
    ),
    _rule(
        rf"\b(?:j\s?'?\s?aurai|je\s+vais\s+avoir|j\s?'?\s?vais\s+avoir)\s+{_FR_FILLERS}"
        # "j'aurai 15" without "ans", but not a grade ("14 de moyenne", "15 sur 20").
        rf"{_AGE_TO_COME}(?:\s*ans\b|{_NOT_AN_AGE}(?!\s*(?:de|d'|sur|/|en|a\s+l|au)\b))"
        # "j'ai 15 ans dans deux semaines": the age to come.
        rf"|\bj\s?'?\s?ai\s+{_AGE_TO_COME}\s*ans\s+dans\s+(?:\d+|une?|deux|trois|quatre|cinq|six"
        r"|quelques|peu\s+de)\s*"
        r"(?:jours?|semaines?|sem|mois)\b",
        "aurai jaurai vais jvais dans",
    ),
    _rule(
        r"(?<!quand )(?<!lorsque )(?<!que )(?<!qu')"
        r"\b(?:je\s+vais\s+sur|j?viens\s+(?:(?:juste|tout\s+juste|a\s+peine)\s+)?d'?\s?avoir"
        r"|j\s?'?\s?ai\s+(?:fete|eu)\s+mes|(?:j\s?'?\s?ai|\bg)\s+eu|anniv(?:ersaire)?\s+de|^presque"
        r"|^(?:a|moi)\s+qui\s+ai"
        rf"|(?:c'est\s+\w+|dur)\s+d'\s?avoir)\s+{_AGE}\s*ans\b|^a\s+{_AGE}\s*ans\s+on\b"
        # "c dur d'être une ado de 15 ans": what it is like to be that age.
        r"|\b(?:c'est|c\s+est|c)\s+(?:\w+\s+)?d'\s?etre\s+(?:une?\s+)?(?:ado|fille|gars|mec|meuf|garcon"
        rf"|gamine?|jeune|collegienne?)\s+de\s+{_AGE}\s*ans\b"
        r"|\b(?:fete|feter|fetera|avant|bientot|presque|attends"
        rf"|sur)\s+mes\s+{_AGE_TO_COME}\s*ans\b"
        rf"|{_SENTENCE}mes\s+{_AGE_TO_COME}\s*ans\s+(?:c'est|arrivent|sont|dans|approchent"
        r"|bientot)\b",
        "vais viens jviens fete eu anniv anniversaire presque qui avoir a mes etre",
    ),
    _rule(
        rf"^(?:tout\s+juste|a\s+peine)\s+{_AGE}\s*ans\b(?!\s*(?:que|qu'|de|d'|dans)\b)"
        # "15 depuis hier", "14 ans depuis mardi": the age just reached.
        rf"|^(?:(?:enfin|ouais|bon|bah|ben|donc|voila|et\s+voila)\s*,?\s*)?{_AGE}\s*(?:ans\s+)?depuis\s+(?:hier|avant-hier|\w+di|ce\s+(?:matin|week-?end)"
        r"|cette\s+semaine|la\s+semaine\s+derniere|peu)\b"
        # "fille de 14 ans", "mec de 15 ans ici".
        rf"|^(?:une?\s+)?(?:fille|garcon|gars|mec|meuf|ado|gamine?)\s+de\s+{_AGE}\s*ans\b"
        rf"|^(?:bientot|presque|pas\s+encore|meme\s+pas)\s+{_AGE_TO_COME}(?:\s*ans\b|\s*(?=$|[.!,]))"
        r"(?!\s*(?:que|qu'|de|d'|dans)\b)",
        "juste peine bientot presque pas depuis fille garcon gars mec meuf ado gamin gamine",
    ),
    _rule(r"\bpas\s+encore\s+18\b|\bmoi\s+qui\s+ai\s+1[0-7]\b", "pas qui"),
    # The age of majority not reached: "je n'ai pas encore atteint la majorité", "i havent turned
    # 18 yet".
    _rule(
        r"\b(?:je\s+n\s?'?\s?ai|j\s?'?\s?ai|j'\s?ai)\s+(?:pas|toujours\s+pas|meme\s+pas|jamais)\s+"
        r"(?:encore\s+)?(?:atteint|eu|fete)\s+(?:la\s+majorite|mes\s+18\s*ans|18\s*ans)\b"
        rf"|\bi\s+(?:haven'?t|havent|have\s+not|still\s+haven'?t|still\s+havent)\s+(?:even\s+)?"
        rf"(?:turned|reached|hit)\s+(?:18|{_AGE})(?:\s+yet\b|(?=\s*(?:$|[.!?,])))",
        "atteint eu fete haven havent have",
    ),
    # "nope not over 18, sorry", "ikke over 18 sry": not past it, the "I" left out.
    _rule(
        rf"(?:^|[.!?,;]\s*){_NO_QUESTION}(?:(?:no|nope|nah|nej|non|sorry|sry)\s*,?\s+)?(?:not|ikke|ik|pas)\s+(?:over"
        rf"|above|older\s+than|plus\s+de)\s+18\b{_NOT_AN_AGE}",
        "not ikke ik pas",
        needs="18",
    ),
    # "langt fra 18 haha", "far from 18 lol", "loin d'avoir 18 ans": not near it yet.
    _rule(
        rf"(?:{_SENTENCE}|{_I_AM}|\bjeg\s+er\s+|\bje\s+suis\s+|\bj'\s?suis\s+|\bjsuis\s+|\bchui\s+)"
        r"(?:still\s+|stadig\s+|encore\s+|so\s+|sa\s+|tellement\s+)?(?:far\s+from|langt\s+fra"
        rf"|loin\s+(?:d'\s?avoir|des|de))\s+18\b{_NOT_AN_AGE}"
        # Far past it: "far from 18 lol, more like 40", "langt fra 18, nærmere 50".
        r"(?![^.!?]*(?:\b(?:i'?m|im|jeg\s+er|j'ai|jai|chui|like)\s+[2-9]\d\b"
        r"|more\s+like|older|other\s+way|nærmere|ældre|over\b|plutot|plus\s+(?:vieux|vieille|pres)))",
        "far langt loin",
    ),
    # Pro-drop: "toujours pas 18 ans malheureusement", "moins de 18 ans dsl" (not "interdit aux
    # moins de 18 ans", "moins de 18 ans : gratuit").
    _rule(
        r"^(?:toujours\s+pas|encore\s+pas|(?:un\s+peu\s+|encore\s+)?moins\s+de)\s+"
        rf"(?:18(?:\s*ans)?|{_AGE}\s*ans)(?=\s*[.!]*\s*$|\s*,?\s*(?:dsl|desole|desolee|malheureusement"
        r"|helas|snif|lol|mdr|ptdr|donc|et\s+toi)\b)",
        "toujours encore moins pas",
    ),
    # Pro-drop: "toujours mineure dsl", "encore mineur", "quand on a 14 ans" said last.
    _rule(
        r"^(?:toujours\s+|encore\s+|bah\s+|ben\s+|juste\s+)?mineure?(?=\s*(?:$|[.!,]|(?:dsl|desole"
        r"|desolee|lol|mdr|malheureusement|helas|et\s+toi|ici)\b))"
        rf"|\bquand\s+on\s+a\s+{_AGE}\s*ans\s*[.!]*\s*$",
        "mineur mineure quand",
    ),
    _rule(rf"\bmoi\s+c\s?'?\s?est\s+{_FR_FILLERS}{_AGE}\s*ans\b", "moi"),
    _rule(
        rf"\bj\s?'?\s?ai\s+{_FR_FILLERS}{_AGE}"
        r"(?=\s*(?:$|[.!?,;)/]|(?:et\s+)?(?:toi|vous|lol|mdr|f|h|fille|gars|mec)\b))",
        "j ai jai",
    ),
    _rule(
        r"\bj\s?'?\s?ai\s+(?:moins\s+de|presque|bientot|pas\s+(?:encore\s+|meme\s+)?|(?:meme|toujours"
        rf"|encore)\s+pas\s+)\s*18(?:\s*ans)?\b{_NOT_AN_AGE}",
        "j ai jai",
        needs="18",
    ),
    _rule(
        # "moi" in place of the verb, unless the sentence is in the past ("moi en 4ème j'étais
        # une vraie peste").
        r"(?:\bje\s+suis|\bj\s?'?\s?suis?|\bchui|\bchuis|\bchu"
        r"|\bmoi(?![^.!?]*\b(?:j'\s?|je\s+|on\s+)\w+(?:ais|ait)\b))\s+(?:agee?\s+de\s+"
        rf"{_AGE}|(?:encore\s+|toujours\s+)?mineure?|au\s+(?:college|lycee)"
        r"|(?:qu'\s?|que\s+|juste\s+|seulement\s+)?(?:un|une)\s+(?:fille|garcon|mec|meuf|ado"
        r"|adolescente?|gamine?|jeune|collegien(?:ne)?"
        rf"|lyceen(?:ne)?|gars|petite?)\s+(?:\w+\s+)?(?:de|d'?)\s*{_AGE}\s*ans"
        r"|en\s+(?:[3-6]\s*(?:e|eme)\b|seconde|2nde\b|1\s*e?re\b|premiere(?!\s+classe)|terminale|cm[12]\b"
        # "en secondaire 3": Quebec's five years of secondary school, ages 12 to 17.
        r"|troisieme|(?:secondaire|sec)\s*[1-5]\b"
        r"|quatrieme|cinquieme|sixieme)"
        r"|collegien(?:ne)?|lyceen(?:ne)?)",
        "suis jsuis jsui chui chuis chu moi",
    ),
    # "jsuis 15 tkt", "chui 14 lol": the English way, typed fast.
    _rule(
        rf"\b(?:jsuis|jsui|j'\s?suis|chui|chuis)\s+{_AGE}(?:\s*(?:ans|a))?"
        r"(?=\s*(?:$|[.!?,]|(?:et|lol|mdr|ptdr|tkt|btw|f|h|fille|gars|dsl)\b))",
        "jsuis jsui j suis chui chuis",
    ),
    _rule(
        r"(?:\bje\s+(?:ne\s+|n')?suis\s+|\bj\s?'?\s?suis\s+|\bchuis?\s+|^|[.!?,;]\s*)"
        r"(?:pas|toujours\s+pas|pas\s+encore|meme\s+pas)\s+(?:tout\s+a\s+fait\s+)?"
        r"(?:majeure?|adulte)\b",
        "majeur majeure adulte",
    ),
    _rule(
        rf"\ben\s+tant\s+qu(?:e\s+|')(?:(?:fille|garcon|mec|meuf|ado|gamine?|jeune)\s+de\s+)?{_AGE}"
        rf"\s*ans\b|\bla\s+vie\s+d'\s?une?\s+(?:fille|garcon|mec|meuf|ado|gamine?)\s+de\s+{_AGE}"
        r"\s*ans\b",
        "tant vie",
    ),
    # "avec mes 15 ans", "du haut de mes 13 ans": one's own years (not "mes 15 ans
    # d'expérience"); "moi à 13 ans je m'ennuie": at that age, now.
    _rule(
        rf"\b(?:avec|du\s+haut\s+de)\s+mes\s+{_AGE}\s*ans\b(?=\s*(?:$|[.,!?]|(?:je|j'|j|on|moi)\b))"
        rf"|\bmoi\s*,?\s*a\s+{_AGE}\s*ans\s*,?\s+(?:je|j'|j\s)(?!\s*\w*(?:ais|ait)\b)",
        "mes moi",
        guarded=True,
    ),
    # "Moi, ado de 13 ans, je trouve ...": oneself named by that age.
    _rule(
        r"\bmoi\s*,\s*(?:une?\s+)?(?:ado|fille|gars|mec|meuf|garcon|gamine?|collegienne?|lyceenne?)\s+de\s+"
        rf"{_AGE}\s*ans\b"
        # Now, not then: "moi, fille de 14 ans à l'époque, j'adorais ça".
        r"(?![^.!?]*(?:\ba\s+l'\s?epoque\b|\b(?:j'\s?|je\s+|on\s+)\w+(?:ais|ait)\b))",
        "moi",
    ),
    _rule(
        rf"\bnous\s+(?:les\s+|autres\s+)?(?:ados|jeunes|filles|gars|mecs|meufs|gamins|gamines)"
        rf"\s+de\s+{_AGE}\s*ans\b",
        "nous",
    ),
    # Pro-drop: "en 5e et j'en ai marre" (not "en seconde main", "en 3e position").
    _rule(
        r"^(?:en|in)\s+(?:[3-6]\s*(?:e|eme)\b|seconde|2nde\b|troisieme|quatrieme|cinquieme"
        r"|sixieme)(?!\s+(?:main|position|place|ligne|rang|vitesse)\b)",
        "en in",
        guarded=True,
    ),
    # A class with its section: "on a un contrôle demain en 3e B", "on est en 4eme2".
    _rule(
        r"\ben\s+[3-6]\s*(?:e|eme)\s*(?:[a-f]|[1-9])\b(?!\s*(?:position|place|rang|ligne|vitesse)\b)",
        "en",
        guarded=True,
    ),
    # French school: "je vais au collège", "je passe le brevet", "je rentre en 4e".
    _rule(
        r"\b(?:au|en)\s+(?:college|lycee)\b|\b(?:passe|prepare|revise|reviser"
        r"|revisions?\s+pour)\s+(?:le|mon)"
        r"\s+brevet\b|\bbrevet\s+blanc\b"
        # "j'ai le brevet dans 2 mois": the exam still to come.
        rf"|\bj\s?'?\s?ai\s+(?:le|mon)\s+brevet\s+(?:dans|en\s+{_MONTHS}|cette|bientot|demain"
        r"|la\s+semaine|le\s+mois|ce\s+mois|apres)\b|\bje\s+(?:rentre|passe|vais|entre)\s+en\s+"
        r"(?:[3-6]\s*(?:e|eme)\b|seconde|premiere|troisieme|quatrieme|cinquieme|sixieme)",
        "college lycee brevet rentre passe vais entre",
        guarded=True,
    ),
]
# Every rule needs a number from 9 to 18 or one of these words; most messages have neither.
# A digit touching another is part of a bigger number ("2009", "0123"), never an age.
# "i 8." wakes them too: the Danish class with its number alone ("jeg er i 8."); so does "cm2",
# the last years of a French primary school.
_TRIGGER = re.compile(
    r"(?<!\d)(?:1\W{0,2}[0-8]|9)(?!\d)|[3-6]\s*i?e|\d\.?\s*(?:kl|g)\b|\dth\b|\b[12]\s*(?:e?re|n?de)\b"
    r"|\bi\s+[5-8]\.|\bcm[12]\b"
)
# Every alternative of _TRIGGER holds a digit: a text with none is ruled out by a search
# the regex engine does far faster (a single character class).
_DIGIT = re.compile(r"\d")
# "jeg går i 7.": "går" alone is too common a word to wake every rule.
_GOES_TO = re.compile(r"\bgar\s+(?:begge\s+|bare\s+|stadig\s+|nu\s+)?(?:i|pa)\b")
# An answer to "how old are you?": "15", "bare 15", "øhh 15", "16 lol", "14 h lyon", a guess
# game first ("guess lol.. 14", "gæt... 15", "devine... 14"), or "almost 15", "presque 15".
_ANSWER = re.compile(
    r"^(?:(?:bare|kun|only|just|like|um+|uh+|euh+|oh+|ø+h+|hm+|i'?m|im|jeg\s+er|j'ai|jai|j'en\s+ai|guess|me|mig|moi"
    r"|no|nope|nah|nej|non|nn|naw|well|prob|probably|i\s+guess|honestly|tbh|ngl|about|around"
    r"|roughly|bout|abt|so|ok\s+so|lowkey"
    r"|gæt|gaet|devine|lol|haha+|mdr|almost|nearly|presque|næsten|quasi|snart|bientot)[\s.,!:]+)*"
    rf"(?:{_GENDER_FIRST}\s*[/,:]?\s*)?{_AGE}(?:\s*-?\s*ish\b)?(?:\s+[hfm]\b|{_NOT_AN_AGE})"
)
# A bare age handed back with the question ("femten, dig?", "15 u?", "14 et toi ?"): how an
# answer to "asl?" is typed. Like a number alone, in digits or in words ("fifteen", "fjortn
# lol": _ANSWER), it counts only after an age question: "11, you?" answers "what time do you
# wake up?" as well, "15 et toi ?" a mark out of 20, and a lockout is no light thing.
# "me"/"mig"/"moi" may come first ("mig 13, dig?"), a laugh between ("femten haha og dig"), and
# the question mark may go when "and you" hands it back.
_RETURNED = re.compile(
    r"^\s*(?:(?:me|mig|moi)\s*[:,]?\s*)?1[0-7](?!\d)\s*[,.!]*\s*"
    r"(?:(?:lol|haha+|hehe|mdr|ptdr|xd)\s*[,.!]*\s*)?"
    r"(?:(?:(?:and|og|et|n|&)\s*)?(?:you|u|dig|du|toi|vous|wbu|hbu"
    r"|what\s+about\s+(?:you|u)|hvad\s+med\s+dig)\s*\?[?!.\s]*$"
    r"|(?:and|og|et)\s+(?:you|u|dig|toi)\s*[.!]*\s*$)"
)
# Someone else's words: "he typed 'im 13'", "people who write "jeg er 15"", "il m'a dit ...".
_REPORTED = re.compile(
    r"(?:\b(?:says?|saying|said|tell|tells|telling|told|typed?|types|typing|writes?|wrote|writing"
    r"|written|put|puts|putting|claims?|claimed|claiming|posts?|posted|siger|sagde|sige|sagt"
    r"|skriver|skrev|skrive|skrevet|pastar|pastod|pasta|fortæller|fortalte|dit|dire|disait|ecrit"
    r"|ecrire|ecrivait|repete|repetes|repeter|pretend|pretendait|goes|went|(?:was|is|were)\s+like"
    r"|yells?|yelling|yelled|shouts?|shouting|shouted|screams?|screaming|screamed|raber|crie"
    r"|crient|criait"
    # Seeming, not being: "i act like im 15", "people think im 15", "folk tror jeg er 15".
    r"|acts?\s+like|acting\s+like|looks?\s+like|feels?\s+like|think|thinks|thought|tror|troede"
    r"|croit|croient|pense|pensent)"
    r"\b[^.!?,]{0,25}|[\"]\s*"
    r"|(?:^|\s)'\s*)$"
)
# The writer speaking again after what others say or think: "everyone thinks im older but im
# 14", "alle tror jeg er ældre men jeg er kun 13".
# What they think comes first, two words at least: "says but im 14" and "siger altid men jeg er
# 14" are still someone else's words.
_TURN = re.compile(r"\S+(?:\s+\S+){2,}?\s+(?:but|men|mais)\b")
_TRIGGER_WORDS = _words(
    "age enough gammel assez vote stemme voter"
    " teen minor mineur mineure majeur majeure mindrearig umyndig myndig voksen adult adulte"
    " underage middle junior high hs secondary freshman sophomore schooler grade grader year yr"
    " sixth gcse gcses college lycee gymnasiet udskolingen overbygningen mellemtrinnet"
    " seconde premiere terminale troisieme quatrieme cinquieme sixieme brevet klasse folkeskole"
    " efterskole ungdomsskole femte sjette syvende ottende niende tiende legal majorite"
    " collegien collegienne lyceen lyceenne folkeskoleelev atteint secondaire sec"
    " afgangsprøve afgangsprøver afgangsprøven afgangsprøverne"
)
# An adult age right after a denied one: "i'm not 18 im 30", "jeg er ikke 18 men 28".
_CORRECTED = re.compile(
    # "... but im 24", "... men jeg er 23", "... mais j'en ai 25": the writer's real age, adult.
    r"\b(?:but|men|mais)\s+(?:i'?m|im|i\s+am|jeg\s+er|j'en\s+ai|j'ai)\s+(?:really\s+|actually\s+"
    r"|faktisk\s+|egentlig\s+|en\s+vrai\s+)?(?:[2-9]\d|1[89])\b|"
    r"\b(?:not|ikke|pas)\s+(?:even\s+|engang\s+|encore\s+)?(?:1[0-8]|9)\b(?:\s*(?:ans|ar|yet|endnu))?"
    r"\s*[,.!]?\s*(?:men|but|mais|im|i'm|i\s+am|jeg\s+er|j'en\s+ai|more\s+like|plutot)\s+"
    r"(?:[2-9]\d|1[89])\b|"
    # "15 jk im 30", "14, you? no wait im 25", "15 pjat jeg er 31", "14 je rigole j'ai 40 ans".
    r"\b(?:jk|j/k|(?:just\s+)?kidding|no\s+wait|nah|(?:(?:lol|haha+|hehe|mdr|xd)\s+)?(?:no|nej|non|nan)"
    r"|sike|pjat|for\s+sjov|je\s+rigole"
    r"|jrigole|je\s+deconne|jdeconne|j'\s?deconne)\s*[,.!]*\s*"
    r"(?:(?:i'?m|im|i\s+am|jeg\s+er|j'ai|jai|j'en\s+ai)\s+(?:really\s+"
    r"|actually\s+|faktisk\s+|en\s+vrai\s+)?(?:[2-9]\d|1[89])\b"
    # "12... nej pjat, 31 desværre": the adult age alone, and no more said of it ("im 14, no
    # 20 year olds pls" is no correction).
    r"|(?:[2-9]\d|1[89])(?=[.!?\s]*$|\s+(?:desværre|sadly|lol|haha|mdr|actually|faktisk)[.!?\s]*$))"
    # Not an age still to come: "16 no im 18 in 2 years", "15 nej jeg er 18 om 3 år".
    r"(?!\s*(?:in|om|dans|next|soon|snart|bientot|til)\b)"
)
_CORRECTION_WORDS = frozenset(
    [
        "but",
        "men",
        "mais",
        "not",
        "ikke",
        "pas",
        "jk",
        "j",
        "kidding",
        "wait",
        "nah",
        "no",
        "sike",
        "pjat",
        "sjov",
        "rigole",
        "jrigole",
        "mdr",
        "deconne",
        "jdeconne",
        "nej",
        "non",
        "nan",
    ]
)
# A birth year said of oneself: "born in 2011", "jeg er født i 2011", "née en 2011", or the year
# alone after the partner's question. Read against this year: 9 to 17 for sure, whatever the day.
# "jeg er fra 2011", "je suis de 2010": the year one is from.
_BORN = re.compile(
    r"(?:(?:^|[.!?,;:]\s*|\b(?:i\s+was|i\s?'?m|im|i\s+am|jeg\s+er|je\s+suis|j\s?'?\s?suis|chui"
    r"|moi)\s+)(?:born|født|fodt|nee?)\s+(?:(?:in|on|i|en|le|den|d\.?)\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th|\.)?[\s/.\-]*(?:[a-z]+|\d{1,2})[\s/.\-]*)?"
    r"|\b(?:jeg\s+er|je\s+suis|j\s?'?\s?suis|chui)\s+(?:fra|de)\s+"
    # "im a 2012 baby", "jeg er 2011-barn".
    r"|(?:^|\b(?:i\s?'?m|im|i\s+am|jeg\s+er|je\s+suis|j\s?'?\s?suis)\s+)(?:an?\s+|et\s+|une?\s+)?"
    r"(?=20\d\d\s*-?\s*(?:baby|kid|barn|bebe)\b))(?P<year>20\d\d)(?!\d|\s*\?)"
)
_BORN_WORDS = frozenset(
    ("born", "født", "fodt", "ne", "nee", "fra", "de", "baby", "kid", "barn", "bebe")
)
_YEAR_ANSWER = re.compile(
    r"^\s*(?:(?:born|født|fodt|nee?)\s+)?(?:(?:in|i|en)\s+)?(?P<year>20\d\d)\s*[.!]*\s*$"
)
# An age and no more but a laugh or the question handed back ("14 lol", "femten, dig?", "like 15
# fr fr"), when the partner's last message asked nothing else: one's age given unasked. After
# "how many tabs do you have open?" the same "14 lol" is a count.
_BARE_AGE = re.compile(
    r"^\s*(?:(?:like|um+|uh+|euh+|ø+h+|hm+|me|mig|moi|bare|kun|only|just|ja|jo|yeah|yes|yep|ouais|oui)"
    r"\s*[,.]*\s+)?"
    # 11 to 17: "10 lol" is as often the top of a rating.
    r"1[1-7](?!\d|[.,:]\d|(?:st|nd|rd|th)\b)(?=[\s,.!]*[^\s,.!?])[\s,.!]*"
    # Each laugh a whole word, the separators after it read once: no backtracking to speak of.
    r"(?:(?:lol|lmao+|haha+|hehe|mdr+|ptdr+|xd|ngl|fr|tbh|smh|btw|tho)(?![a-z])[\s,.!]*)*"
    r"(?:(?:(?:and|og|et|n|&)\s*)?(?:you|u|dig|toi|wbu|hbu|hvad\s+med\s+dig|y|why|hvorfor|pk"
    r"|pourquoi)(?![a-z])[\s?!.]*)?$"
)
# What a number may answer: a question (a question mark, or a question word first: "how many
# hours did u play"), a number of the partner's own ("i scored 9 goals"), or a call for one
# ("rate my outfit", "gæt hvor mange", "donne moi une note"). Words in sets, not a regex: this
# reads every message that asks no age.
_QUESTION_WORDS = _words(
    "what whats wat how where when why who which do does did are r is can hvad hvor hvordan"
    " hvorfor hvornar hvem hvilken hvilke har er kan quoi comment ou pourquoi quand qui quel"
    " quelle combien est t tu"
)
_CALLS_FOR_A_NUMBER = _words(
    "rate guess pick choose score gæt gaet vælg karakter devine note choisis"
)
_TELL = _words("tell giv fortæl donne dis")
_ME = _words("me mig moi")
# "not yet", to "are you 18?" or "t'es majeur ?" (asks_if_adult): nothing else, or it answers
# something else. After "how old are you, got your license?" it answers the licence.
_NOT_YET = re.compile(
    r"^\s*(?:(?:no+|nope|nah|non|nej|nn|naw)[\s,.!]+)?(?:not\s+yet|ikke\s+endnu|pas\s+encore"
    r"|nej\s+ikke\s+endnu)\s*(?:lol|haha|mdr|sadly|desværre|malheureusement)?[\s.!]*$"
    # "nope, wish i was", "nej, gid jeg var", "non j'aimerais bien": no, and wanting to be.
    # Each alone, or it wishes for something else: "nah wish i was rich".
    r"|^\s*(?:no+|nope|nah|non|nej|nn|naw|not\s+yet)[\s,.!]+(?:but\s+)?(?:i\s+)?wish(?:\s+i\s+(?:was|were))?"
    r"\s*(?:lol|haha|tho|though)?[\s.!]*$"
    r"|^\s*(?:no+|nope|nah|non|nej|nn|naw)[\s,.!]+(?:(?:gid|bare)\s+jeg\s+var|jeg\s+ville\s+ønske"
    r"(?:\s+jeg\s+var)?)\s*(?:haha|lol)?[\s.!]*$"
    r"|^\s*(?:no+|nope|nah|non|nej|nn|naw)[\s,.!]+j'\s?aimerais\s+(?:bien|trop)(?:\s+l'\s?etre)?"
    r"\s*(?:lol|mdr)?[\s.!]*$"
)
_SENTENCE_END = re.compile(r"[.!?;]")
# A yes-or-no question whether the writer is 18 yet: "are you 18?", "r u an adult", "er du
# myndig?", "t'es majeur ?", "tu as 18 ans ?".
_ASKS_IF_ADULT = re.compile(
    r"\b(?:are|r)\s+(?:you|u|ya)\s+(?:even\s+|already\s+)?(?:18|eighteen|over\s*18|an?\s+adult"
    r"|legal|old\s+enough)\b|^\s*(?:18|eighteen)\s*\+?\s*\?"
    r"|\ber\s+du\s+(?:overhovedet\s+|allerede\s+)?(?:18|atten|over\s+18|myndig|voksen)\b"
    r"|\b(?:t'es|tu\s+es|es-tu|t\s+es)\s+(?:deja\s+)?(?:majeure?|adulte)\b"
    r"|\b(?:t'as|tu\s+as|as-tu|ta)\s+(?:deja\s+)?18\s*ans\b"
)


def asks_a_question(text: str | Reading) -> bool:
    """Whether `text` asks something, or holds or calls for a number: a bare age sent after it
    answers that (`says_under_18`)."""
    reading = Reading.of(text)
    if "?" in reading.numbers_read or _DIGIT.search(reading.numbers_read):
        return True
    words = reading.letter_runs
    present = frozenset(words)
    return (
        (bool(words) and words[0] in _QUESTION_WORDS)
        or not _CALLS_FOR_A_NUMBER.isdisjoint(present)
        or not (_TELL.isdisjoint(present) or _ME.isdisjoint(present))
    )


def asks_if_adult(text: str | Reading) -> bool:
    """Whether `text` asks, yes or no, if the one it is sent to is 18 yet ("are you 18?")."""
    return _ASKS_IF_ADULT.search(Reading.of(text).numbers_read) is not None


def says_under_18(
    text: str | Reading,
    asked_age: bool = False,
    asked_if_adult: bool = False,
    asked_other: bool = False,
) -> bool:
    """Whether the writer says, in this one message, that they are under 18.

    `asked_age`: the partner's previous message asked the writer's age; `asked_if_adult`: it
    asked whether they are 18 yet (`asks_if_adult`), so that "not yet" answers it;
    `asked_other`: it asked something else (`asks_a_question`), so that "14 lol" answers that.
    """
    reading = Reading.of(text)
    words = reading.letter_runs
    normalised = reading.numbers_read  # number words as digits
    if asked_if_adult and _NOT_YET.match(normalised):
        return True
    if "20" in normalised and _born_a_minor(normalised, words, asked_age):
        return True
    if not reading.has_number_words and (
        not (_DIGIT.search(normalised) and _TRIGGER.search(normalised))
        and _TRIGGER_WORDS.isdisjoint(words)
        and not ("gar" in words and _GOES_TO.search(normalised))
    ):
        return False
    present = frozenset(words)
    if not _CORRECTION_WORDS.isdisjoint(present) and _CORRECTED.search(normalised):
        return False  # "15 jk im 30": taken back, even as an answer
    if asked_age and (_ANSWER.search(normalised) or _RETURNED.match(normalised)):
        return True
    if not asked_other and _BARE_AGE.match(normalised):
        return True
    for rule in _RULES:
        if (rule.gate and rule.gate.isdisjoint(present)) or rule.needs not in normalised:
            continue
        for match in rule.pattern.finditer(normalised):
            if rule.own or _counts(normalised, match, rule.guarded):
                return True
    return False


def _born_a_minor(normalised: str, words: list[str], asked_age: bool) -> bool:
    """Whether the writer gives a birth year that makes them 9 to 17 this year."""
    match = None
    if not _BORN_WORDS.isdisjoint(words):
        match = _BORN.search(normalised)
    if match is None and asked_age:
        match = _YEAR_ANSWER.match(normalised)
    if match is None:
        return False
    age = datetime.date.today().year - int(match.group("year"))
    return 9 <= age <= 17  # born 17 years ago: 16 or 17; 18 years ago: perhaps 18 already


def _counts(normalised: str, match: re.Match[str], guarded: bool) -> bool:
    """Whether a match is the writer's own claim: not in someone else's words, and (for guarded
    rules) not about someone else or the past."""
    start = match.start() + len(match.group()) - len(match.group().lstrip("\"'([ ,.!?;:"))
    reported = _REPORTED.search(normalised[max(0, start - 40) : start])
    if reported and not _TURN.match(reported.group()):
        return False
    if not guarded:
        return True
    sentence = _SENTENCE_END.split(normalised[:start])[-1]
    return not _SOMEONE_ELSE.search(sentence) and not _AFTER.search(normalised[match.end() :])
