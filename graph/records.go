package graph

// TieRecord is a help tie or a contact as people write it: by names. It is what
// "kring record", "kring tie add" and the import files hand to the store,
// which resolves the names.
type TieRecord struct {
	Contact  bool   // an undirected contact instead of a help tie
	Giver    string // for a contact: one of the two people
	Receiver string // for a contact: the other
	Wave     string // "" means the default wave
	Date     string // YYYY-MM-DD date of the wave, used when the wave is created
	Topics   []string
	Weight   float64 // 0 means 1
	Reporter string  // who recorded it; "" when nobody in particular
	Where    string  // where the record is in its source ("line 12"); "" when typed
}

// PersonRecord is a person as written in a people file or on the command line.
type PersonRecord struct {
	Name     string
	Org      string
	Function string
	Offers   []string
	Needs    []string
	Aliases  []string // other names of the person: records that use them find the person
	Where    string   // where the record is in its source; "" when typed
}
