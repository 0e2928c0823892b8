package i18n

// dutchHelp is the Dutch of the --help texts (view.Help and cobra's usage
// template), by their English text. Example blocks keep the commands and
// flags as they must be typed; only example values and # comments are Dutch.
var dutchHelp = map[string]string{
	"Usage:":        "Gebruik:",
	"Aliases:":      "Andere namen:",
	"Examples:":     "Voorbeelden:",
	"Commands:":     "Commando's:",
	"Flags:":        "Opties:",
	"Global flags:": "Algemene opties:",
	"Run \"{{.CommandPath}} [command] --help\" for more about a command.": "Typ \"{{.CommandPath}} [commando] --help\" voor meer over een commando.",
	"Map who helps whom in a learning network":                            "Breng in kaart wie wie helpt in een lerend netwerk",
	`kring maps who helps whom in a learning network (lerend netwerk): participants
record whom they asked for help or information and whom they gave it to; kring
keeps those help ties in a local SQLite file, shows who gives, who only asks,
who is isolated and who brokers between groups, and draws the network map.

A help tie runs from giver to receiver: "Ann asked Bob" is the tie Bob → Ann.

The database is --db, else $KRING_DB, else $XDG_DATA_HOME/kring/kring.db
(by default ~/.local/share/kring/kring.db). It is created with mode 0600 by
"kring network create". A file can hold several networks: pick one with
--network or $KRING_NETWORK, or once with "kring network use".

kring speaks Dutch and English: --lang nl|en, else $KRING_LANG, else your
locale ($LANG). What is made for the group (maps, charts, the report,
handouts) follows the network's own language (kring network create --lang).`: `kring brengt in kaart wie wie helpt in een lerend netwerk: deelnemers noteren
aan wie ze hulp of informatie vroegen en aan wie ze die gaven; kring bewaart
die hulprelaties in een SQLite-bestand op je eigen computer, toont wie geeft,
wie alleen vraagt, wie geen hulprelaties heeft en wie als bruggenbouwer
groepen verbindt, en tekent de netwerkkaart.

Een hulprelatie loopt van gever naar ontvanger: "Ann vroeg Bob" is de relatie
Bob → Ann.

De database is --db, anders $KRING_DB, anders $XDG_DATA_HOME/kring/kring.db
(standaard ~/.local/share/kring/kring.db). "kring network create" maakt ze aan
met rechten 0600. Een bestand kan meerdere netwerken bevatten: kies er een met
--network of $KRING_NETWORK, of voor de volgende keren met "kring network use".

kring spreekt Nederlands en Engels: --lang nl|en, anders $KRING_LANG, anders
de taal van je systeem ($LANG). Wat voor de groep gemaakt wordt
(netwerkkaarten, grafieken, het rapport, persoonlijke bladen) volgt de eigen
taal van het netwerk (kring network create --lang).`,
	`  kring demo                                   # see an example network, its analysis and map
  kring network create "Lerend netwerk HR" --lang nl
  kring person add "Ann Peeters" --org "Gemeente Zeedorp"
  kring wave add "Meeting 1" --date 2026-02-05
  kring record "Ann Peeters" --asked "Bob Janssens" --gave "Carla De Smet" --add-new
  kring analyze
  kring map -o map.svg`: `  kring demo                                   # bekijk een voorbeeldnetwerk, de analyse en de kaart
  kring network create "Lerend netwerk HR" --lang nl
  kring person add "Ann Peeters" --org "Gemeente Zeedorp"
  kring wave add "Bijeenkomst 1" --date 2026-02-05
  kring record "Ann Peeters" --asked "Bob Janssens" --gave "Carla De Smet" --add-new
  kring analyze
  kring map -o map.svg`,
	"Analyse and draw an example learning network": "Analyseer en teken een voorbeeld van een lerend netwerk",
	`Load kring's example learning network (14 people from three organisations,
three meetings) into DIR/demo.db, print its analysis, draw DIR/map.svg and
write the HTML report DIR/report.html, in the language of your messages.
The demo never touches your own database, and replaces DIR/demo.db only
while it holds the untouched example. Explore the example afterwards with
--db DIR/demo.db.`: `Laad het voorbeeldnetwerk van kring (14 personen uit drie organisaties, drie
bijeenkomsten) in DIR/demo.db, toon de analyse, teken DIR/map.svg en schrijf
het HTML-rapport DIR/report.html, in de taal waarin kring met jou praat.
De demo raakt je eigen database nooit aan, en vervangt DIR/demo.db alleen
zolang daar het onaangeroerde voorbeeld in staat. Verken het voorbeeld daarna
met --db DIR/demo.db.`,
	`  kring demo
  kring demo --out /tmp/kring-demo
  kring --lang nl demo`: `  kring demo
  kring demo --out /tmp/kring-demo
  kring --lang nl demo`,
	`A database file can hold several learning networks. People, waves and ties
belong to one network. Commands work on --network NAME, else $KRING_NETWORK,
else the network chosen with "kring network use", else the only one.`: `Een databasebestand kan meerdere lerende netwerken bevatten. Personen,
bijeenkomsten en relaties horen bij één netwerk. Commando's werken op
--network NAME, anders $KRING_NETWORK, anders het netwerk gekozen met
"kring network use", anders het enige.`,
	"Create a network (and the database file, the first time)": "Maak een netwerk aan (en de eerste keer ook het databasebestand)",
	`Create a network. --lang gives the network its own language (nl or en): the
language of what is made for the group, such as maps, the report and the
handouts, whatever the language of the person who makes them.`: `Maak een netwerk aan. --lang geeft het netwerk een eigen taal (nl of en): de
taal van wat voor de groep gemaakt wordt, zoals netwerkkaarten, het rapport en
de persoonlijke bladen, in welke taal degene die ze maakt kring ook gebruikt.`,
	`  kring network create "Lerend netwerk HR" --lang nl
  kring --db ~/netwerken/zorg.db network create "Kenniskring zorg"`: `  kring network create "Lerend netwerk HR" --lang nl
  kring --db ~/netwerken/zorg.db network create "Kenniskring zorg"`,
	"List the networks in the database": "Toon de netwerken in de database",
	`  kring network list
  kring network list --format json`: `  kring network list
  kring network list --format json`,
	"Choose the network that commands work on": "Kies het netwerk waarop de commando's werken",
	"  kring network use \"Kenniskring zorg\"": "  kring network use \"Kenniskring zorg\"",
	"Change a network's own language":          "Verander de eigen taal van een netwerk",
	`Change the language of what is made for the group (maps, charts, the report,
handouts): nl (Dutch) or en (English).`: `Verander de taal van wat voor de groep gemaakt wordt (netwerkkaarten,
grafieken, het rapport, persoonlijke bladen): nl (Nederlands) of en (Engels).`,
	"  kring network edit \"Lerend netwerk HR\" --lang nl": "  kring network edit \"Lerend netwerk HR\" --lang nl",
	"Add, list, edit, rename and remove participants":      "Beheer de deelnemers: toevoegen, tonen, bewerken, hernoemen, verwijderen",
	`Participants are matched by name case-, accent- and white-space-insensitively:
"jurgen van der hagen" finds "Jürgen Van der Hagen". A name is shown exactly as
it was first written.`: `Deelnemers worden op naam gevonden, los van hoofdletters, accenten en spaties:
"jurgen van der hagen" vindt "Jürgen Van der Hagen". Een naam wordt altijd
getoond zoals hij de eerste keer geschreven is.`,
	"Add participants to the network": "Voeg deelnemers toe aan het netwerk",
	`Add one or more participants. The organisation, function and topics apply to
every name given. Topics are what a person can help with (--offers) and
wants help with (--needs), comma-separated.`: `Voeg een of meer deelnemers toe. De organisatie, functie en onderwerpen
gelden voor elke opgegeven naam. Onderwerpen zijn waarmee iemand kan helpen
(--offers) en waarvoor iemand hulp zoekt (--needs), gescheiden door komma's.`,
	`  kring person add "Ann Peeters" --org "Gemeente Zeedorp" --function "HR-adviseur"
  kring person add "Jürgen Van der Hagen" --offers "roosterplanning,EPD" --needs data-analyse
  kring person add "Bob Janssens" "Carla De Smet" "Dirk Wouters"`: `  kring person add "Ann Peeters" --org "Gemeente Zeedorp" --function "HR-adviseur"
  kring person add "Jürgen Van der Hagen" --offers "roosterplanning,EPD" --needs data-analyse
  kring person add "Bob Janssens" "Carla De Smet" "Dirk Wouters"`,
	"Change a participant's organisation, function or topics": "Verander de organisatie, functie of onderwerpen van een deelnemer",
	`Change only the fields given. --offers and --needs replace the list; pass an
empty value (--offers "") to clear it.`: `Alleen de opgegeven velden veranderen. --offers en --needs vervangen de lijst;
geef een lege waarde (--offers "") om de lijst leeg te maken.`,
	`  kring person edit "Ann Peeters" --function "HR-manager"
  kring person edit "ann peeters" --offers "loonbeleid,coaching" --needs talentmanagement`: `  kring person edit "Ann Peeters" --function "HR-manager"
  kring person edit "ann peeters" --offers "loonbeleid,coaching" --needs talentmanagement`,
	"List the participants": "Toon de deelnemers",
	`  kring person list
  kring person list --format csv > people.csv`: `  kring person list
  kring person list --format csv > people.csv`,
	"Rename a participant (or correct the spelling of a name)": "Geef een deelnemer een andere naam (of verbeter de schrijfwijze)",
	`  kring person rename "Jurgen Vd Hagen" "Jürgen Van der Hagen"
  kring person rename "ann peeters" "Ann Peeters-Claes"`: `  kring person rename "Jurgen Vd Hagen" "Jürgen Van der Hagen"
  kring person rename "ann peeters" "Ann Peeters-Claes"`,
	"Merge two entries of the same participant into one": "Voeg twee vermeldingen van dezelfde deelnemer samen tot één",
	`Merge NAME into INTO-NAME, who stays: NAME's help ties, contacts, reports and
topics become INTO-NAME's, INTO-NAME's empty organisation and function are
filled from NAME, and NAME is removed. A tie both already had in the same wave
becomes one, with the reporters and topics of both (recorded from both ends,
it is now confirmed); ties between the two are dropped.

Use it when merged maps wrote one person two ways; kring import lists names
that look alike.`: `Voeg NAME samen met INTO-NAME, die blijft: de hulprelaties, contacten,
meldingen en onderwerpen van NAME gaan naar INTO-NAME, een lege organisatie en
functie van INTO-NAME worden aangevuld met die van NAME, en NAME verdwijnt.
Een relatie die beiden al hadden in dezelfde bijeenkomst wordt er één, met de
melders en onderwerpen van allebei (door beide kanten gemeld, is ze nu
bevestigd); relaties tussen de twee vervallen.

Gebruik het wanneer samengevoegde netwerkkaarten één persoon op twee manieren
schreven; kring import toont namen die op elkaar lijken.`,
	`  kring person merge "A. Peeters" "Ann Peeters"
  kring person merge "Jurgen" "Jürgen Van der Hagen"`: `  kring person merge "A. Peeters" "Ann Peeters"
  kring person merge "Jurgen" "Jürgen Van der Hagen"`,
	"Erase a participant with every tie they are part of": "Wis een deelnemer, met alle relaties waarin die voorkomt",
	`Erase a participant: their details and topics, every help tie and contact they
are part of (whoever recorded it), and what they recorded about others. This
cannot be undone. On a terminal kring asks first; elsewhere pass --yes.`: `Wis een deelnemer: de gegevens en onderwerpen, elke hulprelatie en elk
contact waarin die persoon voorkomt (wie het ook noteerde), en wat die persoon
over anderen noteerde. Dit kan niet ongedaan gemaakt worden. In een terminal
vraagt kring eerst om bevestiging; anders geef je --yes op.`,
	"  kring person remove \"Fien Goossens\"": "  kring person remove \"Fien Goossens\"",
	`A wave is one round of recording, usually one meeting. Every tie belongs to one
wave; ties recorded without --wave go to the last wave. Analyses run on one
wave (--wave) or on the waves up to one (--upto).`: `Een bijeenkomst is één ronde waarin relaties genoteerd worden; meestal is dat
ook één echte bijeenkomst van de groep. Elke relatie hoort bij één
bijeenkomst; relaties die zonder --wave genoteerd worden, gaan naar de
laatste. Analyses gaan over één bijeenkomst (--wave) of over de bijeenkomsten
tot en met een bepaalde (--upto).`,
	"Add a wave after the last one": "Voeg een bijeenkomst toe na de laatste",
	`  kring wave add "Meeting 1" --date 2026-02-05
  kring wave add "Meeting 2"`: `  kring wave add "Bijeenkomst 1" --date 2026-02-05
  kring wave add "Bijeenkomst 2"`,
	"List the waves in order, with their number of ties": "Toon de bijeenkomsten op volgorde, met hun aantal relaties",
	"  kring wave list": "  kring wave list",
	"Record whom you asked, whom you gave help to, and whom you know": "Noteer wie je om hulp vroeg, wie je hielp en wie je kent",
	`The mapping exercise of a learning network: after a meeting, each participant
records whom they asked for help or information, whom they gave it to, and
whom they only know or work with.

"ME asked A" stores the help tie A → ME; "ME gave to C" stores ME → C; a
contact is undirected. A tie recorded from both ends (Ann says she asked Bob,
Bob says he gave to Ann) is one tie, marked confirmed. Recording the same tie
again changes nothing.

Names are matched case-, accent- and white-space-insensitively. An unknown
name is an error that names the closest known people; --add-new adds unknown
people instead. Ties go to the last wave unless --wave says otherwise.`: `De oefening van een lerend netwerk, het netwerk in kaart brengen: na een
bijeenkomst beantwoordt elke deelnemer drie vragen. Aan wie heb je hulp of
informatie gevraagd? Aan wie heb je hulp of informatie gegeven? Met wie werk
je samen of heb je contact, zonder dat er hulp was?

"ME vroeg A" bewaart de hulprelatie A → ME; "ME gaf aan C" bewaart ME → C; een
contact heeft geen richting. Een relatie die van beide kanten genoteerd is
(Ann zegt dat ze Bob iets vroeg, Bob zegt dat hij Ann hielp) is één relatie,
en die is bevestigd. Dezelfde relatie nog eens noteren verandert niets.

Namen worden gevonden los van hoofdletters, accenten en spaties. Een onbekende
naam geeft een foutmelding met de bekende namen die er het dichtst bij liggen;
--add-new voegt onbekende personen toe. Relaties gaan naar de laatste
bijeenkomst, tenzij --wave iets anders zegt.`,
	`  kring record "Ann Peeters" --asked "Bob Janssens" --gave "Carla De Smet,Dirk Wouters" --contact "Eve Maes"
  kring record "jurgen van der hagen" --asked "Dirk Wouters" --topic roosterplanning --wave "Meeting 2"
  kring record "Noor El Amrani" --gave "Bram Vermeulen" --add-new`: `  kring record "Ann Peeters" --asked "Bob Janssens" --gave "Carla De Smet,Dirk Wouters" --contact "Eve Maes"
  kring record "jurgen van der hagen" --asked "Dirk Wouters" --topic roosterplanning --wave "Bijeenkomst 2"
  kring record "Noor El Amrani" --gave "Bram Vermeulen" --add-new`,
	"Add, list and remove single help ties": "Beheer losse hulprelaties: toevoegen, tonen, verwijderen",
	`A help tie runs from giver to receiver: knowledge or help flowed from the giver
to the receiver. "kring record" is the usual way to enter ties; "kring tie"
lets a facilitator add, inspect and correct them one by one.`: `Een hulprelatie loopt van gever naar ontvanger: kennis of hulp ging van de
gever naar de ontvanger. "kring record" is de gewone manier om relaties in te
voeren; met "kring tie" kan een begeleider ze één voor één toevoegen, bekijken
en verbeteren.`,
	"Add a help tie: GIVER helped RECEIVER": "Voeg een hulprelatie toe: GIVER hielp RECEIVER",
	`  kring tie add "Pieter de Vries" "Sofie Claes" --topic AI-tools
  kring tie add "Bob Janssens" "Ann Peeters" --wave "Meeting 2" --reporter "Ann Peeters"`: `  kring tie add "Pieter de Vries" "Sofie Claes" --topic AI-tools
  kring tie add "Bob Janssens" "Ann Peeters" --wave "Bijeenkomst 2" --reporter "Ann Peeters"`,
	"List help ties (or contacts) with their IDs, reporters and topics": "Toon hulprelaties (of contacten) met hun ID, melders en onderwerpen",
	`  kring tie list
  kring tie list --wave "Meeting 2" --format csv
  kring tie list --contacts`: `  kring tie list
  kring tie list --wave "Bijeenkomst 2" --format csv
  kring tie list --contacts`,
	"Remove one help tie or contact by the ID that kring tie list shows": "Verwijder één hulprelatie of contact met het ID dat kring tie list toont",
	`  kring tie list
  kring tie remove 17`: `  kring tie list
  kring tie remove 17`,
	"Show who gives, who only asks, who is isolated, who brokers, and how reciprocal the network is": "Toon wie geeft en wie vraagt, de bruggenbouwers en hoe wederkerig het netwerk is",
	`Analyse the help graph (giver → receiver) of all waves, one wave (--wave) or
the waves up to one (--upto). Several ties between the same two people count
once.

Per person: gives, receives, balance, give_share, reciprocal, role,
betweenness, betweenness_norm, reach, access, sought, broker, community,
constraint and, when people have an organisation, the brokerage roles
coordinator, gatekeeper, representative, consultant and liaison.

For the network: people, help_ties, contacts, density, reciprocity,
mutual_pairs, asymmetric_pairs, the number of people per role,
weak_components, strong_components, communities, modularity,
in_centralization, out_centralization and brokers.

The table shows the most useful columns; json and csv have every metric. The
README explains each metric and its formula. --pseudonymize shows codes
instead of names, the same codes as every other command and export of this
database.

Above 20,000 people betweenness is estimated from sampled shortest paths,
within ±0.005 of the exact betweenness_norm with 95%% probability (the output
says so); --exact computes it exactly, which takes much longer.`: `Analyseer het netwerk van hulprelaties (gever → ontvanger) over alle
bijeenkomsten, over één bijeenkomst (--wave) of over de bijeenkomsten tot en
met een bepaalde (--upto). Meerdere relaties tussen dezelfde twee personen
tellen één keer.

Per persoon: gives, receives, balance, give_share, reciprocal, role,
betweenness, betweenness_norm, reach, access, sought, broker, community,
constraint en, als personen een organisatie hebben, de bemiddelingsrollen
coordinator, gatekeeper, representative, consultant en liaison.

Voor het netwerk: people, help_ties, contacts, density, reciprocity,
mutual_pairs, asymmetric_pairs, het aantal personen per rol,
weak_components, strong_components, communities, modularity,
in_centralization, out_centralization en brokers.

De tabel toont de nuttigste kolommen; json en csv bevatten elke maat. De
README legt elke maat en haar formule uit. --pseudonymize toont codes in
plaats van namen, dezelfde codes als in elk ander commando en elke export van
deze database.

Boven 20.000 personen wordt de tussenpositie geschat uit een steekproef van
kortste paden, met 95%% zekerheid tot op ±0,005 van de exacte
betweenness_norm (de uitvoer meldt dat); --exact berekent ze exact, maar dat
duurt veel langer.`,
	`  kring analyze
  kring analyze --wave "Meeting 2" --sort balance
  kring analyze --upto "Meeting 2" --format json
  kring analyze --sort sought --format csv > metrics.csv`: `  kring analyze
  kring analyze --wave "Bijeenkomst 2" --sort balance
  kring analyze --upto "Bijeenkomst 2" --format json
  kring analyze --sort sought --format csv > metrics.csv`,
	"Draw the network map, an ego map or the change between two waves": "Teken de netwerkkaart, een persoonlijke kaart of wat veranderde tussen bijeenkomsten",
	`Draw the help graph as a map: one box per person, coloured by role (exchanges,
only gives, only asks, isolated), by organisation or by community; an arrow
from giver to receiver where help flows one way, a heavier double-headed line
where it flows both ways, and a dashed line for a contact without help.
Brokers have a heavy border; names are larger for people who are sought more
(--size). The legend explains colours and lines.

--ego NAME draws one person's own network: everyone they gave to or asked
(--depth 2: and those people's), with the ties among them.

--diff W1..W2 draws the change between two waves: ties new in W2 (blue), lost
since W1 (red, dashed) and kept (grey); people whose role changed say what it
was. In DOT and SVG every tie has the class new, lost or kept.

The format follows the file name (.svg, .png, .pdf, .dot) or --format. Files
are written with mode 0600: a map shows personal data. The words on the map
are in the network's language (kring network create --lang), unless --lang
says otherwise.`: `Teken het netwerk van hulprelaties als kaart: één vak per persoon, gekleurd
volgens rol (geeft en vraagt, geeft alleen, vraagt alleen, geen
hulprelaties), organisatie of subgroep; een pijl van gever naar ontvanger waar
de hulp in één richting gaat, een dikkere lijn met twee pijlpunten waar ze in
beide richtingen gaat, en een stippellijn voor een contact zonder hulp.
Bruggenbouwers hebben een dikke rand; de naam is groter bij wie vaker gezocht
wordt (--size). De legende legt de kleuren en lijnen uit.

--ego NAME tekent het eigen netwerk van één persoon: iedereen aan wie die
persoon iets gaf of vroeg (--depth 2: ook de mensen van hen), met de
relaties tussen hen.

--diff W1..W2 tekent wat veranderde tussen twee bijeenkomsten: relaties die
nieuw zijn in W2 (blauw), verdwenen sinds W1 (rood, stippellijn) en behouden
(grijs); bij wie van rol veranderde, staat de vorige rol. In DOT en SVG heeft
elke relatie de klasse new, lost of kept.

Het formaat volgt de bestandsnaam (.svg, .png, .pdf, .dot) of --format.
Bestanden worden geschreven met rechten 0600: een kaart toont
persoonsgegevens. De woorden op de kaart zijn in de taal van het netwerk
(kring network create --lang), tenzij --lang iets anders zegt.`,
	`  kring map -o map.svg
  kring map -o map.png --color org --group org
  kring map --ego "Ann Peeters" -o ann.png
  kring map --diff "Meeting 1..Meeting 3" -o change.pdf
  kring map --wave "Meeting 1" --label initials -o meeting1.svg`: `  kring map -o map.svg
  kring map -o map.png --color org --group org
  kring map --ego "Ann Peeters" -o ann.png
  kring map --diff "Bijeenkomst 1..Bijeenkomst 3" -o verandering.pdf
  kring map --wave "Bijeenkomst 1" --label initials -o bijeenkomst1.svg`,
	"Show give and take per person and for the network across waves, with change flags": "Toon per bijeenkomst het geven en vragen van personen en netwerk, met signalen",
	`Analyse every wave on its own and show, per wave, the network (people, help
ties, density, reciprocity, people per role) and each person's gives,
receives, balance (gives − receives), give_share, role, reciprocal ties and
sought score.

Flags mark changes worth a look, from the wave where they first hold:
  persistent_giver   only gave, asked nobody, in two or more waves in a row
  persistent_asker   only asked, helped nobody, in two or more waves in a row
  became_isolated    help ties in the previous wave, none in this one
  became_broker      among the brokers in this wave, not in the previous one
  joined_exchange    gave and received in this wave, after another role

--group org (or function) shows the figures per group instead of per
person: no row is about one person, and groups with fewer than --min-group
people are summed as "other", so that nobody is seen through a small group.

--chart writes the give/ask balance of each person per wave and the
network's reciprocity and density per wave as SVG or PNG.`: `Analyseer elke bijeenkomst apart en toon per bijeenkomst het netwerk
(personen, hulprelaties, dichtheid, wederkerigheid, personen per rol) en per
persoon: geeft, krijgt, saldo (geeft − krijgt), aandeel geven, rol,
wederkerige relaties en gezocht.

Signalen wijzen op veranderingen die een gesprek waard zijn, vanaf de
bijeenkomst waarin ze voor het eerst gelden (tussen haakjes de naam in json
en csv):
  blijft alleen geven     (persistent_giver) gaf alleen en vroeg niemand iets,
                          twee of meer bijeenkomsten na elkaar
  blijft alleen vragen    (persistent_asker) vroeg alleen en hielp niemand,
                          twee of meer bijeenkomsten na elkaar
  geen hulprelaties meer  (became_isolated) hulprelaties in de vorige
                          bijeenkomst, geen in deze
  nu bruggenbouwer        (became_broker) bij de bruggenbouwers in deze
                          bijeenkomst, niet in de vorige
  geeft en vraagt nu      (joined_exchange) gaf en kreeg in deze bijeenkomst,
                          na een andere rol

--group org (of function) toont de cijfers per groep in plaats van per
persoon: geen enkele rij gaat over één persoon, en groepen met minder dan
--min-group personen worden samengeteld als "overige", zodat niemand
herkenbaar is via een kleine groep.

--chart tekent het saldo geven/vragen van elke persoon per bijeenkomst, en de
wederkerigheid en dichtheid van het netwerk per bijeenkomst, als SVG of PNG.`,
	`  kring trend
  kring trend --people "Ann Peeters,Bram Vermeulen"
  kring trend --group org --format json
  kring trend --chart trend.png`: `  kring trend
  kring trend --people "Ann Peeters,Bram Vermeulen"
  kring trend --group org --format json
  kring trend --chart verloop.png`,
	"Write a one-file HTML report: summary, map, trend charts, change flags, people and groups": "Schrijf een rapport in één HTML-bestand: samenvatting, kaart, verloop, signalen, personen, groepen",
	`Write one self-contained HTML file to show the group or hand to HR: the
summary, the network map, the give/ask balance per person over the waves and
the network's reciprocity and density per wave, the change flags, a sortable
table of everyone's figures with a line in plain language on what they mean,
and the give and take per organisation and function. It prints on A4.

The file needs nothing else: it opens offline in any browser and makes no
request outside itself. It is written with mode 0600, as it holds personal
data. It is in the network's language, unless --lang says otherwise.

--wave W reports on one wave, and on the trend up to it; --upto W on the
waves up to W together. By default the report covers all waves.

--pseudonymize replaces every name by its code (the same code as in every
other command and export of this database, in no order of names) and leaves
organisations out of the per-person table. --min-group N (default 5) sums
organisations and functions with fewer than N people as "other", so that
nobody is seen through a small group.`: `Schrijf één HTML-bestand dat op zichzelf staat, om aan de groep te tonen of
aan HR te geven: de samenvatting, de netwerkkaart, het saldo geven/vragen per
persoon over de bijeenkomsten, de wederkerigheid en dichtheid van het netwerk
per bijeenkomst, de signalen, een sorteerbare tabel met ieders cijfers en een
zin in gewone taal over wat ze betekenen, en het geven en vragen per
organisatie en functie. Het drukt netjes af op A4.

Het bestand heeft niets anders nodig: het opent offline in elke browser en
haalt niets van buitenaf op. Het wordt geschreven met rechten 0600, omdat het
persoonsgegevens bevat. Het is in de taal van het netwerk, tenzij --lang iets
anders zegt.

--wave W rapporteert over één bijeenkomst, en over het verloop tot dan;
--upto W over de bijeenkomsten tot en met W samen. Standaard gaat het rapport
over alle bijeenkomsten.

--pseudonymize vervangt elke naam door zijn code (dezelfde code als in elk
ander commando en elke export van deze database, in geen enkele volgorde van
namen) en laat de organisaties weg uit de tabel per persoon. --min-group N
(standaard 5) telt organisaties en functies met minder dan N personen samen
als "overige", zodat niemand herkenbaar is via een kleine groep.`,
	`  kring report
  kring report -o meeting2.html --wave "Meeting 2"
  kring report -o hr.html --pseudonymize --min-group 6`: `  kring report
  kring report -o bijeenkomst2.html --wave "Bijeenkomst 2"
  kring report -o hr.html --pseudonymize --min-group 6`,
	"Suggest whom to ask for what you need, and who could introduce you": "Stel voor wie je kan vragen voor wat je zoekt, en wie je kan voorstellen",
	`Suggest, for what a person needs (kring person edit NAME --needs T,..), the
people who offer it (--offers), best first:

  1. people they have not asked yet, to widen their network, before those
     who helped them before;
  2. people who are not overloaded (who only gave, in the last two waves
     or more) before those who are;
  3. people fewer steps away, over help ties and contacts, first.

When the two do not know each other, the introducer is someone the person
knows who is a step closer. --topic asks about one topic instead of the
person's needs. Topics match however they are written ("Coaching" is
"coaching", "welzijn" is "wélzijn").

--all lists the best next ask for everyone who needs something, and the
knowledge that people need but nobody offers.`: `Toon, voor wat iemand zoekt (kring person edit NAME --needs T,..), de mensen
die het aanbieden (--offers), de beste eerst:

  1. mensen die nog niet gevraagd werden, om het netwerk te verbreden, vóór
     wie al eerder hielp;
  2. mensen die niet overbelast zijn, vóór wie dat wel is (wie in de laatste
     twee bijeenkomsten of meer alleen gaf);
  3. mensen die minder stappen ver staan, via hulprelaties en contacten.

Als de twee elkaar niet kennen, is wie je kan voorstellen iemand die de
persoon kent en een stap dichterbij staat. --topic vraagt naar één onderwerp
in plaats van naar wat de persoon zoekt. Onderwerpen komen overeen hoe ze ook
geschreven zijn ("Coaching" is "coaching", "welzijn" is "wélzijn").

--all toont voor iedereen die iets zoekt wie die het best als volgende vraagt,
en de kennis die mensen zoeken maar niemand aanbiedt.`,
	`  kring suggest --for "Bram Vermeulen"
  kring suggest --for "Bram Vermeulen" --topic coaching --limit 5
  kring suggest --all --format json`: `  kring suggest --for "Bram Vermeulen"
  kring suggest --for "Bram Vermeulen" --topic coaching --limit 5
  kring suggest --all --format json`,
	"Plan speed-dating rounds between people who do not know each other yet": "Plan speeddaterondes tussen mensen die elkaar nog niet kennen",
	`Plan N speed-dating rounds: every round seats everyone once, in pairs (one
trio when the count is odd) or, with --size 3, in trios; nobody meets the same
person twice. As many pairs of strangers as possible meet (no help tie either
way and no contact in any wave), then pairs across organisations (or, for
people without one, communities), then people who only give with people who
only ask.

kring says how many stranger pairs the schedule covers, against the most any
schedule of these rounds could, and against a plain round-robin rotation.
--absent leaves out people who are not there.`: `Plan N speeddaterondes: in elke ronde krijgt iedereen één plaats, in duo's
(met één trio als het aantal oneven is) of, met --size 3, in trio's; niemand
ontmoet dezelfde persoon twee keer. Zo veel mogelijk mensen die elkaar niet
kennen, ontmoeten elkaar (geen hulprelatie in welke richting ook en geen
contact in welke bijeenkomst ook), daarna duo's over organisaties heen (of,
voor wie geen organisatie heeft, over subgroepen heen), daarna mensen die
alleen geven met mensen die alleen vragen.

kring zegt hoeveel nieuwe kennismakingen het schema oplevert, tegenover het
maximum dat een schema met zoveel rondes kan halen, en tegenover gewoon
doorschuiven (round-robin). --absent laat mensen weg die er niet zijn.`,
	`  kring pairs --rounds 4
  kring pairs --rounds 3 --size 3 --absent "Eve Maes,Dirk Wouters"
  kring pairs --rounds 6 --format json > rounds.json`: `  kring pairs --rounds 4
  kring pairs --rounds 3 --size 3 --absent "Eve Maes,Dirk Wouters"
  kring pairs --rounds 6 --format json > rounds.json`,
	"Write a printable page for each participant: their map, give and take, and whom to ask": "Schrijf per deelnemer een persoonlijk blad: netwerkkaart, geven en vragen, wie je kan vragen",
	`Write, into DIR, one printable HTML page per participant (named after them,
e.g. ann-peeters.html) and all.html with every page, to print in one go
(each participant on their own A4 page):

  - their ego map: the people they gave to or asked, and the ties among them,
    over the waves up to --wave W (default: the last wave);
  - their gives and receives in each wave, and what that means;
  - whom they could ask for what they need (kring suggest), with who could
    introduce them;
  - the questions of the mapping exercise, with room to write.

The pages open offline and hold no script; they are written with mode 0600,
in the network's language unless --lang says otherwise. Hand each participant
only their own page.`: `Schrijf in DIR één afdrukbare HTML-pagina per deelnemer (genoemd naar de
deelnemer, bv. ann-peeters.html) en all.html met alle pagina's, om in één
keer af te drukken (elke deelnemer op een eigen A4):

  - de persoonlijke netwerkkaart: de mensen aan wie de deelnemer iets gaf of
    vroeg, en de relaties tussen hen, over de bijeenkomsten tot en met
    --wave W (standaard: de laatste);
  - wat de deelnemer in elke bijeenkomst gaf en kreeg, en wat dat betekent;
  - wie de deelnemer kan vragen voor wat die zoekt (kring suggest), en wie
    hen aan elkaar kan voorstellen;
  - de vragen van de oefening, met ruimte om te schrijven.

De pagina's openen offline en bevatten geen script; ze worden geschreven met
rechten 0600, in de taal van het netwerk, tenzij --lang iets anders zegt. Geef
elke deelnemer alleen het eigen blad.`,
	`  kring handouts -o handouts
  kring handouts -o meeting2 --wave "Meeting 2"
  kring handouts -o ann --people "Ann Peeters"`: `  kring handouts -o bladen
  kring handouts -o bijeenkomst2 --wave "Bijeenkomst 2"
  kring handouts -o ann --people "Ann Peeters"`,
	"Import ties, people or survey answers, or a network from another tool or kring database": "Importeer relaties, personen, antwoorden op een vragenlijst, of een netwerk uit een andere tool of kring-database",
	`Import a file into the network, in one transaction: the whole file or, when any
record is bad, nothing. Every bad record is listed with its line and what is
wrong; --skip-bad imports the other records and lists the ones it skipped.
kring tells the format from the file's content, not only from its name.

CSV files and Excel workbooks (.xlsx; comma, semicolon or tab separated CSV,
UTF-8 or the Windows-1252 of Excel in Dutch, day-first or month-first dates):
  ties file:   giver,receiver[,wave,topic,date,weight,reporter]
               one help tie per row: the giver helped the receiver. Waves that
               do not exist yet are added; rows without a wave go to --wave,
               else the last wave. Unknown people are an error unless --add-new.
               Dutch headers (gever,ontvanger,bijeenkomst,onderwerp,datum,
               gewicht,melder) and other tools' edge lists (source,target from
               Gephi and Polinode, from,to from Kumu, van,naar) are read too.
  people file: name[,org,function,offers,needs,aliases]
               adds new people and updates known ones; topics are separated by
               ";" or ",".
  matrix:      an empty first cell, names across and down, numbers in the
               cells: a number above 0 in row A, column B is the help tie A → B.
  survey:      one row per respondent, as Google Forms and Microsoft Forms
               export their answers: the respondent's name and whom they asked,
               gave to and have contact with (names separated by ",", ";" or
               line breaks), found by the questions (English or Dutch) or named
               with --respondent, --asked, --gave, --contact, --offers, --needs
               (a header, a column letter or number). Each row is recorded as
               "kring record" records it. Recognised by its columns, or say
               --survey.
  A workbook's sheets are read by their headers (a kring export has people,
  ties, contacts and waves); pick one with --sheet.

Whole networks: JSON as written by "kring export --format json", Kumu JSON,
GraphML (kring, yEd, Gephi, Cytoscape, networkx: a node's label is the
person, directed edges are help ties, undirected ones contacts), GEXF
(Gephi), Pajek (.net: arcs are help ties, edges contacts) and UCINET DL; their
people are added. A Network Canvas CSV export (the .zip, or one of its CSV
files) is read as a survey: each interview's ego is a respondent.

A kring database (a participant's own kring.db, say) is read without being
changed, and its network (--from NAME when it holds several) is merged into
this one: people are matched by name as kring record matches them, so
"jurgen van der hagen" is "Jürgen Van der Hagen"; ties recorded on both sides
become confirmed. Names that only look alike ("A. Peeters", "Ann Peeters")
are not merged but listed, with the kring person merge command to run when
they are the same person. What it knows of people is added, never replaces
what is here: a missing organisation or function is filled in, topics and
other names are added. A JSON export merges the same way.`: `Importeer een bestand in het netwerk, in één transactie: het hele bestand of,
als er ook maar één record fout is, niets. Elk fout record wordt getoond, met de
regel en wat er mis is; --skip-bad importeert de andere records en toont welke
overgeslagen werden. kring herkent het formaat aan de inhoud van het bestand,
niet alleen aan de naam.

CSV-bestanden en Excel-werkmappen (.xlsx; CSV gescheiden door komma's,
puntkomma's of tabs, in UTF-8 of in de Windows-1252 van Excel in het
Nederlands, datums met de dag of met de maand eerst):
  relaties:    giver,receiver[,wave,topic,date,weight,reporter]
               één hulprelatie per rij: de gever hielp de ontvanger.
               Bijeenkomsten die nog niet bestaan, worden toegevoegd; rijen
               zonder bijeenkomst gaan naar --wave, anders naar de laatste.
               Onbekende personen geven een fout, tenzij met --add-new.
               Nederlandse kolomnamen (gever,ontvanger,bijeenkomst,onderwerp,
               datum,gewicht,melder) en de lijsten van verbindingen uit andere
               tools (source,target van Gephi en Polinode, from,to van Kumu,
               van,naar) worden ook gelezen.
  personen:    name[,org,function,offers,needs,aliases]
               voegt nieuwe personen toe en werkt bekende personen bij;
               onderwerpen worden gescheiden door ";" of ",".
  matrix:      een lege eerste cel, namen naar rechts en naar onder, getallen
               in de cellen: een getal boven 0 in rij A, kolom B is de
               hulprelatie A → B.
  vragenlijst: één rij per deelnemer die antwoordde, zoals Google Forms en
               Microsoft Forms de antwoorden exporteren: de naam van wie
               antwoordde, aan wie die iets vroeg of gaf en met wie die contact
               heeft (namen gescheiden door ",", ";" of nieuwe regels),
               gevonden aan de vragen (Nederlands of Engels) of aangewezen met
               --respondent, --asked, --gave, --contact, --offers, --needs
               (een kolomnaam, een kolomletter of een nummer). Elke rij wordt
               genoteerd zoals "kring record" ze noteert. Herkend aan de
               kolommen, of geef --survey op.
  De werkbladen van een werkmap worden gelezen volgens hun kopregel (een
  export van kring heeft people, ties, contacts en waves); kies er een met
  --sheet.

Hele netwerken: JSON zoals "kring export --format json" het schrijft, Kumu
JSON, GraphML (kring, yEd, Gephi, Cytoscape, networkx: het label van een knoop
is de persoon, gerichte verbindingen zijn hulprelaties, ongerichte zijn
contacten), GEXF (Gephi), Pajek (.net: arcs zijn hulprelaties, edges
contacten) en UCINET DL; de personen erin worden toegevoegd. Een CSV-export
van Network Canvas (de .zip, of een van de CSV-bestanden erin) wordt gelezen
als een vragenlijst: het ego van elk interview is een deelnemer die antwoordde.

Een kring-database (de eigen kring.db van een deelnemer, bijvoorbeeld) wordt
gelezen zonder dat ze verandert, en haar netwerk (--from NAME als ze er
meerdere bevat) wordt samengevoegd met dit netwerk: personen worden op naam
gevonden zoals kring record ze vindt, dus "jurgen van der hagen" is "Jürgen
Van der Hagen"; relaties die aan beide kanten genoteerd zijn, worden
bevestigd. Namen die alleen op elkaar lijken ("A. Peeters", "Ann Peeters")
worden niet samengevoegd maar getoond, met het commando kring person merge om
uit te voeren als het dezelfde persoon is. Wat ze over personen weet, wordt
toegevoegd en vervangt nooit wat hier staat: een ontbrekende organisatie of
functie wordt aangevuld, onderwerpen en andere namen komen erbij. Een
JSON-export wordt op dezelfde manier samengevoegd.`,
	`  kring import people.csv
  kring import ties.csv --add-new
  kring import meeting2.csv --wave "Meeting 2"
  kring import "Formulierreacties.csv" --wave "Bijeenkomst 2"
  kring import antwoorden.xlsx --survey --respondent "Naam" --add-new
  kring import netwerk.json
  kring import netwerk.gexf
  kring import ~/Downloads/ann-kring.db`: `  kring import people.csv
  kring import ties.csv --add-new
  kring import bijeenkomst2.csv --wave "Bijeenkomst 2"
  kring import "Formulierreacties.csv" --wave "Bijeenkomst 2"
  kring import antwoorden.xlsx --survey --respondent "Naam" --add-new
  kring import netwerk.json
  kring import netwerk.gexf
  kring import ~/Downloads/ann-kring.db`,
	"Export the network's help ties (CSV), people, the whole network (JSON, Excel), or a graph for other tools": "Exporteer de hulprelaties (CSV), de personen, het hele netwerk (JSON, Excel) of een bestand voor andere netwerktools",
	`Export the network. CSV writes the help ties in the columns of a ties file
(giver,receiver,wave,topic,date,weight,reporter), one row per tie and reporter,
so that "kring import" reads it back; --people writes the people file instead
(name,org,function,offers,needs,aliases). --excel writes CSV that Excel in
Dutch opens as it is: a byte order mark, ";" between cells, a decimal comma.
JSON and Excel (.xlsx: sheets people, ties, contacts, waves) write everything:
people with their details, topics and other names, waves, help ties and
contacts. Lists in a cell are separated by "; ", an item that holds a ";" or
"," is written in double quotes, so every name comes back the same.

For other network tools: GraphML (yEd, Gephi, Cytoscape, igraph, networkx),
GEXF (Gephi: the waves play on the timeline, contacts are undirected, people
carry their organisation, role, community and betweenness and are coloured
by community), Pajek (.net: Pajek, igraph, networkx, UCINET), UCINET DL and
DOT (Graphviz). Node ids are the people's IDs in the database (p12), so they
stay the same when people join. Pajek and DL hold no waves (one tie per pair,
the largest weight) and only the names of people; DL holds no contacts; CSV
holds no contacts. kring says what a format leaves out.

Without -o the export goes to standard output. Files are written with mode
0600: they hold personal data.

--pseudonymize replaces every name by its code, such as P-7KQ2M: the same
code for the same person in every export and command of this database (keyed
with a secret kept in the database), which nobody can trace back to the name
without the database, not even by trying a list of names. People are written
in the order of their codes, with node ids 1, 2, … in that order, so neither
the names nor the order people joined in can be read from the file.
Organisations, functions and topics are kept; they can point to a person in a
small group. Waves, dates and weights are kept too; other names of people are
left out.`: `Exporteer het netwerk. CSV schrijft de hulprelaties in de kolommen van een
bestand met relaties (giver,receiver,wave,topic,date,weight,reporter), één rij
per relatie en melder, zodat "kring import" het terug kan inlezen; --people
schrijft in de plaats het bestand met personen (name,org,function,offers,
needs,aliases). --excel schrijft CSV die Excel in het Nederlands meteen goed
opent: een byte order mark, ";" tussen de cellen, een decimale komma. JSON en
Excel (.xlsx: de werkbladen people, ties, contacts, waves) schrijven alles:
personen met hun gegevens, onderwerpen en andere namen, bijeenkomsten,
hulprelaties en contacten. Lijsten in een cel worden gescheiden door "; ", een
item met een ";" of "," erin komt tussen dubbele aanhalingstekens, zodat elke
naam precies zo terugkomt.

Voor andere netwerktools: GraphML (yEd, Gephi, Cytoscape, igraph, networkx),
GEXF (Gephi: de bijeenkomsten spelen af op de tijdlijn, contacten hebben geen
richting, personen krijgen hun organisatie, rol, subgroep en tussenpositie
mee en de kleur van hun subgroep), Pajek (.net: Pajek, igraph, networkx,
UCINET), UCINET DL en DOT (Graphviz). De ids van de knopen zijn de ID's van de
personen in de database (p12), dus ze blijven dezelfde als er mensen bijkomen.
Pajek en DL bevatten geen bijeenkomsten (één relatie per paar, met het
grootste gewicht) en van de personen alleen de naam; DL bevat geen contacten;
CSV bevat geen contacten. kring zegt wat een formaat weglaat.

Zonder -o gaat de export naar de standaarduitvoer. Bestanden worden geschreven
met rechten 0600: ze bevatten persoonsgegevens.

--pseudonymize (pseudonimiseren) vervangt elke naam door zijn code, zoals
P-7KQ2M: dezelfde code voor dezelfde persoon in elke export en elk commando van
deze database (berekend met een geheime sleutel die in de database bewaard
wordt), en niemand kan die code zonder de database terugleiden naar de naam,
ook niet door een lijst met namen uit te proberen. Personen worden geschreven
in de volgorde van hun codes, met knoop-ids 1, 2, … in die volgorde, zodat
noch de namen noch de volgorde waarin mensen erbij kwamen uit het bestand te
lezen zijn. Organisaties, functies en onderwerpen blijven; in een kleine
groep kunnen ze naar één persoon wijzen. Bijeenkomsten, datums en gewichten
blijven ook; andere namen van personen worden weggelaten.`,
	`  kring export -o ties.csv
  kring export --people -o people.csv
  kring export --excel -o ties-excel.csv
  kring export -o netwerk.xlsx
  kring export --format json -o netwerk.json
  kring export -o netwerk.gexf
  kring export -o netwerk.net
  kring export | less
  kring export --pseudonymize -o for-research.csv`: `  kring export -o ties.csv
  kring export --people -o people.csv
  kring export --excel -o ties-excel.csv
  kring export -o netwerk.xlsx
  kring export --format json -o netwerk.json
  kring export -o netwerk.gexf
  kring export -o netwerk.net
  kring export | less
  kring export --pseudonymize -o voor-onderzoek.csv`,
	"Check that the database is sound": "Controleer of de database in orde is",
	`Run SQLite's integrity check and foreign-key check on the database, say what it
holds, and write its log file into it (so that nothing removed lingers there).
Exits with 1 when the database is damaged. kring never needs a repair after a
crash or a power cut: this command lets you see so.`: `Voer de integriteitscontrole en de controle van de verwijzingen (foreign keys)
van SQLite uit op de database, toon wat ze bevat, en verwerk haar logbestand
erin (zodat niets wat verwijderd werd daar blijft hangen). Eindigt met code 1
als de database beschadigd is. Na een crash of een stroomonderbreking hoeft
kring nooit hersteld te worden: met dit commando zie je dat zelf.`,
	`  kring check
  kring --db /media/usb/netwerk-backup.db check`: `  kring check
  kring --db /media/usb/netwerk-backup.db check`,
	"Copy the whole database, consistently, to FILE": "Kopieer de hele database, consistent, naar FILE",
	`Copy the whole database (every network) to FILE with SQLite's VACUUM INTO: a
consistent copy even while others record ties, compact, and written with mode
0600 as it holds personal data. An existing FILE is replaced, only once the
copy is complete; the database itself and its own files (-wal, -shm) are
refused. The copy is checked, and is a kring database of its own: use it with
--db FILE, or copy it back in place of the database to restore.`: `Kopieer de hele database (alle netwerken) naar FILE met VACUUM INTO van SQLite:
een consistente kopie, ook terwijl anderen relaties noteren, compact, en
geschreven met rechten 0600 omdat ze persoonsgegevens bevat. Een bestaand FILE
wordt pas vervangen als de kopie klaar is; de database zelf en haar eigen
bestanden (-wal, -shm) worden geweigerd. De kopie wordt gecontroleerd en is
zelf een kring-database: gebruik ze met --db FILE, of zet ze terug in de plaats
van de database om die te herstellen.`,
	`  kring backup kring-2026-11-21.db
  kring --db netwerk.db backup /media/usb/netwerk-backup.db`: `  kring backup kring-2026-11-21.db
  kring --db netwerk.db backup /media/usb/netwerk-backup.db`,

	"Create, list, choose, rename and remove networks":                "Beheer de netwerken: aanmaken, tonen, kiezen, hernoemen, verwijderen",
	"Add, list, rename, date and remove waves, and say who took part": "Beheer de bijeenkomsten: toevoegen, tonen, hernoemen, dateren, verwijderen, en wie deelnam",
	"Undo the last change": "Maak de laatste wijziging ongedaan",
	"Put back the last change to the database: what the last command that changed\nsomething did (kring log lists the changes). kring asks first, showing the\nchange; pass --yes where nobody can answer. The undo is a change of its own:\nundoing it again redoes what was undone.\n\nErasing a person (kring person remove) is the one change that cannot be\nundone: it also erases every change that holds anything of them.": "Zet de laatste wijziging aan de database terug: wat het laatste commando deed dat\niets veranderde (kring log toont de wijzigingen). kring vraagt het eerst en toont\nde wijziging; geef --yes waar niemand kan antwoorden. Het ongedaan maken is zelf\nook een wijziging: maak je het opnieuw ongedaan, dan gebeurt wat je terugzette\nopnieuw.\n\nEen persoon wissen (kring person remove) is de enige wijziging die je niet\nongedaan kunt maken: dan verdwijnen ook alle wijzigingen waarin iets van die\npersoon staat.",
	"  kring log\n  kring undo\n  kring undo --yes": "  kring log\n  kring undo\n  kring undo --yes",
	"List the recent changes to the database":       "Toon de recente wijzigingen aan de database",
	"List the changes to the database, newest first: when, who, in which network,\nthe command, and how many rows it changed. kring undo puts back the newest.": "Toont de wijzigingen aan de database, de nieuwste eerst: wanneer, door wie, in\nwelk netwerk, het commando, en hoeveel rijen het veranderde. kring undo zet de\nnieuwste terug.",
	"  kring log\n  kring log --limit 5 --format json":                                               "  kring log\n  kring log --limit 5 --format json",
	"Rename a wave; its ties stay":                                                                   "Hernoem een bijeenkomst; haar relaties blijven",
	"  kring wave rename \"2026-11-30\" \"Meeting 3\"":                                               "  kring wave rename \"2026-11-30\" \"Bijeenkomst 3\"",
	"Set or clear the date of a wave":                                                                "Stel de datum van een bijeenkomst in of wis ze",
	"  kring wave edit \"Meeting 2\" --date 2026-03-19\n  kring wave edit \"Meeting 2\" --date \"\"": "  kring wave edit \"Bijeenkomst 2\" --date 2026-03-19\n  kring wave edit \"Bijeenkomst 2\" --date \"\"",
	"Remove a wave with its ties and who took part":                                                  "Verwijder een bijeenkomst, met haar relaties en wie deelnam",
	"Remove a wave with every help tie and contact recorded in it, and the marks of\nwho took part. kring says how much that is and asks first (or pass --yes);\nkring undo puts it back.": "Verwijdert een bijeenkomst met elke hulprelatie en elk contact dat erin genoteerd\nis, en met wat er genoteerd is over wie deelnam. kring zegt hoeveel dat is en\nvraagt het eerst (of geef --yes); kring undo zet alles terug.",
	"  kring wave remove \"Test\"":                 "  kring wave remove \"Test\"",
	"Say who took part in a wave, and who did not": "Noteer wie aan een bijeenkomst deelnam, en wie niet",
	"Mark people present or absent in a wave. Whoever recorded something in a wave\ntook part in it; this says so for the others: someone who was there but had\nnobody to name (present), or someone who was not there (absent). Someone\nabsent who is named by others keeps those ties, but kring knows their own\nanswers are missing: they are not counted as isolated, and no change flag\nrests on that wave. kring pairs leaves out who was marked absent in the last\nwave.": "Noteert wie er in een bijeenkomst bij was en wie afwezig was. Wie in een\nbijeenkomst iets noteerde, nam eraan deel; hiermee zeg je het voor de anderen:\nwie er was maar niemand te noemen had (--present), of wie er niet was\n(--absent). Iemand die afwezig was en door anderen genoemd wordt, houdt die\nrelaties, maar kring weet dat de eigen antwoorden ontbreken: die persoon telt\nniet als zonder hulprelaties, en geen signaal steunt op die bijeenkomst. kring\npairs laat wie in de laatste bijeenkomst afwezig was buiten de indeling.",
	"  kring wave attend \"Meeting 2\" --present \"Fien Goossens\" --absent \"Eve Maes,Dirk Wouters\"": "  kring wave attend \"Bijeenkomst 2\" --present \"Fien Goossens\" --absent \"Eve Maes,Dirk Wouters\"",
	"Rename a network": "Hernoem een netwerk",
	"  kring network rename \"Lerend netwerk HR\" \"Lerend netwerk HR 2027\"": "  kring network rename \"Lerend netwerk HR\" \"Lerend netwerk HR 2027\"",
	"Remove a network with everything in it":                                  "Verwijder een netwerk met alles erin",
	"Remove a network with its people, waves, ties and contacts. kring says how\nmuch that is and asks first (or pass --yes); kring undo puts it back.": "Verwijdert een netwerk met zijn personen, bijeenkomsten, relaties en contacten.\nkring zegt hoeveel dat is en vraagt het eerst (of geef --yes); kring undo zet\nalles terug.",
	"  kring network remove \"Test\"": "  kring network remove \"Test\"",
}
