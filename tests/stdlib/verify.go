//go:build ignore

// verify checks the declarations-only standard-library stubs under stdlib/
// against the real Go 1.19 packages:
//
//	go run verify.go programs.go [-stdlib ../../stdlib] [-programs programs.txt] [-root ../..] [-gotest DIR] [-v]
//
// For every package under stdlib/ (a directory with .go files; its import path
// is the directory's path below stdlib/):
//
//   - the stub type-checks with go/types, importing only other stubs (a small
//     importer loads stdlib/<path> recursively; "unsafe" is built in), and keeps
//     the stub rules: no type parameters, no cgo, no //go:linkname, no assembly
//     or other non-Go source files;
//   - every exported declaration exists in the real package (go/importer) with
//     the same kind (const, var, type, func) and an identical type. Types are
//     compared as canonical strings that name packages by path (the stub and
//     real packages are different *types.Package objects), ignoring parameter
//     names; byte/uint8 and rune/int32 are the same;
//   - constants have equal values;
//   - types: alias-ness agrees; a non-struct underlying type is identical; a
//     struct has the real exported fields in the real order (unexported fields
//     may be simplified, but exist iff the real struct has some); comparability
//     agrees; size, alignment and pointer bytes agree on amd64, 386, arm64 and
//     arm (gc's rules, as go/types computes them); the method sets of T and *T
//     hold exactly the real exported methods, with identical signatures (but for
//     the few listed in omittedMethods, which are noted instead).
//
// It also checks that the packages DESIGN.md §2 promises exist, and that every
// standard-library name the programs of programs.txt use (see collectUses in
// programs.go) is declared by a stub. It prints a report and exits 1 on any
// mismatch.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/build/constraint"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The packages DESIGN.md §2 lists; each must have a stub.
var required = []string{
	"fmt", "errors", "strings", "strconv", "bytes", "unicode/utf8", "unicode", "math",
	"math/bits", "sort", "container/heap", "container/list", "os", "io", "time", "sync",
	"sync/atomic", "runtime",
}

var archs = []string{"amd64", "386", "arm64", "arm"}

// Methods of the real packages that a stub leaves out on purpose, with the reason (each is
// also listed under "missing" in docs/stdlib.md): "pkg/path.Type.Method". verify notes them
// instead of failing; a stub that does declare one is still checked like any other method.
var omittedMethods = map[string]string{
	"flag.FlagSet.TextVar":             "its parameters are encoding.TextUnmarshaler/TextMarshaler; gocc's stdlib has no package encoding",
	"text/template.Template.ParseFS":   "needs io/fs's Glob, which gocc's stdlib does not have",
	"text/template.Template.ParseGlob": "needs path/filepath's Glob, which gocc's stdlib does not have",
}

func main() {
	stdlib := flag.String("stdlib", "../../stdlib", "the stub packages")
	list := flag.String("programs", "programs.txt", "programs whose standard-library uses must be declared")
	root := flag.String("root", "../..", "project root (base of relative paths in the program list)")
	gotest := flag.String("gotest", "/usr/share/go-1.19/test", "the Go 1.19 test suite ($GOROOT_TEST)")
	verbose := flag.Bool("v", false, "list every checked declaration")
	flag.Parse()

	fset := token.NewFileSet()
	real := newRealImporter(fset)
	stubs := &stubImporter{fset: fset, root: *stdlib, pkgs: map[string]*types.Package{}, loading: map[string]bool{}}
	r := &report{}

	paths, err := stubPaths(*stdlib)
	if err != nil {
		fmt.Fprintln(os.Stderr, "verify:", err)
		os.Exit(2)
	}
	have := map[string]bool{}
	for _, p := range paths {
		have[p] = true
	}
	for _, p := range required {
		if !have[p] {
			r.fail(p, "no stub package (DESIGN.md §2 promises it)")
		}
	}

	total := 0
	for _, path := range paths {
		stub, err := stubs.Import(path)
		if err != nil {
			r.fail(path, "stub does not load: %v", err)
			continue
		}
		if strings.HasPrefix(path, "internal/") {
			// gocc's own internal packages (internal/gort: runtime hooks) have no real
			// counterpart; they must type-check and keep the rules.
			fmt.Printf("%-16s (internal, type-checked only)  %s\n", path, strings.Join(stubs.files[path], " "))
			continue
		}
		realPkg, err := real.Import(path)
		if err != nil {
			r.fail(path, "real package does not load: %v", err)
			continue
		}
		n := comparePackage(r, stub, realPkg, *verbose)
		total += n
		fmt.Printf("%-16s %4d declarations  %s\n", path, n, strings.Join(stubs.files[path], " "))
	}
	for _, msg := range stubs.ruleErrs {
		r.fail("rules", "%s", msg)
	}

	// Names the programs use.
	progs, err := readPrograms(*list, *root, *gotest)
	if err != nil {
		r.fail("uses", "%v", err)
	}
	uses, err := collectUses(fset, real, progs)
	if err != nil {
		r.fail("uses", "%v", err)
	}
	for _, u := range uses {
		if msg := checkUse(stubs, u.Name); msg != "" {
			r.fail("uses", "%s (used by %s): %s", u.Name, u.Prog, msg)
		}
	}
	fmt.Printf("%d stub packages, %d exported declarations; %d programs use %d standard-library names\n",
		len(paths), total, len(progs), len(uses))

	if len(r.msgs) > 0 {
		fmt.Printf("\n%d mismatches:\n", len(r.msgs))
		for _, m := range r.msgs {
			fmt.Println("  " + m)
		}
		os.Exit(1)
	}
	fmt.Println("OK: every stub declaration matches the real package")
}

type report struct{ msgs []string }

func (r *report) fail(where, format string, args ...any) {
	r.msgs = append(r.msgs, where+": "+fmt.Sprintf(format, args...))
}

// stubPaths lists the import paths of the packages under root.
func stubPaths(root string) ([]string, error) {
	var paths []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		ents, err := os.ReadDir(p)
		if err != nil {
			return err
		}
		for _, e := range ents {
			if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
				rel, err := filepath.Rel(root, p)
				if err != nil {
					return err
				}
				paths = append(paths, filepath.ToSlash(rel))
				break
			}
		}
		return nil
	})
	sort.Strings(paths)
	return paths, err
}

// newRealImporter returns the importer of the real standard library: gc export
// data, or the sources when there is none.
func newRealImporter(fset *token.FileSet) types.Importer {
	gc := importer.ForCompiler(fset, "gc", nil)
	if _, err := gc.Import("fmt"); err == nil {
		return gc
	}
	return importer.ForCompiler(fset, "source", nil)
}

// stubImporter type-checks stdlib/<path> on demand, importing other stubs
// the same way.
type stubImporter struct {
	fset     *token.FileSet
	root     string
	pkgs     map[string]*types.Package
	loading  map[string]bool
	files    map[string][]string
	ruleErrs []string
}

func (im *stubImporter) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	if p, ok := im.pkgs[path]; ok {
		if p == nil {
			return nil, fmt.Errorf("stub %s failed to load", path)
		}
		return p, nil
	}
	if im.loading[path] {
		return nil, fmt.Errorf("import cycle through %s", path)
	}
	im.loading[path] = true
	defer delete(im.loading, path)
	im.pkgs[path] = nil
	if im.files == nil {
		im.files = map[string][]string{}
	}

	dir := filepath.Join(im.root, filepath.FromSlash(path))
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("no stub package %q under %s", path, im.root)
	}
	var files []*ast.File
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() {
			continue
		}
		if !strings.HasSuffix(name, ".go") {
			if name != "README.md" {
				im.ruleErrs = append(im.ruleErrs, fmt.Sprintf("%s/%s: not a Go file (no assembly or C in stubs)", path, name))
			}
			continue
		}
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(im.fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		if !goccBuild(f) {
			continue // e.g. hooks_go.go (//go:build !gocc): only for the real toolchain
		}
		im.checkRules(path, name, f)
		files = append(files, f)
		im.files[path] = append(im.files[path], name)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no Go files in %s", dir)
	}
	var errs []string
	conf := types.Config{
		Importer: im,
		Sizes:    types.SizesFor("gc", "amd64"),
		Error:    func(err error) { errs = append(errs, err.Error()) },
	}
	pkg, _ := conf.Check(path, im.fset, files, nil)
	if len(errs) > 0 {
		if len(errs) > 10 {
			errs = append(errs[:10], "...")
		}
		return nil, fmt.Errorf("type errors:\n    %s", strings.Join(errs, "\n    "))
	}
	if want := path[strings.LastIndex(path, "/")+1:]; pkg.Name() != want {
		im.ruleErrs = append(im.ruleErrs, fmt.Sprintf("%s: package %s, want %s", path, pkg.Name(), want))
	}
	im.pkgs[path] = pkg
	return pkg, nil
}

// goccBuild reports whether f is part of the package when gocc compiles it: its
// //go:build line (if any) holds with gocc's tags (driver/frontend.cpp: gocc, linux, unix,
// amd64, go1.1 to go1.19).
func goccBuild(f *ast.File) bool {
	for _, cg := range f.Comments {
		if cg.Pos() >= f.Package {
			break
		}
		for _, c := range cg.List {
			if !constraint.IsGoBuild(c.Text) {
				continue
			}
			expr, err := constraint.Parse(c.Text)
			if err != nil {
				return false
			}
			return expr.Eval(func(tag string) bool {
				switch tag {
				case "gocc", "linux", "unix", "amd64":
					return true
				}
				if strings.HasPrefix(tag, "go1.") {
					var minor int
					if _, err := fmt.Sscanf(tag, "go1.%d", &minor); err == nil {
						return minor >= 1 && minor <= 19
					}
				}
				return false
			})
		}
	}
	return true
}

// checkRules reports what stubs must not contain.
func (im *stubImporter) checkRules(path, name string, f *ast.File) {
	bad := func(pos token.Pos, what string) {
		im.ruleErrs = append(im.ruleErrs, fmt.Sprintf("%s: %s", im.fset.Position(pos), what))
	}
	for _, imp := range f.Imports {
		if imp.Path.Value == `"C"` {
			bad(imp.Pos(), "cgo")
		}
	}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//go:linkname") {
				bad(c.Pos(), "//go:linkname")
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			if n.TypeParams != nil {
				bad(n.Pos(), "type parameters")
			}
		case *ast.TypeSpec:
			if n.TypeParams != nil {
				bad(n.Pos(), "type parameters")
			}
		}
		return true
	})
}

// comparePackage compares every exported declaration of stub with real and
// returns how many there are.
func comparePackage(r *report, stub, real *types.Package, verbose bool) int {
	path := stub.Path()
	if stub.Name() != real.Name() {
		r.fail(path, "package name %s, real %s", stub.Name(), real.Name())
	}
	n := 0
	for _, name := range stub.Scope().Names() {
		obj := stub.Scope().Lookup(name)
		if !obj.Exported() {
			continue
		}
		n++
		where := path + "." + name
		robj := real.Scope().Lookup(name)
		if robj == nil {
			r.fail(where, "not declared by the real package")
			continue
		}
		if k, rk := kind(obj), kind(robj); k != rk {
			r.fail(where, "is a %s, real is a %s", k, rk)
			continue
		}
		if verbose {
			fmt.Printf("  %s %s %s\n", kind(obj), where, typeStr(obj.Type()))
		}
		switch obj := obj.(type) {
		case *types.Const:
			robj := robj.(*types.Const)
			if t, rt := typeStr(obj.Type()), typeStr(robj.Type()); t != rt {
				r.fail(where, "type %s, real %s", t, rt)
			}
			if !sameValue(obj.Val(), robj.Val()) {
				r.fail(where, "value %s, real %s", obj.Val().ExactString(), robj.Val().ExactString())
			}
		case *types.Var, *types.Func:
			if t, rt := typeStr(obj.Type()), typeStr(robj.Type()); t != rt {
				r.fail(where, "type %s, real %s", t, rt)
			}
		case *types.TypeName:
			compareType(r, where, obj, robj.(*types.TypeName))
		}
	}
	return n
}

func kind(obj types.Object) string {
	switch obj.(type) {
	case *types.Const:
		return "const"
	case *types.Var:
		return "var"
	case *types.TypeName:
		return "type"
	case *types.Func:
		return "func"
	}
	return fmt.Sprintf("%T", obj)
}

func sameValue(a, b constant.Value) bool {
	if a.Kind() == constant.Unknown || b.Kind() == constant.Unknown {
		return false
	}
	return constant.Compare(a, token.EQL, b)
}

func compareType(r *report, where string, obj, robj *types.TypeName) {
	if obj.IsAlias() != robj.IsAlias() {
		r.fail(where, "alias %v, real alias %v", obj.IsAlias(), robj.IsAlias())
		return
	}
	if obj.IsAlias() {
		if t, rt := typeStr(obj.Type()), typeStr(robj.Type()); t != rt {
			r.fail(where, "alias of %s, real alias of %s", t, rt)
		}
		return
	}
	T, rT := obj.Type(), robj.Type()
	if n, ok := T.(*types.Named); ok && n.TypeParams().Len() > 0 {
		r.fail(where, "generic type")
		return
	}
	if rn, ok := rT.(*types.Named); ok && rn.TypeParams().Len() > 0 {
		r.fail(where, "the real type is generic (stubs declare no generics)")
		return
	}

	// Underlying type.
	u, ru := T.Underlying(), rT.Underlying()
	st, sok := u.(*types.Struct)
	rst, rok := ru.(*types.Struct)
	switch {
	case sok && rok:
		if hasUnexported(rst) {
			if !hasUnexported(st) {
				r.fail(where, "the real struct has unexported fields, the stub none")
			}
			if f, rf := exportedFields(st), exportedFields(rst); f != rf {
				r.fail(where, "exported fields {%s}, real {%s}", f, rf)
			}
		} else if s, rs := typeStr(st), typeStr(rst); s != rs {
			r.fail(where, "underlying %s, real %s", s, rs)
		}
	default:
		if s, rs := typeStr(u), typeStr(ru); s != rs {
			r.fail(where, "underlying %s, real %s", s, rs)
		}
	}

	if c, rc := types.Comparable(T), types.Comparable(rT); c != rc {
		r.fail(where, "comparable %v, real %v", c, rc)
	}
	for _, arch := range archs {
		sz := types.SizesFor("gc", arch)
		s, rs := sz.Sizeof(T), sz.Sizeof(rT)
		a, ra := sz.Alignof(T), sz.Alignof(rT)
		p, rp := ptrdata(sz, T), ptrdata(sz, rT)
		if s != rs || a != ra || p != rp {
			r.fail(where, "%s: size %d align %d ptrdata %d, real size %d align %d ptrdata %d",
				arch, s, a, p, rs, ra, rp)
		}
	}

	// Method sets of T and *T: exactly the real exported methods.
	if _, isIface := ru.(*types.Interface); isIface {
		return // the method set is the underlying interface, compared above
	}
	for _, ptr := range []bool{false, true} {
		t, rt := T, rT
		recv := obj.Name()
		if ptr {
			t, rt = types.NewPointer(T), types.NewPointer(rT)
			recv = "*" + recv
		}
		ms, rms := methods(t), methods(rt)
		for _, name := range sortedKeys(rms) {
			sig, ok := ms[name]
			switch {
			case !ok && omittedMethods[where+"."+name] != "":
				fmt.Printf("  note: %s omits (%s).%s: %s\n", where, recv, name, omittedMethods[where+"."+name])
			case !ok:
				r.fail(where, "method set of %s lacks %s%s", recv, name, strings.TrimPrefix(rms[name], "func"))
			case sig != rms[name]:
				r.fail(where, "method (%s).%s: %s, real %s", recv, name, sig, rms[name])
			}
		}
		for _, name := range sortedKeys(ms) {
			if _, ok := rms[name]; !ok {
				r.fail(where, "method set of %s has %s, the real one does not", recv, name)
			}
		}
	}
}

func hasUnexported(s *types.Struct) bool {
	for i := 0; i < s.NumFields(); i++ {
		if !s.Field(i).Exported() {
			return true
		}
	}
	return false
}

// exportedFields prints the exported fields of s in order, with types and tags.
func exportedFields(s *types.Struct) string {
	var parts []string
	for i := 0; i < s.NumFields(); i++ {
		if f := s.Field(i); f.Exported() {
			parts = append(parts, fieldStr(f, s.Tag(i)))
		}
	}
	return strings.Join(parts, "; ")
}

// methods maps the exported methods of t's method set to their signatures.
func methods(t types.Type) map[string]string {
	m := map[string]string{}
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		sel := ms.At(i)
		if sel.Obj().Exported() {
			m[sel.Obj().Name()] = typeStr(sel.Type())
		}
	}
	return m
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ptrdata is the number of bytes of a value of type t that can hold
// pointers: the offset just past the last pointer word (gc's ptrdata).
func ptrdata(sz types.Sizes, t types.Type) int64 {
	word := sz.Sizeof(types.Typ[types.Uintptr])
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch u.Kind() {
		case types.String, types.UnsafePointer:
			return word
		}
		return 0
	case *types.Pointer, *types.Map, *types.Chan, *types.Signature, *types.Slice:
		return word
	case *types.Interface:
		return 2 * word
	case *types.Array:
		if u.Len() == 0 {
			return 0
		}
		p := ptrdata(sz, u.Elem())
		if p == 0 {
			return 0
		}
		return (u.Len()-1)*sz.Sizeof(u.Elem()) + p
	case *types.Struct:
		var fields []*types.Var
		for i := 0; i < u.NumFields(); i++ {
			fields = append(fields, u.Field(i))
		}
		offsets := sz.Offsetsof(fields)
		var p int64
		for i, f := range fields {
			if fp := ptrdata(sz, f.Type()); fp > 0 {
				p = offsets[i] + fp
			}
		}
		return p
	}
	return 0
}

// typeStr prints t canonically: named types as path.Name, basic types by
// kind (byte is uint8, rune is int32), signatures without parameter names,
// interfaces as their sorted complete method sets.
func typeStr(t types.Type) string {
	var b strings.Builder
	writeType(&b, t)
	return b.String()
}

func writeType(b *strings.Builder, t types.Type) {
	switch t := t.(type) {
	case nil:
		b.WriteString("<nil>")
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			b.WriteString("unsafe.Pointer")
		} else {
			b.WriteString(types.Typ[t.Kind()].Name())
		}
	case *types.Pointer:
		b.WriteString("*")
		writeType(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		writeType(b, t.Elem())
	case *types.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		writeType(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		writeType(b, t.Key())
		b.WriteString("]")
		writeType(b, t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendRecv:
			b.WriteString("chan ")
			if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
				b.WriteString("(")
				writeType(b, t.Elem())
				b.WriteString(")")
				return
			}
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		}
		writeType(b, t.Elem())
	case *types.Signature:
		b.WriteString("func")
		writeSig(b, t)
	case *types.Tuple:
		writeTuple(b, t, false)
	case *types.Struct:
		b.WriteString("struct{")
		for i := 0; i < t.NumFields(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			b.WriteString(fieldStr(t.Field(i), t.Tag(i)))
		}
		b.WriteString("}")
	case *types.Interface:
		b.WriteString("interface{")
		for i := 0; i < t.NumMethods(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			m := t.Method(i)
			b.WriteString(m.Name())
			writeSig(b, m.Type().(*types.Signature))
		}
		if !t.IsMethodSet() {
			b.WriteString("; <type set>")
		}
		b.WriteString("}")
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() != nil {
			b.WriteString(obj.Pkg().Path() + ".")
		}
		b.WriteString(obj.Name())
		if args := t.TypeArgs(); args != nil && args.Len() > 0 {
			b.WriteString("[")
			for i := 0; i < args.Len(); i++ {
				if i > 0 {
					b.WriteString(", ")
				}
				writeType(b, args.At(i))
			}
			b.WriteString("]")
		}
	case *types.TypeParam:
		b.WriteString(t.Obj().Name())
	default:
		fmt.Fprintf(b, "<%T>", t)
	}
}

func fieldStr(f *types.Var, tag string) string {
	var b strings.Builder
	if f.Embedded() {
		b.WriteString("embedded ")
	} else {
		b.WriteString(f.Name() + " ")
	}
	writeType(&b, f.Type())
	if tag != "" {
		fmt.Fprintf(&b, " %q", tag)
	}
	return b.String()
}

func writeSig(b *strings.Builder, sig *types.Signature) {
	writeTuple(b, sig.Params(), sig.Variadic())
	if res := sig.Results(); res.Len() == 1 {
		b.WriteString(" ")
		writeType(b, res.At(0).Type())
	} else if res.Len() > 1 {
		b.WriteString(" ")
		writeTuple(b, res, false)
	}
}

func writeTuple(b *strings.Builder, t *types.Tuple, variadic bool) {
	b.WriteString("(")
	for i := 0; i < t.Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		typ := t.At(i).Type()
		if variadic && i == t.Len()-1 {
			b.WriteString("...")
			typ = typ.(*types.Slice).Elem()
		}
		writeType(b, typ)
	}
	b.WriteString(")")
}

// checkUse reports why name ("pkg/path.Name" or "pkg/path.Type.Member") is
// not declared by the stubs, or "".
func checkUse(stubs *stubImporter, name string) string {
	slash := strings.LastIndex(name, "/")
	dot := strings.Index(name[slash+1:], ".")
	if dot < 0 {
		return "malformed name"
	}
	path, rest := name[:slash+1+dot], name[slash+1+dot+1:]
	pkg, err := stubs.Import(path)
	if err != nil {
		if _, statErr := os.Stat(filepath.Join(stubs.root, filepath.FromSlash(path))); statErr != nil {
			return fmt.Sprintf("no stub package %s", path)
		}
		return fmt.Sprintf("stub package %s does not load", path)
	}
	parts := strings.SplitN(rest, ".", 2)
	obj := pkg.Scope().Lookup(parts[0])
	if obj == nil {
		return "not declared"
	}
	if len(parts) == 1 {
		return ""
	}
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return fmt.Sprintf("%s is not a type", parts[0])
	}
	t := tn.Type()
	if !types.IsInterface(t) {
		t = types.NewPointer(t)
	}
	if m, _, _ := types.LookupFieldOrMethod(t, true, pkg, parts[1]); m == nil {
		return fmt.Sprintf("%s has no field or method %s", parts[0], parts[1])
	}
	return ""
}
