// types_dump prints what go/types records for every expression of a package main, in the
// format of `gocc types` without its trailing `// expression` comment: one line per expression,
// `file:line:col: Kind mode type [= value]`, sorted by position. The position is the node's own
// (an operator, a call's parenthesis, a selector's dot, a literal's brace), as in `gocc ast`.
// Type expressions and built-in function names are left out: gocc records only the type
// expressions it evaluates as expressions.
//
// Usage: see main. Imports are resolved from GOROOT's sources.
package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"sort"
	"strings"
)

func ownPos(e ast.Expr) token.Pos {
	switch e := e.(type) {
	case *ast.BinaryExpr:
		return e.OpPos
	case *ast.UnaryExpr:
		return e.OpPos
	case *ast.StarExpr:
		return e.Star
	case *ast.ParenExpr:
		return e.Lparen
	case *ast.CallExpr:
		return e.Lparen
	case *ast.IndexExpr:
		return e.Lbrack
	case *ast.SliceExpr:
		return e.Lbrack
	case *ast.SelectorExpr:
		return e.Sel.Pos() - 1
	case *ast.CompositeLit:
		return e.Lbrace
	case *ast.TypeAssertExpr:
		return e.Lparen - 1
	case *ast.KeyValueExpr:
		return e.Colon
	}
	return e.Pos()
}

// gcSizes are gc's sizes for amd64 (go/types' StdSizes lack two of gc's rules: complex64
// aligns to 4, and a struct ending in a zero-size field gets a byte of padding).
type gcSizes struct{}

func (s gcSizes) Alignof(t types.Type) int64 {
	switch u := t.Underlying().(type) {
	case *types.Array:
		return s.Alignof(u.Elem())
	case *types.Struct:
		max := int64(1)
		for i := 0; i < u.NumFields(); i++ {
			if a := s.Alignof(u.Field(i).Type()); a > max {
				max = a
			}
		}
		return max
	case *types.Basic:
		switch u.Kind() {
		case types.Complex64:
			return 4
		case types.String:
			return 8
		}
		if n := s.Sizeof(u); n < 8 {
			return n
		}
	}
	return 8
}

func (s gcSizes) Offsetsof(fields []*types.Var) []int64 {
	offsets := make([]int64, len(fields))
	var off int64
	for i, f := range fields {
		a := s.Alignof(f.Type())
		off = (off + a - 1) / a * a
		offsets[i] = off
		off += s.Sizeof(f.Type())
	}
	return offsets
}

func (s gcSizes) Sizeof(t types.Type) int64 {
	switch u := t.Underlying().(type) {
	case *types.Array:
		return u.Len() * s.Sizeof(u.Elem())
	case *types.Struct:
		n := u.NumFields()
		if n == 0 {
			return 0
		}
		fields := make([]*types.Var, n)
		for i := range fields {
			fields[i] = u.Field(i)
		}
		offsets := s.Offsetsof(fields)
		last := s.Sizeof(fields[n-1].Type())
		size := offsets[n-1] + last
		if last == 0 && size > 0 {
			size++
		}
		a := s.Alignof(t)
		return (size + a - 1) / a * a
	case *types.Basic:
		switch u.Kind() {
		case types.Bool, types.Int8, types.Uint8:
			return 1
		case types.Int16, types.Uint16:
			return 2
		case types.Int32, types.Uint32, types.Float32:
			return 4
		case types.Complex128:
			return 16
		case types.String:
			return 16
		}
		return 8
	case *types.Slice:
		return 24
	case *types.Interface:
		return 16
	}
	return 8
}

func mode(tv types.TypeAndValue) string {
	switch {
	case tv.IsVoid():
		return "novalue"
	case tv.IsType():
		return "type"
	case tv.IsBuiltin():
		return "builtin"
	case tv.IsNil():
		return "nil"
	case tv.Value != nil:
		return "constant"
	case tv.Addressable():
		return "variable"
	case tv.Assignable(): // a map index (HasOk too)
		return "mapindex"
	case tv.HasOk():
		return "commaok"
	}
	return "value"
}

// dump type-checks one file as package main and returns its rows.
func dump(fset *token.FileSet, imp types.Importer, name string) (string, error) {
	f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
	if err != nil {
		return "", err
	}
	files := []*ast.File{f}
	conf := types.Config{Importer: imp, Sizes: gcSizes{}}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	pkg, err := conf.Check("main", fset, files, info)
	if err != nil {
		return "", err
	}
	qual := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
	type row struct {
		pos  token.Pos
		kind string
		text string
	}
	// Only expressions of the source: go/types also records ones it makes up (x++ is x += 1).
	inSource := map[ast.Expr]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok {
			inSource[e] = true
		}
		return true
	})
	var rows []row
	for e, tv := range info.Types {
		if !inSource[e] {
			continue
		}
		m := mode(tv)
		if m == "type" || m == "builtin" {
			continue
		}
		kind := reflect.TypeOf(e).Elem().Name()
		line := fmt.Sprintf("%s: %s %s %s", fset.Position(ownPos(e)), kind, m, types.TypeString(tv.Type, qual))
		if tv.Value != nil {
			v := tv.Value
			// go/types keeps an untyped operand's value as written (1 for a complex 1);
			// gocc writes the value in its type's kind.
			if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsComplex != 0 {
				v = constant.ToComplex(v)
			}
			line += " = " + v.String()
		}
		rows = append(rows, row{ownPos(e), kind, line})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].pos != rows[j].pos {
			return rows[i].pos < rows[j].pos
		}
		return rows[i].kind < rows[j].kind
	})
	var out strings.Builder
	for _, r := range rows {
		out.WriteString(r.text)
		out.WriteByte('\n')
	}
	return out.String(), nil
}

// Usage: types_dump FILE          prints FILE's rows
//        types_dump -out DIR FILE...  writes each FILE's rows to DIR/N.txt (N from 1), or
//                                     DIR/N.err if go/types rejects it; imports are shared
func main() {
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "source", nil)
	if len(os.Args) > 2 && os.Args[1] == "-out" {
		dir := os.Args[2]
		for i, name := range os.Args[3:] {
			text, err := dump(fset, imp, name)
			base := fmt.Sprintf("%s/%d", dir, i+1)
			if err != nil {
				os.WriteFile(base+".err", []byte(err.Error()+"\n"), 0o644)
				continue
			}
			os.WriteFile(base+".txt", []byte(text), 0o644)
		}
		return
	}
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: types_dump FILE | types_dump -out DIR FILE...")
		os.Exit(2)
	}
	text, err := dump(fset, imp, os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.WriteString(text)
}
