package survey

import (
	"slices"
	"strings"
	"testing"

	"github.com/kring-nl/kring/graph/csvio"
)

func TestRoleOf(t *testing.T) {
	for header, want := range map[string]Role{
		"Your name": Respondent, "Naam": Respondent, "Name": Respondent, "Wat is je naam?": Respondent, "Voor- en achternaam": Respondent,
		"Whom did you ask for help or information?": Asked, "Aan wie heb je hulp of informatie gevraagd?": Asked, "Bij wie heb je hulp gezocht?": Asked,
		"Who do you go to for advice?": Asked,
		"Whom did you help?":           Gave, "Whom did you help or give information to?": Gave, "Aan wie heb je hulp of informatie gegeven?": Gave,
		"Met wie werk je samen of heb je contact?": Contact, "With whom do you work or have contact?": Contact,
		"What can you help others with?": Offers, "Welke kennis kan je delen?": Offers, "Waarmee kan je anderen helpen?": Offers,
		"What would you like help with?": Needs, "What do you need help with?": Needs, "Welke kennis heb je nodig?": Needs,
		"Timestamp": Time, "Tijdstempel": Time, "Start time": Time, "Completion time": Time,
		"ID": skip, "Email": skip, "Email Address": skip, "Last modified time": skip,
		"Opmerkingen": None, "Hoe vond je de bijeenkomst?": None,
	} {
		if got := RoleOf(header); got != want {
			t.Errorf("RoleOf(%q) = %v, want %v", header, got, want)
		}
	}
}

func table(t *testing.T, text string) *csvio.Table {
	t.Helper()
	tb, err := csvio.ParseCSV([]byte(text), "form.csv")
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestRead(t *testing.T) {
	tb := table(t, "Timestamp,Name,Your name,Whom did you ask?,Whom did you help?,With whom do you work or have contact?\n"+
		"2/13/2026 10:00,anonymous,Ann,\"Bob, Carla\",Ann; Dirk,-\n"+
		"2/13/2026 11:00,anonymous,Bob,,\"Ann\nniemand\",Eve\n"+
		"2/14/2026 9:00,anonymous,,Ann,,\n")
	if !Detect(tb) {
		t.Fatal("not detected as a survey")
	}
	res, err := Read(tb, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res.Ties {
		sep := ">"
		if r.Contact {
			sep = "~"
		}
		got = append(got, r.Giver+sep+r.Receiver+" by "+r.Reporter+" at "+r.Where)
	}
	want := []string{"Bob>Ann by Ann at line 2", "Carla>Ann by Ann at line 2", "Ann>Dirk by Ann at line 2", "Bob>Ann by Bob at line 3", "Bob~Eve by Bob at line 3"}
	if !slices.Equal(got, want) {
		t.Errorf("ties\n%q\nwant\n%q", got, want)
	}
	if res.SelfMentions != 1 || len(res.Respondents) != 2 || res.FirstDate != "2026-02-13" || res.Columns[Respondent] != "Your name" {
		t.Errorf("self %d, respondents %+v, first date %q, columns %v", res.SelfMentions, res.Respondents, res.FirstDate, res.Columns)
	}
	if len(res.Problems) != 1 || res.Problems[0].Where != "line 5" || !strings.Contains(res.Problems[0].Err.Error(), "the respondent's name (Your name) is empty") {
		t.Errorf("problems %v", res.Problems)
	}
}

func TestNotASurvey(t *testing.T) {
	for _, text := range []string{
		"giver,receiver\nAnn,Bob\n",
		"name,org,offers,needs\nAnn,Gemeente,a,b\n",
		"name,contact\nAnn,ann@example.org\n", // a people file's contact column is no question
		"Timestamp,Opmerkingen\n1-1-2026,goed\n",
	} {
		if Detect(table(t, text)) {
			t.Errorf("taken for a survey: %q", text)
		}
	}
	_, err := Read(table(t, "Name,Whom did you ask?\nanonymous,Bob\nanonymous,Ann\n"), Options{})
	if err == nil || !strings.Contains(err.Error(), `the column "Name" holds no names (the form was answered anonymously)`) {
		t.Errorf("anonymous: %v", err)
	}
}
