//go:build ignore

// cases compares gocc's bundled packages (imported as gocc/...) with the real ones; run.go
// sets up the GOPATH. Every case is one comparison of a result (formatted as text); the
// program prints the number of cases per package and the mismatches, and exits 1 if there
// is any.
package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"bytes"
	"container/heap"
	"container/list"
	"io"
	"math/bits"
	"sort"

	gbytes "gocc/bytes"
	gheap "gocc/container/heap"
	glist "gocc/container/list"
	gerrors "gocc/errors"
	gfmt "gocc/fmt"
	gio "gocc/io"
	gmath "gocc/math"
	gbits "gocc/math/bits"
	gsort "gocc/sort"
	gstrconv "gocc/strconv"
	gstrings "gocc/strings"
	gunicode "gocc/unicode"
	gutf8 "gocc/unicode/utf8"
)

var (
	counts   = map[string]int{}
	order    []string
	failures []string
)

func same(pkg, what, got, want string) {
	if _, ok := counts[pkg]; !ok {
		order = append(order, pkg)
	}
	counts[pkg]++
	if got != want {
		failures = append(failures, fmt.Sprintf("%s: %s:\n    gocc: %q\n    real: %q", pkg, what, got, want))
	}
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// ---- values for fmt ----

type S struct {
	A int
	B string
	c float64
}

type Inner struct{ X, Y int }

type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	L     []int
	M     map[string]int
	I     any
	E     error
	inner Inner
}

type Embed struct {
	Inner
	Z bool
}

type Str int

func (s Str) String() string { return fmt.Sprintf("Str<%d>", int(s)) }

type PStr struct{ n int }

func (p *PStr) String() string { return "PStr!" }

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return "myerr: " + e.msg }

type GoStr struct{}

func (GoStr) GoString() string { return "GoStr{custom}" }

type Fmter struct{}

func (Fmter) Format(f gfmtState, c rune) {}

type gfmtState = interface{ Write([]byte) (int, error) }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilStr struct{ s string }

func (n *NilStr) String() string { return n.s }

type hidden struct{ v Str }

type MyInt int
type MyFloat float64
type MyString string
type MyBytes []byte
type MySlice []string
type MyMap map[string]bool

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

// realFormatter / goccFormatter: a Formatter for each fmt (the State types differ).
type bothFormatter struct{ n int }

func (b bothFormatter) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	if !wok {
		w = -1 // unspecified (the real fmt reuses printers)
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(f, "F(%c,%d,%v,%d,%v,%v%v%v%v%v,%d)", c, w, wok, p, pok,
		f.Flag('-'), f.Flag('+'), f.Flag('#'), f.Flag(' '), f.Flag('0'), b.n)
}

type goccFormatter struct{ n int }

func (b goccFormatter) Format(f gfmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	if !wok {
		w = -1
	}
	if !pok {
		p = -1
	}
	gfmt.Fprintf(f, "F(%c,%d,%v,%d,%v,%v%v%v%v%v,%d)", c, w, wok, p, pok,
		f.Flag('-'), f.Flag('+'), f.Flag('#'), f.Flag(' '), f.Flag('0'), b.n)
}

func fmtValues() []any {
	inner := &Inner{1, 2}
	var nilp *Inner
	var nilm map[string]int
	var nils []int
	var nile error
	var nili any
	var nilns *NilStr
	return []any{
		0, 1, -1, 42, -42, 255, math.MaxInt64, math.MinInt64, int8(-128), int16(300), int32(-7),
		uint(7), uint8(200), uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(0xbeef),
		0.0, math.Copysign(0, -1), 1.0, -1.5, 3.141592653589793, 1e20, 1e21, 1e-7, 123456789.0,
		1e6, 100000.0, 2.5e-5, math.NaN(), math.Inf(1), math.Inf(-1), math.MaxFloat64,
		math.SmallestNonzeroFloat64, 5e-324, 0.1, 1.0 / 3, float32(0.1), float32(1e10),
		float32(-3.5), float32(math.Inf(1)), complex(1, 2), complex(-1.5, 0), complex64(complex(0.1, -0.2)),
		complex(math.NaN(), math.Inf(-1)),
		"", "hello", "Hello, 世界", "\x00\x01\xff", "a\"b\\c", "tab\there", "`raw`", "\u2028", "\U0001F600",
		true, false,
		'x', '世', rune(0x10FFFF + 1), byte('A'),
		[]byte("hi"), []byte{}, []byte(nil), [3]byte{1, 2, 255}, []int{1, 2, 3}, [2]bool{true, false},
		[]string{"a", "b c"}, []any{1, "x", nil, 2.5}, [][]int{{1}, {2, 3}}, nils,
		S{1, "x", 2.5}, &S{-1, "y", 0}, Inner{3, 4}, inner, nilp, Embed{Inner{5, 6}, true}, &Embed{},
		Outer{Name: "o", In: Inner{7, 8}, P: nil, L: []int{9}, M: map[string]int{"b": 2, "a": 1},
			I: 5, E: nil, inner: Inner{1, 1}},
		map[string]int{"z": 26, "a": 1, "m": 13}, map[int]string{3: "c", -1: "neg", 0: "zero"},
		map[float64]int{math.NaN(): 1, -1: 2, 2.5: 3, math.Inf(1): 4}, map[bool]int{true: 1, false: 0},
		map[[2]int]string{{2, 1}: "b", {1, 2}: "a"}, map[Inner]bool{{2, 0}: true, {1, 9}: false},
		nilm, map[string][]int{"k": {1, 2}}, map[string]*Inner{"p": nil},
		Str(5), []Str{1, 2}, map[Str]Str{2: 3}, &PStr{1}, PStr{2}, &MyErr{"bad"}, GoStr{}, Panicky{},
		nilns, hidden{Str(9)}, MyInt(-3), MyFloat(2.5), MyString("ms"), MyBytes("mb"), MySlice{"s"},
		MyMap{"k": true}, Celsius(21.5), []Celsius{1, 2},
		nil, nile, nili, struct{}{}, struct{ a, b any }{nil, 1}, [0]int{},
		&[]int{1}, &map[string]int{"a": 1}, &[2]string{"x", "y"}, []*Inner{nil},
		struct {
			F func()
			C chan int
		}{},
	}
}

var verbs = []string{
	"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%O", "%b", "%c", "%U",
	"%e", "%E", "%f", "%F", "%g", "%G", "%t", "%5v", "%-5v|", "%05d", "%+d", "% d", "%#x",
	"%# x", "% x", "%#o", "%#b", "%.3f", "%8.3f", "%-8.3f|", "%08.3f", "%+.2e", "%#g", "%#.3x",
	"%10s", "%-10s|", "%.2s", "%#q", "%+q", "%.0f", "%.1g", "%#v", "%6.2v", "%x", "%#U",
	"%010.4f", "%+010d", "%-010d|", "%.5d", "%8.5d", "%z", "%!", "%w", "%.3q", "%8q", "%-8x|",
	"%#8x", "%#-8o|", "%.10g", "%.20f", "%.3e", "%#.0e", "%#.0f", "%.0e", "% .3g", "%+.3g",
	"%#X", "%08q", "%6.3s|", "% 05d", "%+05d",
}

func testFmt() {
	vals := fmtValues()
	for _, v := range vals {
		for _, verb := range verbs {
			same("fmt", fmt.Sprintf("Sprintf(%q, %T)", verb, v), gfmt.Sprintf(verb, v), fmt.Sprintf(verb, v))
		}
		same("fmt", fmt.Sprintf("Sprint(%T)", v), gfmt.Sprint(v), fmt.Sprint(v))
		same("fmt", fmt.Sprintf("Sprintln(%T)", v), gfmt.Sprintln(v, v), fmt.Sprintln(v, v))
	}
	// Pointer verbs print addresses; both packages see the same ones.
	p := &Inner{1, 2}
	m := map[int]int{}
	sl := []int{1}
	for _, verb := range []string{"%p", "%v", "%#v", "%x", "%d", "%#p", "%10p|", "%-20p|"} {
		for _, v := range []any{p, m, sl, &sl, []*Inner{p}, map[string]*Inner{"a": p}, Outer{P: p}} {
			same("fmt", fmt.Sprintf("pointer %q %T", verb, v), gfmt.Sprintf(verb, v), fmt.Sprintf(verb, v))
		}
	}
	// Formatter
	for _, verb := range []string{"%v", "%-8.3x", "%+#d", "% 05s", "%[1]v %[1]q"} {
		same("fmt", "Formatter "+verb, gfmt.Sprintf(verb, goccFormatter{7}), fmt.Sprintf(verb, bothFormatter{7}))
	}
	// Format strings with several operands, indexes, stars, errors.
	type fcase struct {
		f string
		a []any
	}
	multi := []fcase{
		{"%d %d", []any{1}}, {"%d", []any{1, 2, "x"}}, {"%d %s", []any{"x", 1}},
		{"%[2]d %[1]d", []any{1, 2}}, {"%[3]d", []any{1, 2}}, {"%[0]d", []any{1}}, {"%[x]d", []any{1}},
		{"%[2]*[1]d", []any{12, 5}}, {"%*d", []any{5, 42}}, {"%-*d|", []any{5, 42}}, {"%*d", []any{-5, 42}},
		{"%.*f", []any{2, 3.14159}}, {"%*.*f", []any{8, 3, 3.14159}}, {"%*d", []any{"x", 1}},
		{"%.*d", []any{-1, 5}}, {"%*d", []any{int64(3), 1}}, {"%*d", []any{uint8(4), 1}},
		{"%*d", []any{10000000, 1}}, {"%", nil}, {"%.", nil}, {"abc%", nil}, {"%-", []any{1}},
		{"100%%", nil}, {"%5%", nil}, {"%v %v", []any{nil, nil}}, {"%d", []any{nil}}, {"%s", []any{nil}},
		{"no verbs", []any{1, "a", nil}}, {"%[1]d %d %d", []any{1, 2}}, {"%[2]d %[2]d", []any{1, 2}},
		{"%v%v", []any{"a", 1}}, {"%3c|%-3c|", []any{'x', 'y'}}, {"%x %X", []any{-255, -255}},
		{"%08.3f|%-08.3f|", []any{-3.14159, -3.14159}}, {"%+v", []any{[]any{S{1, "a", 2}}}},
		{"%v", []any{[]error{nil, errors.New("e")}}}, {"%s", []any{[]string{"a", "b"}}},
		{"%q", []any{[]string{"a", "b"}}}, {"%x", []any{[]string{"ab", "c"}}}, {"%d", []any{[]uint8{1, 2}}},
		{"%s", []any{[3]byte{'a', 'b', 'c'}}}, {"%x", []any{MyBytes{1, 2}}}, {"%s", []any{&[]byte{'h'}}},
		{"%v|%6.2f|%-6d|%q", []any{true, 2.0 / 3, 7, "q"}}, {"%!d", []any{1}}, {"%ü", []any{1}},
		{"%.3v", []any{"abcdef"}}, {"%.1v", []any{[]string{"abc", "de"}}}, {"%5.1v|", []any{3.14159}},
		{"%#v", []any{[]any{nil, 1, "s", MyInt(2)}}}, {"%#v", []any{map[string]any{"a": nil}}},
		{"%#v", []any{struct{ P *int }{}}}, {"%#v", []any{[]*int{nil}}}, {"%v", []any{struct{ E error }{}}},
	}
	for _, c := range multi {
		same("fmt", fmt.Sprintf("Sprintf(%q, %v)", c.f, c.a), gfmt.Sprintf(c.f, c.a...), fmt.Sprintf(c.f, c.a...))
	}
	// Sprint spacing rules and Sprintln.
	args := [][]any{{1, 2}, {"a", "b"}, {1, "a", 2}, {"a", 1, "b"}, {nil, 1}, {1.5, true, nil, "x", Str(3)},
		{[]int{1}, 2}, {MyString("m"), 1}, {}}
	for _, a := range args {
		same("fmt", fmt.Sprintf("Sprint%v", a), gfmt.Sprint(a...), fmt.Sprint(a...))
		same("fmt", fmt.Sprintf("Sprintln%v", a), gfmt.Sprintln(a...), fmt.Sprintln(a...))
	}
	// Errorf and %w.
	base := gerrors.New("base")
	rbase := errors.New("base")
	ge := gfmt.Errorf("wrap: %w", base)
	re := fmt.Errorf("wrap: %w", rbase)
	same("fmt", "Errorf %w text", ge.Error(), re.Error())
	same("fmt", "Errorf %w unwrap", fmt.Sprint(gerrors.Unwrap(ge) == base), fmt.Sprint(errors.Unwrap(re) == rbase))
	same("fmt", "Errorf %w twice", gfmt.Errorf("%w %w", base, base).Error(), fmt.Errorf("%w %w", rbase, rbase).Error())
	same("fmt", "Errorf %w non-error", gfmt.Errorf("%w", 1).Error(), fmt.Errorf("%w", 1).Error())
	same("fmt", "Errorf %w nil", gfmt.Errorf("%w", nil).Error(), fmt.Errorf("%w", nil).Error())
	same("fmt", "Errorf plain", fmt.Sprint(gerrors.Unwrap(gfmt.Errorf("x %d", 1)) == nil), "true")
	same("fmt", "Sprintf %w", gfmt.Sprintf("%w", base), fmt.Sprintf("%w", rbase))
	var sb strings.Builder
	n, err := gfmt.Fprintf(&sb, "%d-%s", 7, "x")
	same("fmt", "Fprintf", fmt.Sprint(sb.String(), n, err), "7-x3 <nil>")
	same("fmt", "Appendf", string(gfmt.Appendf([]byte("a"), "%d", 1)), "a1")
	same("fmt", "Append", string(gfmt.Append(nil, 1, 2)), "1 2")
	same("fmt", "Appendln", string(gfmt.Appendln(nil, 1, 2)), "1 2\n")
}

// ---- errors ----

type isErr struct{ target error }

func (e isErr) Error() string   { return "isErr" }
func (e isErr) Is(t error) bool { return t == e.target }
func (e *MyErr) Unwrap() error  { return nil }

type asErr struct{}

func (asErr) Error() string { return "asErr" }
func (asErr) As(t any) bool {
	if p, ok := t.(**MyErr); ok {
		*p = &MyErr{"from As"}
		return true
	}
	return false
}

func testErrors() {
	e1 := gerrors.New("one")
	w := gfmt.Errorf("ctx: %w", e1)
	w2 := gfmt.Errorf("more: %w", w)
	same("errors", "Is chain", fmt.Sprint(gerrors.Is(w2, e1), gerrors.Is(w2, gerrors.New("one")), gerrors.Is(nil, nil), gerrors.Is(e1, nil)), "true false true false")
	same("errors", "Is method", fmt.Sprint(gerrors.Is(isErr{e1}, e1), gerrors.Is(gfmt.Errorf("%w", isErr{e1}), e1)), "true true")
	same("errors", "Unwrap", fmt.Sprint(gerrors.Unwrap(w2) == w, gerrors.Unwrap(e1) == nil), "true true")
	var me *MyErr
	wrapped := gfmt.Errorf("x: %w", &MyErr{"inner"})
	same("errors", "As ptr", fmt.Sprint(gerrors.As(wrapped, &me), me), "true myerr: inner")
	var ie interface{ Is(error) bool }
	same("errors", "As iface", fmt.Sprint(gerrors.As(gfmt.Errorf("%w", isErr{}), &ie)), "true")
	var me2 *MyErr
	same("errors", "As method", fmt.Sprint(gerrors.As(asErr{}, &me2), me2), "true myerr: from As")
	var ae asErr
	same("errors", "As miss", fmt.Sprint(gerrors.As(e1, &ae)), "false")
	var anyv any
	same("errors", "As any", fmt.Sprint(gerrors.As(e1, &anyv), anyv), "true one")
	for _, bad := range []any{nil, me, 5, &ae2} {
		func() {
			defer func() {
				r := recover()
				same("errors", fmt.Sprintf("As panics %T", bad), fmt.Sprint(r), realAsPanic(bad))
			}()
			gerrors.As(e1, bad)
		}()
	}
	// errors.Is with uncomparable target type
	same("errors", "Is uncomparable", fmt.Sprint(gerrors.Is(e1, sliceErr{})), "false")
}

var ae2 int

type sliceErr []int

func (sliceErr) Error() string { return "s" }

func realAsPanic(target any) (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	errors.As(errors.New("x"), target)
	return "<nil>"
}

// ---- strconv ----

func testStrconv() {
	rng := rand.New(rand.NewSource(1))
	formats := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 20, 30}
	var floats []float64
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e23,
		5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308,
		2.225073858507201e-308, 1 << 53, 1<<53 + 1, 123456789, 0.000123, 9.999999999999999e22,
		math.NaN(), math.Inf(1), math.Inf(-1), 0.5, 1.5, 2.5, 1e21, 1e-5, 1e-4, 123456, 1234567,
		float64(math.MaxFloat32), float64(math.SmallestNonzeroFloat32), 3.4028235677973366e38, 7.038531e-26} {
		floats = append(floats, f)
	}
	for i := 0; i < 3000; i++ {
		floats = append(floats, math.Float64frombits(rng.Uint64()))
	}
	for i := 0; i < 1000; i++ {
		floats = append(floats, float64(rng.Intn(1000000))/math.Pow(10, float64(rng.Intn(12))))
	}
	for i, f := range floats {
		for _, bits := range []int{64, 32} {
			same("strconv", fmt.Sprintf("FormatFloat(%v,'g',-1,%d)", f, bits), gstrconv.FormatFloat(f, 'g', -1, bits), strconv.FormatFloat(f, 'g', -1, bits))
			if i%7 == 0 || i < 40 {
				for _, fm := range formats {
					for _, p := range precs {
						same("strconv", fmt.Sprintf("FormatFloat(%b,%c,%d,%d)", f, fm, p, bits), gstrconv.FormatFloat(f, fm, p, bits), strconv.FormatFloat(f, fm, p, bits))
					}
				}
			}
		}
	}
	// ParseFloat: formatted floats, random decimal strings, edge syntax.
	var inputs []string
	for i, f := range floats {
		if i%3 == 0 {
			inputs = append(inputs, strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 25, 64),
				strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'g', -1, 32))
		}
	}
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		if rng.Intn(4) == 0 {
			b.WriteByte('-')
		}
		for n := rng.Intn(25) + 1; n > 0; n-- {
			b.WriteByte(byte('0' + rng.Intn(10)))
		}
		if rng.Intn(2) == 0 {
			b.WriteString(".")
			for n := rng.Intn(20); n > 0; n-- {
				b.WriteByte(byte('0' + rng.Intn(10)))
			}
		}
		if rng.Intn(2) == 0 {
			fmt.Fprintf(&b, "e%d", rng.Intn(700)-350)
		}
		inputs = append(inputs, b.String())
	}
	inputs = append(inputs, "", "1", "+1", "-0", "1e", "1e+", "e5", ".", ".5", "5.", "0x", "0x1p-2", "0x1.8p1",
		"0X1P+3", "0x1", "0x.8p1", "0x1.fffffffffffff8p1023", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
		"inf", "+Inf", "-infinity", "Infinity", "infin", "nan", "NaN", "-nan", "+nan", "1_000.5", "0x_1p0",
		"1__0", "_1", "1_", "1e1_0", "0b101", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324",
		"2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
		"179769313486231580793728971405301e276", "3.4028235e38", "3.4028236e38", "1.4e-45", "7e-46",
		"123456789012345678901234567890", "0.000000000000000000000000000001", "1e23", "8.98846567431158e307",
		"1 ", " 1", "1.2.3", "--1", "1e+-2", "0.1e-0", "00012", "1e10000", "1e-10000",
		"2.2250738585072011e-308", "2.2250738585072012e-308", "9007199254740993", "9007199254740992.5",
		strings.Repeat("1", 400)+"e-200", "0."+strings.Repeat("0", 320)+"5")
	for _, s := range inputs {
		for _, bits := range []int{64, 32} {
			g, gerr := gstrconv.ParseFloat(s, bits)
			r, rerr := strconv.ParseFloat(s, bits)
			same("strconv", fmt.Sprintf("ParseFloat(%q,%d)", s, bits), fmt.Sprintf("%b %s", g, errText(gerr)), fmt.Sprintf("%b %s", r, errText(rerr)))
		}
	}
	// Integers.
	ints := []string{"", "0", "1", "-1", "+1", "+", "-", "12345", "-9223372036854775808", "9223372036854775807",
		"9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"0x1f", "0X1F", "0b101", "0o17", "017", "08", "0", "00", "1_000", "1__000", "_1", "0x_1f", "0x", "abc",
		"zz", "Z", "12a", " 1", "1 ", "127", "128", "-128", "-129", "255", "256", "99999999999999999999"}
	for _, s := range ints {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65} {
				g, gerr := gstrconv.ParseInt(s, base, bits)
				r, rerr := strconv.ParseInt(s, base, bits)
				same("strconv", fmt.Sprintf("ParseInt(%q,%d,%d)", s, base, bits), fmt.Sprint(g, " ", errText(gerr)), fmt.Sprint(r, " ", errText(rerr)))
				gu, guerr := gstrconv.ParseUint(s, base, bits)
				ru, ruerr := strconv.ParseUint(s, base, bits)
				same("strconv", fmt.Sprintf("ParseUint(%q,%d,%d)", s, base, bits), fmt.Sprint(gu, " ", errText(guerr)), fmt.Sprint(ru, " ", errText(ruerr)))
			}
		}
		g, gerr := gstrconv.Atoi(s)
		r, rerr := strconv.Atoi(s)
		same("strconv", fmt.Sprintf("Atoi(%q)", s), fmt.Sprint(g, " ", errText(gerr)), fmt.Sprint(r, " ", errText(rerr)))
		gb, gberr := gstrconv.ParseBool(s)
		rb, rberr := strconv.ParseBool(s)
		same("strconv", fmt.Sprintf("ParseBool(%q)", s), fmt.Sprint(gb, errText(gberr)), fmt.Sprint(rb, errText(rberr)))
	}
	for i := 0; i < 500; i++ {
		v := int64(rng.Uint64()) >> uint(rng.Intn(64))
		for _, base := range []int{2, 8, 10, 16, 36} {
			same("strconv", fmt.Sprintf("FormatInt(%d,%d)", v, base), gstrconv.FormatInt(v, base), strconv.FormatInt(v, base))
			same("strconv", fmt.Sprintf("FormatUint(%d,%d)", v, base), gstrconv.FormatUint(uint64(v), base), strconv.FormatUint(uint64(v), base))
		}
		same("strconv", "Itoa", gstrconv.Itoa(int(v)), strconv.Itoa(int(v)))
		same("strconv", "AppendInt", string(gstrconv.AppendInt([]byte("x"), v, 10)), string(strconv.AppendInt([]byte("x"), v, 10)))
	}
	// Quoting.
	strs := []string{"", "abc", "a\"b", "a'b", "\\", "\a\b\f\n\r\t\v", "\x00\x7f\x80\xff", "日本語", "\u2028\u00a0\u3000",
		"\U0001F600", "\ufeff", "`", "tab\t", "\xed\xa0\x80", "\u0378", "\U000E0001", "a\u200bb"}
	for i := 0; i < 300; i++ {
		b := make([]byte, rng.Intn(8))
		for j := range b {
			b[j] = byte(rng.Intn(256))
		}
		strs = append(strs, string(b), string([]rune{rune(rng.Intn(0x110000)), rune(rng.Intn(0x3000))}))
	}
	for _, s := range strs {
		same("strconv", "Quote "+s, gstrconv.Quote(s), strconv.Quote(s))
		same("strconv", "QuoteToASCII "+s, gstrconv.QuoteToASCII(s), strconv.QuoteToASCII(s))
		same("strconv", "QuoteToGraphic "+s, gstrconv.QuoteToGraphic(s), strconv.QuoteToGraphic(s))
		same("strconv", "CanBackquote "+s, fmt.Sprint(gstrconv.CanBackquote(s)), fmt.Sprint(strconv.CanBackquote(s)))
		for _, q := range []string{strconv.Quote(s), strconv.QuoteToASCII(s), "`" + s + "`", "'" + s + "'", "\"" + s + "\"", s} {
			g, gerr := gstrconv.Unquote(q)
			r, rerr := strconv.Unquote(q)
			same("strconv", fmt.Sprintf("Unquote(%q)", q), g+"|"+errText(gerr), r+"|"+errText(rerr))
			gp, gperr := gstrconv.QuotedPrefix(q + "tail")
			rp, rperr := strconv.QuotedPrefix(q + "tail")
			same("strconv", fmt.Sprintf("QuotedPrefix(%q)", q), gp+"|"+errText(gperr), rp+"|"+errText(rperr))
		}
	}
	for _, q := range []string{`'a'`, `'\n'`, `'\x41'`, `'\u263a'`, `'\U0001F600'`, `'ab'`, `''`, `'\'`, `"\'"`, `'\"'`,
		`"\400"`, `"\377"`, `"\xZZ"`, `"\uD800"`, `"a`, "\"a\nb\"", "`a\rb`", `"\q"`, `'世'`} {
		g, gerr := gstrconv.Unquote(q)
		r, rerr := strconv.Unquote(q)
		same("strconv", fmt.Sprintf("Unquote(%q)", q), g+"|"+errText(gerr), r+"|"+errText(rerr))
	}
	for r := rune(-1); r < 0x110002; r++ {
		if r > 0x3000 && r%97 != 0 && !(r >= 0x10000 && r < 0x10100) && r < 0x10FFF0 {
			continue
		}
		same("strconv", fmt.Sprintf("QuoteRune(%x)", r), gstrconv.QuoteRune(r)+gstrconv.QuoteRuneToASCII(r)+gstrconv.QuoteRuneToGraphic(r),
			strconv.QuoteRune(r)+strconv.QuoteRuneToASCII(r)+strconv.QuoteRuneToGraphic(r))
	}
	okPrint := true
	for r := rune(0); r <= 0x10FFFF+1; r++ {
		if gstrconv.IsPrint(r) != strconv.IsPrint(r) || gstrconv.IsGraphic(r) != strconv.IsGraphic(r) {
			same("strconv", fmt.Sprintf("IsPrint/IsGraphic(%x)", r), "differs", "")
			okPrint = false
			break
		}
	}
	same("strconv", "IsPrint/IsGraphic all runes", fmt.Sprint(okPrint), "true")
	for _, c := range []complex128{0, 1 + 2i, complex(math.NaN(), math.Inf(-1)), -1.5 - 0.1i} {
		for _, bits := range []int{64, 128} {
			same("strconv", "FormatComplex", gstrconv.FormatComplex(c, 'g', -1, bits), strconv.FormatComplex(c, 'g', -1, bits))
		}
	}
	for _, s := range []string{"1+2i", "(1+2i)", "-3i", "i", "1e3-2.5e-1i", "NaN+Infi", "1+i", "1++2i", "3", "(3)", "1e400+1i", "x"} {
		g, gerr := gstrconv.ParseComplex(s, 128)
		r, rerr := strconv.ParseComplex(s, 128)
		same("strconv", "ParseComplex "+s, fmt.Sprint(g, errText(gerr)), fmt.Sprint(r, errText(rerr)))
	}
}

// ---- unicode, utf8 ----

func testUnicode() {
	bad := 0
	checked := 0
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		checked++
		g := [...]any{gunicode.IsLetter(r), gunicode.IsUpper(r), gunicode.IsLower(r), gunicode.IsTitle(r), gunicode.IsDigit(r),
			gunicode.IsNumber(r), gunicode.IsSpace(r), gunicode.IsPunct(r), gunicode.IsSymbol(r), gunicode.IsMark(r),
			gunicode.IsPrint(r), gunicode.IsGraphic(r), gunicode.IsControl(r), gunicode.ToUpper(r), gunicode.ToLower(r),
			gunicode.ToTitle(r), gunicode.SimpleFold(r), gunicode.TurkishCase.ToUpper(r), gunicode.TurkishCase.ToLower(r)}
		w := [...]any{unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r),
			unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r), unicode.ToUpper(r), unicode.ToLower(r),
			unicode.ToTitle(r), unicode.SimpleFold(r), unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r)}
		if g != w {
			if bad < 10 {
				same("unicode", fmt.Sprintf("rune %U", r), fmt.Sprint(g), fmt.Sprint(w))
			}
			bad++
		}
	}
	same("unicode", fmt.Sprintf("%d runes x 19 functions", checked), fmt.Sprint(bad), "0")
	for name, t := range unicode.Categories {
		gt := gunicode.Categories[name]
		ok := gt != nil
		for r := rune(0); ok && r <= unicode.MaxRune; r += 7 {
			ok = gunicode.Is(gt, r) == unicode.Is(t, r)
		}
		same("unicode", "category "+name, fmt.Sprint(ok), "true")
	}
}

func testUTF8() {
	rng := rand.New(rand.NewSource(2))
	var inputs [][]byte
	for i := 0; i < 3000; i++ {
		b := make([]byte, rng.Intn(6))
		for j := range b {
			switch rng.Intn(3) {
			case 0:
				b[j] = byte(rng.Intn(256))
			case 1:
				b[j] = byte(0x80 + rng.Intn(0x40))
			default:
				b[j] = []byte{0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xC0, 0xA0, 0x9F, 0x90, 0x8F}[rng.Intn(13)]
			}
		}
		inputs = append(inputs, b)
	}
	for _, s := range []string{"", "a", "世界", "\U0001F600", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe0\x80\x80", "\xc0\x80"} {
		inputs = append(inputs, []byte(s))
	}
	for _, b := range inputs {
		s := string(b)
		gr, gn := gutf8.DecodeRune(b)
		rr, rn := utf8.DecodeRune(b)
		glr, gln := gutf8.DecodeLastRuneInString(s)
		rlr, rln := utf8.DecodeLastRuneInString(s)
		g := fmt.Sprint(gr, gn, glr, gln, gutf8.Valid(b), gutf8.ValidString(s), gutf8.RuneCount(b), gutf8.FullRune(b), gutf8.FullRuneInString(s))
		w := fmt.Sprint(rr, rn, rlr, rln, utf8.Valid(b), utf8.ValidString(s), utf8.RuneCount(b), utf8.FullRune(b), utf8.FullRuneInString(s))
		g2, _ := gutf8.DecodeRuneInString(s)
		w2, _ := utf8.DecodeRuneInString(s)
		g3, _ := gutf8.DecodeLastRune(b)
		w3, _ := utf8.DecodeLastRune(b)
		same("unicode/utf8", fmt.Sprintf("%x", b), g+fmt.Sprint(g2, g3, gutf8.RuneCountInString(s)), w+fmt.Sprint(w2, w3, utf8.RuneCountInString(s)))
	}
	for _, r := range []rune{-1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff, 0x110000} {
		gb := make([]byte, 4)
		wb := make([]byte, 4)
		gn := gutf8.EncodeRune(gb, r)
		wn := utf8.EncodeRune(wb, r)
		same("unicode/utf8", fmt.Sprintf("rune %x", r), fmt.Sprint(gb[:gn], gutf8.RuneLen(r), gutf8.ValidRune(r), gutf8.AppendRune(nil, r)),
			fmt.Sprint(wb[:wn], utf8.RuneLen(r), utf8.ValidRune(r), utf8.AppendRune(nil, r)))
	}
}

func main() {
	testFmt()
	testErrors()
	testStrconv()
	testUnicode()
	testUTF8()
	extraTests()
	total := 0
	for _, p := range order {
		fmt.Printf("%-16s %6d cases\n", p, counts[p])
		total += counts[p]
	}
	fmt.Printf("%d cases, %d mismatches\n", total, len(failures))
	for i, f := range failures {
		if i == 60 {
			fmt.Printf("... and %d more\n", len(failures)-60)
			break
		}
		fmt.Println(f)
	}
	if len(failures) > 0 {
		os.Exit(1)
	}
}

func extraTests() {
	testStrings()
	testBytes()
	testSort()
	testMath()
	testBits()
	testContainers()
	testIO()
	testRing() // cases_ringflag.go
	testFlag()
	testTemplate() // cases_template.go
}

var sampleStrings = []string{"", "a", "abc", "a,b,c", ",a,,b,", "  lead and trail  ", "x\ty\nz", "Hello, 世界",
	"ÀÉÎõü ß ǅ ﬃ", "aaaa", "ababab", "\xff\xfe bad", "İı Ǆǅǆ", "one  two\u00a0three\u2003four", "ΑΒΓ αβγ ΣΑΣ",
	"go_is-fun.for ALL", "\u0130\u0131", "mixedCASE", "tab\tsep\tvalues", "🙂🙃"}

func testStrings() {
	seps := []string{"", ",", "a", "ab", " ", "世", "xyz", "aa"}
	for _, s := range sampleStrings {
		s, _ = strconv.Unquote("\"" + s + "\"")
		q := func(name string, g, w any) {
			same("strings", fmt.Sprintf("%s(%q)", name, s), fmt.Sprintf("%#v", g), fmt.Sprintf("%#v", w))
		}
		q("ToUpper", gstrings.ToUpper(s), strings.ToUpper(s))
		q("ToLower", gstrings.ToLower(s), strings.ToLower(s))
		q("ToTitle", gstrings.ToTitle(s), strings.ToTitle(s))
		q("Title", gstrings.Title(s), strings.Title(s))
		q("Fields", gstrings.Fields(s), strings.Fields(s))
		q("TrimSpace", gstrings.TrimSpace(s), strings.TrimSpace(s))
		q("ToValidUTF8", gstrings.ToValidUTF8(s, "?"), strings.ToValidUTF8(s, "?"))
		q("Repeat", gstrings.Repeat(s, 3), strings.Repeat(s, 3))
		q("Clone", gstrings.Clone(s), strings.Clone(s))
		q("ToUpperSpecial", gstrings.ToUpperSpecial(gunicode.TurkishCase, s), strings.ToUpperSpecial(unicode.TurkishCase, s))
		q("Map", gstrings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r + 1
		}, s), strings.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r + 1
		}, s))
		for _, sep := range seps {
			q("Split "+sep, gstrings.Split(s, sep), strings.Split(s, sep))
			q("SplitAfter "+sep, gstrings.SplitAfter(s, sep), strings.SplitAfter(s, sep))
			for _, n := range []int{-1, 0, 1, 2, 5} {
				q(fmt.Sprint("SplitN ", sep, n), gstrings.SplitN(s, sep, n), strings.SplitN(s, sep, n))
				q(fmt.Sprint("SplitAfterN ", sep, n), gstrings.SplitAfterN(s, sep, n), strings.SplitAfterN(s, sep, n))
				q(fmt.Sprint("Replace ", sep, n), gstrings.Replace(s, sep, "<>", n), strings.Replace(s, sep, "<>", n))
			}
			q("Count "+sep, gstrings.Count(s, sep), strings.Count(s, sep))
			q("Index "+sep, gstrings.Index(s, sep), strings.Index(s, sep))
			q("LastIndex "+sep, gstrings.LastIndex(s, sep), strings.LastIndex(s, sep))
			q("Contains "+sep, gstrings.Contains(s, sep), strings.Contains(s, sep))
			q("ContainsAny "+sep, gstrings.ContainsAny(s, sep), strings.ContainsAny(s, sep))
			q("IndexAny "+sep, gstrings.IndexAny(s, sep), strings.IndexAny(s, sep))
			q("LastIndexAny "+sep, gstrings.LastIndexAny(s, sep), strings.LastIndexAny(s, sep))
			q("HasPrefix "+sep, gstrings.HasPrefix(s, sep), strings.HasPrefix(s, sep))
			q("HasSuffix "+sep, gstrings.HasSuffix(s, sep), strings.HasSuffix(s, sep))
			q("Trim "+sep, gstrings.Trim(s, sep), strings.Trim(s, sep))
			q("TrimLeft "+sep, gstrings.TrimLeft(s, sep), strings.TrimLeft(s, sep))
			q("TrimRight "+sep, gstrings.TrimRight(s, sep), strings.TrimRight(s, sep))
			q("TrimPrefix "+sep, gstrings.TrimPrefix(s, sep), strings.TrimPrefix(s, sep))
			q("TrimSuffix "+sep, gstrings.TrimSuffix(s, sep), strings.TrimSuffix(s, sep))
			q("ReplaceAll "+sep, gstrings.ReplaceAll(s, sep, "_"), strings.ReplaceAll(s, sep, "_"))
			q("EqualFold "+sep, gstrings.EqualFold(s, sep), strings.EqualFold(s, sep))
			q("EqualFold upper "+sep, gstrings.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(s, strings.ToUpper(s)))
			q("Compare "+sep, gstrings.Compare(s, sep), strings.Compare(s, sep))
			b, a, f := gstrings.Cut(s, sep)
			rb, ra, rf := strings.Cut(s, sep)
			q("Cut "+sep, []any{b, a, f}, []any{rb, ra, rf})
			q("Join "+sep, gstrings.Join(strings.Fields(s), sep), strings.Join(strings.Fields(s), sep))
		}
		for _, r := range []rune{'a', ',', '世', utf8.RuneError, -1, 'ß', 0x10FFFF + 1} {
			q(fmt.Sprint("IndexRune ", r), gstrings.IndexRune(s, r), strings.IndexRune(s, r))
			q(fmt.Sprint("ContainsRune ", r), gstrings.ContainsRune(s, r), strings.ContainsRune(s, r))
		}
		for _, c := range []byte{'a', ',', 0xff} {
			q(fmt.Sprint("IndexByte ", c), gstrings.IndexByte(s, c), strings.IndexByte(s, c))
			q(fmt.Sprint("LastIndexByte ", c), gstrings.LastIndexByte(s, c), strings.LastIndexByte(s, c))
		}
		q("IndexFunc", gstrings.IndexFunc(s, unicode.IsUpper), strings.IndexFunc(s, unicode.IsUpper))
		q("LastIndexFunc", gstrings.LastIndexFunc(s, unicode.IsLower), strings.LastIndexFunc(s, unicode.IsLower))
		q("TrimFunc", gstrings.TrimFunc(s, unicode.IsLetter), strings.TrimFunc(s, unicode.IsLetter))
		q("FieldsFunc", gstrings.FieldsFunc(s, unicode.IsPunct), strings.FieldsFunc(s, unicode.IsPunct))
		rep := []string{"a", "1", "b", "2", "ab", "X", "世", "W"}
		q("Replacer", gstrings.NewReplacer(rep...).Replace(s), strings.NewReplacer(rep...).Replace(s))
		rep2 := []string{"aaa", "3", "aa", "2", "a", "1"}
		q("Replacer2", gstrings.NewReplacer(rep2...).Replace(s), strings.NewReplacer(rep2...).Replace(s))
		rep3 := []string{"<", "&lt;", ">", "&gt;", "&", "&amp;", ",", ";"}
		q("Replacer3", gstrings.NewReplacer(rep3...).Replace(s), strings.NewReplacer(rep3...).Replace(s))
		// Reader
		gr, rr := gstrings.NewReader(s), strings.NewReader(s)
		var gout, rout []string
		for i := 0; i < 6; i++ {
			gc, gn, ge := gr.ReadRune()
			rc, rn, re := rr.ReadRune()
			gout = append(gout, fmt.Sprint(gc, gn, ge, gr.Len()))
			rout = append(rout, fmt.Sprint(rc, rn, re, rr.Len()))
			if i == 2 {
				gout = append(gout, fmt.Sprint(gr.UnreadRune(), gr.UnreadRune()))
				rout = append(rout, fmt.Sprint(rr.UnreadRune(), rr.UnreadRune()))
			}
		}
		buf := make([]byte, 3)
		gn, ge := gr.Read(buf)
		gout = append(gout, fmt.Sprint(gn, ge, string(buf[:gn])))
		rn, re := rr.Read(buf)
		rout = append(rout, fmt.Sprint(rn, re, string(buf[:rn])))
		gp, _ := gr.Seek(-2, io.SeekEnd)
		rp, _ := rr.Seek(-2, io.SeekEnd)
		gb, gbe := gr.ReadByte()
		rb2, rbe := rr.ReadByte()
		gout = append(gout, fmt.Sprint(gp, gb, gbe, gr.Size()))
		rout = append(rout, fmt.Sprint(rp, rb2, rbe, rr.Size()))
		q("Reader", gout, rout)
	}
	var gb gstrings.Builder
	var rb strings.Builder
	for i := 0; i < 50; i++ {
		gb.WriteString("ab")
		rb.WriteString("ab")
		gb.WriteByte('c')
		rb.WriteByte('c')
		gb.WriteRune('世')
		rb.WriteRune('世')
		gb.Write([]byte{'!'})
		rb.Write([]byte{'!'})
	}
	same("strings", "Builder", fmt.Sprint(gb.String(), gb.Len()), fmt.Sprint(rb.String(), rb.Len()))
}

func testBytes() {
	for _, s0 := range sampleStrings {
		s0, _ = strconv.Unquote("\"" + s0 + "\"")
		s := []byte(s0)
		q := func(name string, g, w any) {
			same("bytes", fmt.Sprintf("%s(%q)", name, s0), fmt.Sprintf("%q", g), fmt.Sprintf("%q", w))
		}
		q("ToUpper", gbytes.ToUpper(s), bytes.ToUpper(s))
		q("ToLower", gbytes.ToLower(s), bytes.ToLower(s))
		q("Title", gbytes.Title(s), bytes.Title(s))
		q("Fields", gbytes.Fields(s), bytes.Fields(s))
		q("TrimSpace", gbytes.TrimSpace(s), bytes.TrimSpace(s))
		q("Runes", gbytes.Runes(s), bytes.Runes(s))
		q("ToValidUTF8", gbytes.ToValidUTF8(s, []byte("?")), bytes.ToValidUTF8(s, []byte("?")))
		for _, sep0 := range []string{"", ",", "a", "ab", " ", "世"} {
			sep := []byte(sep0)
			q("Split "+sep0, gbytes.Split(s, sep), bytes.Split(s, sep))
			q("SplitAfter "+sep0, gbytes.SplitAfter(s, sep), bytes.SplitAfter(s, sep))
			q("SplitN 2 "+sep0, gbytes.SplitN(s, sep, 2), bytes.SplitN(s, sep, 2))
			q("Count "+sep0, gbytes.Count(s, sep), bytes.Count(s, sep))
			q("Index "+sep0, gbytes.Index(s, sep), bytes.Index(s, sep))
			q("LastIndex "+sep0, gbytes.LastIndex(s, sep), bytes.LastIndex(s, sep))
			q("Contains "+sep0, gbytes.Contains(s, sep), bytes.Contains(s, sep))
			q("Equal "+sep0, gbytes.Equal(s, sep), bytes.Equal(s, sep))
			q("Compare "+sep0, gbytes.Compare(s, sep), bytes.Compare(s, sep))
			q("Trim "+sep0, gbytes.Trim(s, sep0), bytes.Trim(s, sep0))
			q("TrimLeft "+sep0, gbytes.TrimLeft(s, sep0), bytes.TrimLeft(s, sep0))
			q("TrimRight "+sep0, gbytes.TrimRight(s, sep0), bytes.TrimRight(s, sep0))
			q("Replace "+sep0, gbytes.Replace(s, sep, []byte("<>"), 2), bytes.Replace(s, sep, []byte("<>"), 2))
			q("ReplaceAll "+sep0, gbytes.ReplaceAll(s, sep, []byte("_")), bytes.ReplaceAll(s, sep, []byte("_")))
			q("EqualFold "+sep0, gbytes.EqualFold(s, bytes.ToUpper(s)), bytes.EqualFold(s, bytes.ToUpper(s)))
			q("HasPrefix "+sep0, gbytes.HasPrefix(s, sep), bytes.HasPrefix(s, sep))
			q("IndexAny "+sep0, gbytes.IndexAny(s, sep0), bytes.IndexAny(s, sep0))
			q("Join "+sep0, gbytes.Join(bytes.Fields(s), sep), bytes.Join(bytes.Fields(s), sep))
		}
		q("IndexRune", gbytes.IndexRune(s, '世'), bytes.IndexRune(s, '世'))
		q("Repeat", gbytes.Repeat(s, 2), bytes.Repeat(s, 2))
	}
	var gb gbytes.Buffer
	var rb bytes.Buffer
	var gl, rl []string
	for i := 0; i < 40; i++ {
		gb.WriteString("line ")
		rb.WriteString("line ")
		fmt.Fprintf(&gb, "%d\n", i)
		fmt.Fprintf(&rb, "%d\n", i)
		gb.WriteRune('é')
		rb.WriteRune('é')
		if i%3 == 0 {
			gs, ge := gb.ReadString('\n')
			rs, re := rb.ReadString('\n')
			gl = append(gl, gs, errText(ge))
			rl = append(rl, rs, errText(re))
			gr, _, _ := gb.ReadRune()
			rr, _, _ := rb.ReadRune()
			gl = append(gl, string(gr), errText(gb.UnreadRune()), errText(gb.UnreadByte()))
			rl = append(rl, string(rr), errText(rb.UnreadRune()), errText(rb.UnreadByte()))
		}
	}
	gl = append(gl, gb.String(), fmt.Sprint(gb.Len()), string(gb.Next(5)))
	rl = append(rl, rb.String(), fmt.Sprint(rb.Len()), string(rb.Next(5)))
	gb.Truncate(3)
	rb.Truncate(3)
	gl = append(gl, gb.String())
	rl = append(rl, rb.String())
	all, err := gio.ReadAll(&gb) // gocc's Buffer returns gocc's io.EOF
	gl = append(gl, string(all), errText(err))
	all, err = io.ReadAll(&rb)
	rl = append(rl, string(all), errText(err))
	same("bytes", "Buffer", fmt.Sprintf("%q", gl), fmt.Sprintf("%q", rl))
	var nb *gbytes.Buffer
	same("bytes", "nil Buffer", nb.String(), "<nil>")
}

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type pair struct {
	k, v int
}

func testSort() {
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 300; n += 1 + n/10 {
		a := make([]int, n)
		for i := range a {
			a[i] = rng.Intn(n/2 + 1)
		}
		g := append([]int(nil), a...)
		w := append([]int(nil), a...)
		gsort.Ints(g)
		sort.Ints(w)
		same("sort", fmt.Sprint("Ints ", n), fmt.Sprint(g, gsort.IntsAreSorted(g), gsort.IntsAreSorted(a)), fmt.Sprint(w, sort.IntsAreSorted(w), sort.IntsAreSorted(a)))
		// Stable sorts must agree exactly, equal keys included.
		gp := make([]pair, n)
		for i := range gp {
			gp[i] = pair{rng.Intn(5), i}
		}
		wp := append([]pair(nil), gp...)
		gsort.SliceStable(gp, func(i, j int) bool { return gp[i].k < gp[j].k })
		sort.SliceStable(wp, func(i, j int) bool { return wp[i].k < wp[j].k })
		same("sort", fmt.Sprint("SliceStable ", n), fmt.Sprint(gp), fmt.Sprint(wp))
		gs := make(byLen, n)
		for i := range gs {
			gs[i] = strings.Repeat("x", rng.Intn(6)) + strconv.Itoa(i)
		}
		ws := append(byLen(nil), gs...)
		gsort.Stable(gs)
		sort.Stable(ws)
		same("sort", fmt.Sprint("Stable ", n), fmt.Sprint(gs), fmt.Sprint(ws))
		// Unstable sorts: the sorted keys agree.
		gq := append([]pair(nil), wp...)
		gsort.Slice(gq, func(i, j int) bool { return gq[i].v%7 < gq[j].v%7 })
		keys := make([]int, n)
		for i := range gq {
			keys[i] = gq[i].v % 7
		}
		same("sort", fmt.Sprint("Slice ", n), fmt.Sprint(sort.IntsAreSorted(keys), gsort.SliceIsSorted(gq, func(i, j int) bool { return gq[i].v%7 < gq[j].v%7 })), "true true")
		f := make([]float64, n)
		for i := range f {
			f[i] = rng.NormFloat64()
			if i%17 == 0 {
				f[i] = math.NaN()
			}
		}
		gf := append([]float64(nil), f...)
		wf := append([]float64(nil), f...)
		gsort.Float64s(gf)
		sort.Float64s(wf)
		same("sort", fmt.Sprint("Float64s ", n), fmt.Sprint(gf), fmt.Sprint(wf))
		st := make([]string, n)
		for i := range st {
			st[i] = strconv.Itoa(rng.Intn(1000))
		}
		gst := append([]string(nil), st...)
		wst := append([]string(nil), st...)
		gsort.Sort(gsort.Reverse(gsort.StringSlice(gst)))
		sort.Sort(sort.Reverse(sort.StringSlice(wst)))
		same("sort", fmt.Sprint("Reverse ", n), fmt.Sprint(gst), fmt.Sprint(wst))
		sort.Ints(w)
		for _, x := range []int{-1, 0, 3, n / 2, n} {
			same("sort", fmt.Sprint("SearchInts ", n, x), fmt.Sprint(gsort.SearchInts(w, x)), fmt.Sprint(sort.SearchInts(w, x)))
			gi, gfound := gsort.Find(len(w), func(i int) int { return x - w[i] })
			ri, rfound := sort.Find(len(w), func(i int) int { return x - w[i] })
			same("sort", fmt.Sprint("Find ", n, x), fmt.Sprint(gi, gfound), fmt.Sprint(ri, rfound))
		}
	}
	func() {
		defer func() {
			same("sort", "Slice non-slice", fmt.Sprint(recover()), "reflect: call of Swapper on int Value")
		}()
		gsort.Slice(5, func(i, j int) bool { return false })
	}()
}

func testMath() {
	rng := rand.New(rand.NewSource(4))
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 3.7, -3.7, 1e300, -1e-300, 5e-324,
		math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 4503599627370495.5, 4503599627370497, 1 << 60, 0.49999999999999994}
	for i := 0; i < 300; i++ {
		vals = append(vals, (rng.Float64()-0.5)*math.Pow(10, float64(rng.Intn(40)-20)))
	}
	one := map[string][2]func(float64) float64{
		"Abs": {gmath.Abs, math.Abs}, "Floor": {gmath.Floor, math.Floor}, "Ceil": {gmath.Ceil, math.Ceil},
		"Trunc": {gmath.Trunc, math.Trunc}, "Round": {gmath.Round, math.Round}, "RoundToEven": {gmath.RoundToEven, math.RoundToEven},
		"Logb": {gmath.Logb, math.Logb}, "Sqrt": {gmath.Sqrt, math.Sqrt},
	}
	for _, x := range vals {
		for name, f := range one {
			same("math", fmt.Sprintf("%s(%b)", name, x), fmt.Sprintf("%b", f[0](x)), fmt.Sprintf("%b", f[1](x)))
		}
		gi, gf := gmath.Modf(x)
		ri, rf := math.Modf(x)
		same("math", fmt.Sprintf("Modf(%b)", x), fmt.Sprintf("%b %b", gi, gf), fmt.Sprintf("%b %b", ri, rf))
		gfr, ge := gmath.Frexp(x)
		rfr, re := math.Frexp(x)
		same("math", fmt.Sprintf("Frexp(%b)", x), fmt.Sprintf("%b %d", gfr, ge), fmt.Sprintf("%b %d", rfr, re))
		for _, e := range []int{-1080, -1074, -60, -1, 0, 1, 60, 1023, 1100} {
			same("math", fmt.Sprintf("Ldexp(%b,%d)", x, e), fmt.Sprintf("%b", gmath.Ldexp(x, e)), fmt.Sprintf("%b", math.Ldexp(x, e)))
		}
		same("math", fmt.Sprintf("Ilogb(%b)", x), fmt.Sprint(gmath.Ilogb(x), gmath.Signbit(x), gmath.IsNaN(x), gmath.IsInf(x, 0), gmath.IsInf(x, 1)),
			fmt.Sprint(math.Ilogb(x), math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1)))
		for _, y := range []float64{0, math.Copysign(0, -1), 1, -2.5, math.Inf(1), math.NaN(), x} {
			same("math", fmt.Sprintf("Max/Min/Dim/Copysign/Nextafter(%b,%b)", x, y),
				fmt.Sprintf("%b %b %b %b %b", gmath.Max(x, y), gmath.Min(x, y), gmath.Dim(x, y), gmath.Copysign(x, y), gmath.Nextafter(x, y)),
				fmt.Sprintf("%b %b %b %b %b", math.Max(x, y), math.Min(x, y), math.Dim(x, y), math.Copysign(x, y), math.Nextafter(x, y)))
		}
		f32 := float32(x)
		same("math", fmt.Sprintf("Float32bits/Nextafter32(%b)", x), fmt.Sprint(gmath.Float32bits(f32), gmath.Float64bits(x), gmath.Nextafter32(f32, 1)),
			fmt.Sprint(math.Float32bits(f32), math.Float64bits(x), math.Nextafter32(f32, 1)))
	}
	for n := -330; n <= 320; n++ {
		same("math", fmt.Sprintf("Pow10(%d)", n), fmt.Sprintf("%b", gmath.Pow10(n)), fmt.Sprintf("%b", math.Pow10(n)))
	}
	same("math", "Inf/NaN", fmt.Sprint(gmath.Inf(1), gmath.Inf(-1), gmath.IsNaN(gmath.NaN())), fmt.Sprint(math.Inf(1), math.Inf(-1), true))
}

func testBits() {
	rng := rand.New(rand.NewSource(5))
	for i := 0; i < 2000; i++ {
		x := rng.Uint64() >> uint(rng.Intn(64))
		y := rng.Uint64() >> uint(rng.Intn(64))
		k := rng.Intn(200) - 100
		g := fmt.Sprint(gbits.LeadingZeros64(x), gbits.TrailingZeros64(x), gbits.OnesCount64(x), gbits.Len64(x), gbits.Reverse64(x),
			gbits.ReverseBytes64(x), gbits.RotateLeft64(x, k), gbits.LeadingZeros32(uint32(x)), gbits.TrailingZeros16(uint16(x)),
			gbits.Len8(uint8(x)), gbits.OnesCount8(uint8(x)), gbits.Reverse8(uint8(x)), gbits.Reverse16(uint16(x)), gbits.ReverseBytes32(uint32(x)),
			gbits.RotateLeft32(uint32(x), k), gbits.RotateLeft8(uint8(x), k), gbits.TrailingZeros(uint(x)), gbits.LeadingZeros(uint(x)))
		w := fmt.Sprint(bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.Reverse64(x),
			bits.ReverseBytes64(x), bits.RotateLeft64(x, k), bits.LeadingZeros32(uint32(x)), bits.TrailingZeros16(uint16(x)),
			bits.Len8(uint8(x)), bits.OnesCount8(uint8(x)), bits.Reverse8(uint8(x)), bits.Reverse16(uint16(x)), bits.ReverseBytes32(uint32(x)),
			bits.RotateLeft32(uint32(x), k), bits.RotateLeft8(uint8(x), k), bits.TrailingZeros(uint(x)), bits.LeadingZeros(uint(x)))
		same("math/bits", fmt.Sprint("unary ", x, k), g, w)
		c := uint64(rng.Intn(2))
		gs, gc := gbits.Add64(x, y, c)
		rs, rc := bits.Add64(x, y, c)
		gd, gb := gbits.Sub64(x, y, c)
		rd, rb := bits.Sub64(x, y, c)
		gh, gl := gbits.Mul64(x, y)
		rh, rl := bits.Mul64(x, y)
		g2 := fmt.Sprint(gs, gc, gd, gb, gh, gl)
		w2 := fmt.Sprint(rs, rc, rd, rb, rh, rl)
		if y != 0 {
			hi := x % y
			gq, gr := gbits.Div64(hi, x, y)
			rq, rr := bits.Div64(hi, x, y)
			g2 += fmt.Sprint(gq, gr, gbits.Rem64(x, y^1, y))
			w2 += fmt.Sprint(rq, rr, bits.Rem64(x, y^1, y))
			s32, c32 := gbits.Add32(uint32(x), uint32(y), uint32(c))
			rs32, rc32 := bits.Add32(uint32(x), uint32(y), uint32(c))
			d32, b32 := gbits.Sub32(uint32(x), uint32(y), uint32(c))
			rd32, rb32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
			g2 += fmt.Sprint(s32, c32, d32, b32)
			w2 += fmt.Sprint(rs32, rc32, rd32, rb32)
		}
		same("math/bits", fmt.Sprint("binary ", x, y), g2, w2)
	}
	for _, a := range [][3]uint64{{1, 0, 0}, {5, 0, 3}} {
		func() {
			defer func() { same("math/bits", "Div panic", fmt.Sprint(recover()), fmt.Sprint(divPanic(a))) }()
			gbits.Div64(a[0], a[1], a[2])
		}()
	}
}

func divPanic(a [3]uint64) (r any) {
	defer func() { r = recover() }()
	bits.Div64(a[0], a[1], a[2])
	return nil
}

type gIntHeap []int

func (h gIntHeap) Len() int           { return len(h) }
func (h gIntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h gIntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *gIntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *gIntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

func testContainers() {
	rng := rand.New(rand.NewSource(6))
	g := &gIntHeap{}
	w := &gIntHeap{}
	for i := 0; i < 500; i++ {
		v := rng.Intn(100)
		switch rng.Intn(5) {
		case 0, 1, 2:
			gheap.Push(g, v)
			heap.Push(w, v)
		case 3:
			if g.Len() > 0 {
				same("container/heap", "Pop", fmt.Sprint(gheap.Pop(g)), fmt.Sprint(heap.Pop(w)))
			}
		case 4:
			if g.Len() > 2 {
				j := rng.Intn(g.Len())
				(*g)[j] = v
				(*w)[j] = v
				gheap.Fix(g, j)
				heap.Fix(w, j)
				k := rng.Intn(g.Len())
				same("container/heap", "Remove", fmt.Sprint(gheap.Remove(g, k)), fmt.Sprint(heap.Remove(w, k)))
			}
		}
		same("container/heap", "state", fmt.Sprint(*g), fmt.Sprint(*w))
	}
	h1 := gIntHeap{5, 2, 8, 1, 9, 3}
	h2 := gIntHeap{5, 2, 8, 1, 9, 3}
	gheap.Init(&h1)
	heap.Init(&h2)
	same("container/heap", "Init", fmt.Sprint(h1), fmt.Sprint(h2))

	gl, wl := glist.New(), list.New()
	var ge []*glist.Element
	var we []*list.Element
	dump := func() (string, string) {
		var a, b []any
		for e := gl.Front(); e != nil; e = e.Next() {
			a = append(a, e.Value)
		}
		for e := gl.Back(); e != nil; e = e.Prev() {
			a = append(a, e.Value)
		}
		for e := wl.Front(); e != nil; e = e.Next() {
			b = append(b, e.Value)
		}
		for e := wl.Back(); e != nil; e = e.Prev() {
			b = append(b, e.Value)
		}
		return fmt.Sprint(gl.Len(), a), fmt.Sprint(wl.Len(), b)
	}
	for i := 0; i < 400; i++ {
		op := rng.Intn(9)
		j, k := 0, 0
		if len(ge) > 0 {
			j, k = rng.Intn(len(ge)), rng.Intn(len(ge))
		}
		switch {
		case op == 0 || len(ge) == 0:
			ge = append(ge, gl.PushBack(i))
			we = append(we, wl.PushBack(i))
		case op == 1:
			ge = append(ge, gl.PushFront(i))
			we = append(we, wl.PushFront(i))
		case op == 2:
			g, w := gl.InsertBefore(i, ge[j]), wl.InsertBefore(i, we[j])
			same("container/list", "InsertBefore nil", fmt.Sprint(g == nil), fmt.Sprint(w == nil))
			if g != nil && w != nil {
				ge, we = append(ge, g), append(we, w)
			}
		case op == 3:
			g, w := gl.InsertAfter(i, ge[j]), wl.InsertAfter(i, we[j])
			same("container/list", "InsertAfter nil", fmt.Sprint(g == nil), fmt.Sprint(w == nil))
			if g != nil && w != nil {
				ge, we = append(ge, g), append(we, w)
			}
		case op == 4:
			same("container/list", "Remove", fmt.Sprint(gl.Remove(ge[j])), fmt.Sprint(wl.Remove(we[j])))
		case op == 5:
			gl.MoveToFront(ge[j])
			wl.MoveToFront(we[j])
		case op == 6:
			gl.MoveToBack(ge[j])
			wl.MoveToBack(we[j])
		case op == 7:
			gl.MoveBefore(ge[j], ge[k])
			wl.MoveBefore(we[j], we[k])
		case op == 8:
			gl.MoveAfter(ge[j], ge[k])
			wl.MoveAfter(we[j], we[k])
		}
		a, b := dump()
		same("container/list", "state", a, b)
	}
	gl2, wl2 := glist.New(), list.New()
	gl2.PushBack("x")
	wl2.PushBack("x")
	gl.PushBackList(gl2)
	wl.PushBackList(wl2)
	gl.PushFrontList(gl)
	wl.PushFrontList(wl)
	a, b := dump()
	same("container/list", "PushLists", a, b)
	var zl glist.List
	zl.PushBack(1)
	same("container/list", "zero List", fmt.Sprint(zl.Len(), zl.Front().Value), "1 1")
}

func testIO() {
	src := strings.Repeat("0123456789", 1000)
	var gb, wb strings.Builder
	gn, gerr := gio.Copy(&gb, gio.LimitReader(gstrings.NewReader(src), 1234))
	wn, werr := io.Copy(&wb, io.LimitReader(strings.NewReader(src), 1234))
	same("io", "Copy+LimitReader", fmt.Sprint(gn, gerr, gb.Len()), fmt.Sprint(wn, werr, wb.Len()))
	buf := make([]byte, 10)
	n1, e1 := gio.ReadFull(gstrings.NewReader("abc"), buf)
	n2, e2 := io.ReadFull(strings.NewReader("abc"), buf)
	same("io", "ReadFull short", fmt.Sprint(n1, e1), fmt.Sprint(n2, e2))
	n1, e1 = gio.ReadAtLeast(gstrings.NewReader(""), buf, 1)
	n2, e2 = io.ReadAtLeast(strings.NewReader(""), buf, 1)
	same("io", "ReadAtLeast empty", fmt.Sprint(n1, e1), fmt.Sprint(n2, e2))
	ga, _ := gio.ReadAll(gio.MultiReader(gstrings.NewReader("ab"), gstrings.NewReader(""), gstrings.NewReader("cd")))
	same("io", "MultiReader+ReadAll", string(ga), "abcd")
	var t1, t2 strings.Builder
	mw := gio.MultiWriter(&t1, &t2)
	gio.WriteString(mw, "hello")
	same("io", "MultiWriter", t1.String()+t2.String(), "hellohello")
	var tee strings.Builder
	ta, _ := gio.ReadAll(gio.TeeReader(gstrings.NewReader("tee"), &tee))
	same("io", "TeeReader", string(ta)+tee.String(), "teetee")
	sr := gio.NewSectionReader(gstrings.NewReader(src), 5, 12)
	sa, _ := gio.ReadAll(sr)
	same("io", "SectionReader", string(sa)+fmt.Sprint(sr.Size()), src[5:17]+"12")
	n64, err := gio.CopyN(gio.Discard, gstrings.NewReader("abc"), 5)
	w64, werr2 := io.CopyN(io.Discard, strings.NewReader("abc"), 5)
	same("io", "CopyN", fmt.Sprint(n64, err), fmt.Sprint(w64, werr2))
	same("io", "errors", fmt.Sprint(gio.EOF, gio.ErrUnexpectedEOF, gio.ErrShortWrite, gio.ErrShortBuffer, gio.ErrNoProgress, gio.ErrClosedPipe),
		fmt.Sprint(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe))
}
