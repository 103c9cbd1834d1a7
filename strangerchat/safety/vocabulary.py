"""Word lists the link and contact rules share: real top-level domains, and everyday words.

`TLDS` is every top-level domain worth knowing in chat (all country codes, the common generic
ones), shipped here so that nothing is fetched. `WORD_TLDS` are those that are also words,
abbreviations or file extensions in English, Danish or French ("so", "it", "de", "fun", "zip"):
after a dot they count only where more says "link" (a path, "www.", a label that is no word).
`EVERYDAY` holds common words of the three languages: a domain label or a handle is rarely one
("ok.so", "insta noodles", "min tiktok er kun ..."); `is_everyday` also knows laughter.
"""

from __future__ import annotations

import re

from strangerchat.safety.normalise import fold

# Country codes (ISO 3166, with .uk, .eu, .su, .ac), then generic domains seen in chat spam.
_COUNTRY = """
    ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs
    bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee
    eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm
    hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb
    lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz
    na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs
    ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl
    tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw
"""
_GENERIC = """
    com net org edu gov mil int info biz name pro mobi xyz top icu vip site online club shop store
    link cam porn xxx sex adult onion app dev tech space website web world fun art live lol wtf
    now win one day new fit run life love chat page blog news media today fyi cloud stream games
    game social video tube tv fans fan cool best sexy dating date help email mail click buzz
    gratis free money cash bet casino poker guru ninja rocks party pics photo photos gallery
    studio design digital zone city host network systems solutions agency group team works
    ltd inc company co men wiki zip mov
"""
TLDS = frozenset((_COUNTRY + _GENERIC).split())

# Domains that are words too (English, Danish, French) or file extensions in ordinary talk.
_WORD_TLDS = """
    ad af ag ai al am ar as at be bi bo by ca cd ci co cv de do er es et eu ga ge gi hr id ie il
    im in is it je km la li lu ma me mg mo ms mu my na ne no nu om pa pm pr ps pt py re rs sa se
    sh si sk sm so st sv to us va vi ye zip mov
    app art best blog buzz cam cash chat city click cool date day dev email fan fans fit free fun
    game games gratis group guru help host int life link live lol love mail media men money name
    new news now one page party photo photos pics pro rocks run sex sexy shop site space store
    stream team tech today tube video web win works world zone fr
"""
WORD_TLDS = frozenset(_WORD_TLDS.split())

_EVERYDAY_WORDS = """
    a about after again all also always am an and any anyone anything are around as at away back
    bad be because been before being best better big bit both but by call came can cant can't
    come cool could crazy day did didn't do does doesn't doing done dont don't down each even
    ever every everyone everything fine first for from fun get gets getting girl go goes going
    gone good got great guy guys had has have having he hello her here hey hi him his home how i
    if im i'm in into is isn't it its it's just keep kind know last later let life like little
    lol long look lot love made make man many may maybe me mean men more most much must my
    need never new next nice night no not nothing now of off oh ok okay old on once one only or
    other our out over people place play please pls plz pretty real really right said same saw
    say see she should show since so some someone something soon sorry still stuff such sure
    take talk tell than thank thanks that that's the their them then there these they thing
    things think this those though thought time to today together told too took try two under
    until up us use used very want was way we well went were what when where which while who
    why will with without work world would yeah year years yes yet you your you're
    yesterday tomorrow tonight anyway already actually honestly probably seriously basically
    definitely whatever weekend morning evening school friends family because before after
    private dead empty deleted hacked blocked broken gone
    tbh idk omg lmao rofl xd wow yay nah nope yep yup hmm ugh damn cute
    dinner lunch food coffee tea game games film films movie music
    show video photo photos picture story stories filter camera account server app apps group
    chat message messages page site online world art
    af alle allerede altid andre at bare blev blive bliver da dag de dem den denne der derfor
    det dig din dine dit du efter eller en end er et for fordi fra fik fint få gang gerne godt
    gør ham han hans har havde hej hele helt her hun hvad hvem hvis hvor hvordan hvorfor i ikke
    ind ja jeg jo kan kom komme kommer kun lidt lige man med meget men mere mig min mine mit mod
    må ned nej noget nogen nok nu når og også om op os over på rigtig sagde se selv sig sin
    skal skulle som så sådan tak til tid under ud var vi vil ville være været år
    død kedelig privat lukket slettet hacket nede tom væk
    billeder punktum skriv alligevel egentlig faktisk hjemme skolen weekenden bagefter
    a ai alors après au aussi autre avec avoir bah bien bon bonjour bref ça ca ce cela ces c'est
    chez comme comment dans de des deux dire dit donc du elle elles en encore est et été être
    fait faire fin final fois ici il ils je juste la le les leur lui ma mais me même merci mes
    moi mon ne ni non nos notre nous on ou où oui par pas peu peut plus point pour pourquoi
    quand que quel qui quoi rien maintenant toujours demain hier ensuite parce
    sa sais salut sans se ses si son sont sur ta te tes toi ton
    mort nul nulle prive bloque supprime vide pourri ennuyeux
    tous tout très trop tu un une va vais vas voilà vous vrai vraiment y
"""
# Folded as the rules read text: "på" is "pa", "ça" is "ca".
EVERYDAY = frozenset(fold(word).text for word in _EVERYDAY_WORDS.split())
_LAUGHTER = re.compile(r"(?:[hj][aeiou]){2,}h?|l[oe]+l|x+d+|m+d+r+|pt+d+r+")


def is_everyday(word: str) -> bool:
    """Whether `word` (folded) is a common word of chat, or laughter ("hahaha", "lool", "mdr")."""
    return word in EVERYDAY or _LAUGHTER.fullmatch(word) is not None
