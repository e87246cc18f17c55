// errorcheck

// Fixture for the errorcheck harness: gc compiles it without errors, which an
// errorcheck test (wantError) must report as a failure.

package p

var x = 1
