// Package demo holds kring's example learning network: 14 people from three
// organisations who met three times, with an only-giver, two only-askers, an
// isolated person and a broker between the organisations.
package demo

import _ "embed"

// JSON is the example network in kring's network file format (see package jsonio).
//
//go:embed demo.json
var JSON []byte
