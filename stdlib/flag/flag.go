// Package flag implements command-line flag parsing (Go 1.19 API and behaviour, gocc's own
// implementation).
//
// Flags are defined with String, Bool, Int, ... (or their *Var forms, or Var with a custom
// Value) on a FlagSet or on the command-line set CommandLine, then Parse fills them in from
// the arguments. Accepted forms: -flag, --flag, -flag=x, and -flag x for non-boolean flags.
// Parsing stops before the first non-flag argument ("-" is one) or after the terminator "--".
//
// Not provided: TextVar (FlagSet.TextVar and the package function), which needs package
// encoding.
package flag

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// ErrHelp is the error returned if the -help or -h flag is invoked but no such flag is
// defined.
var ErrHelp = errors.New("flag: help requested")

// ErrorHandling defines how FlagSet.Parse behaves if the parse fails.
type ErrorHandling int

// These constants cause FlagSet.Parse to behave as described if the parse fails.
const (
	ContinueOnError ErrorHandling = iota // Return a descriptive error.
	ExitOnError                          // Call os.Exit(2) or for -h/-help Exit(0).
	PanicOnError                         // Call panic with a descriptive error.
)

// A FlagSet represents a set of defined flags. The zero value of a FlagSet has no name and
// has ContinueOnError error handling.
//
// Flag names must be unique within a FlagSet. An attempt to define a flag whose name is
// already in use will cause a panic.
type FlagSet struct {
	// Usage is the function called when an error occurs while parsing flags. The field is a
	// function (not a method) that may be changed to point to a custom error handler. What
	// happens after Usage is called depends on the ErrorHandling setting; for the command
	// line, this defaults to ExitOnError, which exits the program after calling Usage.
	Usage func()

	name          string
	parsed        bool
	actual        map[string]*Flag // the flags set so far
	formal        map[string]*Flag // the defined flags
	args          []string         // what is left to parse; after Parse, the non-flag arguments
	errorHandling ErrorHandling
	output        io.Writer // nil: os.Stderr
}

// A Flag represents the state of a flag.
type Flag struct {
	Name     string // name as it appears on command line
	Usage    string // help message
	Value    Value  // value as set
	DefValue string // default value (as text); for usage message
}

// NewFlagSet returns a new, empty flag set with the specified name and error handling
// property. If the name is not empty, it will be printed in the default usage message and in
// error messages.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	f := new(FlagSet)
	f.Init(name, errorHandling)
	f.Usage = f.defaultUsage
	return f
}

// Init sets the name and error handling property for a flag set. By default, the zero
// FlagSet uses an empty name and the ContinueOnError error handling policy.
func (f *FlagSet) Init(name string, errorHandling ErrorHandling) {
	f.errorHandling = errorHandling
	f.name = name
}

// Name returns the name of the flag set.
func (f *FlagSet) Name() string { return f.name }

// ErrorHandling returns the error handling behavior of the flag set.
func (f *FlagSet) ErrorHandling() ErrorHandling { return f.errorHandling }

// Output returns the destination for usage and error messages. os.Stderr is returned if
// output was not set or was set to nil.
func (f *FlagSet) Output() io.Writer {
	if f.output != nil {
		return f.output
	}
	return os.Stderr
}

// SetOutput sets the destination for usage and error messages. If output is nil, os.Stderr
// is used.
func (f *FlagSet) SetOutput(output io.Writer) { f.output = output }

// inOrder returns the flags of m sorted by name.
func inOrder(m map[string]*Flag) []*Flag {
	names := make([]string, 0, len(m))
	for name := range m {
		names = append(names, name)
	}
	sort.Strings(names)
	flags := make([]*Flag, len(names))
	for i, name := range names {
		flags[i] = m[name]
	}
	return flags
}

// VisitAll visits the flags in lexicographical order, calling fn for each. It visits all
// flags, even those not set.
func (f *FlagSet) VisitAll(fn func(*Flag)) {
	for _, fl := range inOrder(f.formal) {
		fn(fl)
	}
}

// Visit visits the flags in lexicographical order, calling fn for each. It visits only
// those flags that have been set.
func (f *FlagSet) Visit(fn func(*Flag)) {
	for _, fl := range inOrder(f.actual) {
		fn(fl)
	}
}

// Lookup returns the Flag structure of the named flag, returning nil if none exists.
func (f *FlagSet) Lookup(name string) *Flag { return f.formal[name] }

// markSet records that fl was set.
func (f *FlagSet) markSet(fl *Flag) {
	if f.actual == nil {
		f.actual = map[string]*Flag{}
	}
	f.actual[fl.Name] = fl
}

// Set sets the value of the named flag.
func (f *FlagSet) Set(name, value string) error {
	fl := f.formal[name]
	if fl == nil {
		return fmt.Errorf("no such flag -%v", name)
	}
	if err := fl.Value.Set(value); err != nil {
		return err
	}
	f.markSet(fl)
	return nil
}

// UnquoteUsage extracts a back-quoted name from the usage string for a flag and returns it
// and the un-quoted usage. Given "a `name` to show" it returns ("name", "a name to show").
// If there are no back quotes, the name is an educated guess of the type of the flag's
// value, or the empty string if the flag is boolean.
func UnquoteUsage(flag *Flag) (name string, usage string) {
	usage = flag.Usage
	if open := strings.IndexByte(usage, '`'); open >= 0 {
		if n := strings.IndexByte(usage[open+1:], '`'); n >= 0 {
			name = usage[open+1 : open+1+n]
			return name, usage[:open] + name + usage[open+1+n+1:]
		}
		// A lone back quote: fall back to the type's name.
	}
	switch flag.Value.(type) {
	case boolFlag:
		return "", usage
	case *durationValue:
		return "duration", usage
	case *float64Value:
		return "float", usage
	case *intValue, *int64Value:
		return "int", usage
	case *stringValue:
		return "string", usage
	case *uintValue, *uint64Value:
		return "uint", usage
	}
	return "value", usage
}

// PrintDefaults prints, to standard error unless configured otherwise, the default values of
// all defined command-line flags in the set. See the documentation for the global function
// PrintDefaults for more information.
func (f *FlagSet) PrintDefaults() {
	var zeroErrs []error
	f.VisitAll(func(fl *Flag) {
		var line strings.Builder
		line.WriteString("  -")
		line.WriteString(fl.Name)
		name, usage := UnquoteUsage(fl)
		if name != "" {
			line.WriteString(" " + name)
		}
		// "  -x" (a one-byte boolean flag) keeps its usage on the same line; anything longer
		// gets an indented line of its own (four spaces and a tab).
		if line.Len() > 4 {
			line.WriteString("\n    \t")
		} else {
			line.WriteString("\t")
		}
		line.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		zero, err := zeroString(fl.Value, fl.Name)
		switch {
		case err != nil:
			zeroErrs = append(zeroErrs, err)
		case zero == fl.DefValue:
			// the zero value goes unmentioned
		default:
			if _, quoted := fl.Value.(*stringValue); quoted {
				fmt.Fprintf(&line, " (default %q)", fl.DefValue)
			} else {
				fmt.Fprintf(&line, " (default %v)", fl.DefValue)
			}
		}
		line.WriteString("\n")
		io.WriteString(f.Output(), line.String())
	})
	if len(zeroErrs) > 0 {
		w := f.Output()
		fmt.Fprintln(w)
		for _, err := range zeroErrs {
			fmt.Fprintln(w, err)
		}
	}
}

// defaultUsage is a FlagSet's usage function unless Usage is set otherwise.
func (f *FlagSet) defaultUsage() {
	if f.name != "" {
		fmt.Fprintf(f.Output(), "Usage of %s:\n", f.name)
	} else {
		fmt.Fprintf(f.Output(), "Usage:\n")
	}
	f.PrintDefaults()
}

// NFlag returns the number of flags that have been set.
func (f *FlagSet) NFlag() int { return len(f.actual) }

// Arg returns the i'th argument. Arg(0) is the first remaining argument after flags have
// been processed. Arg returns an empty string if the requested element does not exist.
func (f *FlagSet) Arg(i int) string {
	if i >= 0 && i < len(f.args) {
		return f.args[i]
	}
	return ""
}

// NArg is the number of arguments remaining after flags have been processed.
func (f *FlagSet) NArg() int { return len(f.args) }

// Args returns the non-flag arguments.
func (f *FlagSet) Args() []string { return f.args }

// BoolVar defines a bool flag with specified name, default value, and usage string. The
// argument p points to a bool variable in which to store the value of the flag.
func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	f.Var((*boolValue)(p), name, usage)
}

// Bool defines a bool flag with specified name, default value, and usage string. The return
// value is the address of a bool variable that stores the value of the flag.
func (f *FlagSet) Bool(name string, value bool, usage string) *bool {
	p := new(bool)
	f.BoolVar(p, name, value, usage)
	return p
}

// IntVar defines an int flag with specified name, default value, and usage string. The
// argument p points to an int variable in which to store the value of the flag.
func (f *FlagSet) IntVar(p *int, name string, value int, usage string) {
	*p = value
	f.Var((*intValue)(p), name, usage)
}

// Int defines an int flag with specified name, default value, and usage string. The return
// value is the address of an int variable that stores the value of the flag.
func (f *FlagSet) Int(name string, value int, usage string) *int {
	p := new(int)
	f.IntVar(p, name, value, usage)
	return p
}

// Int64Var defines an int64 flag with specified name, default value, and usage string. The
// argument p points to an int64 variable in which to store the value of the flag.
func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string) {
	*p = value
	f.Var((*int64Value)(p), name, usage)
}

// Int64 defines an int64 flag with specified name, default value, and usage string. The
// return value is the address of an int64 variable that stores the value of the flag.
func (f *FlagSet) Int64(name string, value int64, usage string) *int64 {
	p := new(int64)
	f.Int64Var(p, name, value, usage)
	return p
}

// UintVar defines a uint flag with specified name, default value, and usage string. The
// argument p points to a uint variable in which to store the value of the flag.
func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string) {
	*p = value
	f.Var((*uintValue)(p), name, usage)
}

// Uint defines a uint flag with specified name, default value, and usage string. The return
// value is the address of a uint variable that stores the value of the flag.
func (f *FlagSet) Uint(name string, value uint, usage string) *uint {
	p := new(uint)
	f.UintVar(p, name, value, usage)
	return p
}

// Uint64Var defines a uint64 flag with specified name, default value, and usage string. The
// argument p points to a uint64 variable in which to store the value of the flag.
func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string) {
	*p = value
	f.Var((*uint64Value)(p), name, usage)
}

// Uint64 defines a uint64 flag with specified name, default value, and usage string. The
// return value is the address of a uint64 variable that stores the value of the flag.
func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64 {
	p := new(uint64)
	f.Uint64Var(p, name, value, usage)
	return p
}

// StringVar defines a string flag with specified name, default value, and usage string. The
// argument p points to a string variable in which to store the value of the flag.
func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {
	*p = value
	f.Var((*stringValue)(p), name, usage)
}

// String defines a string flag with specified name, default value, and usage string. The
// return value is the address of a string variable that stores the value of the flag.
func (f *FlagSet) String(name string, value string, usage string) *string {
	p := new(string)
	f.StringVar(p, name, value, usage)
	return p
}

// Float64Var defines a float64 flag with specified name, default value, and usage string.
// The argument p points to a float64 variable in which to store the value of the flag.
func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	f.Var((*float64Value)(p), name, usage)
}

// Float64 defines a float64 flag with specified name, default value, and usage string. The
// return value is the address of a float64 variable that stores the value of the flag.
func (f *FlagSet) Float64(name string, value float64, usage string) *float64 {
	p := new(float64)
	f.Float64Var(p, name, value, usage)
	return p
}

// DurationVar defines a time.Duration flag with specified name, default value, and usage
// string. The argument p points to a time.Duration variable in which to store the value of
// the flag. The flag accepts a value acceptable to time.ParseDuration.
func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	f.Var((*durationValue)(p), name, usage)
}

// Duration defines a time.Duration flag with specified name, default value, and usage
// string. The return value is the address of a time.Duration variable that stores the value
// of the flag. The flag accepts a value acceptable to time.ParseDuration.
func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	f.DurationVar(p, name, value, usage)
	return p
}

// Func defines a flag with the specified name and usage string. Each time the flag is seen,
// fn is called with the value of the flag. If fn returns a non-nil error, it will be treated
// as a flag value parsing error.
func (f *FlagSet) Func(name, usage string, fn func(string) error) {
	f.Var(funcValue(fn), name, usage)
}

// Var defines a flag with the specified name and usage string. The type and value of the
// flag are represented by the first argument, of type Value, which typically holds a
// user-defined implementation of Value.
func (f *FlagSet) Var(value Value, name string, usage string) {
	if strings.HasPrefix(name, "-") {
		panic(f.report(fmt.Sprintf("flag %q begins with -", name)))
	}
	if strings.Contains(name, "=") {
		panic(f.report(fmt.Sprintf("flag %q contains =", name)))
	}
	fl := &Flag{Name: name, Usage: usage, Value: value, DefValue: value.String()}
	if _, dup := f.formal[name]; dup {
		msg := "flag redefined: " + name
		if f.name != "" {
			msg = f.name + " " + msg
		}
		panic(f.report(msg))
	}
	if f.formal == nil {
		f.formal = map[string]*Flag{}
	}
	f.formal[name] = fl
}

// report prints msg on a line of its own to the output and returns it.
func (f *FlagSet) report(msg string) string {
	fmt.Fprintln(f.Output(), msg)
	return msg
}

// fail reports msg, shows the usage and returns msg as an error.
func (f *FlagSet) fail(msg string) error {
	f.report(msg)
	f.showUsage()
	return errors.New(msg)
}

// showUsage calls the set's Usage function, or the default one if there is none.
func (f *FlagSet) showUsage() {
	if f.Usage != nil {
		f.Usage()
		return
	}
	f.defaultUsage()
}

// next parses the flag at the front of f.args, if there is one. It returns false with a nil
// error when flag parsing is over (no more arguments, a non-flag argument, after "--").
func (f *FlagSet) next() (bool, error) {
	if len(f.args) == 0 {
		return false, nil
	}
	arg := f.args[0]
	if len(arg) < 2 || arg[0] != '-' {
		return false, nil // "-" and non-flags end the flags
	}
	body := arg[1:]
	if body[0] == '-' {
		if len(body) == 1 {
			f.args = f.args[1:] // "--": the end of the flags, dropped
			return false, nil
		}
		body = body[1:]
	}
	if body == "" || body[0] == '-' || body[0] == '=' {
		return false, f.fail("bad flag syntax: " + arg)
	}
	f.args = f.args[1:]

	name, value, hasValue := body, "", false
	if eq := strings.IndexByte(body, '='); eq > 0 {
		name, value, hasValue = body[:eq], body[eq+1:], true
	}
	fl := f.formal[name]
	if fl == nil {
		if name == "h" || name == "help" {
			f.showUsage()
			return false, ErrHelp
		}
		return false, f.fail("flag provided but not defined: -" + name)
	}

	if bf, ok := fl.Value.(boolFlag); ok && bf.IsBoolFlag() {
		if !hasValue {
			if err := bf.Set("true"); err != nil {
				return false, f.fail(fmt.Sprintf("invalid boolean flag %s: %v", name, err))
			}
		} else if err := bf.Set(value); err != nil {
			return false, f.fail(fmt.Sprintf("invalid boolean value %q for -%s: %v", value, name, err))
		}
	} else {
		if !hasValue {
			if len(f.args) == 0 {
				return false, f.fail("flag needs an argument: -" + name)
			}
			value = f.args[0]
			f.args = f.args[1:]
		}
		if err := fl.Value.Set(value); err != nil {
			return false, f.fail(fmt.Sprintf("invalid value %q for flag -%s: %v", value, name, err))
		}
	}
	f.markSet(fl)
	return true, nil
}

// Parse parses flag definitions from the argument list, which should not include the command
// name. Must be called after all flags in the FlagSet are defined and before flags are
// accessed by the program. The return value will be ErrHelp if -help or -h were set but not
// defined.
func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.args = arguments
	for {
		more, err := f.next()
		if more {
			continue
		}
		if err == nil {
			return nil
		}
		switch f.errorHandling {
		case ContinueOnError:
			return err
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
		// Any other ErrorHandling value: gc's flag goes on parsing after the error.
	}
}

// Parsed reports whether f.Parse has been called.
func (f *FlagSet) Parsed() bool { return f.parsed }
