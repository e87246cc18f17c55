// The builtin functions of templates, with Go 1.19's semantics and error texts.

package template

import (
	"errors"
	"fmt"
	"internal/gort"
	"io"
	"strings"
	"text/template/parse"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// FuncMap is the type of the map defining the mapping from names to functions.
type FuncMap map[string]any

// builtin is a builtin function: its parameters (Go 1.19's declared types, as kinds), whether
// the last is variadic, and its implementation.
type builtin struct {
	params   []paramKind
	variadic bool
	fn       func(args []value) (value, error)
}

var builtins map[string]builtin

// builtinNames is the function map the parser checks names against.
var builtinNames FuncMap

func init() {
	any1 := []paramKind{pAny}
	val1, val2 := []paramKind{pValue}, []paramKind{pValue, pValue}
	compare := func(f func(a, b value) (bool, error)) func([]value) (value, error) {
		return func(a []value) (value, error) {
			r, err := f(a[0], a[1])
			return valueOf(r), err
		}
	}
	builtins = map[string]builtin{
		"and":      {val2, true, nil}, // evalBuiltin evaluates and/or lazily
		"or":       {val2, true, nil},
		"call":     {val2, true, callFunc},
		"html":     {any1, true, func(a []value) (value, error) { return valueOf(HTMLEscaper(ifaces(a)...)), nil }},
		"index":    {val2, true, func(a []value) (value, error) { return index(a[0], a[1:]...) }},
		"slice":    {val2, true, func(a []value) (value, error) { return slice(a[0], a[1:]...) }},
		"js":       {any1, true, func(a []value) (value, error) { return valueOf(JSEscaper(ifaces(a)...)), nil }},
		"len":      {val1, false, func(a []value) (value, error) { n, err := length(a[0]); return valueOf(n), err }},
		"not":      {val1, false, func(a []value) (value, error) { return valueOf(!truth(a[0])), nil }},
		"print":    {any1, true, func(a []value) (value, error) { return valueOf(fmt.Sprint(ifaces(a)...)), nil }},
		"printf":   {[]paramKind{pString, pAny}, true, printf},
		"println":  {any1, true, func(a []value) (value, error) { return valueOf(fmt.Sprintln(ifaces(a)...)), nil }},
		"urlquery": {any1, true, func(a []value) (value, error) { return valueOf(URLQueryEscaper(ifaces(a)...)), nil }},
		"eq": {val2, true, func(a []value) (value, error) {
			r, err := eq(a[0], a[1:]...)
			return valueOf(r), err
		}},
		"ge": {val2, false, compare(ge)},
		"gt": {val2, false, compare(gt)},
		"le": {val2, false, compare(le)},
		"lt": {val2, false, compare(lt)},
		"ne": {val2, false, compare(ne)},
	}
	builtinNames = FuncMap{}
	for name := range builtins {
		builtinNames[name] = name
	}
}

func ifaces(args []value) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a.iface()
	}
	return out
}

func printf(a []value) (value, error) {
	return valueOf(fmt.Sprintf(a[0].str(), ifaces(a[1:])...)), nil
}

// callFunc is the builtin call: a func value called with the other arguments.
func callFunc(a []value) (value, error) {
	fn, args := indirectInterface(a[0]), a[1:]
	if !fn.valid() {
		return zero, fmt.Errorf("call of nil")
	}
	typ := fn.t
	if fn.kind() != gort.Func {
		return zero, fmt.Errorf("non-function of type %s", fn.typeString())
	}
	if !goodFunc(typ) {
		return zero, fmt.Errorf("function called with %d args; should be 1 or 2", gort.NumOut(typ))
	}
	numIn := gort.NumIn(typ)
	variadic := gort.IsVariadic(typ)
	var dddType gort.Type
	if variadic {
		if len(args) < numIn-1 {
			return zero, fmt.Errorf("wrong number of args: got %d want at least %d", len(args), numIn-1)
		}
		dddType = gort.Elem(gort.In(typ, numIn-1))
	} else if len(args) != numIn {
		return zero, fmt.Errorf("wrong number of args: got %d want %d", len(args), numIn)
	}
	argv := make([]value, len(args))
	for i, arg := range args {
		argType := dddType
		if !variadic || i < numIn-1 {
			argType = gort.In(typ, i)
		}
		v, err := prepareArg(indirectInterface(arg), argType)
		if err != nil {
			return zero, fmt.Errorf("arg %d: %w", i, err)
		}
		if gort.Kind(argType) == gort.Interface {
			v = toInterface(v, argType)
		}
		argv[i] = v
	}
	return invoke(typ, func(argv, results []unsafe.Pointer) bool {
		return gort.Call(fn.t, fn.p, argv, results)
	}, argv)
}

func goodName(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		switch {
		case r == '_':
		case i == 0 && !unicode.IsLetter(r):
			return false
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			return false
		}
	}
	return true
}

// evalBuiltin checks the arguments of a builtin call as Go's evalCall does, evaluates them
// and calls the builtin.
func (s *state) evalBuiltin(dot value, fn builtin, node parse.Node, name string, args []parse.Node, final value) value {
	if args != nil {
		args = args[1:] // the function's own name
	}
	numIn := len(args)
	if !final.isMissing() {
		numIn++
	}
	numFixed := len(args)
	if fn.variadic {
		numFixed = len(fn.params) - 1
		if numIn < numFixed {
			s.errorf("wrong number of args for %s: want at least %d got %d", name, len(fn.params)-1, len(args))
		}
	} else if numIn != len(fn.params) {
		s.errorf("wrong number of args for %s: want %d got %d", name, len(fn.params), numIn)
	}
	if name == "and" || name == "or" {
		// Evaluation stops at the first argument that decides the result.
		var v value
		for _, arg := range args {
			v = s.evalArg(dot, pValue, arg)
			if truth(v) == (name == "or") {
				return v
			}
		}
		if !final.isMissing() {
			v = final
		}
		return v
	}
	param := func(i int) paramKind {
		if i >= len(fn.params) {
			return fn.params[len(fn.params)-1]
		}
		return fn.params[i]
	}
	argv := make([]value, numIn)
	i := 0
	for ; i < len(args); i++ {
		argv[i] = s.evalArg(dot, param(i), args[i])
	}
	if !final.isMissing() {
		argv[i] = s.validateType(final, param(i))
	}
	var v value
	err := safeCall(func() (err error) {
		v, err = fn.fn(argv)
		return err
	})
	if err != nil {
		s.at(node)
		s.errorf("error calling %s: %w", name, err)
	}
	return v
}

// safeCall runs f, turning a panic into an error (Go's safeCall does so for every call a
// template makes).
func safeCall(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	return f()
}

func truth(v value) bool {
	t, _ := isTrue(indirectInterface(v))
	return t
}

// ---- indexing ----

func intLike(k int) bool {
	switch k {
	case gort.Int, gort.Int8, gort.Int16, gort.Int32, gort.Int64,
		gort.Uint, gort.Uint8, gort.Uint16, gort.Uint32, gort.Uint64, gort.Uintptr:
		return true
	}
	return false
}

// prepareArg converts v to a map key of type t as Go's does (assignable, or an integer).
func prepareArg(v value, t gort.Type) (value, error) {
	if !v.valid() {
		switch gort.Kind(t) {
		case gort.Chan, gort.Func, gort.Interface, gort.Map, gort.Pointer, gort.Slice:
			return zeroOf(t), nil
		}
		return zero, fmt.Errorf("value is nil; should be of type %s", gort.TypeString(t))
	}
	if v.t == t || gort.Kind(t) == gort.Interface && gort.Implements(v.t, t) {
		return v, nil
	}
	if intLike(v.kind()) && intLike(gort.Kind(t)) {
		out := zeroOf(t)
		var n uint64
		if isSigned(v.kind()) {
			n = uint64(v.int64())
		} else {
			n = v.uint64()
		}
		storeInt(out, n)
		return out, nil
	}
	return zero, fmt.Errorf("value has type %s; should be %s", v.typeString(), gort.TypeString(t))
}

func isSigned(k int) bool { return k >= gort.Int && k <= gort.Int64 }

// storeInt stores the low bytes of n in the integer value v (a conversion).
func storeInt(v value, n uint64) {
	switch gort.Size(v.t) {
	case 1:
		*(*uint8)(v.p) = uint8(n)
	case 2:
		*(*uint16)(v.p) = uint16(n)
	case 4:
		*(*uint32)(v.p) = uint32(n)
	default:
		*(*uint64)(v.p) = n
	}
}

func indexArg(index value, cap int) (int, error) {
	var x int64
	switch k := index.kind(); {
	case isSigned(k):
		x = index.int64()
	case intLike(k):
		x = int64(index.uint64())
	case k == gort.Invalid:
		return 0, fmt.Errorf("cannot index slice/array with nil")
	default:
		return 0, fmt.Errorf("cannot index slice/array with type %s", index.typeString())
	}
	if x < 0 || int(x) < 0 || int(x) > cap {
		return 0, fmt.Errorf("index out of range: %d", x)
	}
	return int(x), nil
}

// index returns the result of indexing its first argument by the following arguments.
func index(item value, indexes ...value) (value, error) {
	item = indirectInterface(item)
	if !item.valid() {
		return zero, fmt.Errorf("index of untyped nil")
	}
	for _, ix := range indexes {
		ix = indirectInterface(ix)
		var isNil bool
		if item, isNil = indirect(item); isNil {
			return zero, fmt.Errorf("index of nil pointer")
		}
		switch item.kind() {
		case gort.Array, gort.Slice, gort.String:
			x, err := indexArg(ix, item.length())
			if err != nil {
				return zero, err
			}
			item = item.index(x) // x == len panics, as reflect's Index does
		case gort.Map:
			key, err := prepareArg(ix, gort.Key(item.t))
			if err != nil {
				return zero, err
			}
			if x := item.mapIndex(key); x.valid() {
				item = x
			} else {
				item = zeroOf(gort.Elem(item.t))
			}
		default:
			return zero, fmt.Errorf("can't index item of type %s", item.typeString())
		}
	}
	return item, nil
}

// slice returns the result of slicing its first argument by the remaining arguments.
func slice(item value, indexes ...value) (value, error) {
	item = indirectInterface(item)
	if !item.valid() {
		return zero, fmt.Errorf("slice of untyped nil")
	}
	if len(indexes) > 3 {
		return zero, fmt.Errorf("too many slice indexes: %d", len(indexes))
	}
	var cap int
	switch item.kind() {
	case gort.String:
		if len(indexes) == 3 {
			return zero, fmt.Errorf("cannot 3-index slice a string")
		}
		cap = item.length()
	case gort.Slice:
		cap = (*gort.SliceHeader)(item.p).Cap
	default:
		// gocc: slicing an array needs its address and a new slice type; not supported.
		return zero, fmt.Errorf("can't slice item of type %s", item.typeString())
	}
	idx := [3]int{0, item.length()}
	for i, ix := range indexes {
		x, err := indexArg(indirectInterface(ix), cap)
		if err != nil {
			return zero, err
		}
		idx[i] = x
	}
	if idx[0] > idx[1] {
		return zero, fmt.Errorf("invalid slice index: %d > %d", idx[0], idx[1])
	}
	if item.kind() == gort.String {
		return valueOf(item.str()[idx[0]:idx[1]]), nil
	}
	h := *(*gort.SliceHeader)(item.p)
	if len(indexes) < 3 {
		idx[2] = h.Cap
	} else if idx[1] > idx[2] {
		return zero, fmt.Errorf("invalid slice index: %d > %d", idx[1], idx[2])
	}
	out := zeroOf(item.t)
	size := gort.Size(gort.Elem(item.t))
	*(*gort.SliceHeader)(out.p) = gort.SliceHeader{
		Data: gort.Add(h.Data, uintptr(idx[0])*size), Len: idx[1] - idx[0], Cap: idx[2] - idx[0]}
	return out, nil
}

func length(item value) (int, error) {
	if !item.valid() {
		// Go's len asks reflect for the type of no value, which panics.
		panic("reflect: call of reflect.Value.Type on zero Value")
	}
	item, isNil := indirect(item)
	if isNil {
		return 0, fmt.Errorf("len of nil pointer")
	}
	switch item.kind() {
	case gort.Array, gort.Map, gort.Slice, gort.String:
		return item.length(), nil
	case gort.Chan:
		return gort.ChanLen(item.t, item.p), nil
	}
	return 0, fmt.Errorf("len of type %s", item.typeString())
}

// ---- comparison ----

var (
	errBadComparisonType = errors.New("invalid type for comparison")
	errBadComparison     = errors.New("incompatible types for comparison")
	errNoComparison      = errors.New("missing argument for comparison")
)

type kind int

const (
	invalidKind kind = iota
	boolKind
	complexKind
	intKind
	floatKind
	stringKind
	uintKind
)

func basicKind(v value) (kind, error) {
	switch v.kind() {
	case gort.Bool:
		return boolKind, nil
	case gort.Int, gort.Int8, gort.Int16, gort.Int32, gort.Int64:
		return intKind, nil
	case gort.Uint, gort.Uint8, gort.Uint16, gort.Uint32, gort.Uint64, gort.Uintptr:
		return uintKind, nil
	case gort.Float32, gort.Float64:
		return floatKind, nil
	case gort.Complex64, gort.Complex128:
		return complexKind, nil
	case gort.String:
		return stringKind, nil
	}
	return invalidKind, errBadComparisonType
}

func isNil(v value) bool {
	if !v.valid() {
		return true
	}
	switch v.kind() {
	case gort.Chan, gort.Func, gort.Interface, gort.Map, gort.Pointer, gort.Slice:
		return v.isNil()
	}
	return false
}

func canCompare(a, b value) bool {
	k1, k2 := a.kind(), b.kind()
	if k1 == k2 {
		return true
	}
	return k1 == gort.Invalid || k2 == gort.Invalid
}

// eq evaluates the comparison a == b || a == c || ...
func eq(arg1 value, arg2 ...value) (bool, error) {
	arg1 = indirectInterface(arg1)
	if len(arg2) == 0 {
		return false, errNoComparison
	}
	k1, _ := basicKind(arg1)
	for _, arg := range arg2 {
		arg = indirectInterface(arg)
		k2, _ := basicKind(arg)
		truth := false
		if k1 != k2 {
			// Integers compare across signedness.
			switch {
			case k1 == intKind && k2 == uintKind:
				truth = arg1.int64() >= 0 && uint64(arg1.int64()) == arg.uint64()
			case k1 == uintKind && k2 == intKind:
				truth = arg.int64() >= 0 && arg1.uint64() == uint64(arg.int64())
			default:
				if arg1.valid() && arg.valid() {
					return false, errBadComparison
				}
			}
		} else {
			switch k1 {
			case boolKind:
				truth = arg1.boolean() == arg.boolean()
			case complexKind:
				truth = arg1.complex128() == arg.complex128()
			case floatKind:
				truth = arg1.float64() == arg.float64()
			case intKind:
				truth = arg1.int64() == arg.int64()
			case stringKind:
				truth = arg1.str() == arg.str()
			case uintKind:
				truth = arg1.uint64() == arg.uint64()
			default:
				if !canCompare(arg1, arg) {
					return false, fmt.Errorf("non-comparable types %s: %v, %s: %v", arg1.iface(), arg1.typeString(), arg.typeString(), arg.iface())
				}
				if isNil(arg1) || isNil(arg) {
					truth = isNil(arg) == isNil(arg1)
				} else {
					if !gort.Comparable(arg.t) {
						return false, fmt.Errorf("non-comparable type %s: %v", arg.iface(), arg.typeString())
					}
					truth = arg1.iface() == arg.iface()
				}
			}
		}
		if truth {
			return true, nil
		}
	}
	return false, nil
}

func ne(a, b value) (bool, error) {
	equal, err := eq(a, b)
	return !equal, err
}

func lt(arg1, arg2 value) (bool, error) {
	arg1 = indirectInterface(arg1)
	k1, err := basicKind(arg1)
	if err != nil {
		return false, err
	}
	arg2 = indirectInterface(arg2)
	k2, err := basicKind(arg2)
	if err != nil {
		return false, err
	}
	if k1 != k2 {
		switch {
		case k1 == intKind && k2 == uintKind:
			return arg1.int64() < 0 || uint64(arg1.int64()) < arg2.uint64(), nil
		case k1 == uintKind && k2 == intKind:
			return arg2.int64() >= 0 && arg1.uint64() < uint64(arg2.int64()), nil
		}
		return false, errBadComparison
	}
	switch k1 {
	case boolKind, complexKind:
		return false, errBadComparisonType
	case floatKind:
		return arg1.float64() < arg2.float64(), nil
	case intKind:
		return arg1.int64() < arg2.int64(), nil
	case stringKind:
		return arg1.str() < arg2.str(), nil
	}
	return arg1.uint64() < arg2.uint64(), nil
}

func le(a, b value) (bool, error) {
	if less, err := lt(a, b); less || err != nil {
		return less, err
	}
	return eq(a, b)
}

func gt(a, b value) (bool, error) {
	lessOrEqual, err := le(a, b)
	if err != nil {
		return false, err
	}
	return !lessOrEqual, nil
}

func ge(a, b value) (bool, error) {
	less, err := lt(a, b)
	if err != nil {
		return false, err
	}
	return !less, nil
}

// ---- escaping ----

var (
	htmlQuot = []byte("&#34;") // shorter than "&quot;"
	htmlApos = []byte("&#39;") // shorter than "&apos;" and apos was not in HTML until HTML5
	htmlAmp  = []byte("&amp;")
	htmlLt   = []byte("&lt;")
	htmlGt   = []byte("&gt;")
	htmlNull = []byte("\uFFFD")
)

// HTMLEscape writes to w the escaped HTML equivalent of the plain text data b.
func HTMLEscape(w io.Writer, b []byte) {
	last := 0
	for i, c := range b {
		var esc []byte
		switch c {
		case '\000':
			esc = htmlNull
		case '"':
			esc = htmlQuot
		case '\'':
			esc = htmlApos
		case '&':
			esc = htmlAmp
		case '<':
			esc = htmlLt
		case '>':
			esc = htmlGt
		default:
			continue
		}
		w.Write(b[last:i])
		w.Write(esc)
		last = i + 1
	}
	w.Write(b[last:])
}

// HTMLEscapeString returns the escaped HTML equivalent of the plain text data s.
func HTMLEscapeString(s string) string {
	if !strings.ContainsAny(s, "'\"&<>\000") {
		return s
	}
	var b strings.Builder
	HTMLEscape(&b, []byte(s))
	return b.String()
}

// HTMLEscaper returns the escaped HTML equivalent of the textual representation of its
// arguments.
func HTMLEscaper(args ...any) string { return HTMLEscapeString(evalArgs(args)) }

// JSEscape writes to w the escaped JavaScript equivalent of the plain text data b.
func JSEscape(w io.Writer, b []byte) {
	last := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if !jsIsSpecial(rune(c)) {
			continue
		}
		w.Write(b[last:i])
		if c < utf8.RuneSelf {
			switch c {
			case '\\':
				w.Write([]byte(`\\`))
			case '\'':
				w.Write([]byte(`\'`))
			case '"':
				w.Write([]byte(`\"`))
			case '<':
				w.Write([]byte(`\u003C`))
			case '>':
				w.Write([]byte(`\u003E`))
			case '&':
				w.Write([]byte(`\u0026`))
			case '=':
				w.Write([]byte(`\u003D`))
			default:
				const hex = "0123456789ABCDEF"
				w.Write([]byte{'\\', 'u', '0', '0', hex[c>>4], hex[c&0xF]})
			}
		} else {
			r, size := utf8.DecodeRune(b[i:])
			if unicode.IsPrint(r) {
				w.Write(b[i : i+size])
			} else {
				fmt.Fprintf(w, "\\u%04X", r)
			}
			i += size - 1
		}
		last = i + 1
	}
	w.Write(b[last:])
}

// JSEscapeString returns the escaped JavaScript equivalent of the plain text data s.
func JSEscapeString(s string) string {
	if strings.IndexFunc(s, jsIsSpecial) < 0 {
		return s
	}
	var b strings.Builder
	JSEscape(&b, []byte(s))
	return b.String()
}

func jsIsSpecial(r rune) bool {
	switch r {
	case '\\', '\'', '"', '<', '>', '&', '=':
		return true
	}
	return r < ' ' || utf8.RuneSelf <= r
}

// JSEscaper returns the escaped JavaScript equivalent of the textual representation of its
// arguments.
func JSEscaper(args ...any) string { return JSEscapeString(evalArgs(args)) }

// URLQueryEscaper returns the escaped value of the textual representation of its arguments in
// a form suitable for embedding in a URL query.
func URLQueryEscaper(args ...any) string { return queryEscape(evalArgs(args)) }

// queryEscape is net/url's QueryEscape: letters, digits and "-_.~" stay, a space is '+',
// every other byte is %XX.
func queryEscape(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c == '-' || c == '_' || c == '.' || c == '~':
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

// evalArgs formats the arguments of the escapers: a lone string is itself, others as
// fmt.Sprint prints them.
func evalArgs(args []any) string {
	if len(args) == 1 {
		if s, ok := args[0].(string); ok {
			return s
		}
	}
	for i, arg := range args {
		if x, ok := printableValue(valueOf(arg)); ok {
			args[i] = x
		}
	}
	return fmt.Sprint(args...)
}
