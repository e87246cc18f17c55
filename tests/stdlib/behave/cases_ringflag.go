//go:build ignore

// container/ring and flag: gocc's packages (gocc/...) against the real ones, in the same
// program as cases.go (run.go builds every cases*.go file together).

package main

import (
	"container/ring"
	"flag"
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"time"

	gring "gocc/container/ring"
	gflag "gocc/flag"
)

// ---- container/ring ----

// ringPair holds the same rings built with both packages: element i of one is element i of
// the other.
type ringPair struct {
	g    []*gring.Ring
	w    []*ring.Ring
	gidx map[*gring.Ring]int
	widx map[*ring.Ring]int
}

func (p *ringPair) add(g *gring.Ring, w *ring.Ring) {
	i := len(p.g)
	g.Value, w.Value = i, i
	p.g, p.w = append(p.g, g), append(p.w, w)
	p.gidx[g], p.widx[w] = i, i
}

// names prints an element as its index ("nil" for nil, "?" for one not made by the test).
func (p *ringPair) names(g *gring.Ring, w *ring.Ring) (string, string) {
	name := func(i int, ok, isNil bool) string {
		switch {
		case isNil:
			return "nil"
		case !ok:
			return "?"
		}
		return strconv.Itoa(i)
	}
	gi, gok := p.gidx[g]
	wi, wok := p.widx[w]
	return name(gi, gok, g == nil), name(wi, wok, w == nil)
}

// state prints every element's ring (Len, then the values by Do, then by Prev).
func (p *ringPair) state() (string, string) {
	var gs, ws strings.Builder
	for i := range p.g {
		g, w := p.g[i], p.w[i]
		fmt.Fprintf(&gs, "%d:%d[", i, g.Len())
		fmt.Fprintf(&ws, "%d:%d[", i, w.Len())
		g.Do(func(v any) { fmt.Fprint(&gs, v, " ") })
		w.Do(func(v any) { fmt.Fprint(&ws, v, " ") })
		for e, n := g.Prev(), 0; n < 3; e, n = e.Prev(), n+1 {
			fmt.Fprint(&gs, "<", e.Value)
		}
		for e, n := w.Prev(), 0; n < 3; e, n = e.Prev(), n+1 {
			fmt.Fprint(&ws, "<", e.Value)
		}
		gs.WriteString("] ")
		ws.WriteString("] ")
	}
	return gs.String(), ws.String()
}

func testRing() {
	same("container/ring", "New(0)", fmt.Sprint(gring.New(0) == nil, gring.New(-3) == nil), "true true")
	var gnil *gring.Ring
	var wnil *ring.Ring
	same("container/ring", "nil Len/Do", fmt.Sprint(gnil.Len()), fmt.Sprint(wnil.Len()))
	gnil.Do(func(any) { panic("Do on nil ring called f") })

	// A zero Ring is a one-element ring.
	var gz gring.Ring
	var wz ring.Ring
	same("container/ring", "zero Ring", fmt.Sprint(gz.Len(), gz.Next() == &gz, gz.Prev() == &gz, gz.Move(5) == &gz),
		fmt.Sprint(wz.Len(), wz.Next() == &wz, wz.Prev() == &wz, wz.Move(5) == &wz))
	var gz2 gring.Ring
	var wz2 ring.Ring
	same("container/ring", "zero Ring Move", fmt.Sprint(gz2.Move(-2) == &gz2, gz2.Len()), fmt.Sprint(wz2.Move(-2) == &wz2, wz2.Len()))

	rng := rand.New(rand.NewSource(19))
	for round := 0; round < 40; round++ {
		p := &ringPair{gidx: map[*gring.Ring]int{}, widx: map[*ring.Ring]int{}}
		for op := 0; op < 40; op++ {
			k := rng.Intn(10)
			switch {
			case len(p.g) == 0:
				k = rng.Intn(3) // something to work on
			case len(p.g) > 60 && k < 3:
				k = 3 + rng.Intn(7) // enough
			}
			i, j := 0, 0
			if len(p.g) > 0 {
				i, j = rng.Intn(len(p.g)), rng.Intn(len(p.g))
			}
			what := ""
			switch {
			case k < 3: // a new ring of n elements, or a zero Ring
				n := rng.Intn(8) - 1
				if n == 6 {
					what = "zero Ring"
					p.add(new(gring.Ring), new(ring.Ring))
					break
				}
				what = fmt.Sprintf("New(%d)", n)
				g, w := gring.New(n), ring.New(n)
				same("container/ring", what+" nil", fmt.Sprint(g == nil), fmt.Sprint(w == nil))
				for m := 0; m < n; m++ {
					p.add(g, w)
					g, w = g.Next(), w.Next()
				}
			case k < 5: // Link with another element (same ring or not), or nil
				var g *gring.Ring
				var w *ring.Ring
				if rng.Intn(6) == 0 {
					what = fmt.Sprintf("%d.Link(nil)", i)
					g, w = p.g[i].Link(nil), p.w[i].Link(nil)
				} else {
					what = fmt.Sprintf("%d.Link(%d)", i, j)
					g, w = p.g[i].Link(p.g[j]), p.w[i].Link(p.w[j])
				}
				a, b := p.names(g, w)
				same("container/ring", what, a, b)
			case k < 7:
				n := rng.Intn(11) - 2
				what = fmt.Sprintf("%d.Unlink(%d)", i, n)
				a, b := p.names(p.g[i].Unlink(n), p.w[i].Unlink(n))
				same("container/ring", what, a, b)
			case k < 9:
				n := rng.Intn(25) - 12
				what = fmt.Sprintf("%d.Move(%d)", i, n)
				a, b := p.names(p.g[i].Move(n), p.w[i].Move(n))
				same("container/ring", what, a, b)
			default:
				what = fmt.Sprintf("%d.Next/Prev", i)
				a, b := p.names(p.g[i].Next(), p.w[i].Next())
				c, d := p.names(p.g[i].Prev(), p.w[i].Prev())
				same("container/ring", what, a+" "+c, b+" "+d)
			}
			a, b := p.state()
			same("container/ring", "state after "+what, a, b)
		}
	}
}

// ---- flag ----

// Custom Values, usable by both packages (the Value interfaces have the same methods).

// listValue collects every occurrence (pointer receiver; zero String is "").
type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "" {
		return fmt.Errorf("empty element")
	}
	*l = append(*l, s)
	return nil
}

// rgbValue's zero String is "#000000", not "".
type rgbValue struct{ r, g, b uint8 }

func (c *rgbValue) String() string { return fmt.Sprintf("#%02x%02x%02x", c.r, c.g, c.b) }
func (c *rgbValue) Set(s string) error {
	v, err := strconv.ParseUint(strings.TrimPrefix(s, "#"), 16, 24)
	if err != nil {
		return err
	}
	c.r, c.g, c.b = uint8(v>>16), uint8(v>>8), uint8(v)
	return nil
}

// counter has a value receiver and a pointer inside: its zero value's String panics.
type counter struct{ n *int }

func (c counter) String() string { return strconv.Itoa(*c.n) }
func (c counter) Set(s string) error {
	*c.n += len(s)
	return nil
}

// strict's pointer zero value panics in String too (with a message of its own).
type strict struct{ s *string }

func (v *strict) String() string {
	if v.s == nil {
		panic("strict: no string")
	}
	return *v.s
}
func (v *strict) Set(s string) error { *v.s = s; return nil }

// onOff is a boolean flag of its own.
type onOff struct{ on bool }

func (o *onOff) String() string   { return map[bool]string{true: "on", false: "off"}[o.on] }
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

// notBool has IsBoolFlag, but it says false: the flag takes an argument.
type notBool struct{ v string }

func (n *notBool) String() string   { return n.v }
func (n *notBool) IsBoolFlag() bool { return false }
func (n *notBool) Set(s string) error {
	n.v = "<" + s + ">"
	return nil
}

// level is a named string type with value receivers and a non-pointer dynamic type.
type level string

func (l level) String() string   { return strings.ToUpper(string(l)) }
func (l level) Set(string) error { return fmt.Errorf("level is read-only") }

// flagDefs describes the flags of the test sets; the same definitions go into a gocc and a
// real FlagSet (defineG and defineW).
type flagDefs struct {
	count int // the counter flag's variable
	st    string
}

func funcFlag(calls *[]string) func(string) error {
	return func(s string) error {
		*calls = append(*calls, s)
		if strings.HasPrefix(s, "bad") {
			return fmt.Errorf("func says %s is bad", s)
		}
		return nil
	}
}

func defineG(fs *gflag.FlagSet, d *flagDefs, calls *[]string) {
	var bv bool
	var iv int
	fs.Bool("b", false, "a bool")
	fs.BoolVar(&bv, "verbose", true, "be `loud`\nand long")
	fs.Int("i", 0, "an int")
	fs.IntVar(&iv, "n", -3, "a `count` of things")
	fs.Int64("i64", 1<<40, "an int64")
	fs.Uint("u", 7, "a uint")
	fs.Uint64("u64", 0, "a uint64")
	fs.String("s", "", "a string")
	fs.String("name", "x \"y\"\tz", "a string with a default to quote")
	fs.Float64("f", 2.5, "a float")
	fs.Float64("g", 0, "a zero float")
	fs.Duration("d", 90*time.Second, "a duration")
	fs.Duration("timeout", 0, "a zero duration")
	fs.Func("func", "called for each `arg`", funcFlag(calls))
	fs.Var(&listValue{}, "list", "a list")
	fs.Var(&rgbValue{}, "color", "a color, zero default")
	fs.Var(&rgbValue{255, 0, 128}, "tint", "a color")
	fs.Var(counter{&d.count}, "count", "counts bytes")
	d.st = "strict default"
	fs.Var(&strict{&d.st}, "strict", "panics on zero")
	fs.Var(&onOff{}, "x", "on or off")
	fs.Var(&onOff{true}, "power", "on or off")
	fs.Var(&notBool{"nb"}, "nb", "not a bool")
	fs.Var(level("info"), "level", "a level")
	fs.Bool("é", false, "a two-byte name")
	fs.Bool("lone", false, "a lone ` back quote")
	fs.Int("q", 1, "empty ``name")
}

func defineW(fs *flag.FlagSet, d *flagDefs, calls *[]string) {
	var bv bool
	var iv int
	fs.Bool("b", false, "a bool")
	fs.BoolVar(&bv, "verbose", true, "be `loud`\nand long")
	fs.Int("i", 0, "an int")
	fs.IntVar(&iv, "n", -3, "a `count` of things")
	fs.Int64("i64", 1<<40, "an int64")
	fs.Uint("u", 7, "a uint")
	fs.Uint64("u64", 0, "a uint64")
	fs.String("s", "", "a string")
	fs.String("name", "x \"y\"\tz", "a string with a default to quote")
	fs.Float64("f", 2.5, "a float")
	fs.Float64("g", 0, "a zero float")
	fs.Duration("d", 90*time.Second, "a duration")
	fs.Duration("timeout", 0, "a zero duration")
	fs.Func("func", "called for each `arg`", funcFlag(calls))
	fs.Var(&listValue{}, "list", "a list")
	fs.Var(&rgbValue{}, "color", "a color, zero default")
	fs.Var(&rgbValue{255, 0, 128}, "tint", "a color")
	fs.Var(counter{&d.count}, "count", "counts bytes")
	d.st = "strict default"
	fs.Var(&strict{&d.st}, "strict", "panics on zero")
	fs.Var(&onOff{}, "x", "on or off")
	fs.Var(&onOff{true}, "power", "on or off")
	fs.Var(&notBool{"nb"}, "nb", "not a bool")
	fs.Var(level("info"), "level", "a level")
	fs.Bool("é", false, "a two-byte name")
	fs.Bool("lone", false, "a lone ` back quote")
	fs.Int("q", 1, "empty ``name")
}

var flagArgLists = [][]string{
	{},
	{"-b", "-i", "7", "rest", "-s", "x"},
	{"--s=hello", "-i=0x1f", "-u", "010", "--", "-b"},
	{"-b", "--", "--"},
	{"", "-b"},
	{"-", "-b"},
	{"plain", "-b"},
	{"-x"}, {"-x=on"}, {"-x=off"}, {"-x=weird"}, {"-x", "off"},
	{"-power=false", "-power"},
	{"-nosuch"}, {"--nosuch=1"},
	{"-h"}, {"-help"}, {"--help"}, {"-help=1"},
	{"-i"}, {"-s"}, {"-i", "abc"}, {"-i="}, {"-i", "99999999999999999999"}, {"-i", "-0x8000000000000000"},
	{"-i64", "-9223372036854775809"}, {"-i", "1_000"}, {"-i", "0b101", "-u", "0o17"},
	{"-u", "-1"}, {"-u64", "18446744073709551616"}, {"-u", "0x"},
	{"-f", "1e400"}, {"-f", "abc"}, {"-f", "-1.5e-3"}, {"-f", "inf"}, {"-g", "0x1p-2"},
	{"-d", "1h2m3.5s"}, {"-d", "bogus"}, {"-d", "5"}, {"-timeout=-2us"},
	{"-b=maybe"}, {"-b=false", "-b=T"}, {"-b", "false"}, {"-b="},
	{"---x"}, {"-=x"}, {"--="}, {"--=x"}, {"-i==3"},
	{"-list", "a", "-list=b", "--list", "c"}, {"-list", ""},
	{"-func", "ok", "-func=bad1", "-func", "never"}, {"-func"},
	{"-count", "abc", "-count=xy", "left"},
	{"-strict", "s1"},
	{"-color", "#102030"}, {"-color", "nothex"}, {"-tint=0"},
	{"-nb"}, {"-nb", "v"}, {"-nb=w", "-nb", "z"},
	{"-level", "debug"},
	{"-é", "x"}, {"-é=false"},
	{"-i", "5", "-i", "6", "-n", "-1"},
	{"-q", "2", "-lone"},
}

// flagView is what a FlagSet holds after Parse (String prints it).
type flagView struct {
	err                   error
	out                   string
	args                  []string
	nargs, nflag          int
	arg0, argNeg, argPast string
	parsed                bool
	all, set              []string
}

func (v flagView) String() string {
	return fmt.Sprintf("err=%v\nout=%q\nargs=%q nargs=%d nflag=%d arg0=%q arg-1=%q argPast=%q parsed=%v\nall=%q\nset=%q",
		v.err, v.out, v.args, v.nargs, v.nflag, v.arg0, v.argNeg, v.argPast, v.parsed, v.all, v.set)
}

func describeValue(name, usage, value, def string, get any, isGetter bool) string {
	if isGetter {
		return fmt.Sprintf("%s=%s(def %s, get %T %v) %q", name, value, def, get, get, usage)
	}
	return fmt.Sprintf("%s=%s(def %s) %q", name, value, def, usage)
}

func viewG(fs *gflag.FlagSet, err error, out *strings.Builder) flagView {
	v := flagView{err: err, out: out.String(), args: fs.Args(), nargs: fs.NArg(), nflag: fs.NFlag(),
		arg0: fs.Arg(0), argNeg: fs.Arg(-1), argPast: fs.Arg(fs.NArg()), parsed: fs.Parsed()}
	fs.VisitAll(func(f *gflag.Flag) {
		g, ok := f.Value.(gflag.Getter)
		var got any
		if ok {
			got = g.Get()
		}
		v.all = append(v.all, describeValue(f.Name, f.Usage, f.Value.String(), f.DefValue, got, ok))
	})
	fs.Visit(func(f *gflag.Flag) { v.set = append(v.set, f.Name) })
	return v
}

func viewW(fs *flag.FlagSet, err error, out *strings.Builder) flagView {
	v := flagView{err: err, out: out.String(), args: fs.Args(), nargs: fs.NArg(), nflag: fs.NFlag(),
		arg0: fs.Arg(0), argNeg: fs.Arg(-1), argPast: fs.Arg(fs.NArg()), parsed: fs.Parsed()}
	fs.VisitAll(func(f *flag.Flag) {
		g, ok := f.Value.(flag.Getter)
		var got any
		if ok {
			got = g.Get()
		}
		v.all = append(v.all, describeValue(f.Name, f.Usage, f.Value.String(), f.DefValue, got, ok))
	})
	fs.Visit(func(f *flag.Flag) { v.set = append(v.set, f.Name) })
	return v
}

// catch runs f and returns the value it panics with, as text ("" if it does not panic).
func catch(f func()) (msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprintf("panic %T %v", e, e)
		}
	}()
	f()
	return ""
}

func testFlag() {
	same("flag", "ErrHelp", gflag.ErrHelp.Error(), flag.ErrHelp.Error())
	same("flag", "ErrorHandling", fmt.Sprint(gflag.ContinueOnError, gflag.ExitOnError, gflag.PanicOnError),
		fmt.Sprint(flag.ContinueOnError, flag.ExitOnError, flag.PanicOnError))

	for i, args := range flagArgLists {
		for _, name := range []string{"set", ""} {
			what := fmt.Sprintf("Parse#%d %q (set %q)", i, args, name)
			var gout, wout strings.Builder
			var gd, wd flagDefs
			var gcalls, wcalls []string
			gfs := gflag.NewFlagSet(name, gflag.ContinueOnError)
			wfs := flag.NewFlagSet(name, flag.ContinueOnError)
			gfs.SetOutput(&gout)
			wfs.SetOutput(&wout)
			defineG(gfs, &gd, &gcalls)
			defineW(wfs, &wd, &wcalls)
			gerr := gfs.Parse(append([]string(nil), args...))
			werr := wfs.Parse(append([]string(nil), args...))
			same("flag", what, viewG(gfs, gerr, &gout).String()+fmt.Sprint(gd, gcalls),
				viewW(wfs, werr, &wout).String()+fmt.Sprint(wd, wcalls))
			same("flag", what+" ErrHelp", fmt.Sprint(gerr == gflag.ErrHelp), fmt.Sprint(werr == flag.ErrHelp))
		}
	}

	// A custom Usage, PanicOnError, and an ErrorHandling value of no constant (gc's flag
	// then goes on parsing after an error).
	for _, args := range [][]string{{"-nosuch", "x"}, {"-i", "q"}, {"-h"}, {"-b", "y"}} {
		for _, eh := range []int{2, 7} {
			what := fmt.Sprintf("handling %d %q", eh, args)
			var gout, wout strings.Builder
			var gd, wd flagDefs
			var gcalls, wcalls []string
			gfs := gflag.NewFlagSet("p", gflag.ErrorHandling(eh))
			wfs := flag.NewFlagSet("p", flag.ErrorHandling(eh))
			gfs.SetOutput(&gout)
			wfs.SetOutput(&wout)
			gfs.Usage = func() { gout.WriteString("custom usage\n") }
			wfs.Usage = func() { wout.WriteString("custom usage\n") }
			defineG(gfs, &gd, &gcalls)
			defineW(wfs, &wd, &wcalls)
			var gerr, werr error
			gp := catch(func() { gerr = gfs.Parse(args) })
			wp := catch(func() { werr = wfs.Parse(args) })
			same("flag", what, gp+viewG(gfs, gerr, &gout).String(), wp+viewW(wfs, werr, &wout).String())
			same("flag", what+" ErrorHandling()", fmt.Sprint(gfs.ErrorHandling(), gfs.Name()), fmt.Sprint(wfs.ErrorHandling(), wfs.Name()))
		}
	}

	// PrintDefaults and the default usage, named and unnamed.
	for _, name := range []string{"", "prog"} {
		var gout, wout strings.Builder
		var gd, wd flagDefs
		var gcalls, wcalls []string
		gfs := gflag.NewFlagSet(name, gflag.ContinueOnError)
		wfs := flag.NewFlagSet(name, flag.ContinueOnError)
		gfs.SetOutput(&gout)
		wfs.SetOutput(&wout)
		defineG(gfs, &gd, &gcalls)
		defineW(wfs, &wd, &wcalls)
		gfs.PrintDefaults()
		wfs.PrintDefaults()
		same("flag", "PrintDefaults "+name, gout.String(), wout.String())
		gout.Reset()
		wout.Reset()
		gfs.Usage()
		wfs.Usage()
		same("flag", "Usage "+name, gout.String(), wout.String())
		same("flag", "Output", fmt.Sprint(gfs.Output() == &gout), fmt.Sprint(wfs.Output() == &wout))
	}

	// A zero FlagSet (no Usage function), Init.
	{
		var gfs gflag.FlagSet
		var wfs flag.FlagSet
		var gout, wout strings.Builder
		gfs.SetOutput(&gout)
		wfs.SetOutput(&wout)
		gfs.Int("n", 3, "n")
		wfs.Int("n", 3, "n")
		gerr, werr := gfs.Parse([]string{"-m"}), wfs.Parse([]string{"-m"})
		same("flag", "zero FlagSet", viewG(&gfs, gerr, &gout).String(), viewW(&wfs, werr, &wout).String())
		gfs.Init("renamed", gflag.ContinueOnError)
		wfs.Init("renamed", flag.ContinueOnError)
		gout.Reset()
		wout.Reset()
		gerr, werr = gfs.Parse([]string{"-help"}), wfs.Parse([]string{"-help"})
		same("flag", "Init", viewG(&gfs, gerr, &gout).String(), viewW(&wfs, werr, &wout).String())
	}

	// Var's panics, Set, Lookup.
	for _, name := range []string{"", "vs"} {
		var gout, wout strings.Builder
		gfs := gflag.NewFlagSet(name, gflag.ContinueOnError)
		wfs := flag.NewFlagSet(name, flag.ContinueOnError)
		gfs.SetOutput(&gout)
		wfs.SetOutput(&wout)
		gfs.Int("a", 1, "a")
		wfs.Int("a", 1, "a")
		for _, bad := range []string{"-lead", "k=v", "a", "=", ""} {
			gp := catch(func() { gfs.String(bad, "", "bad") })
			wp := catch(func() { wfs.String(bad, "", "bad") })
			same("flag", fmt.Sprintf("Var %q", bad), gp+" / "+gout.String(), wp+" / "+wout.String())
		}
		ge := gfs.Set("zz", "1")
		we := wfs.Set("zz", "1")
		same("flag", "Set unknown", errText(ge), errText(we))
		ge = gfs.Set("a", "x")
		we = wfs.Set("a", "x")
		same("flag", "Set bad", errText(ge)+fmt.Sprint(gfs.NFlag()), errText(we)+fmt.Sprint(wfs.NFlag()))
		ge = gfs.Set("a", "12")
		we = wfs.Set("a", "12")
		gl, wl := gfs.Lookup("a"), wfs.Lookup("a")
		same("flag", "Set+Lookup", fmt.Sprint(errText(ge), gfs.NFlag(), gl.Name, gl.Value, gl.DefValue, gfs.Lookup("nope") == nil),
			fmt.Sprint(errText(we), wfs.NFlag(), wl.Name, wl.Value, wl.DefValue, wfs.Lookup("nope") == nil))
	}

	// UnquoteUsage on hand-made Flags.
	gv, wv := new(int), new(int)
	gbv, wbv := new(bool), new(bool)
	gtmp := gflag.NewFlagSet("t", gflag.ContinueOnError)
	wtmp := flag.NewFlagSet("t", flag.ContinueOnError)
	gtmp.IntVar(gv, "v", 0, "")
	wtmp.IntVar(wv, "v", 0, "")
	gtmp.BoolVar(gbv, "bv", false, "")
	wtmp.BoolVar(wbv, "bv", false, "")
	for _, usage := range []string{"", "plain", "a `name` b `other`", "`x`", "``", "tail `", "` head", "`un`closed `"} {
		for _, fl := range []string{"v", "bv"} {
			g := *gtmp.Lookup(fl)
			w := *wtmp.Lookup(fl)
			g.Usage, w.Usage = usage, usage
			gn, gu := gflag.UnquoteUsage(&g)
			wn, wu := flag.UnquoteUsage(&w)
			same("flag", fmt.Sprintf("UnquoteUsage(%s, %q)", fl, usage), gn+"|"+gu, wn+"|"+wu)
		}
	}
}
