package flag

import (
	"errors"
	"strconv"
	"time"
)

// Value is the interface to the dynamic value stored in a flag. (The default value is
// represented as a string.)
//
// If a Value has an IsBoolFlag() bool method returning true, the command-line parser makes
// -name equivalent to -name=true rather than using the next command-line argument.
//
// Set is called once, in command line order, for each flag present. The flag package may
// call the String method with a zero-valued receiver, such as a nil pointer.
type Value interface {
	String() string
	Set(string) error
}

// Getter is an interface that allows the contents of a Value to be retrieved. It wraps the
// Value interface, rather than being part of it, because it appeared after Go 1 and its
// compatibility rules. All Value types provided by this package satisfy the Getter
// interface, except the type used by Func.
type Getter interface {
	Value
	Get() any
}

// boolFlag is a Value that may stand alone on the command line (-name meaning -name=true)
// when its IsBoolFlag method says so.
type boolFlag interface {
	Value
	IsBoolFlag() bool
}

// The errors a built-in Value's Set reports, wrapped by the parser into
// `invalid value "..." for flag -name: <err>`.
var (
	errParse = errors.New("parse error")
	errRange = errors.New("value out of range")
)

// convErr turns a strconv error into errParse or errRange; any other error is kept.
func convErr(err error) error {
	if ne, ok := err.(*strconv.NumError); ok {
		switch ne.Err {
		case strconv.ErrSyntax:
			return errParse
		case strconv.ErrRange:
			return errRange
		}
	}
	return err
}

// Every built-in Value stores the parsed result even when Set fails (a range error leaves
// the clamped value, a syntax error zero), as gc's flag does.

// bool
type boolValue bool

func (b *boolValue) Set(s string) error {
	v, err := strconv.ParseBool(s)
	*b = boolValue(v)
	if err != nil {
		return errParse
	}
	return nil
}

func (b *boolValue) Get() any         { return bool(*b) }
func (b *boolValue) String() string   { return strconv.FormatBool(bool(*b)) }
func (b *boolValue) IsBoolFlag() bool { return true }

// int
type intValue int

func (i *intValue) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, strconv.IntSize)
	*i = intValue(v)
	if err != nil {
		return convErr(err)
	}
	return nil
}

func (i *intValue) Get() any       { return int(*i) }
func (i *intValue) String() string { return strconv.Itoa(int(*i)) }

// int64
type int64Value int64

func (i *int64Value) Set(s string) error {
	v, err := strconv.ParseInt(s, 0, 64)
	*i = int64Value(v)
	if err != nil {
		return convErr(err)
	}
	return nil
}

func (i *int64Value) Get() any       { return int64(*i) }
func (i *int64Value) String() string { return strconv.FormatInt(int64(*i), 10) }

// uint
type uintValue uint

func (u *uintValue) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, strconv.IntSize)
	*u = uintValue(v)
	if err != nil {
		return convErr(err)
	}
	return nil
}

func (u *uintValue) Get() any       { return uint(*u) }
func (u *uintValue) String() string { return strconv.FormatUint(uint64(*u), 10) }

// uint64
type uint64Value uint64

func (u *uint64Value) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, 64)
	*u = uint64Value(v)
	if err != nil {
		return convErr(err)
	}
	return nil
}

func (u *uint64Value) Get() any       { return uint64(*u) }
func (u *uint64Value) String() string { return strconv.FormatUint(uint64(*u), 10) }

// string
type stringValue string

func (s *stringValue) Set(v string) error {
	*s = stringValue(v)
	return nil
}

func (s *stringValue) Get() any       { return string(*s) }
func (s *stringValue) String() string { return string(*s) }

// float64
type float64Value float64

func (f *float64Value) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	*f = float64Value(v)
	if err != nil {
		return convErr(err)
	}
	return nil
}

func (f *float64Value) Get() any       { return float64(*f) }
func (f *float64Value) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }

// time.Duration
type durationValue time.Duration

func (d *durationValue) Set(s string) error {
	v, err := time.ParseDuration(s)
	*d = durationValue(v)
	if err != nil {
		return errParse
	}
	return nil
}

func (d *durationValue) Get() any       { return time.Duration(*d) }
func (d *durationValue) String() string { return time.Duration(*d).String() }

// Func's flags: every occurrence calls the function. Not a Getter.
type funcValue func(string) error

func (fn funcValue) Set(s string) error { return fn(s) }
func (fn funcValue) String() string     { return "" }
