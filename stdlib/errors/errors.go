// Declarations-only stub of Go 1.19's package errors, for gocc's type checker.
// Function bodies come later, with code generation. tests/stdlib/verify.go
// checks every exported declaration against the real package.

package errors

// New returns an error that formats as the given text.
func New(text string) error

// Unwrap returns the result of calling the Unwrap method on err, if any.
func Unwrap(err error) error

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool

// As finds the first error in err's chain that matches target, and if so,
// sets target to that error value and returns true.
func As(err error, target any) bool
