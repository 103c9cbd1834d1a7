"""Each family of grooming-risk wordings, in English, Danish and French, and its look-alikes."""

from __future__ import annotations

import pytest

from strangerchat.safety.grooming import GroomingRisk, Signal, signals_in
from strangerchat.safety.grooming_model import SILENT

# Per signal: messages that carry it (several wordings of one idea, each language) and ordinary
# messages with the same words that must not.
FAMILIES: dict[Signal, tuple[list[str], list[str]]] = {
    Signal.ASKS_AGE: (
        [
            "you still at school?",
            "which grade are you in",
            "are you a teenager",
            "går du i 7. klasse?",
            "er du myndig",
            "t'es en 4e ?",
            "t'es majeur ?",
        ],
        [
            "what class do you teach",
            "teen titans is my favourite show",
            "alder er bare et tal",
            "t'es en avance",
        ],
    ),
    Signal.SECRECY: (
        [
            # hiding the chat from parents
            "pls make sure ur dad never reads this",
            "your mum can't find out about us",
            "if your parents check your phone say i'm a friend from football",
            "din far må ikke læse det her",
            "hvis din mor spørger så sig at det er en ven",
            "ton père doit pas voir nos messages",
            "si ta mère demande dis que c'est une copine",
            # deleting it, or never keeping it
            "delete the chat when we stop talking",
            "put on disappearing messages",
            "slet samtalen når vi er færdige",
            "tøm historikken bagefter",
            "efface nos messages ce soir",
            "mets les messages éphémères",
            # promising nobody will know
            "nobody is ever gonna find out",
            "i won't tell anybody i swear",
            "ingen kommer til at vide det",
            "jeg sladrer ikke",
            "personne en saura rien",
            "je le dirai jamais",
            # keeping others away
            "come on your own",
            "kom alene ik",
            "viens seul",
            # watched here, not there
            "the mods here can see everything",
            "moderatorerne her læser med",
            "les modos lisent tout",
            "her kan alle læse med",
            # promising not to tell
            "promise me you won't tell anyone",
            "promets moi de rien dire",
            # messages that vanish by themselves
            "use an app where messages delete themselves",
            "des messages qui s'effacent",
        ],
        [
            "my parents don't know i quit my job yet",
            "i deleted tiktok, total waste of time",
            "wipe your feet, my mum always said",
            "what happens in vegas stays in vegas",
            "jeg slettede instagram i går",
            "jeg ved ikke hvad din far laver",
            "jeg kom alene til festen",
            "j'ai supprimé snapchat l'an dernier",
            "je sais pas où habite ta mère",
            "je suis venue seule au concert",
        ],
    ),
    Signal.MOVES_APP: (
        [
            "we could keep talking on discord",
            "get telegram and text me",
            "you got kik? we can chat there",
            "vi kan skrive videre på insta",
            "hent kik og tilføj mig",
            "on peut continuer sur whatsapp",
            "télécharge signal et ajoute-moi",
            "on passe en privé",
        ],
        [
            "i saw that video on tiktok",
            "add me to the guest list lol",
            "jeg så det på tiktok",
            "on l'a vu sur instagram",
            "ajoute moi du fromage",
        ],
    ),
    Signal.MEETS_UP: (
        [
            "we could go for ice cream after school",
            "i'm actually close to your school",
            "vi kunne ses efter skole på torsdag",
            "jeg bor i nærheden af dig",
            "ça te dit d'aller au parc samedi",
            "j'habite vraiment pas loin de chez toi",
            "i could meet you after practice",
            "jeg er i din by på lørdag",
            "je voudrais te voir en vrai",
            "come over to my place",
            "kom hjem til mig",
            "viens chez moi",
            "i can drive to you",
            "hvornår har du fri fra skole",
            "tu finis les cours à quelle heure",
        ],
        [
            "nice to meet you",
            "je suis chez moi",
            "we should meet the deadline tomorrow",
            "meeting the team at the pub later",
            "skal mødes med vennerne i aften",
            "je vais au ciné ce soir avec mes potes",
            "tu devrais en chercher une près de chez toi",
        ],
    ),
    Signal.OFFERS_GIFT: (
        [
            "i can buy you a new phone if you want",
            "want some v-bucks?",
            "jeg kan give dig et gavekort",
            "vil du have nogle robux",
            "je peux t'offrir un nouveau téléphone",
            "je t'envoie une carte cadeau",
            "i can transfer you $40 tonight",
            "jeg overfører 100 kr til dig",
            "je te fais un virement",
            "what's your cashapp",
            "i'd love to spoil you",
            "hvad ønsker du dig",
        ],
        [
            "i had to transfer money to my landlord",
            "i bought my sister a present",
            "i'll send you the link",
            "jeg købte en gave til min mor",
            "je t'envoie le lien",
        ],
    ),
    Signal.FLATTERS: (
        [
            "you're so mature for your age",
            "you're not like other girls",
            "du er meget moden",
            "du virker ældre end du er",
            "t'es tellement mature",
            "t'es pas comme les autres filles",
        ],
        [
            "you're older than me then",
            "that show is for mature audiences",
            "du er ældre end mig",
            "t'es plus vieux que moi",
        ],
    ),
    Signal.ISOLATES: (
        [
            "no one understands you like i do",
            "your friends are so immature",
            "dine venner er så barnlige",
            "kun mig der forstår dig",
            "y a que moi qui te comprends",
            "tes copines sont tellement puériles",
            "you deserve better than them",
            "jeg er den eneste der forstår dig",
            "personne t'aime comme moi",
        ],
        [
            "my parents don't understand me lol",
            "your friends sound fun",
            "mine venner er barnlige haha",
            "mes potes sont des gamins",
        ],
    ),
}


@pytest.mark.parametrize(
    ("signal", "text"),
    [(signal, text) for signal, (carry, _) in FAMILIES.items() for text in carry],
)
def test_each_wording_of_a_family_is_recognised(signal: Signal, text: str) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [(signal, text) for signal, (_, ordinary) in FAMILIES.items() for text in ordinary],
)
def test_ordinary_look_alikes_carry_no_such_signal(signal: Signal, text: str) -> None:
    assert signal not in signals_in(text, gives_contact=False)


def alerts(*messages: str) -> bool:
    risk = GroomingRisk(model=SILENT)  # the rules alone
    return any([risk.observe(message, gives_contact=False) for message in messages])


def test_one_secrecy_mention_alone_does_not_alert_but_two_do() -> None:
    assert not alerts("its a surprise party, don't tell anyone", "i'm so nervous lol")
    assert alerts("don't tell anyone", "our secret ok")


@pytest.mark.parametrize(
    "chat",
    [
        ("how old are you", "i can get you robux"),
        ("what grade are you in", "you're so mature", "only i really understand you"),
        ("hvor gammel er du", "jeg bor tæt på dig", "kom alene"),
        ("t'as quel âge", "télécharge signal, c'est plus privé"),
    ],
)
def test_a_combination_of_families_alerts(chat: tuple[str, ...]) -> None:
    assert alerts(*chat)


@pytest.mark.parametrize(
    "chat",
    [
        ("hi", "my parents are visiting, need to hide the mess", "you?"),
        ("hej", "min søster er gravid, det er hemmeligt", "sig det ikke til nogen haha"),
        ("salut", "j'ai supprimé snapchat", "on se retrouve entre potes ce soir"),
        ("asl?", "29 m", "cool", "got insta?"),
    ],
)
def test_ordinary_chats_with_look_alikes_do_not_alert(chat: tuple[str, ...]) -> None:
    assert not alerts(*chat)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.SECRECY, "lock your phone so your parents cant scroll through our chat"),
        (Signal.SECRECY, "dont show this to anyone"),
        (Signal.SECRECY, "vis det ikke til nogen"),
        (Signal.SECRECY, "montre ça à personne"),
        (Signal.ASKS_AGE, "13? wow you seem older"),
        (Signal.ASKS_CONTACT, "just need your number to send the code"),
    ],
)
def test_third_round_wordings_are_recognised(signal: Signal, text: str) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.SECRECY, "dont send this to me twice lol"),
        (Signal.SECRECY, "i scroll through tiktok all night"),
        (Signal.ASKS_AGE, "the score was 13? no way"),
        (Signal.ASKS_CONTACT, "i need your advice on a phone"),
    ],
)
def test_third_round_look_alikes_carry_no_such_signal(signal: Signal, text: str) -> None:
    assert signal not in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.OFFERS_GIFT, "jeg har købt en gave til dig"),
        (Signal.OFFERS_GIFT, "i got u something nice"),
        (Signal.OFFERS_GIFT, "you just have to do a little favour for me"),
        (Signal.OFFERS_GIFT, "så skal du bare gøre noget for mig"),
        (Signal.OFFERS_GIFT, "faut juste que tu fasses un truc pour moi"),
        (Signal.ASKS_CONTACT, "une photo en pyjama"),
        (Signal.ASKS_CONTACT, "send a pic in ur pyjamas"),
        (Signal.ASKS_CONTACT, "sendte du billedet?"),
        (Signal.ASKS_CONTACT, "donne ton num"),
        (Signal.MOVES_APP, "kan vi ikke skifte til snapchat"),
        (Signal.MOVES_APP, "on peut pas aller sur snap plutôt"),
        (Signal.MOVES_APP, "på whatsapp"),
        (Signal.MOVES_APP, "send a selfie on whatsapp instead"),
        (Signal.SECRECY, "det her site logger alt"),
        (Signal.SECRECY, "ce site enregistre tout"),
        (Signal.SECRECY, "maintenant supprime la de ton tel"),
        (Signal.SECRECY, "and delete the pics"),
        (Signal.SECRECY, "si tes parents demandent je suis un pote du foot"),
        (Signal.SECRECY, "hvis din mor spørger så er jeg en veninde"),
        (Signal.SECRECY, "you can't tell anyone about this"),
        (Signal.SECRECY, "faut pas le dire"),
        (Signal.SECRECY, "tu dois rien dire"),
        (Signal.SECRECY, "do your parents check ur phone"),
        (Signal.SECRECY, "tjekker dine forældre din telefon"),
        (Signal.SECRECY, "tes parents regardent ton tel ?"),
    ],
)
def test_fourth_round_wordings_are_recognised(signal: Signal, text: str) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.OFFERS_GIFT, "what do i get in return lol"),
        (Signal.OFFERS_GIFT, "jeg har købt en ny cykel"),
        (Signal.OFFERS_GIFT, "i got you a coffee lol"),
        (Signal.ASKS_CONTACT, "donne ton avis"),
        (Signal.MOVES_APP, "i saw that video on tiktok"),
        (Signal.SECRECY, "this app saves everything to the cloud"),
        (Signal.SECRECY, "i should delete the photos from the trip"),
        (Signal.SECRECY, "tu peux pas dire ça"),
        (Signal.SECRECY, "faut pas dire ça"),
        (Signal.SECRECY, "my parents check my phone"),
    ],
)
def test_fourth_round_look_alikes_carry_no_such_signal(signal: Signal, text: str) -> None:
    assert signal not in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        # Promising to show it to nobody.
        (Signal.SECRECY, "i swear i'll never show it to anyone"),
        (Signal.SECRECY, "jeg lover at jeg aldrig viser det til nogen"),
        (Signal.SECRECY, "jeg viser dem ikke til nogen"),
        (Signal.SECRECY, "je te promets que je le montrerai à personne"),
        # Nobody will ever find out; nobody needs to know.
        (Signal.SECRECY, "ingen vil nogensinde opdage det"),
        (Signal.SECRECY, "no need for your parents to know"),
        (Signal.SECRECY, "pas besoin que tes parents le sachent"),
        # A cover story for anyone who asks.
        (Signal.SECRECY, "if anyone asks, say it's a friend from work"),
        (Signal.SECRECY, "si quelqu'un te demande, dis que c'est une amie du foot"),
        # Keeping the phone out of sight.
        (Signal.SECRECY, "don't leave your phone lying around"),
        (Signal.SECRECY, "lad ikke din mobil ligge fremme"),
        (Signal.SECRECY, "ne laisse jamais ton tel traîner"),
        (Signal.SECRECY, "keep it on mute so your mum doesnt hear"),
        (Signal.SECRECY, "sæt din telefon på lydløs så de ikke hører det"),
        (Signal.SECRECY, "mets ton tel en silencieux pour que tes parents entendent rien"),
        # A reason for secrecy, said alone.
        (Signal.SECRECY, "it's better for both of us"),
        (Signal.SECRECY, "det er bedre for os begge"),
        (Signal.SECRECY, "c'est mieux comme ça pour nous deux"),
        # Asking about school, round the houses or in the definite form.
        (Signal.ASKS_AGE, "i wonder if you're still at school"),
        (Signal.ASKS_AGE, "er du stadig i skolen?"),
        # Flattery against their age, or the writer's.
        (Signal.FLATTERS, "you draw really well for someone your age"),
        (Signal.FLATTERS, "du skriver flot til en på din alder"),
        (Signal.FLATTERS, "tu écris bien pour quelqu'un de ton âge"),
        (Signal.FLATTERS, "you're way more mature than girls my age"),
        (Signal.FLATTERS, "t'es bien plus mature que les filles de mon âge"),
        # Moving somewhere private.
        (Signal.MOVES_APP, "we can talk privately on discord"),
        # What they have on, or a photo of them, asked.
        (Signal.ASKS_CONTACT, "what r u wearing"),
        (Signal.ASKS_CONTACT, "hvad har du på lige nu"),
        (Signal.ASKS_CONTACT, "qu'est-ce que tu portes maintenant ?"),
        (Signal.ASKS_CONTACT, "har du et billede af dig?"),
        (Signal.ASKS_CONTACT, "t'as une photo de toi ?"),
    ],
)
def test_fifth_round_wordings_are_recognised(signal: Signal, text: str) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.SECRECY, "i won't show up tomorrow"),
        (Signal.SECRECY, "jeg viser ikke mit ansigt"),
        (Signal.SECRECY, "there's no need for anyone to panic"),
        (Signal.SECRECY, "if anyone asks, the party starts at 8"),
        (Signal.SECRECY, "si quelqu'un demande, la fête commence à 20h"),
        (Signal.SECRECY, "don't leave your phone in the car"),
        (Signal.SECRECY, "lad ikke din telefon ligge i solen"),
        (Signal.SECRECY, "ne laisse pas ton tel dans la voiture"),
        (Signal.SECRECY, "put your phone on silent during the movie"),
        (Signal.SECRECY, "i had it on silent so they couldnt reach me"),
        (Signal.SECRECY, "it's better for both of us if we split the bill"),
        (Signal.ASKS_AGE, "jeg er stadig i skolen"),
        (Signal.FLATTERS, "hun er klogere end folk på min alder"),
        (Signal.FLATTERS, "i'm smarter than people my age"),
        (Signal.ASKS_CONTACT, "what are you wearing to the party?"),
        (Signal.ASKS_CONTACT, "hvad har du på hjerte"),
        (Signal.ASKS_CONTACT, "tu portes quoi demain pour la soirée"),
        (Signal.ASKS_CONTACT, "har du et billede af hunden?"),
        (Signal.ASKS_CONTACT, "t'as des photos du concert ?"),
    ],
)
def test_fifth_round_look_alikes_carry_no_such_signal(signal: Signal, text: str) -> None:
    assert signal not in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        # Watched here, said in the passive.
        (Signal.SECRECY, "everything on this site gets read by the moderators"),
        (Signal.SECRECY, "her bliver alt logget, ved du det?"),
        (Signal.SECRECY, "nos messages sont lus par les admins"),
        # People would misread it.
        (Signal.SECRECY, "other people would get the wrong idea about us"),
        (Signal.SECRECY, "andre ville bare misforstå det"),
        (Signal.SECRECY, "les autres le prendraient mal"),
        # Not even those closest.
        (Signal.SECRECY, "not even your best mate can know about this"),
        (Signal.SECRECY, "ikke engang din søster skal vide det"),
        (Signal.SECRECY, "même pas ta meilleure amie doit le savoir"),
        (Signal.SECRECY, "not your mum, not your friends"),
        # Closing the chat when someone comes in.
        (Signal.SECRECY, "if your dad walks in switch to another tab"),
        (Signal.SECRECY, "luk appen hvis din far kommer ind"),
        (Signal.SECRECY, "cache la fenêtre si ton père rentre"),
        # No copy kept, or gone at once.
        (Signal.SECRECY, "never take screenshots of what i send"),
        (Signal.SECRECY, "lav aldrig et skærmbillede af det her"),
        (Signal.SECRECY, "ne fais jamais de screen de nos convs"),
        (Signal.SECRECY, "look at it and delete it straight away"),
        (Signal.SECRECY, "efface-le tout de suite après"),
        (Signal.SECRECY, "snap it to me so it vanishes"),
        # A photo half dressed, the photo left unsaid; a photo asked as a small thing.
        (Signal.ASKS_CONTACT, "send a cute one in your bikini"),
        (Signal.ASKS_CONTACT, "une rapide en maillot stp"),
        (Signal.ASKS_CONTACT, "only one selfie pls"),
        # Their body praised; a gift for no reason but them.
        (Signal.FLATTERS, "u must have a perfect figure from gymnastics"),
        (Signal.FLATTERS, "din krop er sikkert mega flot"),
        (Signal.FLATTERS, "tu dois avoir un corps magnifique"),
        (Signal.FLATTERS, "it's a present, simply because you're special"),
        (Signal.FLATTERS, "det er til dig, bare fordi du er speciel"),
        # Money offered, something owed back.
        (Signal.OFFERS_GIFT, "je pourrais te faire un virement demain"),
        (Signal.OFFERS_GIFT, "ill venmo you for it"),
        (Signal.OFFERS_GIFT, "you'll need to return the favor one day"),
        (Signal.OFFERS_GIFT, "tu me revaudras ça"),
        # Whether their parents know, better they don't; a cover story for being busy.
        (Signal.SECRECY, "does your mom know you're chatting with me"),
        (Signal.SECRECY, "ved dine forældre at du skriver med mig?"),
        (Signal.SECRECY, "ta mère sait que tu discutes avec des inconnus ?"),
        (Signal.SECRECY, "it's better if nobody finds out"),
        (Signal.SECRECY, "det er bedre at de ikke finder ud af det"),
        (Signal.SECRECY, "mieux vaut que personne le sache"),
        (Signal.SECRECY, "he doesnt need to know about us"),
        (Signal.SECRECY, "just say you're studying"),
        (Signal.SECRECY, "sig til dem at du laver lektier"),
        (Signal.SECRECY, "dis-leur que tu révises"),
        # We don't want them to know; not a word; so you are not in trouble.
        (Signal.SECRECY, "we don't want anyone snooping"),
        (Signal.SECRECY, "vi vil ikke have at din bror kigger"),
        (Signal.SECRECY, "on veut pas qu'elle lise tout ça"),
        (Signal.SECRECY, "not a single word to your friends"),
        (Signal.SECRECY, "ikke et eneste ord til dine venner"),
        (Signal.SECRECY, "n'en dis pas un mot"),
        (Signal.SECRECY, "so u dont get in trouble"),
        (Signal.SECRECY, "for at du ikke får skæld ud"),
        (Signal.SECRECY, "je voudrais pas que t'aies des ennuis"),
        # Waiting for bedtime; the phone dimmed so they do not notice; the history too.
        (Signal.SECRECY, "wait till your mum is in bed"),
        (Signal.SECRECY, "skru ned for lysstyrken så de ikke ser det"),
        (Signal.SECRECY, "and your search history too"),
        (Signal.SECRECY, "it vanishes anyway"),
        (Signal.SECRECY, "they would never get it"),
        (Signal.SECRECY, "de ville aldrig forstå os"),
        # Talking there, the app named before; their photo praised; a photo as the price.
        (Signal.MOVES_APP, "then message me over there"),
        (Signal.MOVES_APP, "så tilføjer jeg dig derovre"),
        (Signal.MOVES_APP, "ajoute-moi là-bas"),
        (Signal.FLATTERS, "u look stunning in that selfie"),
        (Signal.FLATTERS, "du ser virkelig smuk ud på billedet"),
        (Signal.FLATTERS, "t'es tellement jolie sur tes photos"),
        (Signal.OFFERS_GIFT, "one selfie in exchange, that's all"),
        (Signal.OFFERS_GIFT, "it's yours, no strings attached"),
        (Signal.OFFERS_GIFT, "uden noget til gengæld"),
        (Signal.OFFERS_GIFT, "je veux rien en retour"),
        # How strict their parents are; wanting to see more of them; photos can't be sent here.
        (Signal.SECRECY, "are your parents really strict?"),
        (Signal.SECRECY, "er din mor meget streng?"),
        (Signal.SECRECY, "ta mère est trop stricte ?"),
        (Signal.SECRECY, "only me and you"),
        (Signal.SECRECY, "bare dig og mig"),
        (Signal.SECRECY, "rien que nous deux"),
        (Signal.ASKS_CONTACT, "i'd love to see more of you"),
        (Signal.ASKS_CONTACT, "jeg vil gerne se dig bedre"),
        (Signal.ASKS_CONTACT, "je voudrais te voir en entier"),
        (Signal.MOVES_APP, "you can't even share photos on here"),
        (Signal.MOVES_APP, "man kan ik sende fotos her"),
        (Signal.MOVES_APP, "on peut pas envoyer des selfies ici"),
        (Signal.MOVES_APP, "how about we facetime later"),
        (Signal.MOVES_APP, "kan vi ikke snakke på video"),
        (Signal.MOVES_APP, "ça te dit qu'on fasse un appel vidéo"),
        # In-game purchases as gifts; their age made light of.
        (Signal.OFFERS_GIFT, "i can buy you the battle pass"),
        (Signal.OFFERS_GIFT, "jeg vil gerne give et abonnement til dig"),
        (Signal.OFFERS_GIFT, "je vais t'offrir le pass"),
        (Signal.FLATTERS, "your age doesn't bother me"),
        (Signal.FLATTERS, "15 er helt fint for mig"),
        (Signal.FLATTERS, "ton âge me dérange pas"),
        # Near them often; treated better by me; they don't trust you.
        (Signal.MEETS_UP, "do you live close to leeds"),
        (Signal.MEETS_UP, "jeg kører derover hver uge"),
        (Signal.MEETS_UP, "j'y passe chaque week-end"),
        (Signal.ISOLATES, "i'll never treat u like that"),
        (Signal.ISOLATES, "your mum doesnt trust you"),
        (Signal.ISOLATES, "dine forældre stoler ikke på dig"),
        (Signal.ISOLATES, "tes parents te font pas confiance"),
        # Kept to ourselves, or their photo to myself; not even X, said alone; our deal.
        (Signal.SECRECY, "let's keep this to ourselves"),
        (Signal.SECRECY, "vi beholder det her for os selv"),
        (Signal.SECRECY, "on garde ça entre nous"),
        (Signal.SECRECY, "i'll keep the pic to myself"),
        (Signal.SECRECY, "not even your sister"),
        (Signal.SECRECY, "ikke engang din bestie"),
        (Signal.SECRECY, "mm pas ton frère"),
        (Signal.SECRECY, "it's our little deal"),
        (Signal.SECRECY, "det er vores aftale ok"),
        (Signal.SECRECY, "c'est notre pacte"),
        # The chat too, as a fragment; deleted every night; not wanting their parent to see.
        (Signal.SECRECY, "and the whole conversation too"),
        (Signal.SECRECY, "og samtalen også"),
        (Signal.SECRECY, "tout le chat aussi"),
        (Signal.SECRECY, "delete them every night"),
        (Signal.SECRECY, "i dont want your dad reading it"),
        (Signal.SECRECY, "jeg vil ikke have at din far læser det"),
        (Signal.SECRECY, "does your dad look thru your phone"),
        (Signal.SECRECY, "jeg fortæller det aldrig til nogen"),
        # Unwatched here.
        (Signal.SECRECY, "u can speak freely here"),
        (Signal.SECRECY, "vi kan skrive frit herinde"),
        (Signal.SECRECY, "on peut parler librement ici"),
        (Signal.SECRECY, "no parents, no rules"),
        # A photo where they can be seen.
        (Signal.ASKS_CONTACT, "one where i can actually see your face"),
        (Signal.ASKS_CONTACT, "et hvor jeg kan se dit ansigt"),
        (Signal.ASKS_CONTACT, "une où on voit ton visage"),
        # A story for when she asks; others who would get the wrong idea; the site keeping what
        # we write; a locked door; alone right now; elsewhere.
        (Signal.SECRECY, "when he asks, tell him i'm a mate from football"),
        (Signal.SECRECY, "hvis han spørger så sig at jeg er en ven fra fodbold"),
        (Signal.SECRECY, "si il te demande dis-lui que c'est une amie du judo"),
        (Signal.SECRECY, "folk ville få det helt forkerte indtryk"),
        (Signal.SECRECY, "les gens se feraient des idées"),
        (Signal.SECRECY, "this place keeps everything you type"),
        (Signal.SECRECY, "siden gemmer alt hvad vi skriver"),
        (Signal.SECRECY, "le site garde tout ce qu'on écrit"),
        (Signal.SECRECY, "can you lock your bedroom door"),
        (Signal.SECRECY, "kan du låse dit værelse"),
        (Signal.SECRECY, "tu peux fermer ta chambre à clé ?"),
        (Signal.SECRECY, "er du alene i aften?"),
        (Signal.SECRECY, "t'es seule ce soir ?"),
        (Signal.MOVES_APP, "we should be chatting somewhere more private"),
        (Signal.MOVES_APP, "on pourrait discuter ailleurs"),
        (Signal.MEETS_UP, "i really want to cuddle you"),
        (Signal.MEETS_UP, "jeg vil så gerne kramme dig"),
        (Signal.MEETS_UP, "j'ai trop envie de te prendre dans mes bras"),
        # Clearing everything; a list of traces; the trash too; deleting from the gallery;
        # dreading discovery; one more photo.
        (Signal.SECRECY, "don't forget to wipe it all tonight"),
        (Signal.SECRECY, "husk at tømme det hele bagefter"),
        (Signal.SECRECY, "n'oublie pas de tout supprimer après"),
        (Signal.SECRECY, "messages, history, cookies"),
        (Signal.SECRECY, "og papirkurven også"),
        (Signal.SECRECY, "et la corbeille aussi"),
        (Signal.SECRECY, "slet dem fra dit galleri"),
        (Signal.SECRECY, "if your brother ever finds out"),
        (Signal.SECRECY, "hvis dine forældre opdager det"),
        (Signal.SECRECY, "si tes parents l'apprennent"),
        (Signal.ASKS_CONTACT, "send me another selfie"),
        (Signal.ASKS_CONTACT, "envoie-moi encore une photo"),
        # Losing me; not being believed.
        (Signal.ISOLATES, "u would lose me forever"),
        (Signal.ISOLATES, "du kommer til at miste mig"),
        (Signal.ISOLATES, "tu vas me perdre"),
        (Signal.ISOLATES, "no one is gonna believe you anyway"),
        (Signal.ISOLATES, "ingen vil tro på dig hvis du siger det"),
        (Signal.ISOLATES, "personne va te croire de toute façon"),
        # Others would come between us.
        (Signal.ISOLATES, "your parents will try to split us up"),
        (Signal.ISOLATES, "dine venner vil prøve at komme imellem os"),
        (Signal.ISOLATES, "tes parents voudraient nous empêcher de nous parler"),
    ],
)
def test_sixth_round_wordings_are_recognised(signal: Signal, text: str) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.SECRECY, "this photo was seen by thousands"),
        (Signal.SECRECY, "everything gets saved to the cloud"),
        (Signal.SECRECY, "adults dont understand anything lol"),
        (Signal.SECRECY, "not even your mum would believe it"),
        (Signal.SECRECY, "not your fault, not your problem"),
        (Signal.SECRECY, "close the tab if it gets slow"),
        (Signal.SECRECY, "i deleted it right away"),
        (Signal.SECRECY, "my headache disappears after coffee"),
        (Signal.ASKS_CONTACT, "je suis une fille en pyjama"),
        (Signal.ASKS_CONTACT, "just a photo of the menu"),
        (Signal.FLATTERS, "you must have a good body clock"),
        (Signal.FLATTERS, "i like her just because she's sweet"),
        (Signal.OFFERS_GIFT, "i'll pay you back tomorrow"),
        (Signal.OFFERS_GIFT, "je te rendrai la pareille"),
        (Signal.ISOLATES, "they'll try to stop us at the bridge"),
        (Signal.SECRECY, "do your parents know you're vegan?"),
        (Signal.SECRECY, "tell them you're sick and stay home lol"),
        (Signal.SECRECY, "we dont want them to lose the game"),
        (Signal.SECRECY, "not a word of french, sorry"),
        (Signal.SECRECY, "i got in trouble at school today"),
        (Signal.SECRECY, "they don't get it"),
        (Signal.SECRECY, "ils comprendraient pas la blague"),
        (Signal.SECRECY, "elles vont mal le prendre si je viens pas"),
        (Signal.SECRECY, "turn the brightness down, it hurts my eyes"),
        (Signal.SECRECY, "my favourite subject is history"),
        (Signal.MOVES_APP, "he said he'll text me there later"),
        (Signal.MOVES_APP, "i'll see you there"),
        (Signal.FLATTERS, "you look good in that jacket"),
        (Signal.OFFERS_GIFT, "there's no catch, the game is free"),
        (Signal.FLATTERS, "age is just a number"),
        (Signal.SECRECY, "my parents are so strict"),
        (Signal.SECRECY, "just you? no one else coming?"),
        (Signal.MOVES_APP, "i can't send pics of my cat, my phone died"),
        (Signal.MOVES_APP, "i watched a video call scene in a film"),
        (Signal.ISOLATES, "i don't trust them"),
        (Signal.MEETS_UP, "i go there sometimes"),
        (Signal.SECRECY, "not even your sister?"),
        (Signal.SECRECY, "and the chat is laggy"),
        (Signal.SECRECY, "i'll keep my opinion for later"),
        (Signal.SECRECY, "our deal was 20 bucks for the bike"),
        (Signal.SECRECY, "i dont want my dad reading it"),
        (Signal.ASKS_CONTACT, "the one where you can see the sea"),
        (Signal.SECRECY, "when he asks say hi from me"),
        (Signal.SECRECY, "this app saves everything to the cloud"),
        (Signal.SECRECY, "they'd get the wrong idea about the party"),
        (Signal.MEETS_UP, "i wish i could hug my dog"),
        (Signal.FLATTERS, "you have a nice body of work"),
        (Signal.FLATTERS, "tu as un beau corps de métier"),
        (Signal.OFFERS_GIFT, "i can paypal you back the 10"),
        (Signal.OFFERS_GIFT, "you'll have to return the favour when i move house"),
        (Signal.SECRECY, "herinde bliver alt gemt i skyen"),
        (Signal.SECRECY, "we don't want them to see the spoilers"),
        (Signal.SECRECY, "je veux pas que t'aies des ennuis avec ton boss"),
        (Signal.ASKS_CONTACT, "i'd love to see more of you at the club"),
        (Signal.MOVES_APP, "we could video call with grandma"),
        (Signal.SECRECY, "remember to clear everything off the desk"),
        (Signal.SECRECY, "pense à tout effacer au tableau"),
        (Signal.SECRECY, "cookies and cream"),
        (Signal.ISOLATES, "you'll lose me in the crowd"),
        (Signal.ISOLATES, "nobody would believe you won the lottery"),
    ],
)
def test_sixth_round_look_alikes_carry_no_such_signal(signal: Signal, text: str) -> None:
    assert signal not in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    "text",
    ["hvor gl er du", "hvor gml?", "u seem young, how old?", "r u old enough", "u old enough?"],
)
def test_chat_spellings_of_an_age_question_are_read(text: str) -> None:
    assert Signal.ASKS_AGE in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    "text", ["gl hf", "how old is your dog?", "hes old enough to know better", "i am old enough"]
)
def test_their_look_alikes_ask_no_age(text: str) -> None:
    assert Signal.ASKS_AGE not in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        # Not them either, said alone.
        (Signal.SECRECY, "not your sister either"),
        (Signal.SECRECY, "og heller ikke til din bedste veninde"),
        (Signal.SECRECY, "et pas ta meilleure amie non plus"),
        # Someone must not see what we write.
        (Signal.SECRECY, "he can't ever read what we talk about"),
        (Signal.SECRECY, "din mor må ikke læse hvad vi skriver"),
        (Signal.SECRECY, "ton père doit pas lire ce qu'on se dit"),
        # Nobody to get the wrong idea.
        (Signal.SECRECY, "i dont want your parents getting the wrong idea"),
        (Signal.SECRECY, "jeg vil ikke have at dine forældre får det forkerte indtryk"),
        (Signal.SECRECY, "je veux pas que tes parents se fassent des idées"),
        # Danish object first, and he or she would not understand.
        (Signal.SECRECY, "det ville de voksne aldrig forstå"),
        (Signal.SECRECY, "she wouldn't understand it"),
        (Signal.SECRECY, "hun ville aldrig forstaa det"),
        (Signal.SECRECY, "lad vaer med at fortaelle din mor om mig"),
        # Just us there; no one bothering us; anyone at all reading here.
        (Signal.SECRECY, "over there it's just the two of us"),
        (Signal.SECRECY, "derinde er vi kun os to"),
        (Signal.SECRECY, "là-bas c'est juste toi et moi"),
        (Signal.SECRECY, "on snap nobody bothers us"),
        (Signal.SECRECY, "på snap er der ingen der forstyrrer os... hvor ingen kan forstyrre os"),
        (Signal.SECRECY, "là bas personne nous dérange"),
        (Signal.SECRECY, "herinde kan hvem som helst se det"),
        (Signal.SECRECY, "n'importe qui pourrait lire ça ici"),
        # Messages set to vanish, a timer on them.
        (Signal.SECRECY, "set the messages to disappear after a day"),
        (Signal.SECRECY, "sæt chatten til at forsvinde"),
        (Signal.SECRECY, "les messages vont disparaître après"),
        (Signal.SECRECY, "put the 7 day timer on"),
        (Signal.SECRECY, "slå 24t timer til på chatten"),
        (Signal.SECRECY, "active le minuteur de 24 h"),
        # Gifts: deserved, bought, a card, spare currency, a favour, the price.
        (Signal.OFFERS_GIFT, "u deserve to be spoilt"),
        (Signal.OFFERS_GIFT, "du fortjener gaver"),
        (Signal.OFFERS_GIFT, "tu mérites d'être gâtée"),
        (Signal.OFFERS_GIFT, "den kan jeg sagtens købe til dig"),
        (Signal.OFFERS_GIFT, "i can buy them for you"),
        (Signal.OFFERS_GIFT, "je peux te les offrir"),
        (Signal.OFFERS_GIFT, "do u want a steam gift card"),
        (Signal.OFFERS_GIFT, "vil du have et gavekort på 200 kr?"),
        (Signal.OFFERS_GIFT, "tu veux une carte psn ?"),
        (Signal.OFFERS_GIFT, "i got a spare itunes card"),
        (Signal.OFFERS_GIFT, "jeg har masser af robux som jeg aldrig bruger"),
        (Signal.OFFERS_GIFT, "j'ai des robux que j'utilise jamais"),
        (Signal.OFFERS_GIFT, "its yours if u do me a favour"),
        (Signal.OFFERS_GIFT, "jeg giver dig koden hvis du gør mig en lille tjeneste"),
        (Signal.OFFERS_GIFT, "je te donne ça si tu me fais un truc pour moi"),
        (Signal.OFFERS_GIFT, "just send me a smile and its yours"),
        (Signal.OFFERS_GIFT, "du skylder mig ikke noget, bare vær sød"),
        (Signal.OFFERS_GIFT, "tu me dois rien du tout, juste un sourire"),
        (Signal.OFFERS_GIFT, "je peux te recharger ta carte"),
        # Photos: taken for me, seen, of themselves.
        (Signal.ASKS_CONTACT, "pls take a quick selfie for me"),
        (Signal.ASKS_CONTACT, "tag et billede af dig nu"),
        (Signal.ASKS_CONTACT, "allez prends une photo de toi"),
        (Signal.ASKS_CONTACT, "could i see a photo of you"),
        (Signal.ASKS_CONTACT, "må jeg se et billede af dig"),
        (Signal.ASKS_CONTACT, "je peux voir une photo ?"),
        (Signal.ASKS_CONTACT, "i wanna see who im chatting with"),
        (Signal.ASKS_CONTACT, "jeg vil gerne se hvem jeg skriver med"),
        (Signal.ASKS_CONTACT, "t'as une photo de toi-même ?"),
        (Signal.ASKS_CONTACT, "got a pic of yourself?"),
        (Signal.ASKS_CONTACT, "do you use snapchat"),
        (Signal.ASKS_CONTACT, "bruger du discord"),
        (Signal.ASKS_CONTACT, "tu utilises whatsapp ?"),
        (Signal.ASKS_CONTACT, "je t'envoie mon snap"),
        (Signal.ASKS_CONTACT, "send lige dit nummer"),
        # Moving: sending it there, a chosen group, photos failing here, texting, there.
        (Signal.MOVES_APP, "send it on snap"),
        (Signal.MOVES_APP, "send det over telegram"),
        (Signal.MOVES_APP, "envoie-la sur whatsapp"),
        (Signal.MOVES_APP, "we have a secret telegram group"),
        (Signal.MOVES_APP, "min discord gruppe er kun for særlige mennesker"),
        (Signal.MOVES_APP, "j'ai un serveur discord privé"),
        (Signal.MOVES_APP, "photos don't work in here"),
        (Signal.MOVES_APP, "billeder virker ikke herinde"),
        (Signal.MOVES_APP, "les photos passent pas ici"),
        (Signal.MOVES_APP, "whats ur number ill call u"),
        (Signal.MOVES_APP, "giv mig dit nummer så ringer jeg"),
        (Signal.MOVES_APP, "donne ton num je t'écris"),
        (Signal.MOVES_APP, "we can talk over there"),
        (Signal.MOVES_APP, "vi kan skrive derinde"),
        (Signal.MOVES_APP, "kan vi ikke snakke på snap"),
        (Signal.MOVES_APP, "cant we move to discord"),
        # A special bond; a minor's age with the saying.
        (Signal.FLATTERS, "i feel like we share a special connection"),
        (Signal.FLATTERS, "vi har en helt unik kemi"),
        (Signal.FLATTERS, "on a une connexion spéciale toi et moi"),
        (Signal.FLATTERS, "13 is ok, age is only a number"),
        (Signal.FLATTERS, "du er 15? alder er kun et tal"),
        (Signal.FLATTERS, "14 ans ? l'âge n'est qu'un chiffre"),
        (Signal.ASKS_AGE, "which school year are you in"),
    ],
)
def test_seventh_round_wordings_are_recognised(signal: Signal, text: str) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.SECRECY, "not the bus either"),
        (Signal.SECRECY, "heller ikke i dag"),
        (Signal.SECRECY, "she can't see what we mean, the screen is too small"),
        (Signal.SECRECY, "i dont know what we wrote in the exam"),
        (Signal.SECRECY, "he got the wrong idea about the meeting time"),
        (Signal.SECRECY, "det forstår jeg ikke"),
        (Signal.SECRECY, "she wouldn't understand the rules of cricket"),
        (Signal.SECRECY, "there it's just us and the dogs"),
        (Signal.SECRECY, "the timer on my oven broke"),
        (Signal.SECRECY, "set a timer for the pasta"),
        (Signal.SECRECY, "the stains should disappear in the wash"),
        (Signal.SECRECY, "n'importe qui peut faire ça"),
        (Signal.OFFERS_GIFT, "i deserve a holiday"),
        (Signal.OFFERS_GIFT, "kan jeg sende dig linket"),
        (Signal.OFFERS_GIFT, "i can get it for you from the shelf"),
        (Signal.OFFERS_GIFT, "i want a steam gift card for my birthday"),
        (Signal.OFFERS_GIFT, "i have loads of skins"),
        (Signal.OFFERS_GIFT, "if you do something nice for yourself today that counts"),
        (Signal.OFFERS_GIFT, "just take the left turn and its the second house"),
        (Signal.OFFERS_GIFT, "you owe me a rematch"),
        (Signal.ASKS_CONTACT, "i take a lot of photos of birds"),
        (Signal.ASKS_CONTACT, "take a photo of the receipt for your records"),
        (Signal.ASKS_CONTACT, "i saw a photo of the eclipse"),
        (Signal.ASKS_CONTACT, "i wanna know who won"),
        (Signal.MOVES_APP, "i sent it to my mum yesterday"),
        (Signal.MOVES_APP, "our group project is due friday"),
        (Signal.MOVES_APP, "my phone number changed"),
        (Signal.MOVES_APP, "we can meet there at noon"),
        (Signal.FLATTERS, "the wifi connection is bad"),
        (Signal.FLATTERS, "age is just a number"),
        (Signal.FLATTERS, "i scored 14, age is just a number for that game"),
        # What the narrowings keep out.
        (Signal.ASKS_CONTACT, "take a pic of the sunset for me if you see it"),
        (Signal.ASKS_CONTACT, "can i see a pic of your dog?"),
        (Signal.ASKS_CONTACT, "kan jeg se et billede af din hund"),
        (Signal.ASKS_CONTACT, "je peux voir une photo de ton chat ?"),
        (Signal.MOVES_APP, "we could chat there but the wifi is bad"),
        (Signal.MOVES_APP, "on peut parler là-bas plus tard"),
        (Signal.SECRECY, "nobody bothers us at the library"),
        (Signal.SECRECY, "ingen forstyrrer os på biblioteket"),
        (Signal.SECRECY, "put the 24 hour timer on the slow cooker"),
        (Signal.SECRECY, "she doesnt need to know what i did for her birthday"),
        (Signal.SECRECY, "elle a pas à voir ce qu'on fait pour sa surprise"),
        (Signal.SECRECY, "i dont want anyone getting the wrong idea about my essay"),
        (Signal.SECRECY, "je veux pas que les gens se fassent des idées sur mon exposé"),
        (Signal.OFFERS_GIFT, "i can buy them for you if you send me the money"),
        (Signal.OFFERS_GIFT, "det kan jeg godt købe til dig, skriv hvad du vil have fra bageren"),
        (Signal.OFFERS_GIFT, "if you do me a favour ill do you one"),
        (Signal.OFFERS_GIFT, "just ask and it's yours"),
        (Signal.OFFERS_GIFT, "you dont owe me anything, it was nothing"),
        (Signal.OFFERS_GIFT, "tu me dois rien"),
        (Signal.FLATTERS, "we have a special connection with our dog"),
    ],
)
def test_seventh_round_look_alikes_carry_no_such_signal(signal: Signal, text: str) -> None:
    assert signal not in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        # Their age said back for confirmation.
        (Signal.ASKS_AGE, "so u said ur 15 right"),
        (Signal.ASKS_AGE, "du var 14 ikke?"),
        (Signal.ASKS_AGE, "t'as 14 ans non ?"),
        # Praised for their young age; smarter than they are given credit for; a bond.
        (Signal.FLATTERS, "you're so pretty for a 13 year old"),
        (Signal.FLATTERS, "du virker meget klog for en på 15"),
        (Signal.FLATTERS, "t'es tellement mature pour une fille de 14 ans"),
        (Signal.FLATTERS, "13 and already this pretty?? wow"),
        (Signal.FLATTERS, "you're smarter than your teachers think"),
        (Signal.FLATTERS, "du er klogere end dine lærere tror"),
        (Signal.FLATTERS, "t'es bien plus intelligente que ce que tes profs pensent"),
        (Signal.FLATTERS, "you honestly seem older"),
        (Signal.FLATTERS, "tu fais plus vieille"),
        (Signal.FLATTERS, "du forstår mig bedre end dem på min egen alder"),
        (Signal.FLATTERS, "avec toi j'ai l'impression d'avoir ton âge"),
        (Signal.FLATTERS, "ur kinda special to me u know"),
        (Signal.FLATTERS, "tu comptes beaucoup pour moi"),
        # Photos: what they look like, not the face, more of them, the ones not posted.
        (Signal.ASKS_CONTACT, "I'd love to see what you look like"),
        (Signal.ASKS_CONTACT, "jeg vil gerne se hvordan du ser ud"),
        (Signal.ASKS_CONTACT, "je voudrais savoir à quoi tu ressembles"),
        (Signal.ASKS_CONTACT, "doesn't have to be your face"),
        (Signal.ASKS_CONTACT, "pas forcément de ton visage 😉"),
        (Signal.ASKS_CONTACT, "vis mig lidt mere"),
        (Signal.ASKS_CONTACT, "the ones you don't post 😏"),
        # Moving: taken over there, continued there, installed, photos sent there.
        (Signal.MOVES_APP, "skal vi ikk tage den over på signal"),
        (Signal.MOVES_APP, "let's take this over to telegram"),
        (Signal.MOVES_APP, "on continuera sur whatsapp"),
        (Signal.MOVES_APP, "download it tonight and I'll find you on there"),
        (Signal.MOVES_APP, "there's an app with a hidden chat mode, way better than this"),
        (Signal.MOVES_APP, "je te donne mon identifiant quand tu l'as installée"),
        (Signal.MOVES_APP, "når du har hentet den"),
        (Signal.MOVES_APP, "on y serait plus à l'aise pour parler"),
        (Signal.MOVES_APP, "har du snapchat? så kan du vise mig lidt mere"),
        (Signal.MOVES_APP, "dm me some pics over there"),
        (Signal.MOVES_APP, "envoie-moi des photos là-bas"),
        (Signal.MOVES_APP, "pics don't work on this site"),
        # Secrecy: no trace, thrown away, switched away, not to them, only ours, watched.
        (Signal.SECRECY, "an app with hidden chats"),
        (Signal.SECRECY, "les messages partent tout seuls au bout de 24h"),
        (Signal.SECRECY, "beskederne forsvinder af sig selv"),
        (Signal.SECRECY, "comme ça il ne reste aucune trace de nous"),
        (Signal.SECRECY, "get rid of the messages where i talked about meeting up"),
        (Signal.SECRECY, "og smide de screenshots ud du tog"),
        (Signal.SECRECY, "kan du tømme din browserhistorik hver aften"),
        (Signal.SECRECY, "and no screenshots"),
        (Signal.SECRECY, "when ur dad gets back just flip to another tab"),
        (Signal.SECRECY, "passe en mode invité quand ils sont dans le coin"),
        (Signal.SECRECY, "skift til en anden fane når din far kommer"),
        (Signal.SECRECY, "fortæl ikk din mor og far om mig plz"),
        (Signal.SECRECY, "tu ne leur en parles pas et tout ira bien"),
        (Signal.SECRECY, "don't tell them about me"),
        (Signal.SECRECY, "det vi har gang i skal ingen andre kende til vel"),
        (Signal.SECRECY, "what we say here stays with you and me ok"),
        (Signal.SECRECY, "ce qu'on vit c'est rien qu'à nous deux"),
        (Signal.SECRECY, "lad os lave en aftale"),
        (Signal.SECRECY, "notre petit arrangement"),
        (Signal.SECRECY, "can your parents see your messages on that phone?"),
        (Signal.SECRECY, "tes parents fouillent dans ton téléphone ?"),
        (Signal.SECRECY, "r u home by urself rn"),
        (Signal.SECRECY, "i dont want u getting grounded bc of me"),
        (Signal.SECRECY, "just so nobody gets the wrong idea about us"),
        (Signal.SECRECY, "så ingen får det forkerte indtryk"),
        (Signal.SECRECY, "ur friends wouldnt understand it anyway"),
        (Signal.SECRECY, "tes potes comprendraient pas"),
        # Money by a payment app said to cost nothing; favours in return.
        (Signal.OFFERS_GIFT, "Jeg kan overføre det på MobilePay, det er ingenting for mig"),
        (Signal.OFFERS_GIFT, "je te l'envoie sur lydia, c'est rien pour moi"),
        (Signal.OFFERS_GIFT, "Til gengæld vil jeg bare have lidt opmærksomhed fra dig"),
        (Signal.OFFERS_GIFT, "in return i just want a bit of attention"),
        (Signal.OFFERS_GIFT, "Tu me rendrais juste quelques petits services"),
        # Parents letting them talk online; what they would do; adult talk; not here.
        (Signal.SECRECY, "Tes parents te laissent parler à des gens sur internet ?"),
        (Signal.SECRECY, "do ur parents let u talk to people online?"),
        (Signal.SECRECY, "må du godt snakke med fremmede på nettet for dine forældre?"),
        (Signal.SECRECY, "de ville bare konfiskere din mobil"),
        (Signal.SECRECY, "they'd confiscate your phone"),
        (Signal.SECRECY, "ils te confisqueraient ton portable"),
        (Signal.SECRECY, "the stuff we talk about is kinda grown-up"),
        (Signal.SECRECY, "det vi snakker om er lidt voksent"),
        (Signal.SECRECY, "ce qu'on se dit c'est des trucs d'adultes"),
        (Signal.MOVES_APP, "Men ikke her, der er alt for mange mærkelige folk"),
        (Signal.MOVES_APP, "not here, too many weirdos"),
        (Signal.MOVES_APP, "pas ici, y a trop de gens bizarres"),
    ],
)
def test_eighth_round_wordings_are_recognised(signal: Signal, text: str) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.ASKS_AGE, "you're 15 and you beat me lol"),
        (Signal.FLATTERS, "he's smart for a 15 year old"),
        (Signal.FLATTERS, "pretty good for a 14 year old game"),
        (Signal.FLATTERS, "you seem older than my brother"),
        (Signal.ASKS_CONTACT, "show me more of your drawings"),
        (Signal.MOVES_APP, "har du snapchat? så kan du sende mig billederne fra festen"),
        (Signal.MOVES_APP, "got snap? then u can send me the pics from the party"),
        (Signal.MOVES_APP, "on continuera demain"),
        (Signal.MOVES_APP, "download it and we can play together"),
        (Signal.SECRECY, "this game has a secret mode lol"),
        (Signal.SECRECY, "y a un mode secret dans le jeu"),
        (Signal.SECRECY, "telegram has secret chats"),
        (Signal.SECRECY, "il ne reste aucune trace du gâteau"),
        (Signal.SECRECY, "get rid of the old clothes"),
        (Signal.SECRECY, "no screenshots of the test allowed"),
        (Signal.SECRECY, "switch to another tab, the stream is on"),
        (Signal.SECRECY, "don't tell them the ending"),
        (Signal.SECRECY, "lad os lave en aftale om at mødes kl 3"),
        (Signal.SECRECY, "our arrangement for the group project"),
        (Signal.SECRECY, "my friends wouldnt get it"),
        (Signal.OFFERS_GIFT, "Tu me rendrais un petit service ?"),
        (Signal.OFFERS_GIFT, "jeg overfører det på mobilepay når jeg får løn"),
        (Signal.SECRECY, "do your parents let you stay out late?"),
        (Signal.SECRECY, "my parents would take my phone"),
        (Signal.SECRECY, "they'd take the bus probably"),
        (Signal.SECRECY, "what we do at work is very adult"),
        (Signal.MOVES_APP, "not here, too many people at the mall"),
        (Signal.MOVES_APP, "ikke her, der er for mange mennesker i dag"),
        (Signal.MOVES_APP, "pas ici y a trop de monde"),
        (Signal.MOVES_APP, "pas ici, y a trop de gens"),
    ],
)
def test_eighth_round_look_alikes_carry_no_such_signal(signal: Signal, text: str) -> None:
    assert signal not in signals_in(text, gives_contact=False)


# Round 9, from the development half of batch 9: told not to tell in Danish, the cover story of
# what they are doing, the thread deleted, the thing bought for them, pictures asked about, a
# private server, just us two to come, people turning odd about it, or else the parents see.
@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.SECRECY, "lad være med at fortælle nogen at vi snakker sammen"),
        (Signal.SECRECY, "sig ikke nogen noget om det her"),
        (Signal.SECRECY, "sig til din mor at du chatter med en klassekammerat"),
        (Signal.SECRECY, "dis à tes parents que tu discutes avec une amie du collège"),
        (Signal.SECRECY, "og slet tråden bagefter"),
        (Signal.SECRECY, "it will be just the two of us"),
        (Signal.SECRECY, "der bliver kun os to"),
        (Signal.SECRECY, "on sera que toi et moi"),
        (Signal.SECRECY, "adults get so weird about online friends"),
        (Signal.SECRECY, "voksne bliver helt mærkelige over sådan noget"),
        (Signal.SECRECY, "or else ur dad will see it"),
        (Signal.SECRECY, "ellers kan din far se det"),
        (Signal.SECRECY, "sinon tes parents risquent de les lire"),
        (Signal.SECRECY, "then they wont ask"),
        (Signal.SECRECY, "så spørger hun ikke"),
        (Signal.SECRECY, "comme ça ils te poseront pas de questions"),
        (Signal.OFFERS_GIFT, "i'll pay for it for you"),
        (Signal.OFFERS_GIFT, "let me buy that for u"),
        (Signal.OFFERS_GIFT, "jeg sender dig 500 på mobilepay"),
        (Signal.OFFERS_GIFT, "je peux te filer 1000 robux"),
        (Signal.OFFERS_GIFT, "t'inquiète je te l'offre"),
        (Signal.ASKS_CONTACT, "got any new pics?"),
        (Signal.ASKS_CONTACT, "do you ever send selfies"),
        (Signal.ASKS_CONTACT, "har du nogle nye billeder?"),
        (Signal.ASKS_CONTACT, "t'as d'autres photos ?"),
        (Signal.ASKS_CONTACT, "take a quick one in the mirror"),
        (Signal.ASKS_CONTACT, "prends-en une dans le miroir"),
        (Signal.MOVES_APP, "join my private server, link in a sec"),
        (Signal.MOVES_APP, "jeg inviterer dig til en privat gruppe"),
        (Signal.MOVES_APP, "je t'invite sur mon serveur privé"),
    ],
)
def test_ninth_round_wordings_are_recognised(signal: Signal, text: str) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.SECRECY, "lad være med at sige det til ham før han har fødselsdag"),
        (Signal.SECRECY, "sig til din mor at hun skal ringe"),
        (Signal.SECRECY, "it will be just us two and the dog at the cabin lol"),
        (Signal.SECRECY, "people get weird about pineapple on pizza"),
        (Signal.SECRECY, "otherwise the bus will be late"),
        (Signal.SECRECY, "so they wont ask for a refund"),
        (Signal.SECRECY, "slet den tråd i forummet, den er forældet"),
        (Signal.OFFERS_GIFT, "i'll buy it for myself"),
        (Signal.OFFERS_GIFT, "jeg kan give dig 5 minutter mere"),
        (Signal.OFFERS_GIFT, "je peux te donner 10 minutes"),
        (Signal.OFFERS_GIFT, "i can buy it for you once you send me the money"),
        (Signal.ASKS_CONTACT, "do you ever take the bus"),
        (Signal.ASKS_CONTACT, "har du nogle nye billeder fra turen på din blog"),
        (Signal.ASKS_CONTACT, "the mirror in the hall is cracked"),
        (Signal.MOVES_APP, "i play on a private server with my cousins"),
        (Signal.MOVES_APP, "our minecraft server is private"),
    ],
)
def test_ninth_round_look_alikes_carry_no_such_signal(signal: Signal, text: str) -> None:
    assert signal not in signals_in(text, gives_contact=False)


# Round 10, from the development half of batch 10: not where the others can see, others could
# misread or judge it, a cover of who the writer is, whether they told anyone, keeping quiet,
# nobody may see it, a pin on it, "ikk", "lil"; a gift for something done, a spare card with its
# amount, shoes sent; their youth remarked on, "hvad klasse"; "my id", what they look like.
@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.SECRECY, "not in the group chat where the others can see"),
        (Signal.SECRECY, "ikke i gruppen hvor alle kan læse det"),
        (Signal.SECRECY, "pas sur le serveur où tout le monde peut voir"),
        (Signal.SECRECY, "people might misunderstand it"),
        (Signal.SECRECY, "nogen kunne godt misforstå det"),
        (Signal.SECRECY, "les gens risquent de mal comprendre"),
        (Signal.SECRECY, "adults would just judge"),
        (Signal.SECRECY, "i'm just a guy u know from school ok"),
        (Signal.SECRECY, "je suis juste un pote que tu connais du foot"),
        (Signal.SECRECY, "have u told anyone about us?"),
        (Signal.SECRECY, "t'as parlé de nous à quelqu'un ?"),
        (Signal.SECRECY, "vi holder tæt begge to"),
        (Signal.SECRECY, "it's nobody else's business"),
        (Signal.SECRECY, "ça regarde personne d'autre"),
        (Signal.SECRECY, "so nobody reads our messages"),
        (Signal.SECRECY, "there'll be no traces"),
        (Signal.SECRECY, "faut pas que ta mère voie ça"),
        (Signal.SECRECY, "ingen må se det"),
        (Signal.SECRECY, "sæt en kode på chatten"),
        (Signal.SECRECY, "sig det ikk til din mor"),
        (Signal.SECRECY, "this is our lil secret"),
        (Signal.SECRECY, "fjerner du lige beskederne bagefter"),
        (Signal.SECRECY, "efface toute la conversation ce soir"),
        (Signal.OFFERS_GIFT, "you'll get the code if you add me"),
        (Signal.OFFERS_GIFT, "tu auras le code si tu m'ajoutes"),
        (Signal.OFFERS_GIFT, "jeg har et gavekort på 500 som jeg aldrig bruger"),
        (Signal.OFFERS_GIFT, "je peux t'acheter des baskets"),
        (Signal.ASKS_AGE, "ur only 13 lol"),
        (Signal.ASKS_AGE, "du er jo kun i 7. klasse"),
        (Signal.ASKS_AGE, "t'es qu'en 5e"),
        (Signal.ASKS_CONTACT, "i'll send u my tag"),
        (Signal.ASKS_CONTACT, "tu es comment physiquement"),
    ],
)
def test_tenth_round_wordings_are_recognised(signal: Signal, text: str) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.SECRECY, "the fans in the stadium where the others can see the pitch"),
        (Signal.SECRECY, "someone could misunderstand the instructions"),
        (Signal.SECRECY, "i know him from school"),
        (Signal.SECRECY, "have u told anyone about the party yet"),
        (Signal.SECRECY, "so nobody knows the answer?"),
        (Signal.SECRECY, "no traces of gluten in it"),
        (Signal.SECRECY, "our lil brother is annoying"),
        (Signal.SECRECY, "set a timer on the oven"),
        # From the review: ordinary sentences the tenth round's first wordings read.
        (Signal.SECRECY, "there's no trace of the cat anywhere"),
        (Signal.SECRECY, "der er ingen spor af katten"),
        (Signal.SECRECY, "il y a pas de traces de pluie"),
        (Signal.SECRECY, "jeg tror at ingen ved det endnu"),
        (Signal.SECRECY, "det er ingen andres sag hvad jeg spiser"),
        (Signal.SECRECY, "i'll hide the present so nobody knows"),
        (Signal.SECRECY, "you should set a password on it"),
        (Signal.SECRECY, "then he will ask ok"),
        (Signal.OFFERS_GIFT, "you'll get it if you keep practicing"),
        (Signal.OFFERS_GIFT, "du får det hvis du vil"),
        (Signal.OFFERS_GIFT, "tu auras le code si tu demandes au prof"),
        (Signal.OFFERS_GIFT, "jeg kan sende dig 20 billeder af katten"),
        (Signal.OFFERS_GIFT, "je peux te donner 10 exemples"),
        (Signal.ASKS_AGE, "you're only 15 points behind me"),
        (Signal.ASKS_AGE, "du er kun 12 timer væk"),
        (Signal.ASKS_CONTACT, "do you ever take photos when you travel"),
        (Signal.OFFERS_GIFT, "you get the point if you think about it"),
        (Signal.OFFERS_GIFT, "j'ai acheté des baskets hier"),
        (Signal.ASKS_AGE, "ur only 5 min away"),
        (Signal.ASKS_AGE, "you're just in time"),
        (Signal.ASKS_CONTACT, "i'll give u my opinion"),
    ],
)
def test_tenth_round_look_alikes_carry_no_such_signal(signal: Signal, text: str) -> None:
    assert signal not in signals_in(text, gives_contact=False)


# Round 11, from the development half of batch 11: only you and me, and talking somewhere else
# (not a thing put there).
@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.SECRECY, "det er kun mig og dig"),
        (Signal.SECRECY, "it's only you and me ok"),
        (Signal.SECRECY, "c'est que toi et moi"),
        (Signal.MOVES_APP, "lad os skrive et andet sted"),
        (Signal.MOVES_APP, "skal vi tage den et andet sted"),
    ],
)
def test_eleventh_round_wordings_are_recognised(signal: Signal, text: str) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("signal", "text"),
    [
        (Signal.MOVES_APP, "hun tror far har gemt det et andet sted"),
        (Signal.MOVES_APP, "nøglen ligger et andet sted"),
        (Signal.SECRECY, "it's only me and my dog at home"),
    ],
)
def test_eleventh_round_look_alikes_carry_no_such_signal(signal: Signal, text: str) -> None:
    assert signal not in signals_in(text, gives_contact=False)


# Round 12, wordings made up for the weakest test class (French gifts) and their English and
# Danish forms: a gift waiting for them, deserved, everything paid, bought in the future tense.
@pytest.mark.parametrize(
    "text",
    [
        "i have a present for you",
        "i got you a little gift",
        "you deserve a gift",
        "i'll pay for everything",
        "jeg har en gave til dig",
        "du fortjener en gave",
        "jeg betaler det hele",
        "j'ai un cadeau pour toi",
        "tu mérites un cadeau",
        "je paie tout",
        "je t'achèterai ce que tu veux",
        "tu veux que je t'achète quoi ?",
        "je te prête ma carte bleue",
    ],
)
def test_twelfth_round_gifts_are_recognised(text: str) -> None:
    assert Signal.OFFERS_GIFT in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    "text",
    [
        "i got you a coffee",
        "you deserve a break",
        "je paie tout le temps mes factures",
        "je t'achète le pain en rentrant",
        "i have a surprise party for my sister",
    ],
)
def test_twelfth_round_look_alikes_offer_no_gift(text: str) -> None:
    assert Signal.OFFERS_GIFT not in signals_in(text, gives_contact=False)


# Round 13, from the development half of batch 12.
@pytest.mark.parametrize(
    "text",
    [
        "lad være med at nævne mig derhjemme",
        "voksne tror altid det værste",
        "bare sig du chatter med en veninde",
        "just say ur texting a friend",
        "hvad end du siger til mig bliver hos mig",
        "whatever you tell me stays with me",
        "jeg har aldrig sladret om nogen",
        "ikke engang dine forældre vil finde ud af det",
        "not even your mum will find out",
    ],
)
def test_thirteenth_round_secrecy_is_recognised(text: str) -> None:
    assert Signal.SECRECY in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    "text",
    [
        "people always think the worst of me when im tired",
        "the cold stays with me all winter",
        "vi bliver hos mig i aften",
    ],
)
def test_thirteenth_round_look_alikes_carry_no_secrecy(text: str) -> None:
    assert Signal.SECRECY not in signals_in(text, gives_contact=False)


# Round 14, from the development half of batch 13.
@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("je la montrerai à personne", Signal.SECRECY),
        ("ikke til nogen andre, kun til mig", Signal.SECRECY),
        ("not for anyone else, just me", Signal.SECRECY),
        ("der kan ingen andre læse det vi skriver", Signal.SECRECY),
        ("people can misunderstand a friendship like ours", Signal.SECRECY),
        ("best to keep this off the family laptop", Signal.SECRECY),
        ("sig lige hvor gammel du er", Signal.ASKS_AGE),
        ("går du i 9.?", Signal.ASKS_AGE),
        ("you write so well for someone in grade 8", Signal.FLATTERS),
        ("du skriver rigtig modent", Signal.FLATTERS),
        ("tu écris comme une adulte", Signal.FLATTERS),
        ("gider du sende mig et billede af dig", Signal.ASKS_CONTACT),
    ],
)
def test_fourteenth_round_signals_are_recognised(text: str, signal: Signal) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("jeg har ikke sagt det til nogen andre", Signal.SECRECY),
        ("der kan ingen se scenen herfra", Signal.SECRECY),
        ("people can misunderstand the rules", Signal.SECRECY),
        ("the laptop is off, going to bed", Signal.SECRECY),
        ("går du i byen i aften", Signal.ASKS_AGE),
        ("you write code for a living?", Signal.FLATTERS),
    ],
)
def test_fourteenth_round_look_alikes_carry_no_signal(text: str, signal: Signal) -> None:
    assert signal not in signals_in(text, gives_contact=False)


# Round 15, from the development half of batch 14.
@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("how old did u say", Signal.ASKS_AGE),
        ("hvor gammel sagde du du var", Signal.ASKS_AGE),
        ("t'as dit quel âge déjà", Signal.ASKS_AGE),
        ("wait ur 14?", Signal.ASKS_AGE),
        ("u seem older tbh", Signal.FLATTERS),
        ("bor du ikke tæt på vejle?", Signal.MEETS_UP),
        ("du kan godt komme herud en dag", Signal.MEETS_UP),
        ("tu pourrais passer chez moi samedi", Signal.MEETS_UP),
        ("y a personne chez moi le mercredi", Signal.MEETS_UP),
        ("sig til din mor at du overnatter hos en veninde", Signal.SECRECY),
        ("dis que tu dors chez une copine", Signal.SECRECY),
        ("så kan vi skrive i ro og mag derinde", Signal.SECRECY),
        ("delete it after every chat ok", Signal.SECRECY),
        ("har du slettet beskederne?", Signal.SECRECY),
        ("mets tes écouteurs, comme ça personne entend", Signal.SECRECY),
        ("montre jamais notre conv à ton frère", Signal.SECRECY),
        ("t'as plus besoin de demander à ta mère", Signal.SECRECY),
        ("hop over på telegram", Signal.MOVES_APP),
        ("on passe en vocal sur discord ?", Signal.MOVES_APP),
        ("jeg kan altid købe skins til dig", Signal.OFFERS_GIFT),
        ("je te prends les écouteurs que tu veux", Signal.OFFERS_GIFT),
        ("je peux te le recharger ton forfait", Signal.OFFERS_GIFT),
    ],
)
def test_fifteenth_round_signals_are_recognised(text: str, signal: Signal) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("je prends les airpods demain", Signal.OFFERS_GIFT),
        ("je te prends à 8h devant le lycée", Signal.OFFERS_GIFT),
        ("y a personne au club ce soir", Signal.MEETS_UP),
        ("you seem older than my little brother", Signal.FLATTERS),
        # From the review of rounds 14 and 15.
        ("vi tog i biografen i går, bare os to", Signal.SECRECY),
        ("når ungerne sover kan vi snakke i ro og mag", Signal.SECRECY),
        ("t'as supprimé ton compte insta ?", Signal.SECRECY),
        ("did you delete it? the app keeps crashing for me", Signal.SECRECY),
        ("har du slettet dem? jeg kan ikke finde dine opslag", Signal.SECRECY),
        ("mute your mic so nobody hears the dog barking", Signal.SECRECY),
        ("det virker ikke på familiens ipad", Signal.SECRECY),
        ("people can misread it over text, i was joking", Signal.SECRECY),
        ("la réponse je la dirai pas, cherche un peu", Signal.SECRECY),
        ("montre notre photo à ta mère, elle va rire", Signal.SECRECY),
        ("supprime les avant de mettre à jour", Signal.SECRECY),
        ("jeg kan sagtens købe noget mad på vejen", Signal.OFFERS_GIFT),
        ("je te prends ton tel si tu continues", Signal.OFFERS_GIFT),
        ("t'as plus de batterie ? je peux te le recharger", Signal.OFFERS_GIFT),
        ("je te ramène ton chargeur demain", Signal.MEETS_UP),
        ("lights are on but nobody's home lol", Signal.MEETS_UP),
        ("chez moi y a personne qui aime le foot", Signal.MEETS_UP),
        ("you could come over to the dark side lol", Signal.MEETS_UP),
        ("that's a lot of homework for someone in year 9", Signal.FLATTERS),
        ("how old did u say ur dog was", Signal.ASKS_AGE),
    ],
)
def test_fifteenth_round_look_alikes_carry_no_signal(text: str, signal: Signal) -> None:
    assert signal not in signals_in(text, gives_contact=False)


# Round 16, from the development half of batch 15.
@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("lad os skifte", Signal.MOVES_APP),
        ("der bliver intet gemt derinde", Signal.SECRECY),
        ("og så får vi ikke lov at skrive sammen mere", Signal.SECRECY),
        ("we won't be allowed to talk anymore", Signal.SECRECY),
        ("reste ma copine secrète", Signal.SECRECY),
        ("du er min lille hemmelige kæreste", Signal.SECRECY),
        ("n'en parle pas à tes parents", Signal.SECRECY),
        ("les gens ne comprennent pas ça", Signal.SECRECY),
        ("does your dad read over your shoulder", Signal.SECRECY),
        ("t'as un portable que ta mère regarde pas ?", Signal.SECRECY),
        ("just say it's a girl from class", Signal.SECRECY),
        ("tu es en troisième, hein ?", Signal.ASKS_AGE),
        ("je te file mon snap", Signal.ASKS_CONTACT),
        ("je t'envoie une paysafecard", Signal.OFFERS_GIFT),
        ("du er så klog for en på 13", Signal.FLATTERS),
    ],
)
def test_sixteenth_round_signals_are_recognised(text: str, signal: Signal) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("lad os skifte emne", Signal.MOVES_APP),
        ("nothing is saved on my laptop lol", Signal.SECRECY),
        ("we won't be allowed to talk in class", Signal.SECRECY),
        ("my secret friend is santa", Signal.SECRECY),
        ("pretty good for a 12 year old dog", Signal.FLATTERS),
    ],
)
def test_sixteenth_round_look_alikes_carry_no_signal(text: str, signal: Signal) -> None:
    assert signal not in signals_in(text, gives_contact=False)


# Round 17, from the development half of batch 16.
@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("dont worry i wont show it to anyone", Signal.SECRECY),
        ("jeg viser det aldrig til nogen", Signal.SECRECY),
        ("je le garderai pour moi promis", Signal.SECRECY),
        ("nobody knows we're chatting right", Signal.SECRECY),
        ("ingen ved at vi snakker, vel?", Signal.SECRECY),
        ("personne sait qu'on se parle", Signal.SECRECY),
        ("so we can talk without anyone reading", Signal.SECRECY),
        ("better not talk about this at home", Signal.SECRECY),
        ("tes parents trouveraient ça bizarre", Signal.SECRECY),
        ("delete the app before your mum gets home", Signal.SECRECY),
        ("this chat is monitored anyway", Signal.SECRECY),
        ("hent en krypteret app", Signal.SECRECY),
        ("ou installe une appli privée", Signal.SECRECY),
        ("i can send u some robux", Signal.OFFERS_GIFT),
        ("je peux t'envoyer des robux", Signal.OFFERS_GIFT),
        ("se det som en gave", Signal.OFFERS_GIFT),
        ("tout ce que tu dois faire c'est continuer à me parler", Signal.OFFERS_GIFT),
        ("where can i send it to you", Signal.MEETS_UP),
        ("t'aurais pas des photos", Signal.ASKS_CONTACT),
        ("i sent u mine", Signal.ASKS_CONTACT),
        ("du er 13, det gør mig ikke noget", Signal.FLATTERS),
        ("ur 15? that's fine with me", Signal.FLATTERS),
    ],
)
def test_seventeenth_round_signals_are_recognised(text: str, signal: Signal) -> None:
    assert signal in signals_in(text, gives_contact=False)


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        (
            "i wont show it to anyone until its finished, its a surprise painting",
            Signal.OFFERS_GIFT,
        ),
        ("nobody knows what the ending means", Signal.SECRECY),
        ("my parents would think it's weird if i dyed my hair", Signal.ASKS_CONTACT),
        ("i'll send the link back later", Signal.ASKS_CONTACT),
        ("ur 15? cool", Signal.FLATTERS),
        ("where can i send my cv", Signal.MEETS_UP),
        ("download a private browser extension", Signal.SECRECY),
        # From a review of round 17.
        ("i snuck out without anyone knowing", Signal.SECRECY),
        ("we don't talk about it at home, my dad gets upset", Signal.SECRECY),
        ("dine forældre ville synes det var mærkeligt hvis du farvede dit hår", Signal.SECRECY),
        ("delete the app before they come out with an update", Signal.SECRECY),
        ("i need to install a private app for work", Signal.SECRECY),
        ("jeg vil give dig point for ærlighed", Signal.OFFERS_GIFT),
        ("think of it as a gift from the universe", Signal.OFFERS_GIFT),
        ("all you have to do is talk to me about it", Signal.OFFERS_GIFT),
        ("i finished the essay, where should i send it?", Signal.MEETS_UP),
        ("i showed you mine, now show me your drawing", Signal.ASKS_CONTACT),
        ("jeg sender også en mail til læreren", Signal.ASKS_CONTACT),
        ("t'aurais pas des photos du cours ?", Signal.ASKS_CONTACT),
        ("age and gender are just labels", Signal.ASKS_AGE),
    ],
)
def test_seventeenth_round_look_alikes_carry_no_signal(text: str, signal: Signal) -> None:
    assert signal not in signals_in(text, gives_contact=False)
