package flag

import (
	"fmt"
	"os"
	"time"
)

// CommandLine is the default set of command-line flags, parsed from os.Args. The top-level
// functions such as BoolVar, Arg, and so on are wrappers for the methods of commandLine().
//
// It is made by commandLine on first use rather than by an initializer: gocc runs the
// package-level variable initializers of package main before it initialises the imported
// packages (a compiler bug), so `var n = flag.Int(...)` in package main, as Go's tests
// write it, reaches this package before its initializers have run. init completes it.
var CommandLine *FlagSet

// commandLine returns CommandLine, making it if it does not exist yet.
func commandLine() *FlagSet {
	if CommandLine == nil {
		CommandLine = &FlagSet{errorHandling: ExitOnError}
	}
	return CommandLine
}

func init() {
	f := commandLine()
	f.name = os.Args[0]
	// CommandLine's usage goes through the variable Usage at the time of the call, so a
	// program may replace Usage after this package is initialised.
	f.Usage = func() { Usage() }
}

// Usage prints a usage message documenting all defined command-line flags to CommandLine's
// output, which by default is os.Stderr. It is called when an error occurs while parsing
// flags. The function is a variable that may be changed to point to a custom function.
var Usage = func() {
	fmt.Fprintf(commandLine().Output(), "Usage of %s:\n", os.Args[0])
	PrintDefaults()
}

// PrintDefaults prints, to standard error unless configured otherwise, a usage message
// showing the default settings of all defined command-line flags. For an integer valued flag
// x, the default output has the form
//
//	-x int
//		usage-message-for-x (default 7)
//
// The usage message will appear on a separate line for anything but a bool flag with a
// one-byte name. The parenthetical default is omitted if the default is the zero value for
// the type. The listed type can be changed by placing a back-quoted name in the flag's usage
// string.
func PrintDefaults() { commandLine().PrintDefaults() }

// Parse parses the command-line flags from os.Args[1:]. Must be called after all flags are
// defined and before flags are accessed by the program.
func Parse() {
	// CommandLine exits on errors.
	commandLine().Parse(os.Args[1:])
}

// Parsed reports whether the command-line flags have been parsed.
func Parsed() bool { return commandLine().Parsed() }

// Args returns the non-flag command-line arguments.
func Args() []string { return commandLine().args }

// Arg returns the i'th command-line argument. Arg(0) is the first remaining argument after
// flags have been processed. Arg returns an empty string if the requested element does not
// exist.
func Arg(i int) string { return commandLine().Arg(i) }

// NArg is the number of arguments remaining after flags have been processed.
func NArg() int { return len(commandLine().args) }

// NFlag returns the number of command-line flags that have been set.
func NFlag() int { return len(commandLine().actual) }

// Lookup returns the Flag structure of the named command-line flag, returning nil if none
// exists.
func Lookup(name string) *Flag { return commandLine().formal[name] }

// Set sets the value of the named command-line flag.
func Set(name, value string) error { return commandLine().Set(name, value) }

// Visit visits the command-line flags in lexicographical order, calling fn for each. It
// visits only those flags that have been set.
func Visit(fn func(*Flag)) { commandLine().Visit(fn) }

// VisitAll visits the command-line flags in lexicographical order, calling fn for each. It
// visits all flags, even those not set.
func VisitAll(fn func(*Flag)) { commandLine().VisitAll(fn) }

// Var defines a command-line flag with the specified name and usage string, whose type and
// value are those of value.
func Var(value Value, name string, usage string) { commandLine().Var(value, name, usage) }

// Func defines a command-line flag with the specified name and usage string. Each time the
// flag is seen, fn is called with the value of the flag.
func Func(name, usage string, fn func(string) error) { commandLine().Func(name, usage, fn) }

// BoolVar defines a bool command-line flag stored in *p.
func BoolVar(p *bool, name string, value bool, usage string) {
	commandLine().BoolVar(p, name, value, usage)
}

// Bool defines a bool command-line flag and returns the address of its variable.
func Bool(name string, value bool, usage string) *bool {
	return commandLine().Bool(name, value, usage)
}

// IntVar defines an int command-line flag stored in *p.
func IntVar(p *int, name string, value int, usage string) {
	commandLine().IntVar(p, name, value, usage)
}

// Int defines an int command-line flag and returns the address of its variable.
func Int(name string, value int, usage string) *int {
	return commandLine().Int(name, value, usage)
}

// Int64Var defines an int64 command-line flag stored in *p.
func Int64Var(p *int64, name string, value int64, usage string) {
	commandLine().Int64Var(p, name, value, usage)
}

// Int64 defines an int64 command-line flag and returns the address of its variable.
func Int64(name string, value int64, usage string) *int64 {
	return commandLine().Int64(name, value, usage)
}

// UintVar defines a uint command-line flag stored in *p.
func UintVar(p *uint, name string, value uint, usage string) {
	commandLine().UintVar(p, name, value, usage)
}

// Uint defines a uint command-line flag and returns the address of its variable.
func Uint(name string, value uint, usage string) *uint {
	return commandLine().Uint(name, value, usage)
}

// Uint64Var defines a uint64 command-line flag stored in *p.
func Uint64Var(p *uint64, name string, value uint64, usage string) {
	commandLine().Uint64Var(p, name, value, usage)
}

// Uint64 defines a uint64 command-line flag and returns the address of its variable.
func Uint64(name string, value uint64, usage string) *uint64 {
	return commandLine().Uint64(name, value, usage)
}

// StringVar defines a string command-line flag stored in *p.
func StringVar(p *string, name string, value string, usage string) {
	commandLine().StringVar(p, name, value, usage)
}

// String defines a string command-line flag and returns the address of its variable.
func String(name string, value string, usage string) *string {
	return commandLine().String(name, value, usage)
}

// Float64Var defines a float64 command-line flag stored in *p.
func Float64Var(p *float64, name string, value float64, usage string) {
	commandLine().Float64Var(p, name, value, usage)
}

// Float64 defines a float64 command-line flag and returns the address of its variable.
func Float64(name string, value float64, usage string) *float64 {
	return commandLine().Float64(name, value, usage)
}

// DurationVar defines a time.Duration command-line flag stored in *p; it accepts what
// time.ParseDuration accepts.
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	commandLine().DurationVar(p, name, value, usage)
}

// Duration defines a time.Duration command-line flag and returns the address of its
// variable; it accepts what time.ParseDuration accepts.
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return commandLine().Duration(name, value, usage)
}
