// errorcheck

//go:build arm

// Fixture for the errorcheck harness: only for arm, so it is skipped.

package p

var x int = "s" // ERROR "cannot use"
