// fieldalignment_oracle prints the lines golang.org/x/tools' fieldalignment analyzer would
// print for the given files (one package), for the parity test of `gocc layout` (issue 6,
// acceptance 2).
//
// fieldalignment cannot be installed here (no network, not in Debian's Go packages), so this is
// its documented behaviour re-derived, not its code:
//   - every *ast.StructType of the files is examined (named or not, at any depth); the report is
//     at the `struct` keyword: `file:L:C: struct of size N could be M` when the optimal order is
//     smaller, else `file:L:C: struct with N pointer bytes could be M` when it has fewer pointer
//     bytes (ptrdata), else nothing;
//   - the optimal order sorts fields: zero-size first, then alignment descending, then
//     pointerful before pointer-free, then (both pointerful) fewer trailing non-pointer bytes
//     (size - ptrdata), then size descending;
//   - sizes come from go/types' StdSizes for gc (types.SizesFor("gc", GOARCH)) with
//     fieldalignment's own gcSizes rules: Alignof(T) = min(Sizeof(T), MaxAlign) for basic types,
//     so complex64 aligns to 8 (gc aligns it to 4: the known difference, see parity_known.txt),
//     and a non-empty struct ending in a zero-size field gets one byte of padding, as in gc.
//
// Usage: go run fieldalignment_oracle.go [-arch amd64] FILE.go...
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"sort"
)

type gcSizes struct {
	WordSize int64
	MaxAlign int64
}

var basicSizes = [...]byte{
	types.Bool: 1, types.Int8: 1, types.Int16: 2, types.Int32: 4, types.Int64: 8,
	types.Uint8: 1, types.Uint16: 2, types.Uint32: 4, types.Uint64: 8,
	types.Float32: 4, types.Float64: 8, types.Complex64: 8, types.Complex128: 16,
}

func align(x, a int64) int64 { return (x + a - 1) / a * a }

func (s *gcSizes) Alignof(T types.Type) int64 {
	switch t := T.Underlying().(type) {
	case *types.Array:
		return s.Alignof(t.Elem())
	case *types.Struct:
		max := int64(1)
		for i := 0; i < t.NumFields(); i++ {
			if a := s.Alignof(t.Field(i).Type()); a > max {
				max = a
			}
		}
		return max
	}
	a := s.Sizeof(T)
	if a < 1 {
		return 1
	}
	if a > s.MaxAlign {
		return s.MaxAlign
	}
	return a
}

func (s *gcSizes) Sizeof(T types.Type) int64 {
	switch t := T.Underlying().(type) {
	case *types.Basic:
		k := t.Kind()
		if int(k) < len(basicSizes) && basicSizes[k] > 0 {
			return int64(basicSizes[k])
		}
		if k == types.String {
			return s.WordSize * 2
		}
	case *types.Array:
		return t.Len() * s.Sizeof(t.Elem())
	case *types.Slice:
		return s.WordSize * 3
	case *types.Struct:
		nf := t.NumFields()
		if nf == 0 {
			return 0
		}
		var o int64
		max := int64(1)
		for i := 0; i < nf; i++ {
			ft := t.Field(i).Type()
			a, sz := s.Alignof(ft), s.Sizeof(ft)
			if a > max {
				max = a
			}
			if i == nf-1 && sz == 0 && o != 0 {
				sz = 1
			}
			o = align(o, a) + sz
		}
		return align(o, max)
	case *types.Interface:
		return s.WordSize * 2
	}
	return s.WordSize
}

func (s *gcSizes) ptrdata(T types.Type) int64 {
	switch t := T.Underlying().(type) {
	case *types.Basic:
		switch t.Kind() {
		case types.String, types.UnsafePointer:
			return s.WordSize
		}
		return 0
	case *types.Chan, *types.Map, *types.Pointer, *types.Signature, *types.Slice:
		return s.WordSize
	case *types.Interface:
		return 2 * s.WordSize
	case *types.Array:
		n := t.Len()
		if n == 0 {
			return 0
		}
		a := s.ptrdata(t.Elem())
		if a == 0 {
			return 0
		}
		return (n-1)*s.Sizeof(t.Elem()) + a
	case *types.Struct:
		var o, p int64
		for i := 0; i < t.NumFields(); i++ {
			ft := t.Field(i).Type()
			a, sz := s.Alignof(ft), s.Sizeof(ft)
			fp := s.ptrdata(ft)
			o = align(o, a)
			if fp != 0 {
				p = o + fp
			}
			o += sz
		}
		return p
	}
	panic("impossible")
}

func optimal(str *types.Struct, s *gcSizes) *types.Struct {
	type elem struct {
		index                    int
		alignof, sizeof, ptrdata int64
	}
	elems := make([]elem, str.NumFields())
	for i := range elems {
		ft := str.Field(i).Type()
		elems[i] = elem{i, s.Alignof(ft), s.Sizeof(ft), s.ptrdata(ft)}
	}
	sort.SliceStable(elems, func(i, j int) bool {
		ei, ej := &elems[i], &elems[j]
		if zi, zj := ei.sizeof == 0, ej.sizeof == 0; zi != zj {
			return zi
		}
		if ei.alignof != ej.alignof {
			return ei.alignof > ej.alignof
		}
		noi, noj := ei.ptrdata == 0, ej.ptrdata == 0
		if noi != noj {
			return noj
		}
		if !noi {
			ti, tj := ei.sizeof-ei.ptrdata, ej.sizeof-ej.ptrdata
			if ti != tj {
				return ti < tj
			}
		}
		return ei.sizeof > ej.sizeof
	})
	fields := make([]*types.Var, len(elems))
	for i, e := range elems {
		fields[i] = str.Field(e.index)
	}
	return types.NewStruct(fields, nil)
}

func main() {
	arch := flag.String("arch", "amd64", "GOARCH for the sizes")
	flag.Parse()
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range flag.Args() {
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		files = append(files, f)
	}
	std := types.SizesFor("gc", *arch)
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil), Sizes: std}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	if _, err := conf.Check("main", fset, files, info); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ptr := types.Typ[types.UnsafePointer]
	s := &gcSizes{std.Sizeof(ptr), std.Alignof(ptr)}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			node, ok := n.(*ast.StructType)
			if !ok {
				return true
			}
			tv, ok := info.Types[node]
			if !ok {
				return true
			}
			str := tv.Type.(*types.Struct)
			opt := optimal(str, s)
			pos := fset.Position(node.Pos())
			if sz, osz := s.Sizeof(str), s.Sizeof(opt); sz > osz {
				fmt.Printf("%s: struct of size %d could be %d\n", pos, sz, osz)
			} else if p, op := s.ptrdata(str), s.ptrdata(opt); p > op {
				fmt.Printf("%s: struct with %d pointer bytes could be %d\n", pos, p, op)
			}
			return true
		})
	}
}
