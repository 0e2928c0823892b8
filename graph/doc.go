// Package graph holds kring's domain: the people of a learning network, the
// waves in which they record, the help ties between them (giver → receiver)
// and their contacts, and an in-memory directed help graph that gonum's
// algorithms accept.
//
// It imports the standard library and gonum only.
package graph
