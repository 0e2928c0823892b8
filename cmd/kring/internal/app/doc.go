// Package app holds what kring does for the people who use it, below the
// commands and the web server, which both call it: make the example
// network, find names that look alike, pseudonymize a network. It reads no
// flags and writes nothing for people to read; the words are view's.
package app
