// Execution: walking a parsed template with a data value, as Go 1.19's text/template does
// (same results, same error texts), over gocc's value (value.go) instead of reflect.Value.

package template

import (
	"errors"
	"fmt"
	"internal/gort"
	"io"
	"sort"
	"strings"
	"text/template/parse"
	"unsafe"
)

// maxExecDepth bounds the nesting of {{template}} calls, as Go's does.
const maxExecDepth = 100000

// state represents the state of an execution.
type state struct {
	tmpl  *Template
	wr    io.Writer
	node  parse.Node // the node being evaluated, for error messages
	vars  []variable // the variable stack
	depth int        // the nesting of {{template}} calls
}

type variable struct {
	name  string
	value value
}

func (s *state) push(name string, v value) { s.vars = append(s.vars, variable{name, v}) }
func (s *state) mark() int                 { return len(s.vars) }
func (s *state) pop(mark int)              { s.vars = s.vars[:mark] }

// setVar overwrites the last declared variable with the given name.
func (s *state) setVar(name string, v value) {
	for i := s.mark() - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			s.vars[i].value = v
			return
		}
	}
	s.errorf("undefined variable: %s", name)
}

// setTopVar overwrites the top-nth variable on the stack (range's $i and $v).
func (s *state) setTopVar(n int, v value) { s.vars[len(s.vars)-n].value = v }

func (s *state) varValue(name string) value {
	for i := s.mark() - 1; i >= 0; i-- {
		if s.vars[i].name == name {
			return s.vars[i].value
		}
	}
	s.errorf("undefined variable: %s", name)
	return zero
}

func (s *state) at(node parse.Node) { s.node = node }

// ExecError is the custom error type returned when Execute has an error evaluating its
// template. (If a write error occurs, the actual error is returned; it will not be of type
// ExecError.)
type ExecError struct {
	Name string // Name of template.
	Err  error  // Pre-formatted error.
}

func (e ExecError) Error() string { return e.Err.Error() }
func (e ExecError) Unwrap() error { return e.Err }

func doublePercent(s string) string { return strings.ReplaceAll(s, "%", "%%") }

// errorf ends execution with an ExecError that says where.
func (s *state) errorf(format string, args ...any) {
	name := doublePercent(s.tmpl.Name())
	if s.node == nil {
		format = fmt.Sprintf("template: %s: %s", name, format)
	} else {
		location, context := s.tmpl.ErrorContext(s.node)
		format = fmt.Sprintf("template: %s: executing %q at <%s>: %s", location, name, doublePercent(context), format)
	}
	panic(ExecError{Name: s.tmpl.Name(), Err: fmt.Errorf(format, args...)})
}

// writeError carries an error of the output writer out of the walk.
type writeError struct{ Err error }

func errRecover(errp *error) {
	switch e := recover().(type) {
	case nil:
	case writeError:
		*errp = e.Err
	case ExecError:
		*errp = e
	default:
		panic(e)
	}
}

// ExecuteTemplate applies the template associated with t that has the given name to the
// specified data object and writes the output to wr.
func (t *Template) ExecuteTemplate(wr io.Writer, name string, data any) error {
	tmpl := t.Lookup(name)
	if tmpl == nil {
		return fmt.Errorf("template: no template %q associated with template %q", name, t.name)
	}
	return tmpl.Execute(wr, data)
}

// Execute applies a parsed template to the specified data object, and writes the output to
// wr. If an error occurs executing the template or writing its output, execution stops, but
// partial results may already have been written to the output writer.
func (t *Template) Execute(wr io.Writer, data any) error {
	return t.execute(wr, data)
}

func (t *Template) execute(wr io.Writer, data any) (err error) {
	defer errRecover(&err)
	v := valueOf(data)
	s := &state{tmpl: t, wr: wr, vars: []variable{{"$", v}}}
	if t.Tree == nil || t.Root == nil {
		s.errorf("%q is an incomplete or empty template", t.Name())
	}
	s.walk(v, t.Root)
	return nil
}

// DefinedTemplates returns a string listing the defined templates, prefixed by the string
// "; defined templates are: ". If there are none, it returns the empty string.
func (t *Template) DefinedTemplates() string {
	if t.common == nil {
		return ""
	}
	var b strings.Builder
	t.muTmpl.RLock()
	defer t.muTmpl.RUnlock()
	for name, tmpl := range t.tmpl {
		if tmpl.Tree == nil || tmpl.Root == nil {
			continue
		}
		if b.Len() == 0 {
			b.WriteString("; defined templates are: ")
		} else {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", name)
	}
	return b.String()
}

// Sentinels of {{break}} and {{continue}}, caught by the range that runs them.
var (
	walkBreak    = errors.New("break")
	walkContinue = errors.New("continue")
)

func (s *state) walk(dot value, node parse.Node) {
	s.at(node)
	switch node := node.(type) {
	case *parse.ActionNode:
		// Nothing is printed for a declaration.
		v := s.evalPipeline(dot, node.Pipe)
		if len(node.Pipe.Decl) == 0 {
			s.printValue(node, v)
		}
	case *parse.BreakNode:
		panic(walkBreak)
	case *parse.CommentNode:
	case *parse.ContinueNode:
		panic(walkContinue)
	case *parse.IfNode:
		s.walkIfOrWith(parse.NodeIf, dot, node.Pipe, node.List, node.ElseList)
	case *parse.ListNode:
		for _, n := range node.Nodes {
			s.walk(dot, n)
		}
	case *parse.RangeNode:
		s.walkRange(dot, node)
	case *parse.TemplateNode:
		s.walkTemplate(dot, node)
	case *parse.TextNode:
		if _, err := s.wr.Write(node.Text); err != nil {
			panic(writeError{err})
		}
	case *parse.WithNode:
		s.walkIfOrWith(parse.NodeWith, dot, node.Pipe, node.List, node.ElseList)
	default:
		s.errorf("unknown node: %s", node)
	}
}

func (s *state) walkIfOrWith(typ parse.NodeType, dot value, pipe *parse.PipeNode, list, elseList *parse.ListNode) {
	defer s.pop(s.mark())
	v := s.evalPipeline(dot, pipe)
	truth, ok := isTrue(indirectInterface(v))
	if !ok {
		s.errorf("if/with can't use %v", v.iface())
	}
	switch {
	case truth && typ == parse.NodeWith:
		s.walk(v, list)
	case truth:
		s.walk(dot, list)
	case elseList != nil:
		s.walk(dot, elseList)
	}
}

// IsTrue reports whether the value is 'true', in the sense of not the zero of its type, and
// whether the value has a meaningful truth value. This is the definition of truth used by if
// and other such actions.
func IsTrue(val any) (truth, ok bool) { return isTrue(valueOf(val)) }

func isTrue(v value) (truth, ok bool) {
	if !v.valid() {
		return false, true // no value: false
	}
	switch v.kind() {
	case gort.Array, gort.Map, gort.Slice, gort.String:
		return v.length() > 0, true
	case gort.Bool:
		return v.boolean(), true
	case gort.Complex64, gort.Complex128:
		return v.complex128() != 0, true
	case gort.Chan, gort.Func, gort.Pointer, gort.Interface:
		return !v.isNil(), true
	case gort.Int, gort.Int8, gort.Int16, gort.Int32, gort.Int64:
		return v.int64() != 0, true
	case gort.Float32, gort.Float64:
		return v.float64() != 0, true
	case gort.Uint, gort.Uint8, gort.Uint16, gort.Uint32, gort.Uint64, gort.Uintptr:
		return v.uint64() != 0, true
	case gort.Struct:
		return true, true
	}
	return false, false
}

func (s *state) walkRange(dot value, r *parse.RangeNode) {
	s.at(r)
	defer func() {
		if e := recover(); e != nil && e != walkBreak {
			panic(e)
		}
	}()
	defer s.pop(s.mark())
	v, _ := indirect(s.evalPipeline(dot, r.Pipe))
	mark := s.mark()
	oneIteration := func(index, elem value) {
		if len(r.Pipe.Decl) > 0 {
			s.setTopVar(1, elem)
		}
		if len(r.Pipe.Decl) > 1 {
			s.setTopVar(2, index)
		}
		defer s.pop(mark)
		defer func() {
			if e := recover(); e != nil && e != walkContinue {
				panic(e)
			}
		}()
		s.walk(elem, r.List)
	}
	switch v.kind() {
	case gort.Array, gort.Slice:
		if n := v.length(); n > 0 {
			for i := 0; i < n; i++ {
				oneIteration(valueOf(i), v.index(i))
			}
			return
		}
	case gort.Map:
		if v.length() > 0 {
			keys, vals := sortedEntries(v)
			for i := range keys {
				oneIteration(keys[i], vals[i])
			}
			return
		}
	case gort.Chan:
		if v.isNil() {
			break
		}
		if gort.Len(v.t) == 2 { // send-only
			s.errorf("range over send-only channel %v", v.iface())
			break
		}
		i := 0
		for ; ; i++ {
			elem := zeroOf(gort.Elem(v.t))
			if !gort.ChanRecv(v.t, v.p, elem.p) {
				break
			}
			oneIteration(valueOf(i), elem)
		}
		if i > 0 {
			return
		}
	case gort.Invalid:
		// No value (a nil map, say) is like an empty map.
	default:
		s.errorf("range can't iterate over %v", v.iface())
	}
	if r.ElseList != nil {
		s.walk(dot, r.ElseList)
	}
}

// sortedEntries returns the keys and values of map v in the order of Go's internal/fmtsort
// (numbers, strings and booleans by value, pointers and channels by address).
func sortedEntries(v value) (keys, vals []value) {
	kt, vt := gort.Key(v.t), gort.Elem(v.t)
	entries := gort.MapEntries(v.t, v.p)
	for i := 0; i < len(entries); i += 2 {
		keys = append(keys, value{t: kt, p: entries[i]})
		vals = append(vals, value{t: vt, p: entries[i+1]})
	}
	sort.Stable(byKey{keys, vals})
	return keys, vals
}

type byKey struct{ keys, vals []value }

func (b byKey) Len() int { return len(b.keys) }
func (b byKey) Swap(i, j int) {
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
	b.vals[i], b.vals[j] = b.vals[j], b.vals[i]
}
func (b byKey) Less(i, j int) bool { return compareKeys(b.keys[i], b.keys[j]) < 0 }

func compareKeys(a, b value) int {
	if a.kind() != b.kind() {
		return a.kind() - b.kind()
	}
	switch a.kind() {
	case gort.Int, gort.Int8, gort.Int16, gort.Int32, gort.Int64:
		return cmp3(a.int64() < b.int64(), a.int64() > b.int64())
	case gort.Uint, gort.Uint8, gort.Uint16, gort.Uint32, gort.Uint64, gort.Uintptr:
		return cmp3(a.uint64() < b.uint64(), a.uint64() > b.uint64())
	case gort.String:
		return strings.Compare(a.str(), b.str())
	case gort.Float32, gort.Float64:
		x, y := a.float64(), b.float64()
		if x != x || y != y { // NaNs first
			return cmp3(x != x && y == y, x == x && y != y)
		}
		return cmp3(x < y, x > y)
	case gort.Bool:
		return cmp3(!a.boolean() && b.boolean(), a.boolean() && !b.boolean())
	case gort.Pointer, gort.Chan, gort.UnsafePointer:
		x, y := uintptr(a.word()), uintptr(b.word())
		return cmp3(x < y, x > y)
	case gort.Interface:
		return compareKeys(indirectInterface(a), indirectInterface(b))
	}
	return 0
}

func cmp3(less, greater bool) int {
	switch {
	case less:
		return -1
	case greater:
		return 1
	}
	return 0
}

func (s *state) walkTemplate(dot value, t *parse.TemplateNode) {
	s.at(t)
	tmpl := s.tmpl.Lookup(t.Name)
	if tmpl == nil {
		s.errorf("template %q not defined", t.Name)
	}
	if s.depth == maxExecDepth {
		s.errorf("exceeded maximum template depth (%v)", maxExecDepth)
	}
	dot = s.evalPipeline(dot, t.Pipe)
	inner := *s
	inner.depth++
	inner.tmpl = tmpl
	inner.vars = []variable{{"$", dot}}
	inner.walk(dot, tmpl.Root)
}

// evalPipeline returns the value of a pipeline; each command's result is the next one's
// final argument.
func (s *state) evalPipeline(dot value, pipe *parse.PipeNode) value {
	if pipe == nil {
		return zero
	}
	s.at(pipe)
	v := missing
	for _, cmd := range pipe.Cmds {
		v = s.evalCommand(dot, cmd, v)
		// An interface{} result is its dynamic value.
		if v.kind() == gort.Interface && gort.NumMethod(v.t) == 0 {
			v = v.elem()
		}
	}
	for _, variable := range pipe.Decl {
		if pipe.IsAssign {
			s.setVar(variable.Ident[0], v)
		} else {
			s.push(variable.Ident[0], v)
		}
	}
	return v
}

func (s *state) notAFunction(args []parse.Node, final value) {
	if len(args) > 1 || !final.isMissing() {
		s.errorf("can't give argument to non-function %s", args[0])
	}
}

func (s *state) evalCommand(dot value, cmd *parse.CommandNode, final value) value {
	first := cmd.Args[0]
	switch n := first.(type) {
	case *parse.FieldNode:
		return s.evalFieldNode(dot, n, cmd.Args, final)
	case *parse.ChainNode:
		return s.evalChainNode(dot, n, cmd.Args, final)
	case *parse.IdentifierNode:
		return s.evalFunction(dot, n, cmd, cmd.Args, final)
	case *parse.PipeNode:
		s.notAFunction(cmd.Args, final)
		return s.evalPipeline(dot, n)
	case *parse.VariableNode:
		return s.evalVariableNode(dot, n, cmd.Args, final)
	}
	s.at(first)
	s.notAFunction(cmd.Args, final)
	switch word := first.(type) {
	case *parse.BoolNode:
		return valueOf(word.True)
	case *parse.DotNode:
		return dot
	case *parse.NilNode:
		s.errorf("nil is not a command")
	case *parse.NumberNode:
		return s.idealConstant(word)
	case *parse.StringNode:
		return valueOf(word.Text)
	}
	s.errorf("can't evaluate command %q", first)
	panic("not reached")
}

// idealConstant is the value of an untyped number: complex, float64 or int.
func (s *state) idealConstant(c *parse.NumberNode) value {
	s.at(c)
	switch {
	case c.IsComplex:
		return valueOf(c.Complex128)
	case c.IsFloat && !isHexInt(c.Text) && !isRuneInt(c.Text) && strings.ContainsAny(c.Text, ".eEpP"):
		return valueOf(c.Float64)
	case c.IsInt:
		n := int(c.Int64)
		if int64(n) != c.Int64 {
			s.errorf("%s overflows int", c.Text)
		}
		return valueOf(n)
	case c.IsUint:
		s.errorf("%s overflows int", c.Text)
	}
	return zero
}

func isRuneInt(s string) bool { return len(s) > 0 && s[0] == '\'' }

func isHexInt(s string) bool {
	return len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && !strings.ContainsAny(s, "pP")
}

func (s *state) evalFieldNode(dot value, field *parse.FieldNode, args []parse.Node, final value) value {
	s.at(field)
	return s.evalFieldChain(dot, dot, field, field.Ident, args, final)
}

func (s *state) evalChainNode(dot value, chain *parse.ChainNode, args []parse.Node, final value) value {
	s.at(chain)
	if len(chain.Field) == 0 {
		s.errorf("internal error: no fields in evalChainNode")
	}
	if chain.Node.Type() == parse.NodeNil {
		s.errorf("indirection through explicit nil in %s", chain)
	}
	pipe := s.evalArg(dot, pValue, chain.Node)
	return s.evalFieldChain(dot, pipe, chain, chain.Field, args, final)
}

func (s *state) evalVariableNode(dot value, variable *parse.VariableNode, args []parse.Node, final value) value {
	s.at(variable)
	v := s.varValue(variable.Ident[0])
	if len(variable.Ident) == 1 {
		s.notAFunction(args, final)
		return v
	}
	return s.evalFieldChain(dot, v, variable, variable.Ident[1:], args, final)
}

// evalFieldChain evaluates .X.Y.Z: only the last field gets the arguments.
func (s *state) evalFieldChain(dot, receiver value, node parse.Node, ident []string, args []parse.Node, final value) value {
	n := len(ident)
	for i := 0; i < n-1; i++ {
		receiver = s.evalField(dot, ident[i], node, nil, missing, receiver)
	}
	return s.evalField(dot, ident[n-1], node, args, final, receiver)
}

func (s *state) evalFunction(dot value, node *parse.IdentifierNode, cmd parse.Node, args []parse.Node, final value) value {
	s.at(node)
	name := node.Ident
	if fn, ok := s.tmpl.findFunction(name); ok {
		return s.evalCall(dot, fn.t, func(argv, results []unsafe.Pointer) bool {
			return gort.Call(fn.t, fn.p, argv, results)
		}, cmd, name, args, final)
	}
	fn, ok := builtins[name]
	if !ok {
		s.errorf("%q is not a defined function", name)
	}
	return s.evalBuiltin(dot, fn, cmd, name, args, final)
}

// findFunction returns the program's function name (Funcs).
func (t *Template) findFunction(name string) (value, bool) {
	if t.common == nil {
		return zero, false
	}
	t.muFuncs.RLock()
	defer t.muFuncs.RUnlock()
	fn, ok := t.execFuncs[name]
	return fn, ok
}

// evalField evaluates the field or method fieldName of receiver (a map key for a map).
func (s *state) evalField(dot value, fieldName string, node parse.Node, args []parse.Node, final, receiver value) value {
	if !receiver.valid() {
		if s.tmpl.option.missingKey == mapError {
			s.errorf("nil data; no entry for key %q", fieldName)
		}
		return zero
	}
	typ := receiver.typeString()
	receiver, isNil := indirect(receiver)
	if receiver.kind() == gort.Interface && isNil {
		// A nil interface has no methods or fields.
		s.errorf("nil pointer evaluating %s.%s", typ, fieldName)
	}
	if recv, index, ftype, ok := receiver.method(fieldName); ok {
		return s.evalMethod(dot, recv, index, ftype, node, fieldName, args, final)
	}
	hasArgs := len(args) > 1 || !final.isMissing()
	switch receiver.kind() {
	case gort.Struct:
		if f, exported, ok := receiver.field(fieldName); ok {
			if !exported {
				s.errorf("%s is an unexported field of struct type %s", fieldName, typ)
			}
			if hasArgs {
				s.errorf("%s has arguments but cannot be invoked as function", fieldName)
			}
			return f
		}
	case gort.Map:
		kt := gort.Key(receiver.t)
		if kt == stringType || gort.Kind(kt) == gort.Interface && gort.Implements(stringType, kt) {
			if hasArgs {
				s.errorf("%s is not a method but has arguments", fieldName)
			}
			result := receiver.mapIndex(valueOf(fieldName))
			if !result.valid() {
				switch s.tmpl.option.missingKey {
				case mapZeroValue:
					result = zeroOf(gort.Elem(receiver.t))
				case mapError:
					s.errorf("map has no entry for key %q", fieldName)
				}
			}
			return result
		}
	case gort.Pointer:
		et := gort.Elem(receiver.t)
		if gort.Kind(et) == gort.Struct {
			if _, _, ok := (value{t: et, p: gort.New(et)}).field(fieldName); !ok {
				break
			}
		}
		if isNil {
			s.errorf("nil pointer evaluating %s.%s", typ, fieldName)
		}
	}
	s.errorf("can't evaluate field %s in type %s", fieldName, typ)
	panic("not reached")
}

// evalMethod calls method index of recv with the arguments of its command.
func (s *state) evalMethod(dot, recv value, index int, ftype gort.Type, node parse.Node, name string, args []parse.Node, final value) value {
	return s.evalCall(dot, ftype, func(argv, results []unsafe.Pointer) bool {
		return gort.CallMethod(recv.t, recv.p, index, argv, results)
	}, node, name, args, final)
}

// evalCall checks and evaluates the arguments of a call of a function of type ftype (args[0]
// is the function's own node) and makes it with call, as Go's evalCall does with reflect.
func (s *state) evalCall(dot value, ftype gort.Type, call func(argv, results []unsafe.Pointer) bool, node parse.Node, name string, args []parse.Node, final value) value {
	if args != nil {
		args = args[1:]
	}
	nparams := gort.NumIn(ftype)
	variadic := gort.IsVariadic(ftype)
	numIn := len(args)
	if !final.isMissing() {
		numIn++
	}
	numFixed := len(args)
	if variadic {
		numFixed = nparams - 1
		if numIn < numFixed {
			s.errorf("wrong number of args for %s: want at least %d got %d", name, nparams-1, len(args))
		}
	} else if numIn != nparams {
		s.errorf("wrong number of args for %s: want %d got %d", name, nparams, numIn)
	}
	if !goodFunc(ftype) {
		s.errorf("can't call method/function %q with %d results", name, gort.NumOut(ftype))
	}
	argv := make([]value, numIn)
	i := 0
	for ; i < numFixed && i < len(args); i++ {
		argv[i] = s.evalTypedArg(dot, gort.In(ftype, i), args[i])
	}
	var dddType gort.Type
	if variadic {
		dddType = gort.Elem(gort.In(ftype, nparams-1))
		for ; i < len(args); i++ {
			argv[i] = s.evalTypedArg(dot, dddType, args[i])
		}
	}
	if !final.isMissing() {
		t := gort.In(ftype, nparams-1)
		if variadic {
			if numIn-1 < numFixed {
				t = gort.In(ftype, numIn-1)
			} else {
				t = dddType
			}
		}
		argv[i] = s.validateTo(final, t)
	}
	v, err := invoke(ftype, call, argv)
	if err != nil {
		s.at(node)
		s.errorf("error calling %s: %w", name, err)
	}
	return v
}

// invoke calls a function of type ftype through call with the arguments argv (of its
// parameter types; a variadic function's last ones of the element type, gathered into a new
// slice here) and returns its first result and its error result. A panic is an error.
func invoke(ftype gort.Type, call func(argv, results []unsafe.Pointer) bool, argv []value) (value, error) {
	nparams := gort.NumIn(ftype)
	variadic := gort.IsVariadic(ftype)
	ptrs := make([]unsafe.Pointer, 0, nparams)
	for k := 0; k < len(argv) && (!variadic || k < nparams-1); k++ {
		ptrs = append(ptrs, argv[k].p)
	}
	if variadic {
		st := gort.In(ftype, nparams-1)
		et := gort.Elem(st)
		extra := argv[nparams-1:]
		slice := gort.MakeSlice(st, len(extra))
		for k, a := range extra {
			gort.Copy(et, gort.Add((*gort.SliceHeader)(slice).Data, uintptr(k)*gort.Size(et)), a.p)
		}
		ptrs = append(ptrs, slice)
	}
	results := make([]unsafe.Pointer, gort.NumOut(ftype))
	for k := range results {
		results[k] = gort.New(gort.Out(ftype, k))
	}
	err := safeCall(func() error {
		if !call(ptrs, results) {
			return errors.New("gocc cannot make this call (no call thunk for its type)")
		}
		return nil
	})
	if err != nil {
		return zero, err
	}
	v := value{t: gort.Out(ftype, 0), p: results[0]}
	if len(results) == 2 {
		if e := indirectInterface(value{t: errorType, p: results[1]}).iface(); e != nil {
			return v, e.(error)
		}
	}
	return v, nil
}

func goodFunc(ftype gort.Type) bool {
	n := gort.NumOut(ftype)
	return n == 1 || n == 2 && gort.Out(ftype, 1) == errorType
}

// evalTypedArg evaluates an argument for a parameter of type t (Go's evalArg).
func (s *state) evalTypedArg(dot value, t gort.Type, n parse.Node) value {
	s.at(n)
	switch arg := n.(type) {
	case *parse.DotNode:
		return s.validateTo(dot, t)
	case *parse.NilNode:
		if canBeNil(t) {
			return zeroOf(t)
		}
		s.errorf("cannot assign nil to %s", gort.TypeString(t))
	case *parse.FieldNode:
		return s.validateTo(s.evalFieldNode(dot, arg, []parse.Node{n}, missing), t)
	case *parse.VariableNode:
		return s.validateTo(s.evalVariableNode(dot, arg, nil, missing), t)
	case *parse.PipeNode:
		return s.validateTo(s.evalPipeline(dot, arg), t)
	case *parse.IdentifierNode:
		return s.validateTo(s.evalFunction(dot, arg, arg, nil, missing), t)
	case *parse.ChainNode:
		return s.validateTo(s.evalChainNode(dot, arg, nil, missing), t)
	}
	v := zeroOf(t)
	switch k := gort.Kind(t); {
	case k == gort.Bool:
		if b, ok := n.(*parse.BoolNode); ok {
			*(*bool)(v.p) = b.True
			return v
		}
		s.errorf("expected bool; found %s", n)
	case k == gort.Complex64 || k == gort.Complex128:
		if c, ok := n.(*parse.NumberNode); ok && c.IsComplex {
			if k == gort.Complex64 {
				*(*complex64)(v.p) = complex64(c.Complex128)
			} else {
				*(*complex128)(v.p) = c.Complex128
			}
			return v
		}
		s.errorf("expected complex; found %s", n)
	case k == gort.Float32 || k == gort.Float64:
		if f, ok := n.(*parse.NumberNode); ok && f.IsFloat {
			if k == gort.Float32 {
				*(*float32)(v.p) = float32(f.Float64)
			} else {
				*(*float64)(v.p) = f.Float64
			}
			return v
		}
		s.errorf("expected float; found %s", n)
	case isSigned(k):
		if c, ok := n.(*parse.NumberNode); ok && c.IsInt {
			storeInt(v, uint64(c.Int64))
			return v
		}
		s.errorf("expected integer; found %s", n)
	case intLike(k):
		if c, ok := n.(*parse.NumberNode); ok && c.IsUint {
			storeInt(v, c.Uint64)
			return v
		}
		s.errorf("expected unsigned integer; found %s", n)
	case k == gort.String:
		if str, ok := n.(*parse.StringNode); ok {
			*(*string)(v.p) = str.Text
			return v
		}
		s.errorf("expected string; found %s", n)
	case k == gort.Interface && gort.NumMethod(t) == 0:
		return toInterface(s.evalEmptyInterface(dot, n), t)
	}
	s.errorf("can't handle %s for arg of type %s", n, gort.TypeString(t))
	panic("not reached")
}

func canBeNil(t gort.Type) bool {
	switch gort.Kind(t) {
	case gort.Chan, gort.Func, gort.Interface, gort.Map, gort.Pointer, gort.Slice:
		return true
	}
	return false
}

// assignable reports whether a value of type v can be assigned to a variable of type t (the
// cases templates meet: identical types, or an interface t that v implements).
func assignable(v, t gort.Type) bool {
	return v == t || gort.Kind(t) == gort.Interface && gort.Implements(v, t)
}

// toInterface returns v converted to the interface type t.
func toInterface(v value, t gort.Type) value {
	if v.t == t {
		return v
	}
	out := zeroOf(t)
	if v.valid() {
		gort.AssignIface(t, out.p, v.iface())
	}
	return out
}

// validateTo checks that v can be an argument of type t and converts it (Go's validateType).
func (s *state) validateTo(v value, t gort.Type) value {
	if !v.valid() {
		if canBeNil(t) {
			return zeroOf(t)
		}
		s.errorf("invalid value; expected %s", gort.TypeString(t))
	}
	if !assignable(v.t, t) {
		if v.kind() == gort.Interface && !v.isNil() {
			if e := v.elem(); assignable(e.t, t) {
				return toInterface(e, t)
			}
		}
		switch {
		case v.kind() == gort.Pointer && assignable(gort.Elem(v.t), t):
			if v.isNil() {
				s.errorf("dereference of nil pointer of type %s", gort.TypeString(t))
			}
			v = v.elem()
		case v.addr && gort.PtrTo(v.t) != 0 && assignable(gort.PtrTo(v.t), t):
			v, _ = v.addrOf()
		default:
			s.errorf("wrong type for value; expected %s; got %s", gort.TypeString(t), v.typeString())
		}
	}
	if gort.Kind(t) == gort.Interface {
		return toInterface(v, t)
	}
	return v
}

// Kinds of builtin parameters: Go 1.19 declares them reflect.Value, any or string.
type paramKind int

const (
	pValue paramKind = iota
	pAny
	pString
)

// evalArg evaluates an argument for a parameter of the given kind.
func (s *state) evalArg(dot value, kind paramKind, n parse.Node) value {
	s.at(n)
	switch arg := n.(type) {
	case *parse.DotNode:
		return s.validateType(dot, kind)
	case *parse.NilNode:
		if kind == pString {
			s.errorf("cannot assign nil to string")
		}
		return zero
	case *parse.FieldNode:
		return s.validateType(s.evalFieldNode(dot, arg, []parse.Node{n}, missing), kind)
	case *parse.VariableNode:
		return s.validateType(s.evalVariableNode(dot, arg, nil, missing), kind)
	case *parse.PipeNode:
		return s.validateType(s.evalPipeline(dot, arg), kind)
	case *parse.IdentifierNode:
		return s.validateType(s.evalFunction(dot, arg, arg, nil, missing), kind)
	case *parse.ChainNode:
		return s.validateType(s.evalChainNode(dot, arg, nil, missing), kind)
	}
	if kind == pString {
		if str, ok := n.(*parse.StringNode); ok {
			return valueOf(str.Text)
		}
		s.errorf("expected string; found %s", n)
	}
	return s.evalEmptyInterface(dot, n)
}

// validateType checks a value against a parameter kind; for any, it is the dynamic value.
func (s *state) validateType(v value, kind paramKind) value {
	switch kind {
	case pAny:
		return indirectInterface(v)
	case pString:
		if !v.valid() {
			s.errorf("invalid value; expected string")
		}
		if v.t != stringType {
			if v.kind() == gort.Interface && !v.isNil() {
				if e := v.elem(); e.t == stringType {
					return e
				}
			}
			if v.kind() == gort.Pointer && gort.Elem(v.t) == stringType {
				if v.isNil() {
					s.errorf("dereference of nil pointer of type string")
				}
				return v.elem()
			}
			s.errorf("wrong type for value; expected string; got %s", v.typeString())
		}
	}
	return v
}

func (s *state) evalEmptyInterface(dot value, n parse.Node) value {
	s.at(n)
	switch n := n.(type) {
	case *parse.BoolNode:
		return valueOf(n.True)
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return s.evalFieldNode(dot, n, nil, missing)
	case *parse.IdentifierNode:
		return s.evalFunction(dot, n, n, nil, missing)
	case *parse.NilNode:
		s.errorf("evalEmptyInterface: nil (can't happen)")
	case *parse.NumberNode:
		return s.idealConstant(n)
	case *parse.StringNode:
		return valueOf(n.Text)
	case *parse.VariableNode:
		return s.evalVariableNode(dot, n, nil, missing)
	case *parse.PipeNode:
		return s.evalPipeline(dot, n)
	}
	s.errorf("can't handle assignment of %s to empty interface argument", n)
	panic("not reached")
}

func (s *state) printValue(n parse.Node, v value) {
	s.at(n)
	x, ok := printableValue(v)
	if !ok {
		s.errorf("can't print %s of type %s", n, v.typeString())
	}
	if _, err := fmt.Fprint(s.wr, x); err != nil {
		panic(writeError{err})
	}
}

// printableValue returns what fmt should print for v: pointers are followed (fmt prints a
// nil one), and a value whose pointer has the String or Error method is printed through it.
func printableValue(v value) (any, bool) {
	if v.kind() == gort.Pointer {
		v, _ = indirect(v)
	}
	if !v.valid() {
		return "<no value>", true
	}
	if !gort.Implements(v.t, errorType) && !gort.Implements(v.t, stringerType) {
		if ptr, ok := v.addrOf(); ok && (gort.Implements(ptr.t, errorType) || gort.Implements(ptr.t, stringerType)) {
			v = ptr
		} else {
			switch v.kind() {
			case gort.Chan, gort.Func:
				return nil, false
			}
		}
	}
	return v.iface(), true
}
