// Package view turns a network and its analysis into what people see, in
// Dutch or English: the wording of roles, figures, flags and suggestions;
// the text tables of the commands; map styles with their legend and key;
// the trend charts; the report and the handouts. Commands and the web
// server call it; it reads no flags and prints nothing on its own.
package view
