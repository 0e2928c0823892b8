package view

import "strings"

// HelpText is what --help says about a command.
type HelpText struct {
	Short, Long, Example string
}

// UsageTemplate is cobra's usage text with its headings in l. It calls
// kringUseLine on the usage line, a template function that says its
// "[flags]" in l.
func UsageTemplate(l *Lang) string {
	r := strings.NewReplacer(
		"@Usage", l.T("Usage:"), "@Aliases", l.T("Aliases:"), "@Examples", l.T("Examples:"),
		"@Commands", l.T("Commands:"), "@Flags", l.T("Flags:"), "@Global", l.T("Global flags:"),
		"@More", l.T("Run \"{{.CommandPath}} [command] --help\" for more about a command."))
	return r.Replace(`@Usage{{if .Runnable}}
  {{kringUseLine .UseLine}}{{end}}{{if gt (len .Aliases) 0}}

@Aliases
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

@Examples
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}{{$cmds := .Commands}}{{if eq (len .Groups) 0}}

@Commands{{range $cmds}}{{if .IsAvailableCommand}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{else}}{{range $group := .Groups}}

{{.Title}}{{range $cmds}}{{if (and (eq .GroupID $group.ID) .IsAvailableCommand)}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if not .AllChildCommandsHaveGroup}}
{{range $cmds}}{{if (and (eq .GroupID "") .IsAvailableCommand)}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

@Flags
{{.LocalFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

@Global
{{.InheritedFlags.FlagUsages | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableSubCommands}}

@More{{end}}
`)
}

// Help is the help of the command at path ("person add"; "kring" for kring
// itself), in l.
func Help(l *Lang, path string) HelpText {
	switch path {
	case "kring":
		return HelpText{l.T("Map who helps whom in a learning network"), l.T(`kring maps who helps whom in a learning network (lerend netwerk): participants
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
handouts) follows the network's own language (kring network create --lang).`),
			l.T(`  kring demo                                   # see an example network, its analysis and map
  kring network create "Lerend netwerk HR" --lang nl
  kring person add "Ann Peeters" --org "Gemeente Zeedorp"
  kring wave add "Meeting 1" --date 2026-02-05
  kring record "Ann Peeters" --asked "Bob Janssens" --gave "Carla De Smet" --add-new
  kring analyze
  kring map -o map.svg`)}
	case "demo":
		return HelpText{l.T("Analyse and draw an example learning network"), l.T(`Load kring's example learning network (14 people from three organisations,
three meetings) into DIR/demo.db, print its analysis, draw DIR/map.svg and
write the HTML report DIR/report.html, in the language of your messages.
The demo never touches your own database, and replaces DIR/demo.db only
while it holds the untouched example. Explore the example afterwards with
--db DIR/demo.db.`), l.T(`  kring demo
  kring demo --out /tmp/kring-demo
  kring --lang nl demo`)}
	case "network":
		return HelpText{l.T("Create, list, choose, rename and remove networks"), l.T(`A database file can hold several learning networks. People, waves and ties
belong to one network. Commands work on --network NAME, else $KRING_NETWORK,
else the network chosen with "kring network use", else the only one.`), ""}
	case "network create":
		return HelpText{l.T("Create a network (and the database file, the first time)"), l.T(`Create a network. --lang gives the network its own language (nl or en): the
language of what is made for the group, such as maps, the report and the
handouts, whatever the language of the person who makes them.`), l.T(`  kring network create "Lerend netwerk HR" --lang nl
  kring --db ~/netwerken/zorg.db network create "Kenniskring zorg"`)}
	case "network list":
		return HelpText{l.T("List the networks in the database"), "", l.T(`  kring network list
  kring network list --format json`)}
	case "network use":
		return HelpText{l.T("Choose the network that commands work on"), "", l.T(`  kring network use "Kenniskring zorg"`)}
	case "network edit":
		return HelpText{l.T("Change a network's own language"), l.T(`Change the language of what is made for the group (maps, charts, the report,
handouts): nl (Dutch) or en (English).`), l.T(`  kring network edit "Lerend netwerk HR" --lang nl`)}
	case "person":
		return HelpText{l.T("Add, list, edit, rename and remove participants"), l.T(`Participants are matched by name case-, accent- and white-space-insensitively:
"jurgen van der hagen" finds "Jürgen Van der Hagen". A name is shown exactly as
it was first written.`), ""}
	case "person add":
		return HelpText{l.T("Add participants to the network"), l.T(`Add one or more participants. The organisation, function and topics apply to
every name given. Topics are what a person can help with (--offers) and
wants help with (--needs), comma-separated.`), l.T(`  kring person add "Ann Peeters" --org "Gemeente Zeedorp" --function "HR-adviseur"
  kring person add "Jürgen Van der Hagen" --offers "roosterplanning,EPD" --needs data-analyse
  kring person add "Bob Janssens" "Carla De Smet" "Dirk Wouters"`)}
	case "person edit":
		return HelpText{l.T("Change a participant's organisation, function or topics"), l.T(`Change only the fields given. --offers and --needs replace the list; pass an
empty value (--offers "") to clear it.`), l.T(`  kring person edit "Ann Peeters" --function "HR-manager"
  kring person edit "ann peeters" --offers "loonbeleid,coaching" --needs talentmanagement`)}
	case "person list":
		return HelpText{l.T("List the participants"), "", l.T(`  kring person list
  kring person list --format csv > people.csv`)}
	case "person rename":
		return HelpText{l.T("Rename a participant (or correct the spelling of a name)"), "", l.T(`  kring person rename "Jurgen Vd Hagen" "Jürgen Van der Hagen"
  kring person rename "ann peeters" "Ann Peeters-Claes"`)}
	case "person merge":
		return HelpText{l.T("Merge two entries of the same participant into one"), l.T(`Merge NAME into INTO-NAME, who stays: NAME's help ties, contacts, reports and
topics become INTO-NAME's, INTO-NAME's empty organisation and function are
filled from NAME, and NAME is removed. A tie both already had in the same wave
becomes one, with the reporters and topics of both (recorded from both ends,
it is now confirmed); ties between the two are dropped.

Use it when merged maps wrote one person two ways; kring import lists names
that look alike.`), l.T(`  kring person merge "A. Peeters" "Ann Peeters"
  kring person merge "Jurgen" "Jürgen Van der Hagen"`)}
	case "person remove":
		return HelpText{l.T("Erase a participant with every tie they are part of"), l.T(`Erase a participant: their details and topics, every help tie and contact they
are part of (whoever recorded it), and what they recorded about others. This
cannot be undone. On a terminal kring asks first; elsewhere pass --yes.`), l.T(`  kring person remove "Fien Goossens"`)}
	case "wave":
		return HelpText{l.T("Add, list, rename, date and remove waves, and say who took part"), l.T(`A wave is one round of recording, usually one meeting. Every tie belongs to one
wave; ties recorded without --wave go to the last wave. Analyses run on one
wave (--wave) or on the waves up to one (--upto).`), ""}
	case "wave add":
		return HelpText{l.T("Add a wave after the last one"), "", l.T(`  kring wave add "Meeting 1" --date 2026-02-05
  kring wave add "Meeting 2"`)}
	case "wave list":
		return HelpText{l.T("List the waves in order, with their number of ties"), "", l.T(`  kring wave list`)}
	case "record":
		return HelpText{l.T("Record whom you asked, whom you gave help to, and whom you know"), l.T(`The mapping exercise of a learning network: after a meeting, each participant
records whom they asked for help or information, whom they gave it to, and
whom they only know or work with.

"ME asked A" stores the help tie A → ME; "ME gave to C" stores ME → C; a
contact is undirected. A tie recorded from both ends (Ann says she asked Bob,
Bob says he gave to Ann) is one tie, marked confirmed. Recording the same tie
again changes nothing.

Names are matched case-, accent- and white-space-insensitively. An unknown
name is an error that names the closest known people; --add-new adds unknown
people instead. Ties go to the last wave unless --wave says otherwise.`), l.T(`  kring record "Ann Peeters" --asked "Bob Janssens" --gave "Carla De Smet,Dirk Wouters" --contact "Eve Maes"
  kring record "jurgen van der hagen" --asked "Dirk Wouters" --topic roosterplanning --wave "Meeting 2"
  kring record "Noor El Amrani" --gave "Bram Vermeulen" --add-new`)}
	case "serve":
		return HelpText{l.T("Let the room answer from their phones, with a live map on the projector"), l.T(`Start a small web server on this laptop for the mapping exercise in the room.
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
database meanwhile. Stop with Ctrl-C: open requests finish first.`), l.T(`  kring serve
  kring serve --wave "Meeting 2"
  kring serve --addr :9000 --codes
  kring serve --tls`)}
	case "tie":
		return HelpText{l.T("Add, list and remove single help ties"), l.T(`A help tie runs from giver to receiver: knowledge or help flowed from the giver
to the receiver. "kring record" is the usual way to enter ties; "kring tie"
lets a facilitator add, inspect and correct them one by one.`), ""}
	case "tie add":
		return HelpText{l.T("Add a help tie: GIVER helped RECEIVER"), "", l.T(`  kring tie add "Pieter de Vries" "Sofie Claes" --topic AI-tools
  kring tie add "Bob Janssens" "Ann Peeters" --wave "Meeting 2" --reporter "Ann Peeters"`)}
	case "tie list":
		return HelpText{l.T("List help ties (or contacts) with their IDs, reporters and topics"), "", l.T(`  kring tie list
  kring tie list --wave "Meeting 2" --format csv
  kring tie list --contacts`)}
	case "tie remove":
		return HelpText{l.T("Remove one help tie or contact by the ID that kring tie list shows"), "", l.T(`  kring tie list
  kring tie remove 17`)}
	case "analyze":
		return HelpText{l.T("Show who gives, who only asks, who is isolated, who brokers, and how reciprocal the network is"), l.T(`Analyse the help graph (giver → receiver) of all waves, one wave (--wave) or
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
says so); --exact computes it exactly, which takes much longer.`), l.T(`  kring analyze
  kring analyze --wave "Meeting 2" --sort balance
  kring analyze --upto "Meeting 2" --format json
  kring analyze --sort sought --format csv > metrics.csv`)}
	case "map":
		return HelpText{l.T("Draw the network map, an ego map or the change between two waves"), l.T(`Draw the help graph as a map: one box per person, coloured by role (exchanges,
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
says otherwise.`), l.T(`  kring map -o map.svg
  kring map -o map.png --color org --group org
  kring map --ego "Ann Peeters" -o ann.png
  kring map --diff "Meeting 1..Meeting 3" -o change.pdf
  kring map --wave "Meeting 1" --label initials -o meeting1.svg`)}
	case "trend":
		return HelpText{l.T("Show give and take per person and for the network across waves, with change flags"), l.T(`Analyse every wave on its own and show, per wave, the network (people, help
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
network's reciprocity and density per wave as SVG or PNG.`), l.T(`  kring trend
  kring trend --people "Ann Peeters,Bram Vermeulen"
  kring trend --group org --format json
  kring trend --chart trend.png`)}
	case "report":
		return HelpText{l.T("Write a one-file HTML report: summary, map, trend charts, change flags, people and groups"), l.T(`Write one self-contained HTML file to show the group or hand to HR: the
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
nobody is seen through a small group.`), l.T(`  kring report
  kring report -o meeting2.html --wave "Meeting 2"
  kring report -o hr.html --pseudonymize --min-group 6`)}
	case "suggest":
		return HelpText{l.T("Suggest whom to ask for what you need, and who could introduce you"), l.T(`Suggest, for what a person needs (kring person edit NAME --needs T,..), the
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
knowledge that people need but nobody offers.`), l.T(`  kring suggest --for "Bram Vermeulen"
  kring suggest --for "Bram Vermeulen" --topic coaching --limit 5
  kring suggest --all --format json`)}
	case "pairs":
		return HelpText{l.T("Plan speed-dating rounds between people who do not know each other yet"), l.T(`Plan N speed-dating rounds: every round seats everyone once, in pairs (one
trio when the count is odd) or, with --size 3, in trios; nobody meets the same
person twice. As many pairs of strangers as possible meet (no help tie either
way and no contact in any wave), then pairs across organisations (or, for
people without one, communities), then people who only give with people who
only ask.

kring says how many stranger pairs the schedule covers, against the most any
schedule of these rounds could, and against a plain round-robin rotation.
--absent leaves out people who are not there.`), l.T(`  kring pairs --rounds 4
  kring pairs --rounds 3 --size 3 --absent "Eve Maes,Dirk Wouters"
  kring pairs --rounds 6 --format json > rounds.json`)}
	case "handouts":
		return HelpText{l.T("Write a printable page for each participant: their map, give and take, and whom to ask"), l.T(`Write, into DIR, one printable HTML page per participant (named after them,
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
only their own page.`), l.T(`  kring handouts -o handouts
  kring handouts -o meeting2 --wave "Meeting 2"
  kring handouts -o ann --people "Ann Peeters"`)}
	case "import":
		return HelpText{l.T("Import ties, people or survey answers, or a network from another tool or kring database"), l.T(`Import a file into the network, in one transaction: the whole file or, when any
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
other names are added. A JSON export merges the same way.`), l.T(`  kring import people.csv
  kring import ties.csv --add-new
  kring import meeting2.csv --wave "Meeting 2"
  kring import "Formulierreacties.csv" --wave "Bijeenkomst 2"
  kring import antwoorden.xlsx --survey --respondent "Naam" --add-new
  kring import netwerk.json
  kring import netwerk.gexf
  kring import ~/Downloads/ann-kring.db`)}
	case "export":
		return HelpText{l.T("Export the network's help ties (CSV), people, the whole network (JSON, Excel), or a graph for other tools"), l.T(`Export the network. CSV writes the help ties in the columns of a ties file
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
left out.`), l.T(`  kring export -o ties.csv
  kring export --people -o people.csv
  kring export --excel -o ties-excel.csv
  kring export -o netwerk.xlsx
  kring export --format json -o netwerk.json
  kring export -o netwerk.gexf
  kring export -o netwerk.net
  kring export | less
  kring export --pseudonymize -o for-research.csv`)}
	case "undo":
		return HelpText{l.T("Undo the last change"), l.T(`Put back the last change to the database: what the last command that changed
something did (kring log lists the changes). kring asks first, showing the
change; pass --yes where nobody can answer. The undo is a change of its own:
undoing it again redoes what was undone.

Erasing a person (kring person remove) is the one change that cannot be
undone: it also erases every change that holds anything of them.`), l.T(`  kring log
  kring undo
  kring undo --yes`)}
	case "log":
		return HelpText{l.T("List the recent changes to the database"), l.T(`List the changes to the database, newest first: when, who, in which network,
the command, and how many rows it changed. kring undo puts back the newest.`), l.T(`  kring log
  kring log --limit 5 --format json`)}
	case "wave rename":
		return HelpText{l.T("Rename a wave; its ties stay"), "", l.T(`  kring wave rename "2026-11-30" "Meeting 3"`)}
	case "wave edit":
		return HelpText{l.T("Set or clear the date of a wave"), "", l.T(`  kring wave edit "Meeting 2" --date 2026-03-19
  kring wave edit "Meeting 2" --date ""`)}
	case "wave remove":
		return HelpText{l.T("Remove a wave with its ties and who took part"), l.T(`Remove a wave with every help tie and contact recorded in it, and the marks of
who took part. kring says how much that is and asks first (or pass --yes);
kring undo puts it back.`), l.T(`  kring wave remove "Test"`)}
	case "wave attend":
		return HelpText{l.T("Say who took part in a wave, and who did not"), l.T(`Mark people present or absent in a wave. Whoever recorded something in a wave
took part in it; this says so for the others: someone who was there but had
nobody to name (present), or someone who was not there (absent). Someone
absent who is named by others keeps those ties, but kring knows their own
answers are missing: they are not counted as isolated, and no change flag
rests on that wave. kring pairs leaves out who was marked absent in the last
wave.`), l.T(`  kring wave attend "Meeting 2" --present "Fien Goossens" --absent "Eve Maes,Dirk Wouters"`)}
	case "network rename":
		return HelpText{l.T("Rename a network"), "", l.T(`  kring network rename "Lerend netwerk HR" "Lerend netwerk HR 2027"`)}
	case "network remove":
		return HelpText{l.T("Remove a network with everything in it"), l.T(`Remove a network with its people, waves, ties and contacts. kring says how
much that is and asks first (or pass --yes); kring undo puts it back.`), l.T(`  kring network remove "Test"`)}
	case "check":
		return HelpText{l.T("Check that the database is sound"), l.T(`Run SQLite's integrity check and foreign-key check on the database, say what it
holds, and write its log file into it (so that nothing removed lingers there).
Exits with 1 when the database is damaged. kring never needs a repair after a
crash or a power cut: this command lets you see so.`), l.T(`  kring check
  kring --db /media/usb/netwerk-backup.db check`)}
	case "backup":
		return HelpText{l.T("Copy the whole database, consistently, to FILE"), l.T(`Copy the whole database (every network) to FILE with SQLite's VACUUM INTO: a
consistent copy even while others record ties, compact, and written with mode
0600 as it holds personal data. An existing FILE is replaced, only once the
copy is complete; the database itself and its own files (-wal, -shm) are
refused. The copy is checked, and is a kring database of its own: use it with
--db FILE, or copy it back in place of the database to restore.`), l.T(`  kring backup kring-2026-11-21.db
  kring --db netwerk.db backup /media/usb/netwerk-backup.db`)}
	}
	return HelpText{}
}
