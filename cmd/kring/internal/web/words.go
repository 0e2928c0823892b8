package web

import (
	"github.com/kring-nl/kring/cmd/kring/internal/i18n"
	"github.com/kring-nl/kring/graph"
)

// words are the texts of the pages without arguments, by the name the
// templates use ({{.W.pick}}), in l. Texts with arguments are the functions
// below. Every one is in the message catalogue, in Dutch and English.
func words(l *i18n.Lang) map[string]string {
	return map[string]string{
		// Every page.
		"skip":      l.T("Skip to the content"),
		"home":      l.T("Go to the start"),
		"reload":    l.T("Look again"),
		"withKring": l.T("Made with kring, on this laptop: nothing leaves the room."),

		// Picking your name.
		"pickTitle":    l.T("Who are you?"),
		"pickLead":     l.T("Tap your name, or type it."),
		"pickType":     l.T("Your name"),
		"pickGo":       l.T("Let me in"),
		"pickNoMatch":  l.T("No name on the list matches. Check the spelling, or ask the facilitator to add you."),
		"pickEmpty":    l.T("The list of names is still empty: ask the facilitator to add you."),
		"pickMean":     l.T("Did you mean:"),
		"notListed":    l.T("Not on the list?"),
		"askFac":       l.T("Ask the facilitator to add you."),
		"registerLead": l.T("Type your name: the facilitator adds you to the list, and this page lets you in."),
		"registerGo":   l.T("Ask to be added"),
		"registerNew":  l.T("No, I am someone else: ask to be added"),

		// Personal codes.
		"codeTitle": l.T("Your personal code"),
		"codeLead":  l.T("Scan the QR code on the sheet the facilitator gave you, or type its code here."),
		"codeField": l.T("Personal code"),
		"codeBad":   l.T("This code is not known. Check it, or ask the facilitator for your sheet."),
		"codeNo":    l.T("This is not me: I will ask the facilitator for my own sheet."),

		// Waiting to be added.
		"waitTitle": l.T("Waiting for the facilitator"),
		"waitLead":  l.T("This page lets you in by itself once the facilitator has added you."),
		"waitStop":  l.T("Stop waiting"),

		// The exercise.
		"answerTitle": l.T("Map your network"),
		"notYou":      l.T("Not you?"),
		"signOut":     l.T("Sign out"),
		"again":       l.T("You answered already: change what you like and save again. Your new answers replace the earlier ones."),
		"find":        l.T("Find a name"),
		"step1":       l.T("Whom do you work with or have contact with?"),
		"step1Help":   l.T("Tick everyone you work with or have contact with. Someone outside the group? Add them below."),
		"outsider":    l.T("Someone outside the group"),
		"add":         l.T("Add to my list"),
		"step2":       l.T("Whom did you ask for help or information, and to whom did you give it?"),
		"step2Help":   l.T("Of the people you ticked: tick asked or gave (or both), and say about what if you like."),
		"step2None":   l.T("Tick people in step 1 first."),
		"asked":       l.T("I asked"),
		"gave":        l.T("I gave"),
		"about":       l.T("about what? (optional)"),
		"step3":       l.T("What could you offer, and what do you need?"),
		"offers":      l.T("Knowledge you can share"),
		"needs":       l.T("Knowledge you need"),
		"topicsHelp":  l.T("Separate topics with commas, e.g. planning, Excel."),
		"next":        l.T("Next step"),
		"back":        l.T("Previous step"),
		"save":        l.T("Save my answers"),

		// After saving.
		"savedTitle":  l.T("Your answers are saved. Thank you!"),
		"yourAnswers": l.T("What you answered"),
		"noAnswers":   l.T("You have not answered yet."),
		"contacts":    l.T("You work with or have contact with"),
		"youAsked":    l.T("You asked for help or information"),
		"youGave":     l.T("You gave help or information to"),
		"youOffer":    l.T("You can share"),
		"youNeed":     l.T("You need"),
		"change":      l.T("Change my answers"),
		"yourMap":     l.T("Your network"),
		"mapAlt":      l.T("Your ego map: you, the people you gave to or asked, and the ties among them"),
		"mapCaption":  l.T("An arrow runs from the one who helped to the one who was helped; a dashed line is a contact without help."),
		"askWhom":     l.T("Whom you could ask"),
		"needFirst":   l.T("Fill in what you need, and kring suggests whom you could ask."),
		"nobodyOffer": l.T("Nobody in the network offers what you need yet."),
		"onlyYours":   l.T("Only you see this page: nobody else's answers are shown here."),

		// The facilitator's pages.
		"facTitle":      l.T("Facilitator's page"),
		"projector":     l.T("Projector view"),
		"projectorLead": l.T("Open it on the projector: it shows the QR code, who answered and the live map."),
		"partAddress":   l.T("Participants answer at"),
		"scan":          l.T("Scan the QR code to answer"),
		"orGo":          l.T("or type this address in your phone's browser:"),
		"sameWifi":      l.T("Your phone must be on the same Wi-Fi as this laptop."),
		"answers":       l.T("Who answered"),
		"open":          l.T("open for answers"),
		"closed":        l.T("closed for answers"),
		"closeAnswers":  l.T("Close the answers"),
		"openAnswers":   l.T("Open the answers"),
		"switchWave":    l.T("Answers go to"),
		"switchGo":      l.T("Switch the wave"),
		"newWave":       l.T("Start a new wave"),
		"waveName":      l.T("Name of the wave"),
		"waveDate":      l.T("Date"),
		"start":         l.T("Start the wave"),
		"person":        l.T("Person"),
		"status":        l.T("Answered"),
		"device":        l.T("Phone or computer"),
		"presence":      l.T("Took part"),
		"notYet":        l.T("not answered yet"),
		"answeredCLI":   l.T("recorded on the laptop"),
		"inBrowser":     l.T("picked in a browser"),
		"release":       l.T("Release the name"),
		"markPresent":   l.T("was there"),
		"markAbsent":    l.T("was not there"),
		"requests":      l.T("Asked to be added"),
		"admitNew":      l.T("Add as a new person"),
		"admitAs":       l.T("It is"),
		"admitGo":       l.T("Let in"),
		"refuse":        l.T("Refuse"),
		"addPerson":     l.T("Add a person"),
		"name":          l.T("Name"),
		"addAnyway":     l.T("Add anyway"),
		"addToNetwork":  l.T("Add to the network"),
		"settings":      l.T("Settings for this session"),
		"showNames":     l.T("The projector shows who answered by name (else only how many)"),
		"mapNames":      l.T("The live map shows names (else initials)"),
		"selfRegister":  l.T("People not on the list may ask to be added"),
		"showResults":   l.T("After answering, participants see their own map and whom they could ask"),
		"saveSettings":  l.T("Save the settings"),
		"codes":         l.T("Personal codes"),
		"codesLead":     l.T("Each participant gets a sheet with their own link and QR code instead of picking their name. The codes are not kept, only a hash of them: print the sheets when they are shown."),
		"codesMissing":  l.T("Make sheets for the people without a code"),
		"codesAll":      l.T("Make new codes for everyone (the old ones stop working)"),
		"codesPrint":    l.T("Print this page now: the codes are not kept, so it cannot be shown again. Cut it into sheets and give everyone their own."),
		"codeKeep":      l.T("Scan this code, or open the address, to give your answers. It is yours: keep it to yourself."),
		"print":         l.T("Print the sheets"),
		"toPanel":       l.T("Back to the facilitator's page"),
		"report":        l.T("Report of this wave"),
		"handouts":      l.T("Handouts of this wave"),
		"links":         l.T("Report and handouts"),
		"linksLead":     l.T("They open in a new tab and hold personal data: do not show them on the projector."),
		"liveMap":       l.T("Live map"),
		"liveMapAlt":    l.T("The network map of this wave, as the answers come in"),
		"nobodyYet":     l.T("Nobody has answered yet."),
		"done":          l.T("Saved."),
	}
}

// Texts with arguments.

func answeredOf(l *i18n.Lang, n, total int) string {
	return l.Sprintf("Answered: %d of %d", n, total)
}

func waveLine(l *i18n.Lang, network, wave string) string {
	return l.Sprintf("%s · answers for %s", network, wave)
}

func youAre(l *i18n.Lang, name string) string {
	return l.Sprintf("You are %s.", name)
}

func carried(l *i18n.Lang, wave string) string {
	return l.Sprintf("Your answers of %s are filled in: confirm or change them.", wave)
}

func unknownName(l *i18n.Lang, name string) string {
	return l.Sprintf("%q is not on the list.", name)
}

func taken(l *i18n.Lang, name string) string {
	return l.Sprintf("%s is already picked in another browser. If that is you, ask the facilitator to release your name.", name)
}

func closedFor(l *i18n.Lang, wave string) string {
	return l.Sprintf("The answers for %s are closed: ask the facilitator to open them again.", wave)
}

func looksLike(l *i18n.Lang, typed, known string) string {
	return l.Sprintf("%q looks like %s, who is on the list.", typed, known)
}

func thatIs(l *i18n.Lang, known string) string {
	return l.Sprintf("Yes, that is %s", known)
}

func addNew(l *i18n.Lang, typed string) string {
	return l.Sprintf("No, add %s as someone new", typed)
}

func waiting(l *i18n.Lang, name string) string {
	return l.Sprintf("You asked to be added as %s.", name)
}

func areYou(l *i18n.Lang, name string) string {
	return l.Sprintf("Are you %s?", name)
}

func yesContinue(l *i18n.Lang, name string) string {
	return l.Sprintf("Yes, I am %s", name)
}

func aboutTopics(l *i18n.Lang, topics string) string {
	return l.Sprintf("about %s", topics)
}

func answeredAt(l *i18n.Lang, clock string) string {
	return l.Sprintf("answered at %s", clock)
}

func codesOf(l *i18n.Lang, n, total int) string {
	return l.Sprintf("With a code: %d of %d", n, total)
}

func codesTitle(l *i18n.Lang, network string) string {
	return l.Sprintf("Personal codes · %s", network)
}

func sheetFor(l *i18n.Lang, name string) string {
	return l.Sprintf("For %s", name)
}

func admitted(l *i18n.Lang, name string) string {
	return l.Sprintf("%s can answer now.", name)
}

func addedPerson(l *i18n.Lang, name string) string {
	return l.Sprintf("Added %s.", name)
}

func releasedName(l *i18n.Lang, name string) string {
	return l.Sprintf("%s's name is free again: the next browser to pick it gets it.", name)
}

func markedPresent(l *i18n.Lang, name, wave string, present bool) string {
	if present {
		return l.Sprintf("%s took part in %s.", name, wave)
	}
	return l.Sprintf("%s did not take part in %s.", name, wave)
}

func nowWave(l *i18n.Lang, wave string) string {
	return l.Sprintf("Answers go to %s now.", wave)
}

// Errors the pages show, with what to do next.

var (
	errAngle        = graph.Errorf(graph.EINVALID, "a name cannot hold < or >; type it without them")
	errClosed       = graph.Errorf(graph.ECONFLICT, "the answers are closed: ask the facilitator to open them again")
	errNoSelf       = graph.Errorf(graph.EINVALID, "the facilitator has not allowed asking to be added: ask them to add you")
	errCodesOnly    = graph.Errorf(graph.EINVALID, "come in with your personal link or code: ask the facilitator for your sheet")
	errForm         = graph.Errorf(graph.EINVALID, "this form has expired or did not come from this site; go back, reload the page and try again")
	errTooLarge     = graph.Errorf(graph.EINVALID, "what was sent is too large; send fewer names or shorter topics")
	errTooMany      = graph.Errorf(graph.ECONFLICT, "too many tries from this device; wait a minute and try again")
	errFacilitator  = graph.Errorf(graph.ENOTFOUND, "this page is for the facilitator: open the facilitator address that kring serve printed on the laptop")
	errNoPage       = graph.Errorf(graph.ENOTFOUND, "there is no such page")
	errNoResults    = graph.Errorf(graph.ENOTFOUND, "the facilitator has not opened the maps to participants")
	errGone         = graph.Errorf(graph.ENOTFOUND, "your name is no longer on the list (the facilitator merged or removed it); pick your name again")
	errNoWave       = graph.Errorf(graph.EINVALID, "give the new wave a name")
	errNeedCodes    = graph.Errorf(graph.EINVALID, "personal codes are for kring serve --codes; start it again with --codes to use them")
	errTakenRequest = graph.Errorf(graph.ECONFLICT, "that name is in use in another browser; release it first, then let this one in")
)
