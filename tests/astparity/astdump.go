// astdump is the reference ("oracle") syntax-tree dumper for gocc's parser
// parity test. It parses Go source files with the standard library's
// go/parser and prints each tree in exactly the text format of
// `gocc ast --no-positions` (ast/dump.cpp), so that the two can be compared
// byte for byte.
//
// Usage:
//
//	astdump [-list FILE] [FILES...]
//
// -list names a file holding one path per line (blank lines are ignored).
// Files named by -list are processed first, then the positional arguments.
// Like gocc, every file's dump is preceded by a "== PATH" line when -list is
// given or more than one file is named.
//
// Output format (see ast/dump.cpp): one node per line, indented two spaces
// per level, "label: " (the gocc field name, "label[i]" for list elements)
// followed by the gocc node name and node-specific attributes. nil children
// and empty lists print nothing.
//
// The walk below is an explicit type switch over go/ast node types. gocc's
// tree follows go/ast closely; every place where the two shapes differ and
// go/ast's shape is mapped onto gocc's is marked with a "gocc:" comment.
//
// Parse errors are reported on stderr (the tree is still dumped, as gocc does)
// and make astdump exit with status 1.
//
// Build: go build -o astdump astdump.go   (no go.mod needed)
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"strconv"
	"strings"
)

// litKindNames is go/token's constant name for each BasicLit kind, as printed
// by gocc (lex::GoNameOf).
var litKindNames = map[token.Token]string{
	token.INT:    "INT",
	token.FLOAT:  "FLOAT",
	token.IMAG:   "IMAG",
	token.CHAR:   "CHAR",
	token.STRING: "STRING",
}

type dumper struct {
	w *bufio.Writer
}

// header starts a node's line: indentation, "label: " and the gocc node name.
// The caller finishes the line (attributes and '\n').
func (d *dumper) header(label string, name string, depth int) {
	for i := 0; i < depth; i++ {
		d.w.WriteString("  ")
	}
	if label != "" {
		d.w.WriteString(label)
		d.w.WriteString(": ")
	}
	d.w.WriteString(name)
}

// line prints a complete node line with no attributes.
func (d *dumper) line(label string, name string, depth int) {
	d.header(label, name, depth)
	d.w.WriteByte('\n')
}

func idx(label string, i int) string {
	return label + "[" + strconv.Itoa(i) + "]"
}

// ---- typed helpers: they take care of nil pointers, so that a typed nil
// (e.g. a nil *ast.Ident stored in an ast.Expr) never reaches the walk.

func (d *dumper) ident(label string, id *ast.Ident, depth int) {
	if id == nil {
		return
	}
	d.header(label, "Ident", depth)
	d.w.WriteString(" \"")
	d.w.WriteString(id.Name)
	d.w.WriteString("\"\n")
}

func (d *dumper) idents(label string, list []*ast.Ident, depth int) {
	for i, id := range list {
		d.ident(idx(label, i), id, depth)
	}
}

func (d *dumper) basicLit(label string, lit *ast.BasicLit, depth int) {
	if lit == nil {
		return
	}
	d.header(label, "BasicLit", depth)
	d.w.WriteByte(' ')
	name, ok := litKindNames[lit.Kind]
	if !ok {
		name = lit.Kind.String()
	}
	d.w.WriteString(name)
	d.w.WriteByte(' ')
	// gocc escapes only newlines and carriage returns (not backslashes).
	for i := 0; i < len(lit.Value); i++ {
		switch c := lit.Value[i]; c {
		case '\n':
			d.w.WriteString(`\n`)
		case '\r':
			d.w.WriteString(`\r`)
		default:
			d.w.WriteByte(c)
		}
	}
	d.w.WriteByte('\n')
}

func (d *dumper) exprs(label string, list []ast.Expr, depth int) {
	for i, x := range list {
		d.expr(idx(label, i), x, depth)
	}
}

func (d *dumper) stmts(label string, list []ast.Stmt, depth int) {
	for i, s := range list {
		d.stmt(idx(label, i), s, depth)
	}
}

// fields prints a go/ast FieldList as a gocc list of Field nodes.
// gocc: there is no FieldList node (and no paren/bracket positions); the
// fields are direct list children of the owner, and a nil FieldList and an
// empty one both print nothing.
func (d *dumper) fields(label string, fl *ast.FieldList, depth int) {
	if fl == nil {
		return
	}
	for i, f := range fl.List {
		d.field(idx(label, i), f, depth)
	}
}

func (d *dumper) field(label string, f *ast.Field, depth int) {
	if f == nil {
		return
	}
	d.line(label, "Field", depth)
	d.idents("names", f.Names, depth+1)
	d.expr("type", f.Type, depth+1)
	d.basicLit("tag", f.Tag, depth+1)
}

func (d *dumper) block(label string, b *ast.BlockStmt, depth int) {
	if b == nil {
		return
	}
	d.line(label, "BlockStmt", depth)
	d.stmts("stmts", b.List, depth+1)
}

func (d *dumper) funcType(label string, t *ast.FuncType, depth int) {
	if t == nil {
		return
	}
	d.line(label, "FuncType", depth)
	// gocc: FuncType.type_params holds a FuncDecl's type parameters, like
	// go/ast FuncType.TypeParams; params and results are plain Field lists.
	d.fields("type_params", t.TypeParams, depth+1)
	d.fields("params", t.Params, depth+1)
	d.fields("results", t.Results, depth+1)
}

func (d *dumper) genDecl(label string, g *ast.GenDecl, depth int) {
	if g == nil {
		return
	}
	d.header(label, "GenDecl", depth)
	d.w.WriteByte(' ')
	d.w.WriteString(g.Tok.String())
	// gocc: no paren positions; " (group)" marks a parenthesised declaration.
	if g.Lparen.IsValid() {
		d.w.WriteString(" (group)")
	}
	d.w.WriteByte('\n')
	for i, s := range g.Specs {
		d.spec(idx("specs", i), s, depth+1)
	}
}

// caseClauses prints the clauses of a switch or type switch.
// gocc: the clauses are the statement's body[i] directly; go/ast wraps them
// in a BlockStmt.
func (d *dumper) caseClauses(label string, body *ast.BlockStmt, depth int) {
	if body == nil {
		return
	}
	for i, s := range body.List {
		d.stmt(idx(label, i), s, depth)
	}
}

// ---- the walk

func (d *dumper) expr(label string, x ast.Expr, depth int) {
	if x == nil {
		return
	}
	c := depth + 1
	switch x := x.(type) {
	case *ast.BadExpr:
		d.line(label, "BadExpr", depth)
	case *ast.Ident:
		d.ident(label, x, depth)
	case *ast.BasicLit:
		d.basicLit(label, x, depth)
	case *ast.CompositeLit:
		d.line(label, "CompositeLit", depth)
		d.expr("type", x.Type, c)
		d.exprs("elts", x.Elts, c)
	case *ast.KeyValueExpr:
		d.line(label, "KeyValueExpr", depth)
		d.expr("key", x.Key, c)
		d.expr("value", x.Value, c)
	case *ast.FuncLit:
		d.line(label, "FuncLit", depth)
		d.funcType("type", x.Type, c)
		d.block("body", x.Body, c)
	case *ast.ParenExpr:
		d.line(label, "ParenExpr", depth)
		d.expr("x", x.X, c)
	case *ast.SelectorExpr:
		d.line(label, "SelectorExpr", depth)
		d.expr("x", x.X, c)
		d.ident("sel", x.Sel, c)
	case *ast.IndexExpr:
		// gocc: one IndexExpr with a list of indices for both go/ast
		// IndexExpr (one index) and IndexListExpr (several type arguments).
		d.line(label, "IndexExpr", depth)
		d.expr("x", x.X, c)
		d.expr(idx("indices", 0), x.Index, c)
	case *ast.IndexListExpr:
		// gocc: see IndexExpr.
		d.line(label, "IndexExpr", depth)
		d.expr("x", x.X, c)
		d.exprs("indices", x.Indices, c)
	case *ast.SliceExpr:
		d.header(label, "SliceExpr", depth)
		if x.Slice3 {
			d.w.WriteString(" slice3")
		}
		d.w.WriteByte('\n')
		d.expr("x", x.X, c)
		d.expr("low", x.Low, c)
		d.expr("high", x.High, c)
		d.expr("max", x.Max, c)
	case *ast.TypeAssertExpr:
		d.header(label, "TypeAssertExpr", depth)
		// gocc: x.(type) is marked " (type)" (go/ast: Type == nil).
		if x.Type == nil {
			d.w.WriteString(" (type)")
		}
		d.w.WriteByte('\n')
		d.expr("x", x.X, c)
		d.expr("type", x.Type, c)
	case *ast.CallExpr:
		d.header(label, "CallExpr", depth)
		if x.Ellipsis.IsValid() {
			d.w.WriteString(" ...")
		}
		d.w.WriteByte('\n')
		d.expr("fun", x.Fun, c)
		d.exprs("args", x.Args, c)
	case *ast.StarExpr:
		// gocc: StarExpr is both the pointer type and the dereference, as in go/ast.
		d.line(label, "StarExpr", depth)
		d.expr("x", x.X, c)
	case *ast.UnaryExpr:
		// gocc: UnaryExpr for the other unary operators, including <-x and ~T.
		d.header(label, "UnaryExpr", depth)
		d.w.WriteByte(' ')
		d.w.WriteString(x.Op.String())
		d.w.WriteByte('\n')
		d.expr("x", x.X, c)
	case *ast.BinaryExpr:
		d.header(label, "BinaryExpr", depth)
		d.w.WriteByte(' ')
		d.w.WriteString(x.Op.String())
		d.w.WriteByte('\n')
		d.expr("x", x.X, c)
		d.expr("y", x.Y, c)
	case *ast.ArrayType:
		d.header(label, "ArrayType", depth)
		// gocc: a nil length is a slice type, marked " slice"; [...]T has an
		// Ellipsis length with no elem, as in go/ast.
		if x.Len == nil {
			d.w.WriteString(" slice")
		}
		d.w.WriteByte('\n')
		d.expr("len", x.Len, c)
		d.expr("elem", x.Elt, c)
	case *ast.StructType:
		d.line(label, "StructType", depth)
		d.fields("fields", x.Fields, c)
	case *ast.FuncType:
		d.funcType(label, x, depth)
	case *ast.InterfaceType:
		// gocc: methods and embedded elements are the list elems[i].
		d.line(label, "InterfaceType", depth)
		d.fields("elems", x.Methods, c)
	case *ast.MapType:
		d.line(label, "MapType", depth)
		d.expr("key", x.Key, c)
		d.expr("value", x.Value, c)
	case *ast.ChanType:
		d.header(label, "ChanType", depth)
		// gocc: the direction is " send" (chan<- T), " recv" (<-chan T) or
		// nothing (chan T); go/ast uses the bit set SEND|RECV for the latter.
		switch x.Dir {
		case ast.SEND:
			d.w.WriteString(" send")
		case ast.RECV:
			d.w.WriteString(" recv")
		}
		d.w.WriteByte('\n')
		d.expr("elem", x.Value, c)
	case *ast.Ellipsis:
		d.line(label, "Ellipsis", depth)
		d.expr("elem", x.Elt, c)
	default:
		d.line(label, fmt.Sprintf("UNKNOWN-EXPR(%T)", x), depth)
	}
}

func (d *dumper) stmt(label string, s ast.Stmt, depth int) {
	if s == nil {
		return
	}
	c := depth + 1
	switch s := s.(type) {
	case *ast.BadStmt:
		d.line(label, "BadStmt", depth)
	case *ast.DeclStmt:
		d.line(label, "DeclStmt", depth)
		if g, ok := s.Decl.(*ast.GenDecl); ok {
			d.genDecl("decl", g, c)
		} else {
			d.decl("decl", s.Decl, c)
		}
	case *ast.EmptyStmt:
		// gocc: implicit and explicit empty statements look the same.
		d.line(label, "EmptyStmt", depth)
	case *ast.LabeledStmt:
		d.line(label, "LabeledStmt", depth)
		d.ident("label", s.Label, c)
		d.stmt("stmt", s.Stmt, c)
	case *ast.ExprStmt:
		d.line(label, "ExprStmt", depth)
		d.expr("x", s.X, c)
	case *ast.SendStmt:
		d.line(label, "SendStmt", depth)
		d.expr("chan", s.Chan, c)
		d.expr("value", s.Value, c)
	case *ast.IncDecStmt:
		d.header(label, "IncDecStmt", depth)
		d.w.WriteByte(' ')
		d.w.WriteString(s.Tok.String())
		d.w.WriteByte('\n')
		d.expr("x", s.X, c)
	case *ast.AssignStmt:
		d.header(label, "AssignStmt", depth)
		d.w.WriteByte(' ')
		d.w.WriteString(s.Tok.String())
		d.w.WriteByte('\n')
		d.exprs("lhs", s.Lhs, c)
		d.exprs("rhs", s.Rhs, c)
	case *ast.GoStmt:
		d.line(label, "GoStmt", depth)
		if s.Call != nil {
			d.expr("call", s.Call, c)
		}
	case *ast.DeferStmt:
		d.line(label, "DeferStmt", depth)
		if s.Call != nil {
			d.expr("call", s.Call, c)
		}
	case *ast.ReturnStmt:
		d.line(label, "ReturnStmt", depth)
		d.exprs("results", s.Results, c)
	case *ast.BranchStmt:
		d.header(label, "BranchStmt", depth)
		d.w.WriteByte(' ')
		d.w.WriteString(s.Tok.String())
		d.w.WriteByte('\n')
		d.ident("label", s.Label, c)
	case *ast.BlockStmt:
		d.block(label, s, depth)
	case *ast.IfStmt:
		d.line(label, "IfStmt", depth)
		d.stmt("init", s.Init, c)
		d.expr("cond", s.Cond, c)
		d.block("then", s.Body, c) // gocc: Body is called "then"
		d.stmt("else", s.Else, c)
	case *ast.CaseClause:
		d.header(label, "CaseClause", depth)
		// gocc: " default" marks the default clause (go/ast: List == nil).
		if s.List == nil {
			d.w.WriteString(" default")
		}
		d.w.WriteByte('\n')
		d.exprs("list", s.List, c)
		d.stmts("body", s.Body, c)
	case *ast.SwitchStmt:
		d.line(label, "SwitchStmt", depth)
		d.stmt("init", s.Init, c)
		d.expr("tag", s.Tag, c)
		d.caseClauses("body", s.Body, c)
	case *ast.TypeSwitchStmt:
		// gocc: assign is the ExprStmt `x.(type)` or the AssignStmt
		// `v := x.(type)`, as in go/ast; the clauses are body[i].
		d.line(label, "TypeSwitchStmt", depth)
		d.stmt("init", s.Init, c)
		d.stmt("assign", s.Assign, c)
		d.caseClauses("body", s.Body, c)
	case *ast.CommClause:
		d.header(label, "CommClause", depth)
		// gocc: " default" marks the default clause (go/ast: Comm == nil).
		if s.Comm == nil {
			d.w.WriteString(" default")
		}
		d.w.WriteByte('\n')
		d.stmt("comm", s.Comm, c)
		d.stmts("body", s.Body, c)
	case *ast.SelectStmt:
		d.line(label, "SelectStmt", depth)
		// gocc: the CommClauses are body[i] directly (no BlockStmt).
		d.caseClauses("body", s.Body, c)
	case *ast.ForStmt:
		d.line(label, "ForStmt", depth)
		d.stmt("init", s.Init, c)
		d.expr("cond", s.Cond, c)
		d.stmt("post", s.Post, c)
		d.block("body", s.Body, c)
	case *ast.RangeStmt:
		d.header(label, "RangeStmt", depth)
		// gocc: " :=" or " =", nothing for `for range x` (go/ast: Tok ILLEGAL).
		if s.Tok != token.ILLEGAL {
			d.w.WriteByte(' ')
			d.w.WriteString(s.Tok.String())
		}
		d.w.WriteByte('\n')
		d.expr("key", s.Key, c)
		d.expr("value", s.Value, c)
		d.expr("x", s.X, c)
		d.block("body", s.Body, c)
	default:
		d.line(label, fmt.Sprintf("UNKNOWN-STMT(%T)", s), depth)
	}
}

func (d *dumper) spec(label string, s ast.Spec, depth int) {
	if s == nil {
		return
	}
	c := depth + 1
	switch s := s.(type) {
	case *ast.ImportSpec:
		d.line(label, "ImportSpec", depth)
		d.ident("name", s.Name, c)
		d.basicLit("path", s.Path, c)
	case *ast.ValueSpec:
		d.line(label, "ValueSpec", depth)
		d.idents("names", s.Names, c)
		d.expr("type", s.Type, c)
		d.exprs("values", s.Values, c)
	case *ast.TypeSpec:
		d.header(label, "TypeSpec", depth)
		// gocc: " alias" marks `type A = T` (go/ast: Assign is valid).
		if s.Assign.IsValid() {
			d.w.WriteString(" alias")
		}
		d.w.WriteByte('\n')
		d.ident("name", s.Name, c)
		d.fields("type_params", s.TypeParams, c)
		d.expr("type", s.Type, c)
	default:
		d.line(label, fmt.Sprintf("UNKNOWN-SPEC(%T)", s), depth)
	}
}

func (d *dumper) decl(label string, x ast.Decl, depth int) {
	if x == nil {
		return
	}
	c := depth + 1
	switch x := x.(type) {
	case *ast.BadDecl:
		d.line(label, "BadDecl", depth)
	case *ast.GenDecl:
		d.genDecl(label, x, depth)
	case *ast.FuncDecl:
		d.line(label, "FuncDecl", depth)
		// gocc: the receiver is a single Field, not a FieldList.
		if x.Recv != nil && len(x.Recv.List) > 0 {
			d.field("recv", x.Recv.List[0], c)
		}
		d.ident("name", x.Name, c)
		d.funcType("type", x.Type, c)
		d.block("body", x.Body, c)
	default:
		d.line(label, fmt.Sprintf("UNKNOWN-DECL(%T)", x), depth)
	}
}

func (d *dumper) file(f *ast.File) {
	d.line("", "File", 0)
	// gocc: imports are GenDecls among decls (as in go/ast); File.Imports,
	// Scope, Unresolved and Comments have no counterpart.
	d.ident("package", f.Name, 1)
	for i, x := range f.Decls {
		d.decl(idx("decls", i), x, 1)
	}
}

func main() {
	list := flag.String("list", "", "file containing one input path per line")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: astdump [-list FILE] [FILES...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	var paths []string
	if *list != "" {
		data, err := os.ReadFile(*list)
		if err != nil {
			fmt.Fprintf(os.Stderr, "astdump: %v\n", err)
			os.Exit(2)
		}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSuffix(line, "\r")
			if line != "" {
				paths = append(paths, line)
			}
		}
	}
	paths = append(paths, flag.Args()...)
	if len(paths) == 0 {
		flag.Usage()
		os.Exit(2)
	}
	headers := *list != "" || len(paths) > 1

	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	d := &dumper{w: w}
	status := 0
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			w.Flush()
			fmt.Fprintf(os.Stderr, "astdump: %v\n", err)
			os.Exit(1)
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, src, parser.SkipObjectResolution)
		if err != nil {
			status = 1
			if list, ok := err.(scanner.ErrorList); ok {
				for _, e := range list {
					fmt.Fprintf(os.Stderr, "%v\n", e)
				}
			} else {
				fmt.Fprintf(os.Stderr, "%v\n", err)
			}
		}
		if headers {
			w.WriteString("== ")
			w.WriteString(path)
			w.WriteByte('\n')
		}
		if f != nil {
			d.file(f)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "astdump: write: %v\n", err)
		os.Exit(1)
	}
	os.Exit(status)
}
