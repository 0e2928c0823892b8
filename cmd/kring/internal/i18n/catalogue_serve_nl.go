package i18n

// dutchServe is the Dutch of kring serve: its command, its --help, and the
// pages participants read on their phone and the facilitator on the laptop
// and the projector. Participants are addressed with "je", as in the
// exercise's questions ("Aan wie heb je hulp of informatie gevraagd?").
var dutchServe = map[string]string{
	// The command.
	"where to listen, as HOST:PORT (default: every interface, port 8080, else a free one)":                                                            "waar de server luistert, als HOST:POORT (standaard: elke netwerkaansluiting, poort 8080, anders een vrije)",
	"the wave the answers are for (default: the last)":                                                                                                "de bijeenkomst waarvoor de antwoorden zijn (standaard: de laatste)",
	"participants come in with a personal link or code instead of picking their name":                                                                 "deelnemers komen binnen met een persoonlijke link of code in plaats van hun naam te kiezen",
	"serve HTTPS, with a self-signed certificate kept next to the database":                                                                           "via HTTPS, met een eigen certificaat dat naast de database bewaard wordt",
	"The network had no wave yet: the answers go to a new one, %q; to name it after the meeting: kring wave rename %q NAME":                           "Het netwerk had nog geen bijeenkomst: de antwoorden gaan naar een nieuwe, %q; om ze naar de bijeenkomst te noemen: kring wave rename %q NAAM",
	"Serving %s: the answers go to %s.":                                                                                                               "%s staat open: de antwoorden gaan naar %s.",
	"Open the facilitator's address on this laptop only (it lets in whoever has it), and show its projector view with the QR code. Stop with Ctrl-C.": "Open het adres voor de begeleider alleen op deze laptop (wie het heeft, komt binnen), en toon de projectieweergave met de QR-code. Stoppen met Ctrl-C.",
	"No Wi-Fi or other network found: phones cannot reach this laptop yet. Join the room's Wi-Fi or a phone's hotspot, then start kring serve again.": "Geen wifi of ander netwerk gevonden: telefoons kunnen deze laptop nog niet bereiken. Maak verbinding met de wifi van de zaal of met de hotspot van een telefoon, en start kring serve opnieuw.",
	"HTTPS with kring's own certificate (%s): browsers warn that it is not trusted; check that it shows this fingerprint, then go on.\n  SHA-256 %s":  "HTTPS met een eigen certificaat van kring (%s): browsers waarschuwen dat het niet vertrouwd is; kijk of het deze vingerafdruk toont en ga dan verder.\n  SHA-256 %s",
	"kring serve: stopping; open requests finish first…":                                                                                              "kring serve: stopt; lopende verzoeken worden eerst afgewerkt…",
	"the wave the answers are for is gone; start kring serve again, with --wave to pick one":                                                          "de bijeenkomst waarvoor de antwoorden zijn, bestaat niet meer; start kring serve opnieuw en kies er een met --wave",
	"something went wrong (%v); try again, and if it goes wrong again, tell the facilitator":                                                          "er ging iets mis (%v); probeer opnieuw, en zeg het tegen de begeleider als het weer misgaat",
	"%s is in use by another program; pick another port with --addr, e.g. --addr :%d":                                                                 "%s is in gebruik door een ander programma; kies een andere poort met --addr, bv. --addr :%d",
	"cannot listen on %s (%v); give --addr as HOST:PORT, e.g. --addr :%d":                                                                             "kan niet luisteren op %s (%v); geef --addr als HOST:POORT, bv. --addr :%d",

	// Its --help.
	"Let the room answer from their phones, with a live map on the projector": "Laat de zaal antwoorden op de telefoon, met een live netwerkkaart op het scherm",
	`Start a small web server on this laptop for the mapping exercise in the room.
Everything it needs is in kring: it works on the room's Wi-Fi or a phone's
hotspot, without internet. It prints two addresses:

  Participants: the address (and, on the projector view, the QR code) the
               participants open on their phone. They pick their name, tick
               whom they work with, whom they asked for help or information
               and whom they gave it to, and what they could offer and need.
               Their answers are stored as kring record stores them (they are
               the reporter; sending again replaces their answers of the
               wave). In a later wave, their answers of the last one are
               filled in to confirm or change.
  Facilitator: the address with a secret, to open on this laptop only: who
               answered, the live map as the answers come in, the projector
               view, people to add (or let in, when they may ask to be
               added), presence, the wave, the report and handouts.

The answers go to --wave W, else the last wave (a network without waves gets
one named after today). With --codes participants come in with a personal
link or code (the facilitator prints the sheets) instead of picking their
name. --tls serves HTTPS with a certificate of kring's own, kept next to the
database: browsers warn about it once. kring commands keep working on the
database meanwhile. Stop with Ctrl-C: open requests finish first.`: `Start een kleine webserver op deze laptop voor de oefening in de zaal. Alles
wat hij nodig heeft, zit in kring: hij werkt op de wifi van de zaal of de
hotspot van een telefoon, zonder internet. Hij toont twee adressen:

  Participants: het adres (en, in de projectieweergave, de QR-code) dat de
               deelnemers op hun telefoon openen. Ze kiezen hun naam en duiden
               aan met wie ze samenwerken, aan wie ze hulp of informatie
               vroegen en aan wie ze die gaven, en wat ze kunnen bieden en
               zoeken. Hun antwoorden worden bewaard zoals kring record ze
               bewaart (zij zijn de melder; opnieuw versturen vervangt hun
               antwoorden van de bijeenkomst). Bij een volgende bijeenkomst
               staan hun antwoorden van de vorige al ingevuld, om te
               bevestigen of aan te passen.
  Facilitator: het adres met een geheim, om alleen op deze laptop te openen:
               wie antwoordde, de netwerkkaart die groeit terwijl de
               antwoorden binnenkomen, de projectieweergave, personen
               toevoegen (of binnenlaten, als ze mogen vragen om toegevoegd te
               worden), aanwezigheid, de bijeenkomst, het rapport en de
               persoonlijke bladen.

De antwoorden gaan naar --wave W, anders naar de laatste bijeenkomst (een
netwerk zonder bijeenkomsten krijgt er een met de datum van vandaag als naam).
Met --codes komen deelnemers binnen met een persoonlijke link of code (de
begeleider drukt de bladen af) in plaats van hun naam te kiezen. --tls werkt
via HTTPS met een eigen certificaat van kring, dat naast de database bewaard
wordt: browsers waarschuwen er één keer voor. Ondertussen blijven de
kring-commando's gewoon werken op de database. Stoppen met Ctrl-C: lopende
verzoeken worden eerst afgewerkt.`,
	"  kring serve\n  kring serve --wave \"Meeting 2\"\n  kring serve --addr :9000 --codes\n  kring serve --tls": "  kring serve\n  kring serve --wave \"Bijeenkomst 2\"\n  kring serve --addr :9000 --codes\n  kring serve --tls",

	// Every page.
	"Skip to the content": "Naar de inhoud",
	"Go to the start":     "Naar het begin",
	"Look again":          "Kijk opnieuw",
	"Made with kring, on this laptop: nothing leaves the room.": "Gemaakt met kring, op deze laptop: niets verlaat de zaal.",
	"%s · answers for %s": "%s · antwoorden voor %s",

	// Picking your name.
	"Who are you?":               "Wie ben je?",
	"Tap your name, or type it.": "Tik je naam aan, of typ hem.",
	"Your name":                  "Je naam",
	"Let me in":                  "Verder",
	"No name on the list matches. Check the spelling, or ask the facilitator to add you.": "Geen naam op de lijst past. Kijk de schrijfwijze na, of vraag de begeleider om je toe te voegen.",
	"The list of names is still empty: ask the facilitator to add you.":                   "De lijst met namen is nog leeg: vraag de begeleider om je toe te voegen.",
	"Did you mean:":                   "Bedoel je:",
	"Not on the list?":                "Niet op de lijst?",
	"Ask the facilitator to add you.": "Vraag de begeleider om je toe te voegen.",
	"Type your name: the facilitator adds you to the list, and this page lets you in.": "Typ je naam: de begeleider zet je op de lijst, en deze pagina laat je dan binnen.",
	"Ask to be added":                        "Vraag om toegevoegd te worden",
	"No, I am someone else: ask to be added": "Nee, ik ben iemand anders: vraag om toegevoegd te worden",
	"%q is not on the list.":                 "%q staat niet op de lijst.",
	"%s is already picked in another browser. If that is you, ask the facilitator to release your name.": "%s is al gekozen in een andere browser. Ben jij dat, vraag de begeleider dan om je naam vrij te geven.",
	"The answers for %s are closed: ask the facilitator to open them again.":                             "De antwoorden voor %s zijn afgesloten: vraag de begeleider om ze weer te openen.",

	// Personal codes.
	"Your personal code": "Je persoonlijke code",
	"Scan the QR code on the sheet the facilitator gave you, or type its code here.": "Scan de QR-code op het blad dat je van de begeleider kreeg, of typ de code hier.",
	"Personal code": "Persoonlijke code",
	"This code is not known. Check it, or ask the facilitator for your sheet.": "Deze code is niet bekend. Kijk hem na, of vraag de begeleider om je blad.",
	"This is not me: I will ask the facilitator for my own sheet.":             "Dit ben ik niet: ik vraag de begeleider om mijn eigen blad.",
	"Are you %s?":  "Ben jij %s?",
	"Yes, I am %s": "Ja, ik ben %s",

	// Waiting to be added.
	"Waiting for the facilitator":                                         "Even wachten op de begeleider",
	"This page lets you in by itself once the facilitator has added you.": "Deze pagina laat je vanzelf binnen zodra de begeleider je heeft toegevoegd.",
	"Stop waiting":                 "Niet meer wachten",
	"You asked to be added as %s.": "Je vroeg om toegevoegd te worden als %s.",

	// The exercise.
	"Map your network": "Breng je netwerk in kaart",
	"Not you?":         "Ben jij dit niet?",
	"Sign out":         "Afmelden",
	"You are %s.":      "Je bent %s.",
	"You answered already: change what you like and save again. Your new answers replace the earlier ones.": "Je antwoordde al: pas aan wat je wilt en bewaar opnieuw. Je nieuwe antwoorden vervangen de vorige.",
	"Your answers of %s are filled in: confirm or change them.":                                             "Je antwoorden van %s staan al ingevuld: bevestig of pas ze aan.",
	"Find a name": "Zoek een naam",
	"Whom do you work with or have contact with?":                                                  "Met wie werk je samen of heb je contact?",
	"Tick everyone you work with or have contact with. Someone outside the group? Add them below.": "Duid iedereen aan met wie je samenwerkt of contact hebt. Iemand buiten de groep? Voeg die hieronder toe.",
	"Someone outside the group":                                                                    "Iemand buiten de groep",
	"Add to my list":                                                                               "Voeg toe",
	"Whom did you ask for help or information, and to whom did you give it?":                       "Aan wie heb je hulp of informatie gevraagd, en aan wie heb je die gegeven?",
	"Of the people you ticked: tick asked or gave (or both), and say about what if you like.":      "Van de mensen die je aanduidde: duid gevraagd of gegeven aan (of allebei), en zeg waarover als je wilt.",
	"Tick people in step 1 first.":                                                                 "Duid eerst mensen aan in stap 1.",
	"I asked":                                                                                      "gevraagd",
	"I gave":                                                                                       "gegeven",
	"about what? (optional)":                                                                       "waarover? (niet verplicht)",
	"What could you offer, and what do you need?":                                                  "Wat kan je bieden, en wat zoek je?",
	"Knowledge you can share":                                                                      "Kennis die je kan delen",
	"Knowledge you need":                                                                           "Kennis die je nodig hebt",
	"Separate topics with commas, e.g. planning, Excel.":                                           "Zet komma's tussen de onderwerpen, bv. planning, Excel.",
	"Next step":                             "Volgende stap",
	"Previous step":                         "Vorige stap",
	"Save my answers":                       "Bewaar mijn antwoorden",
	"%q looks like %s, who is on the list.": "%q lijkt op %s, die op de lijst staat.",
	"Yes, that is %s":                       "Ja, dat is %s",
	"No, add %s as someone new":             "Nee, voeg %s toe als iemand nieuw",

	// After saving.
	"Your answers are saved. Thank you!": "Je antwoorden zijn bewaard. Dank je wel!",
	"What you answered":                  "Wat je antwoordde",
	"You have not answered yet.":         "Je hebt nog niet geantwoord.",
	"You work with or have contact with": "Je werkt samen of hebt contact met",
	"You asked for help or information":  "Je vroeg hulp of informatie aan",
	"You gave help or information to":    "Je gaf hulp of informatie aan",
	"You can share":                      "Je kan delen",
	"You need":                           "Je zoekt",
	"Change my answers":                  "Pas mijn antwoorden aan",
	"about %s":                           "over %s",
	"Your ego map: you, the people you gave to or asked, and the ties among them": "Je persoonlijke netwerkkaart: jij, de mensen aan wie je gaf of vroeg, en de relaties tussen hen",
	"Fill in what you need, and kring suggests whom you could ask.":               "Vul in wat je zoekt, dan stelt kring voor wie je kan vragen.",
	"Only you see this page: nobody else's answers are shown here.":               "Alleen jij ziet deze pagina: de antwoorden van anderen staan hier niet.",

	// The facilitator's pages.
	"Facilitator's page": "Pagina van de begeleider",
	"Projector view":     "Projectieweergave",
	"Open it on the projector: it shows the QR code, who answered and the live map.": "Open ze op het scherm: ze toont de QR-code, wie antwoordde en de live netwerkkaart.",
	"Participants answer at":                               "Deelnemers antwoorden op",
	"Scan the QR code to answer":                           "Scan de QR-code om te antwoorden",
	"or type this address in your phone's browser:":        "of typ dit adres in de browser van je telefoon:",
	"Your phone must be on the same Wi-Fi as this laptop.": "Je telefoon moet op dezelfde wifi zitten als deze laptop.",
	"Who answered":              "Wie antwoordde",
	"open for answers":          "open voor antwoorden",
	"closed for answers":        "afgesloten",
	"Close the answers":         "Sluit de antwoorden af",
	"Open the answers":          "Open de antwoorden",
	"Answers go to":             "Antwoorden gaan naar",
	"Switch the wave":           "Wissel van bijeenkomst",
	"Start a new wave":          "Begin een nieuwe bijeenkomst",
	"Name of the wave":          "Naam van de bijeenkomst",
	"Start the wave":            "Begin",
	"Answered":                  "Geantwoord",
	"Phone or computer":         "Telefoon of computer",
	"not answered yet":          "nog niet",
	"recorded on the laptop":    "genoteerd op de laptop",
	"picked in a browser":       "gekozen in een browser",
	"Release the name":          "Geef vrij",
	"was there":                 "aanwezig",
	"was not there":             "afwezig",
	"Asked to be added":         "Vroegen om toegevoegd te worden",
	"Add as a new person":       "Voeg toe als nieuwe persoon",
	"It is":                     "Het is",
	"Let in":                    "Laat binnen",
	"Refuse":                    "Weiger",
	"Add a person":              "Voeg een persoon toe",
	"Add anyway":                "Toch toevoegen",
	"Add to the network":        "Voeg toe aan het netwerk",
	"Settings for this session": "Instellingen voor deze sessie",
	"The projector shows who answered by name (else only how many)":           "Het scherm toont wie antwoordde bij naam (anders alleen hoeveel)",
	"The live map shows names (else initials)":                                "De live netwerkkaart toont namen (anders initialen)",
	"People not on the list may ask to be added":                              "Wie niet op de lijst staat, mag vragen om toegevoegd te worden",
	"After answering, participants see their own map and whom they could ask": "Na het antwoorden zien deelnemers hun eigen netwerkkaart en wie ze kunnen vragen",
	"Save the settings": "Bewaar de instellingen",
	"Personal codes":    "Persoonlijke codes",
	"Each participant gets a sheet with their own link and QR code instead of picking their name. The codes are not kept, only a hash of them: print the sheets when they are shown.": "Elke deelnemer krijgt een blad met een eigen link en QR-code, in plaats van de naam te kiezen. De codes worden niet bewaard, alleen een hash ervan: druk de bladen af zodra ze getoond worden.",
	"Make sheets for the people without a code":                                                                                 "Maak bladen voor wie nog geen code heeft",
	"Make new codes for everyone (the old ones stop working)":                                                                   "Maak nieuwe codes voor iedereen (de oude werken dan niet meer)",
	"Print this page now: the codes are not kept, so it cannot be shown again. Cut it into sheets and give everyone their own.": "Druk deze pagina nu af: de codes worden niet bewaard, dus ze kan niet opnieuw getoond worden. Knip ze in bladen en geef iedereen het zijne.",
	"Scan this code, or open the address, to give your answers. It is yours: keep it to yourself.":                              "Scan deze code, of open het adres, om je antwoorden te geven. Ze is van jou: hou ze voor jezelf.",
	"Print the sheets":               "Druk de bladen af",
	"Back to the facilitator's page": "Terug naar de pagina van de begeleider",
	"Report of this wave":            "Rapport van deze bijeenkomst",
	"Handouts of this wave":          "Persoonlijke bladen van deze bijeenkomst",
	"Report and handouts":            "Rapport en persoonlijke bladen",
	"They open in a new tab and hold personal data: do not show them on the projector.": "Ze openen in een nieuw tabblad en bevatten persoonsgegevens: toon ze niet op het scherm.",
	"Live map": "Live netwerkkaart",
	"The network map of this wave, as the answers come in": "De netwerkkaart van deze bijeenkomst, terwijl de antwoorden binnenkomen",
	"Nobody has answered yet.":                             "Nog niemand heeft geantwoord.",
	"Saved.":                                               "Bewaard.",
	"Answered: %d of %d":                                   "Geantwoord: %d van %d",
	"answered at %s":                                       "antwoordde om %s",
	"With a code: %d of %d":                                "Met een code: %d van %d",
	"Personal codes · %s":                                  "Persoonlijke codes · %s",
	"For %s":                                               "Voor %s",
	"%s can answer now.":                                   "%s kan nu antwoorden.",
	"Added %s.":                                            "%s toegevoegd.",
	"%s's name is free again: the next browser to pick it gets it.": "De naam van %s is weer vrij: de volgende browser die hem kiest, krijgt hem.",
	"%s took part in %s.":         "%s was aanwezig op %s.",
	"%s did not take part in %s.": "%s was niet aanwezig op %s.",
	"Answers go to %s now.":       "De antwoorden gaan nu naar %s.",

	// Errors the pages show.
	"a name cannot hold < or >; type it without them":                                                       "een naam kan geen < of > bevatten; typ hem zonder",
	"the answers are closed: ask the facilitator to open them again":                                        "de antwoorden zijn afgesloten: vraag de begeleider om ze weer te openen",
	"the facilitator has not allowed asking to be added: ask them to add you":                               "de begeleider laat niet toe dat je zelf vraagt om toegevoegd te worden: vraag de begeleider om je toe te voegen",
	"come in with your personal link or code: ask the facilitator for your sheet":                           "kom binnen met je persoonlijke link of code: vraag de begeleider om je blad",
	"this form has expired or did not come from this site; go back, reload the page and try again":          "dit formulier is verlopen of kwam niet van deze site; ga terug, laad de pagina opnieuw en probeer nog eens",
	"what was sent is too large; send fewer names or shorter topics":                                        "wat verstuurd werd, is te groot; stuur minder namen of kortere onderwerpen",
	"too many tries from this device; wait a minute and try again":                                          "te veel pogingen vanaf dit toestel; wacht een minuut en probeer opnieuw",
	"this page is for the facilitator: open the facilitator address that kring serve printed on the laptop": "deze pagina is voor de begeleider: open het adres voor de begeleider dat kring serve op de laptop toonde",
	"there is no such page":                                   "deze pagina bestaat niet",
	"the facilitator has not opened the maps to participants": "de begeleider heeft de netwerkkaarten niet opengezet voor deelnemers",
	"your name is no longer on the list (the facilitator merged or removed it); pick your name again": "je naam staat niet meer op de lijst (de begeleider voegde hem samen of verwijderde hem); kies je naam opnieuw",
	"give the new wave a name": "geef de nieuwe bijeenkomst een naam",
	"personal codes are for kring serve --codes; start it again with --codes to use them": "persoonlijke codes zijn voor kring serve --codes; start het opnieuw met --codes om ze te gebruiken",
	"kring serve is stopping; send your answers again in a moment":                        "kring serve stopt; verstuur je antwoorden zo meteen opnieuw",
	"that name is in use in another browser; release it first, then let this one in":      "die naam is in gebruik in een andere browser; geef hem eerst vrij en laat dan deze binnen",
}
