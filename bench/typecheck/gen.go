// gen writes a large, deterministic Go program for the type-checking
// benchmark (bench/typecheck/run.sh): gocc check against go/types.
//
// Usage:
//
//	gen -lines N -out DIR
//
// DIR (created if missing; existing *.go files in it are removed first)
// receives one `package main` program of about N lines: main.go with a few
// helpers and func main, and gen_0001.go, gen_0002.go, ... of about 2,000
// lines each. The program imports nothing (gocc's standard library is not
// ready; output goes through the builtin println) and uses no type
// parameters. It is valid Go 1.19: `go vet` is clean, `go build` succeeds
// and the binary exits 0 after printing one checksum line.
//
// The program is made of "units" of roughly 800 lines. Unit k declares
// its own names (suffix k) and exercises: constants with iota and constant
// expressions; struct types with embedded fields (value and pointer);
// methods on value and pointer receivers; interfaces, types implementing
// them, type assertions and type switches; functions with multiple (named)
// results, variadic parameters, closures capturing variables,
// defer/recover; for/range over slices, arrays, maps and strings; switch
// statements (tagless, with init, fallthrough); maps and slices of structs;
// composite literals; arrays; string operations; numeric conversions;
// labeled break/continue; and, in every 8th unit, goto. Each unit also has
// two of several rotating extra sections (linked lists, state machines,
// bit twiddling, matrices, an interface{} stack, an event queue), and refers
// to names of the previous unit (often in another file), so package-level
// resolution crosses files. Every file ends with runFileNNNN, which calls
// the Run function of each unit that ends in it (files are filled section by
// section, so a unit may span two files); main calls every runFileNNNN.
//
// Output is a function of N alone.
//
// Build: go build -o gen gen.go   (no go.mod needed)
package main

import (
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

const targetFileLines = 2000

// ---------------------------------------------------------------------------
// Templates. Placeholders: $K unit number, $PV previous unit's number (the
// unit itself for unit 0), $A $B $C $D small per-unit integer parameters.
// Each section may add calls (int-valued expressions) to the unit's Run.

type section struct {
	text  string
	calls []string
}

var secConsts = section{text: `
// ---- unit $K ----

type Color$K int

const (
	Red$K Color$K = iota
	Green$K
	Blue$K
	_
	Purple$K
	numColors$K = iota
)

const (
	_ = iota
	KB$K = 1 << (10 * iota)
	MB$K
	GB$K
)

const (
	base$K              = $K*7 + $A
	mask$K              = base$K&0xff | 0x100
	shifted$K           = 1 << ($A + 3) >> 2
	name$K              = "unit" + "$K"
	nameLen$K           = len(name$K)
	ratio$K             = float64(base$K) / 3.5
	huge$K              = 1 << 100 >> 98
	typed$K       int64 = base$K * 1000
	flag$K              = base$K > 10 && nameLen$K < 20
	letter$K            = 'a' + $A
	neg$K               = -base$K % 7
	scaled$K            = 2.5e3 * $B
	limit$K       uint8 = 200 + $C
	period$K            = MB$K / KB$K
)

func (c Color$K) String() string {
	switch c {
	case Red$K:
		return "red"
	case Green$K:
		return "green"
	case Blue$K, Purple$K:
		return "blueish"
	}
	return "color(" + itoa(int(c)) + ")"
}

func (c Color$K) Next() Color$K {
	return (c + 1) % numColors$K
}

func colors$K() int {
	total := 0
	for c := Red$K; c < numColors$K; c++ {
		total += len(c.String()) + int(c.Next())
	}
	if flag$K {
		rt := ratio$K
		total += int(rt) + huge$K + int(scaled$K)/100
	}
	total += int(typed$K%97) + shifted$K + mask$K + neg$K + int(letter$K) + period$K
	total += int(limit$K) + nameLen$K + int(GB$K>>20)
	return total
}
`, calls: []string{"colors$K()"}}

var secTypes = section{text: `
type Point$K struct {
	X, Y int
}

type Base$K struct {
	ID   int
	Name string
}

type Rect$K struct {
	Base$K
	Min, Max Point$K
	Tags     []string
}

type Circle$K struct {
	*Base$K
	Center Point$K
	R      int
	Attrs  map[string]int
}

type Poly$K struct {
	Base$K
	Pts  [$C + 2]Point$K
	Grid [2][3]int8
}

type Sizer$K interface {
	Area() int
	Perimeter() int
}

type Labeler$K interface {
	Label() string
}

type Shape$K interface {
	Sizer$K
	Labeler$K
	Scale(f int)
}

type errT$K struct {
	code int
	msg  string
}

func (e *errT$K) Error() string { return e.msg + ":" + itoa(e.code) }

func (b Base$K) Label() string { return b.Name + "#" + itoa(b.ID) }

func (b *Base$K) Rename(s string) { b.Name = s }

func (p Point$K) Add(q Point$K) Point$K { return Point$K{p.X + q.X, p.Y + q.Y} }

func (p *Point$K) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

func (p Point$K) Manhattan() int { return abs(p.X) + abs(p.Y) }

func (r Rect$K) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

func (r Rect$K) Perimeter() int { return 2 * ((r.Max.X - r.Min.X) + (r.Max.Y - r.Min.Y)) }

func (r *Rect$K) Scale(f int) {
	r.Max.X *= f
	r.Max.Y *= f
}

func (c *Circle$K) Area() int { return 3 * c.R * c.R }

func (c *Circle$K) Perimeter() int { return 6 * c.R }

func (c *Circle$K) Scale(f int) { c.R *= f }

func (p Poly$K) Area() int {
	s := 0
	for i := range p.Pts {
		j := (i + 1) % len(p.Pts)
		s += p.Pts[i].X*p.Pts[j].Y - p.Pts[j].X*p.Pts[i].Y
	}
	return abs(s) / 2
}

func (p Poly$K) Perimeter() int {
	s := 0
	for i, q := range p.Pts {
		next := p.Pts[(i+1)%len(p.Pts)]
		s += Point$K{next.X - q.X, next.Y - q.Y}.Manhattan()
	}
	return s
}

func (p *Poly$K) Scale(f int) {
	for i := range p.Pts {
		p.Pts[i].X *= f
		p.Pts[i].Y *= f
	}
	p.Grid[1][2] = int8(f)
}

var _ Shape$K = (*Rect$K)(nil)
var _ Shape$K = (*Circle$K)(nil)
var _ Sizer$K = Poly$K{}
var _ error = (*errT$K)(nil)

func shapes$K() int {
	r := Rect$K{Base$K: Base$K{ID: $K, Name: "rect"}, Max: Point$K{$A, $B}}
	c := &Circle$K{Base$K: &Base$K{ID: 2, Name: "circle"}, R: $C, Attrs: map[string]int{"k": 1}}
	var p Poly$K
	for i := range p.Pts {
		p.Pts[i] = Point$K{X: i * $A, Y: (i * i) % $B}
	}
	p.Rename("poly")
	c.Rename("c2")
	r.Min.Move(-1, -1)
	all := []Shape$K{&r, c, &p}
	total := 0
	for i, s := range all {
		s.Scale(i + 1)
		total += s.Area() + s.Perimeter() + len(s.Label())
	}
	var sz Sizer$K = p
	total += sz.Area()
	area := r.Area
	perim := (*Circle$K).Perimeter
	total += area() + perim(c) + r.Min.Add(r.Max).Manhattan()
	total += c.Attrs["k"] + len(c.Name) + int(p.Grid[1][2])
	return total
}
`, calls: []string{"shapes$K()"}}

var secFuncs = section{text: `
func divmod$K(a, b int) (q, r int, ok bool) {
	if b == 0 {
		return 0, 0, false
	}
	q, r = a/b, a%b
	ok = true
	return
}

func sum$K(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func join$K(sep string, parts ...string) (s string) {
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return
}

func counter$K(start int) (inc func() int, reset func()) {
	n := start
	inc = func() int {
		n += $A
		return n
	}
	reset = func() { n = start }
	return
}

func apply$K(xs []int, fs ...func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		for _, f := range fs {
			x = f(x)
		}
		out = append(out, x)
	}
	return out
}

func safeDiv$K(a, b int) (res int, err string) {
	defer func() {
		if r := recover(); r != nil {
			res = -1
			err = "recovered"
		}
	}()
	res = a / b
	return res, ""
}

func mustPositive$K(n int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			err = &errT$K{code: n, msg: "panic"}
		}
	}()
	if n < 0 {
		panic(&errT$K{code: n, msg: "negative"})
	}
	if n == 0 {
		panic("zero")
	}
	return n * 2, nil
}

func deferOrder$K(n int) (out int) {
	for i := 0; i < n; i++ {
		defer func(v int) { out = out*10 + v }(i)
	}
	return 0
}

func funcs$K() int {
	q, r, ok := divmod$K(base$K, $A)
	total := q + r
	if ok {
		total++
	}
	if _, _, ok := divmod$K(1, 0); !ok {
		total += 2
	}
	xs := []int{1, 2, 3, $B}
	total += sum$K(0) + sum$K(1, 2, 3) + sum$K(10, xs...)
	s := join$K(", ", "a", "b", name$K)
	total += len(s) + len(join$K("-"))
	inc, reset := counter$K($C)
	inc()
	total += inc()
	reset()
	total += inc()
	factor := $D
	double := func(x int) int { return x * 2 }
	addF := func(x int) int { return x + factor }
	factor++
	for _, v := range apply$K(xs, double, addF) {
		total += v
	}
	res, msg := safeDiv$K(10, 0)
	total += res + len(msg)
	res, msg = safeDiv$K(100, $A)
	total += res + len(msg)
	for _, n := range []int{-$A, 0, $B} {
		v, err := mustPositive$K(n)
		if err != nil {
			total += len(err.Error())
		}
		total += v
	}
	total += deferOrder$K(4)
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			a, b = b, a+b
			return a
		}
	}()
	for i := 0; i < 10; i++ {
		total += fib()
	}
	return total
}
`, calls: []string{"funcs$K()"}}

var secDescribe = section{text: `
func describe$K(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int:" + itoa(x)
	case int8, int16:
		return "small"
	case string:
		return "string:" + x
	case Color$K:
		return x.String()
	case Shape$K:
		return "shape:" + x.Label()
	case Sizer$K:
		return "sizer:" + itoa(x.Area())
	case error:
		return x.Error()
	case []int:
		return "slice:" + itoa(len(x))
	case func() int:
		return "func:" + itoa(x())
	default:
		return "other"
	}
}

func areaOf$K(v interface{}) int {
	if s, ok := v.(Sizer$K); ok {
		return s.Area()
	}
	if l, ok := v.(Labeler$K); ok {
		return len(l.Label())
	}
	n, _ := v.(int)
	return n
}

func kinds$K() int {
	vals := []interface{}{
		nil, $A, int8(3), int16(4), "s$K", Blue$K,
		&Rect$K{Max: Point$K{2, 3}}, Poly$K{},
		&errT$K{code: $B, msg: "e"}, []int{1, 2}, func() int { return $C },
		3.5, Base$K{ID: 1, Name: "b"},
	}
	total := 0
	for _, v := range vals {
		total += len(describe$K(v)) + areaOf$K(v)
	}
	var e error = &errT$K{code: 1}
	if et, ok := e.(*errT$K); ok {
		total += et.code
	}
	var l Labeler$K = Base$K{ID: $K}
	switch l.(type) {
	case Shape$K:
		total += 100
	case Base$K:
		total += 10
	}
	return total
}
`, calls: []string{"kinds$K()"}}

var secLoops = section{text: `
func loops$K(words []string, m map[string]int) int {
	total := 0
	for i := 0; i < $B; i++ {
		total += i * i
	}
	for i, w := range words {
		total += i + len(w)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		total += m[k]
	}
	for k, v := range m {
		total += len(k) * v
	}
	for i, r := range "héllo, wörld $K" {
		if r > 127 {
			total += i
			continue
		}
		total += int(r) & 3
	}
	var arr [5]int
	for i := range arr {
		arr[i] = i * $C
	}
	for _, v := range arr {
		total += v
	}
	n := 0
	for n < 10 {
		n += 3
	}
	for {
		n--
		if n < 5 {
			break
		}
	}
	for range words {
		total++
	}
	return total + n
}

func search$K(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > target*10 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func classify$K(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	}
	switch d := n % 4; d {
	case 0, 2:
		return "even"
	case 1:
		fallthrough
	case 3:
		return "odd"
	default:
		return "?"
	}
}

func looping$K() int {
	words := []string{"alpha", "beta", name$K, "delta"}
	m := map[string]int{"one": 1, "two": 2, "three": 3, name$K: $A}
	total := loops$K(words, m)
	grid := [][]int{{1, 2, 3}, {4, -1, $B}, {7, 8, 9, $A}}
	if i, j, ok := search$K(grid, $B); ok {
		total += i*10 + j
	}
	_, _, ok := search$K(grid, 1000)
	if !ok {
		total++
	}
	for _, n := range []int{-5, 0, 3, 12, 13, 14, 15, $K} {
		total += len(classify$K(n))
	}
	return total
}
`, calls: []string{"looping$K()"}}

var secConvert = section{text: `
func convert$K(x int) int {
	a := int8(x)
	b := uint16(x * 300)
	c := float64(x) / 3
	d := int64(c * 100)
	e := uint32(d) >> 2
	f := float32(e) * 1.5
	g := int(f) + int(a) + int(b)
	var u uint8 = 250
	u += uint8(x)
	r := rune('A' + x%26)
	s := string(r) + string([]byte{'x', byte(x%10 + '0')})
	bs := []byte(s)
	rs := []rune("日本" + s)
	var i64 int64 = -1 << 40
	i64 >>= uint(x % 8)
	u64 := uint64(i64) ^ 0xdeadbeef
	return g + int(u) + len(bs) + len(rs) + int(rs[0]%7) + int(u64&0xff)
}

func strops$K(s string) int {
	t := s + "-" + name$K
	n := len(t)
	if t[0] == 'u' {
		n++
	}
	sub := t[1:4]
	if sub < "zzz" && sub != "" {
		n += len(sub)
	}
	b := []byte(t)
	for i := 0; i < len(b)/2; i++ {
		b[i], b[len(b)-1-i] = b[len(b)-1-i], b[i]
	}
	tail := string(b[2:])
	switch {
	case len(tail) > 5 && tail[:2] == "ti":
		n += 3
	case tail > s:
		n += 2
	}
	cnt := 0
	for _, ch := range t {
		if ch == 'u' || ch == 'n' {
			cnt++
		}
	}
	return n + int(b[0]) + len(tail) + cnt + copy(b, "xyz")
}

func numbers$K() int {
	total := 0
	for _, x := range []int{0, 1, $A, -$B, 255, 1000 + $K} {
		total += convert$K(x)
	}
	total += strops$K("unit") + strops$K("abcdef$K")
	var f32 float32 = $C.25
	var f64 = float64(f32) * ratio$K
	total += int(f64) + int(uint16(total)) + int(int8(total))
	return total
}
`, calls: []string{"numbers$K()"}}

var secData = section{text: `
var registry$K = map[string]Rect$K{
	"a": {Base$K{1, "a"}, Point$K{0, 0}, Point$K{$A, $B}, nil},
	"b": {Base$K: Base$K{ID: 2, Name: "b"}, Max: Point$K{X: 3, Y: 4}, Tags: []string{"x", "y"}},
	"c": {Max: Point$K{$C, $C}},
}

var table$K = [...]struct {
	in  int
	out string
}{
	{0, "zero"},
	{1, "small"},
	{-$A, "neg"},
	{$B * 10, "even"},
}

var lookup$K = buildLookup$K()

func buildLookup$K() map[Color$K][]Point$K {
	m := make(map[Color$K][]Point$K, numColors$K)
	for c := Red$K; c < numColors$K; c++ {
		for i := 0; i <= int(c); i++ {
			m[c] = append(m[c], Point$K{i, int(c)})
		}
	}
	return m
}

func data$K() int {
	total := 0
	for _, k := range []string{"a", "b", "c", "missing"} {
		r, ok := registry$K[k]
		if !ok {
			total--
			continue
		}
		total += r.Area() + len(r.Tags) + len(r.Label())
	}
	for _, row := range table$K {
		if classify$K(row.in) == row.out {
			total += 2
		}
	}
	pts := []Point$K{{1, 2}, {3, 4}, {X: 5}}
	byParity := map[int][]*Point$K{}
	for i := range pts {
		p := &pts[i]
		byParity[i%2] = append(byParity[i%2], p)
	}
	for _, ps := range byParity {
		for _, p := range ps {
			p.Move(1, 1)
			total += p.X
		}
	}
	matrix := [3][3]int{{1}, {0, 1}, {2: 1}}
	for i := range matrix {
		total += matrix[i][i]
	}
	anon := struct {
		A, B int
		S    []string
	}{$A, $C, []string{"p", "q"}}
	total += anon.A*anon.B + len(anon.S)
	arr := [5]string{2: "two", 4: "four"}
	sl := arr[1:4]
	sl = append(sl, "extra")
	total += len(sl) + cap(sl) + len(arr[4])
	nested := map[string]map[string]int{"x": {"y": 1}}
	nested["z"] = map[string]int{"w": $D}
	total += nested["x"]["y"] + nested["z"]["w"] + len(nested)
	delete(nested, "x")
	total += len(lookup$K[Purple$K]) + len(nested)
	rects := make([]Rect$K, 0, 4)
	for i := 0; i < 4; i++ {
		rects = append(rects, Rect$K{Base$K: Base$K{ID: i}, Max: Point$K{i, i + 1}})
	}
	copied := make([]Rect$K, 2)
	n := copy(copied, rects)
	total += n + copied[1].Area()
	if registry$K["a"].Max == (Point$K{$A, $B}) {
		total += 7
	}
	ptr := &rects[0]
	ptr.Max.X += 3
	total += rects[0].Max.X
	return total
}
`, calls: []string{"data$K()"}}

// ---- rotating extras ------------------------------------------------------

var extras = []section{
	{text: `
type node$K struct {
	val  int
	next *node$K
}

type list$K struct {
	head *node$K
	size int
}

func (l *list$K) push(v int) {
	l.head = &node$K{val: v, next: l.head}
	l.size++
}

func (l *list$K) reverse() {
	var prev *node$K
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l list$K) sum() (s int) {
	for n := l.head; n != nil; n = n.next {
		s += n.val
	}
	return
}

func (l *list$K) each(f func(i, v int) bool) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		if !f(i, n.val) {
			return
		}
		i++
	}
}

func lists$K() int {
	var l list$K
	for i := 0; i < $B; i++ {
		l.push(i * $A)
	}
	l.reverse()
	first := -1
	l.each(func(i, v int) bool {
		if i == 2 {
			first = v
			return false
		}
		return true
	})
	return l.sum() + l.size + first
}
`, calls: []string{"lists$K()"}},
	{text: `
type state$K uint8

const (
	idle$K state$K = iota
	running$K
	paused$K
	stopped$K
)

type machine$K struct {
	st      state$K
	history []state$K
	hooks   map[state$K]func(*machine$K) int
}

func newMachine$K() *machine$K {
	m := &machine$K{hooks: make(map[state$K]func(*machine$K) int)}
	m.hooks[running$K] = func(m *machine$K) int { return len(m.history) }
	m.hooks[stopped$K] = (*machine$K).count
	return m
}

func (m *machine$K) count() int { return len(m.history) * 2 }

func (m *machine$K) step(ev string) (changed bool) {
	old := m.st
	switch m.st {
	case idle$K:
		if ev == "start" {
			m.st = running$K
		}
	case running$K:
		switch ev {
		case "pause":
			m.st = paused$K
		case "stop":
			m.st = stopped$K
		}
	case paused$K:
		if ev == "resume" {
			m.st = running$K
		} else if ev == "stop" {
			m.st = stopped$K
		}
	}
	if m.st != old {
		m.history = append(m.history, old)
		changed = true
	}
	return
}

func machines$K() int {
	m := newMachine$K()
	total := 0
	for _, ev := range []string{"start", "pause", "noop", "resume", "stop", "start"} {
		if m.step(ev) {
			total++
		}
		if h, ok := m.hooks[m.st]; ok {
			total += h(m)
		}
	}
	step := m.step
	step("start")
	return total + int(m.st) + len(m.history)
}
`, calls: []string{"machines$K()"}},
	{text: `
const (
	bitA$K uint64 = 1 << iota
	bitB$K
	bitC$K
	bitD$K
	allBits$K = bitA$K | bitB$K | bitC$K | bitD$K
	highBit$K = 1 << 63
)

type flags$K uint64

func (f flags$K) has(b uint64) bool { return uint64(f)&b != 0 }

func (f *flags$K) set(b uint64) { *f |= flags$K(b) }

func (f *flags$K) clear(b uint64) { *f &^= flags$K(b) }

func popcount$K(x uint64) (n int) {
	for x != 0 {
		x &= x - 1
		n++
	}
	return
}

func rotl$K(x uint32, k uint) uint32 { return x<<(k&31) | x>>((32-k)&31) }

func bits$K() int {
	var f flags$K
	f.set(bitA$K | bitC$K)
	f.clear(bitA$K)
	total := 0
	if f.has(bitC$K) && !f.has(bitA$K) {
		total += 5
	}
	total += popcount$K(allBits$K) + popcount$K(highBit$K|$K)
	h := uint32(2166136261)
	for i := 0; i < len(name$K); i++ {
		h ^= uint32(name$K[i])
		h *= 16777619
	}
	total += int(rotl$K(h, $A) % 1000)
	var sh int16 = -$B
	total += int(sh>>1) + int(uint8(sh)<<2)
	return total
}
`, calls: []string{"bits$K()"}},
	{text: `
type mat$K [3][3]int

func identity$K() (m mat$K) {
	for i := 0; i < 3; i++ {
		m[i][i] = 1
	}
	return
}

func (a mat$K) mul(b mat$K) (c mat$K) {
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return
}

func (a *mat$K) transpose() {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			a[i][j], a[j][i] = a[j][i], a[i][j]
		}
	}
}

func (a mat$K) trace() int { return a[0][0] + a[1][1] + a[2][2] }

func matrices$K() int {
	m := mat$K{{1, 2, 3}, {4, 5, 6}, {7, 8, $A}}
	id := identity$K()
	p := m.mul(id).mul(m)
	p.transpose()
	total := p.trace()
	rows := make([][]float64, 3)
	for i := range rows {
		rows[i] = make([]float64, 3)
		for j := range rows[i] {
			rows[i][j] = float64(m[i][j]) / 2
		}
	}
	var s float64
	for _, r := range rows {
		for _, v := range r {
			s += v
		}
	}
	return total + int(s)
}
`, calls: []string{"matrices$K()"}},
	{text: `
type stack$K struct {
	items []interface{}
}

func (s *stack$K) push(vs ...interface{}) { s.items = append(s.items, vs...) }

func (s *stack$K) pop() (v interface{}, ok bool) {
	if len(s.items) == 0 {
		return nil, false
	}
	v = s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s stack$K) Len() int { return len(s.items) }

type evaluator$K interface {
	eval(s *stack$K) int
}

type opAdd$K struct{}

type opMul$K struct{ factor int }

func (opAdd$K) eval(s *stack$K) int {
	a, _ := s.pop()
	b, _ := s.pop()
	x, _ := a.(int)
	y, _ := b.(int)
	s.push(x + y)
	return x + y
}

func (o opMul$K) eval(s *stack$K) int {
	a, ok := s.pop()
	if !ok {
		return 0
	}
	r := a.(int) * o.factor
	s.push(r)
	return r
}

func stacks$K() int {
	var s stack$K
	s.push(1, 2, $A, "str", 3.5)
	total := s.Len()
	for {
		v, ok := s.pop()
		if !ok {
			break
		}
		if _, isInt := v.(int); !isInt {
			total++
			continue
		}
		s.push(v)
		break
	}
	ops := []evaluator$K{opAdd$K{}, opMul$K{factor: $B}, opAdd$K{}}
	for _, op := range ops {
		total += op.eval(&s)
	}
	return total
}
`, calls: []string{"stacks$K()"}},
	{text: `
type event$K struct {
	at   int
	name string
	prio int8
}

type queue$K []event$K

func (q queue$K) Len() int { return len(q) }

func (q queue$K) less(i, j int) bool {
	if q[i].at != q[j].at {
		return q[i].at < q[j].at
	}
	return q[i].prio > q[j].prio
}

func (q *queue$K) insert(e event$K) {
	*q = append(*q, e)
	for i := len(*q) - 1; i > 0 && q.less(i, i-1); i-- {
		(*q)[i], (*q)[i-1] = (*q)[i-1], (*q)[i]
	}
}

func (q *queue$K) next() (e event$K, ok bool) {
	if len(*q) == 0 {
		return
	}
	e, *q = (*q)[0], (*q)[1:]
	return e, true
}

func events$K() int {
	var q queue$K
	names := [...]string{"boot", "tick", "io", "tick", "halt"}
	for i, n := range names {
		q.insert(event$K{at: (i * $A) % 7, name: n, prio: int8(i)})
	}
	total := q.Len()
	seen := map[string]bool{}
	for {
		e, ok := q.next()
		if !ok {
			break
		}
		if seen[e.name] {
			continue
		}
		seen[e.name] = true
		total += e.at*3 + len(e.name) + int(e.prio)
	}
	return total + len(seen)
}
`, calls: []string{"events$K()"}},
}

var secGoto = section{text: `
func gotoSum$K(n int) int {
	i, s := 0, 0
loop:
	if i < n {
		s += i
		i++
		goto loop
	}
	if s > 1000 {
		goto done
	}
	s *= 2
done:
	return s
}
`, calls: []string{"gotoSum$K($B)", "gotoSum$K(100)"}}

// ---------------------------------------------------------------------------

const mainHeader = `// Code generated by bench/typecheck/gen.go; DO NOT EDIT.

package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [24]byte
	i := len(buf)
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		i--
		buf[i] = byte('0' + d)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

`

func expand(text string, k int) string {
	pv := k - 1
	if pv < 0 {
		pv = 0
	}
	r := strings.NewReplacer(
		"$K", strconv.Itoa(k),
		"$PV", strconv.Itoa(pv),
		"$A", strconv.Itoa(k%7+2),
		"$B", strconv.Itoa(k%11+3),
		"$C", strconv.Itoa(k%5+1),
		"$D", strconv.Itoa(k%13+4),
	)
	return r.Replace(text)
}

// unit returns the sections of unit k, the last one its entry point Run<k>.
func unit(k int) []string {
	secs := []section{secConsts, secTypes, secFuncs, secDescribe, secLoops, secConvert, secData}
	n := len(extras)
	first := k % n
	second := (first + 1 + (k/n)%(n-1)) % n // never equal to first
	secs = append(secs, extras[first], extras[second])
	if k%8 == 3 {
		secs = append(secs, secGoto)
	}
	var out []string
	var calls []string
	for _, s := range secs {
		out = append(out, expand(s.text, k))
		calls = append(calls, s.calls...)
	}
	// Run: the unit's entry point; also touches the previous unit.
	var b strings.Builder
	b.WriteString(`
func Run$K() int {
	total := 0
`)
	for _, c := range calls {
		fmt.Fprintf(&b, "\ttotal += %s\n", c)
	}
	b.WriteString(`	var prev Color$PV = Green$PV
	q, r, _ := divmod$PV(total, base$PV)
	pt := Point$PV{q, r}
	total += int(prev.Next()) + pt.Manhattan() + len(describe$PV(prev))
	return total
}
`)
	return append(out, expand(b.String(), k))
}

func countLines(s string) int { return strings.Count(s, "\n") }

func main() {
	lines := flag.Int("lines", 200000, "approximate number of lines to generate")
	out := flag.String("out", "", "output directory (required)")
	flag.Parse()
	if *out == "" || flag.NArg() != 0 || *lines <= 0 {
		fmt.Fprintln(os.Stderr, "usage: gen -lines N -out DIR")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	old, _ := filepath.Glob(filepath.Join(*out, "*.go"))
	for _, f := range old {
		os.Remove(f)
	}

	type file struct {
		name  string
		units []int // units whose Run is in this file
		body  strings.Builder
		lines int
	}
	var files []*file
	// main.go: header, a few lines of main, one call per file.
	mainFixed := countLines(mainHeader) + 12
	total := 0
	k := 0
	for {
		secs := unit(k)
		n := 0
		for _, s := range secs {
			n += countLines(s)
		}
		// Stop when this unit would overshoot more than it would fall short.
		if k > 0 && total+mainFixed+len(files)+n/2 >= *lines {
			break
		}
		// Files are filled section by section, so a unit may span two files.
		for _, src := range secs {
			sn := countLines(src)
			var f *file
			if len(files) == 0 || files[len(files)-1].lines+sn/2 > targetFileLines {
				f = &file{name: fmt.Sprintf("gen_%04d.go", len(files)+1)}
				hdr := "// Code generated by bench/typecheck/gen.go; DO NOT EDIT.\n\npackage main\n"
				f.body.WriteString(hdr)
				f.lines = countLines(hdr) + 4 // + runFileNNNN's fixed lines
				total += f.lines
				files = append(files, f)
			} else {
				f = files[len(files)-1]
			}
			f.body.WriteString(src)
			f.lines += sn
			total += sn
		}
		f := files[len(files)-1]
		f.units = append(f.units, k)
		f.lines++ // its call in runFileNNNN
		total++
		k++
	}

	write := func(name, text string) {
		src, err := format.Source([]byte(text)) // gofmt-clean output (aligns the const blocks)
		if err != nil {
			fmt.Fprintf(os.Stderr, "gen: internal error: %s: %v\n", name, err)
			os.Exit(1)
		}
		if err := os.WriteFile(filepath.Join(*out, name), src, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	var m strings.Builder
	m.WriteString(mainHeader)
	m.WriteString("func main() {\n\ttotal := 0\n")
	for i, f := range files {
		fmt.Fprintf(&m, "\ttotal += runFile%04d()\n", i+1)
		fmt.Fprintf(&f.body, "\nfunc runFile%04d() (total int) {\n", i+1)
		for _, u := range f.units {
			fmt.Fprintf(&f.body, "\ttotal += Run%d()\n", u)
		}
		f.body.WriteString("\treturn\n}\n")
		write(f.name, f.body.String())
	}
	fmt.Fprintf(&m, "\tif total == 0 {\n\t\tpanic(\"zero checksum\")\n\t}\n")
	fmt.Fprintf(&m, "\tprintln(\"gen: files=%d units=%d checksum=\", total)\n}\n", len(files)+1, k)
	write("main.go", m.String())
}
