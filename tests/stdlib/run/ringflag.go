// container/ring and flag under gocc: rings of several sizes (New, Link, Unlink, Move, Do,
// Len, the zero Ring) and FlagSets parsing argument lists, with errors, usage messages and
// PrintDefaults. The expected output (ringflag.out, ringflag.exitcode) is Go 1.19's.
package main

import (
	"container/ring"
	"errors"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// Package-level flags defined by a variable initializer, as Go's test suite does.
var (
	verbose = flag.Bool("v", false, "verbose output")
	iters   = flag.Int("n", 100, "number of `iterations`")
)

func show(name string, r *ring.Ring) {
	var parts []string
	r.Do(func(v any) { parts = append(parts, fmt.Sprint(v)) })
	fmt.Printf("%s: len %d [%s]\n", name, r.Len(), strings.Join(parts, " "))
}

// numbered returns a ring of n elements holding base, base+1, ...
func numbered(n, base int) *ring.Ring {
	r := ring.New(n)
	for i := 0; i < n; i++ {
		r.Value = base + i
		r = r.Next()
	}
	return r
}

func rings() {
	fmt.Println("== ring")
	fmt.Println("New(0) == nil:", ring.New(0) == nil, "New(-1) == nil:", ring.New(-1) == nil)
	var empty *ring.Ring
	show("nil", empty)
	for _, n := range []int{1, 2, 3, 5, 8} {
		show("New("+strconv.Itoa(n)+")", numbered(n, 0))
	}

	r := numbered(6, 0)
	for _, n := range []int{0, 1, 2, 5, 6, 7, 13, -1, -2, -6, -7, -14} {
		fmt.Printf("Move(%d) = %v\n", n, r.Move(n).Value)
	}
	fmt.Println("Next/Prev:", r.Next().Value, r.Prev().Value, r.Next().Prev() == r, r.Prev().Next() == r)

	// Zero Rings: one element each, linked lazily.
	var z ring.Ring
	fmt.Println("zero Len:", z.Len(), "Next is self:", z.Next() == &z, "Prev is self:", z.Prev() == &z)
	var z2 ring.Ring
	fmt.Println("zero Move(3) is self:", z2.Move(3) == &z2, "Len:", z2.Len())
	var z3 ring.Ring
	z3.Value = "z3"
	show("zero with Value", &z3)

	// Link two different rings: s is inserted after r.
	a, b := numbered(3, 10), numbered(4, 20)
	after := a.Link(b)
	fmt.Println("Link result:", after.Value)
	show("a after Link", a)
	// Link with a zero Ring (links itself first).
	var lone ring.Ring
	lone.Value = "lone"
	fmt.Println("Link(zero) result:", a.Link(&lone).Value)
	show("a with lone", a)
	// Link(nil) changes nothing.
	fmt.Println("Link(nil):", a.Link(nil).Value)
	show("a unchanged", a)

	// Link within one ring removes the elements between r and s.
	c := numbered(8, 0)
	removed := c.Link(c.Move(3))
	show("c after removing", c)
	show("removed", removed)
	// Linking r with r.Next(): nothing removed, the result is still r.Next().
	d := numbered(4, 0)
	fmt.Println("Link(Next) result:", d.Link(d.Next()).Value)
	show("d", d)
	// Linking r with itself leaves r alone in its ring.
	e := numbered(5, 0)
	rest := e.Link(e)
	show("e", e)
	show("rest", rest)

	// Unlink.
	for _, n := range []int{-1, 0, 1, 2, 4, 5, 6, 7, 11} {
		f := numbered(6, 100)
		u := f.Unlink(n)
		show(fmt.Sprintf("Unlink(%d) from 6", n), u)
		show("  left", f)
	}

	// Do visits in order; Do on a one-element ring; sum with Do.
	sum := 0
	numbered(10, 1).Do(func(v any) { sum += v.(int) })
	fmt.Println("sum 1..10:", sum)

	// A ring of rings: values are untouched by the package.
	outer := ring.New(3)
	for i := 0; i < 3; i++ {
		outer.Value = numbered(i+1, 10*i)
		outer = outer.Next()
	}
	outer.Do(func(v any) { show("inner", v.(*ring.Ring)) })

	// Josephus: remove every third of 10.
	j := numbered(10, 1)
	j = j.Prev()
	var order []string
	for j.Len() > 1 {
		j = j.Move(2)
		order = append(order, fmt.Sprint(j.Unlink(1).Value))
	}
	fmt.Println("josephus:", strings.Join(order, " "), "survivor", j.Value)
}

// Custom flag values.
type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "" {
		return errors.New("empty element")
	}
	*l = append(*l, s)
	return nil
}

type onOff struct{ on bool }

func (o *onOff) String() string {
	if o.on {
		return "on"
	}
	return "off"
}
func (o *onOff) IsBoolFlag() bool { return true }
func (o *onOff) Set(s string) error {
	switch s {
	case "on", "true":
		o.on = true
	case "off", "false":
		o.on = false
	default:
		return fmt.Errorf("want on or off, not %q", s)
	}
	return nil
}

// counter's zero value panics in String (nil pointer).
type counter struct{ n *int }

func (c counter) String() string { return strconv.Itoa(*c.n) }
func (c counter) Set(s string) error {
	*c.n += len(s)
	return nil
}

// level: a non-pointer value type.
type level string

func (l level) String() string   { return strings.ToUpper(string(l)) }
func (l level) Set(string) error { return errors.New("read-only") }

type vars struct {
	b, loud bool
	i, n    int
	i64     int64
	u       uint
	u64     uint64
	s, name string
	f       float64
	d       time.Duration
	list    listValue
	sw      onOff
	count   int
	calls   []string
}

func define(fs *flag.FlagSet, v *vars) {
	fs.BoolVar(&v.b, "b", false, "a bool")
	fs.BoolVar(&v.loud, "loud", true, "be `noisy`\nacross two lines")
	fs.IntVar(&v.i, "i", 0, "an int")
	fs.IntVar(&v.n, "n", -3, "a `count`")
	fs.Int64Var(&v.i64, "i64", 1<<40, "an int64")
	fs.UintVar(&v.u, "u", 7, "a uint")
	fs.Uint64Var(&v.u64, "u64", 0, "a uint64")
	fs.StringVar(&v.s, "s", "", "a string")
	fs.StringVar(&v.name, "name", "x \"y\"", "a quoted default")
	fs.Float64Var(&v.f, "f", 2.5, "a float")
	fs.DurationVar(&v.d, "d", 90*time.Second, "a duration")
	fs.Func("func", "called with each `arg`", func(s string) error {
		v.calls = append(v.calls, s)
		if strings.HasPrefix(s, "bad") {
			return fmt.Errorf("%s is bad", s)
		}
		return nil
	})
	fs.Var(&v.list, "list", "a list")
	fs.Var(&v.sw, "x", "on or off")
	fs.Var(counter{&v.count}, "count", "counts bytes")
	fs.Var(level("info"), "level", "a level")
}

func parse(name string, args ...string) {
	var out strings.Builder
	var v vars
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(&out)
	if name == "p" {
		// The full usage message is shown by the other names.
		fs.Usage = func() { fmt.Fprintln(fs.Output(), "(usage of p)") }
	}
	define(fs, &v)
	err := fs.Parse(args)
	fmt.Printf("-- Parse %q\n", args)
	fmt.Printf("err: %v (ErrHelp %v)\n", err, err == flag.ErrHelp)
	if out.Len() > 0 {
		fmt.Printf("output:\n%s", out.String())
	}
	fmt.Printf("args %q NArg %d NFlag %d Arg(0) %q Arg(9) %q Parsed %v\n", fs.Args(), fs.NArg(), fs.NFlag(), fs.Arg(0), fs.Arg(9), fs.Parsed())
	fmt.Printf("b=%v loud=%v i=%d n=%d i64=%d u=%d u64=%d s=%q name=%q f=%v d=%v list=%q x=%v count=%d calls=%q\n",
		v.b, v.loud, v.i, v.n, v.i64, v.u, v.u64, v.s, v.name, v.f, v.d, v.list, v.sw.on, v.count, v.calls)
	var set []string
	fs.Visit(func(f *flag.Flag) { set = append(set, f.Name+"="+f.Value.String()) })
	fmt.Printf("set: %s\n", strings.Join(set, " "))
}

func flags() {
	fmt.Println("== flag")
	parse("p")
	parse("p", "-b", "-i", "7", "rest", "-s", "x")
	parse("p", "--s=hello", "-i=0x1f", "-u", "010", "--", "-b")
	parse("", "-b", "--", "--")
	parse("p", "-", "-b")
	parse("p", "-x", "-x=off", "--x=on")
	parse("p", "-x=maybe")
	parse("full", "-nosuch")
	parse("", "--nosuch=1")
	parse("p", "-h")
	parse("p", "--help")
	parse("p", "-i")
	parse("p", "-i", "abc")
	parse("p", "-i", "99999999999999999999")
	parse("p", "-u", "-1")
	parse("p", "-f", "1e400")
	parse("p", "-f", "-1.5e-3", "-d", "1h2m3.5s")
	parse("p", "-d", "bogus")
	parse("p", "-b=maybe")
	parse("p", "-b", "false")
	parse("p", "---x")
	parse("p", "-=x")
	parse("p", "-list", "a", "-list=b", "--list", "c")
	parse("p", "-list", "")
	parse("p", "-func", "ok", "-func=bad1", "-func", "never")
	parse("p", "-count", "abc", "-count=xy", "left")
	parse("p", "-level", "debug")

	// PrintDefaults and the default usage.
	var out strings.Builder
	var v vars
	fs := flag.NewFlagSet("defaults", flag.ContinueOnError)
	fs.SetOutput(&out)
	define(fs, &v)
	fs.PrintDefaults()
	fmt.Printf("-- PrintDefaults\n%s", out.String())
	out.Reset()
	fs.Usage()
	fmt.Printf("-- Usage\n%s", out.String())

	// A custom Usage; PanicOnError; Set and Lookup.
	fs2 := flag.NewFlagSet("custom", flag.PanicOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Usage = func() { fmt.Println("custom usage for", fs2.Name()) }
	fs2.Int("k", 1, "k")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs2.Parse([]string{"-k", "x"})
	}()
	fmt.Println("Set:", fs2.Set("k", "42"), fs2.Set("k", "nope"), fs2.Set("zz", "1"))
	k := fs2.Lookup("k")
	fmt.Println("Lookup:", k.Name, k.Value, k.DefValue, k.Usage, fs2.Lookup("zz") == nil, fs2.NFlag())

	// Var's panics.
	for _, bad := range []string{"-lead", "k=v", "k"} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fs2.String(bad, "", "bad")
		}()
	}

	// A zero FlagSet: no name, ContinueOnError, no Usage function.
	var zs flag.FlagSet
	zs.SetOutput(os.Stdout)
	zs.Int("m", 3, "m")
	fmt.Println("zero FlagSet:", zs.Parse([]string{"-q"}), zs.Name() == "", zs.ErrorHandling() == flag.ContinueOnError)

	// UnquoteUsage.
	for _, usage := range []string{"plain", "a `name` b `other`", "``", "one ` quote"} {
		name, u := flag.UnquoteUsage(&flag.Flag{Name: "t", Usage: usage, Value: k.Value})
		fmt.Printf("UnquoteUsage(%q) = %q, %q\n", usage, name, u)
	}

	// The command line: the package-level flags.
	flag.Parse()
	fmt.Println("command line:", *verbose, *iters, flag.Parsed(), flag.NArg(), flag.NFlag(), flag.Args())
	fmt.Println("flag.Set:", flag.Set("n", "5"), flag.Set("v", "true"), *verbose, *iters, flag.NFlag())
	fmt.Println("flag.Lookup:", flag.Lookup("n").DefValue, flag.Lookup("x") == nil)
	var seen []string
	flag.VisitAll(func(f *flag.Flag) { seen = append(seen, f.Name) })
	flag.Visit(func(f *flag.Flag) { seen = append(seen, "set:"+f.Name) })
	fmt.Println("visit:", seen)
	var level int
	flag.IntVar(&level, "level", 2, "log level")
	flag.Func("each", "`each` value", func(string) error { return nil })
	flag.CommandLine.SetOutput(os.Stdout)
	fmt.Println("-- flag.PrintDefaults")
	flag.PrintDefaults()

	// ExitOnError: the error, the usage, exit status 2.
	last := flag.NewFlagSet("last", flag.ExitOnError)
	last.SetOutput(os.Stdout)
	last.Bool("ok", true, "fine")
	last.Parse([]string{"-ok=false", "-broken"})
	fmt.Println("not reached")
}

func main() {
	rings()
	flags()
}
