package fmt

import "errors"

// Errorf formats according to a format specifier and returns the string as a value that
// satisfies error. With a %w verb (one, whose operand is an error) the returned error has
// an Unwrap method returning that operand.
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.doPrintf(format, a)
	s := string(p.buf)
	wrapped := p.wrappedErr
	p.free()
	if wrapped == nil {
		return errors.New(s)
	}
	return &wrapError{s, wrapped}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }
