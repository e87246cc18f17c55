//go:build ignore

// Shared by uses.go and verify.go (go run uses.go programs.go / go run verify.go
// programs.go): reading programs.txt and listing the standard-library names the
// listed programs use.

package main

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// readPrograms reads a program list (see programs.txt): one path a line, '#'
// comments; "$GOROOT_TEST/" is replaced by gotest, other paths are relative to root.
func readPrograms(list, root, gotest string) ([]string, error) {
	f, err := os.Open(list)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var progs []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "$GOROOT_TEST/") {
			line = filepath.Join(gotest, strings.TrimPrefix(line, "$GOROOT_TEST/"))
		} else if !filepath.IsAbs(line) {
			line = filepath.Join(root, line)
		}
		progs = append(progs, line)
	}
	return progs, sc.Err()
}

// A use is one standard-library name a program uses, and the first program
// (in list order) that used it.
type use struct {
	Name string // "pkg/path.Name" or "pkg/path.Type.Member"
	Prog string
}

// collectUses type-checks each program with imp (the real standard library)
// and returns, sorted by name, every use of an object declared in another
// package, except package unsafe:
//
//	pkg.Name          package-level const, var, type or func (qualified identifier)
//	pkg.Type.Member   field or method selected through a value of a named
//	                  standard-library type (promoted members included; methods of
//	                  interfaces too), e.g. time.Timer.C, sync.WaitGroup.Add
//
// A program is a .go file (type-checked alone, like a `// run` test of the Go
// test suite) or a directory (its non-test .go files form one package).
func collectUses(fset *token.FileSet, imp types.Importer, progs []string) ([]use, error) {
	seen := map[string]string{}
	var errs []string
	for _, prog := range progs {
		if err := collect(fset, imp, prog, seen); err != nil {
			errs = append(errs, fmt.Sprintf("%s: %v", prog, err))
		}
	}
	uses := make([]use, 0, len(seen))
	for n, p := range seen {
		uses = append(uses, use{n, p})
	}
	sort.Slice(uses, func(i, j int) bool { return uses[i].Name < uses[j].Name })
	if len(errs) > 0 {
		return uses, fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return uses, nil
}

func collect(fset *token.FileSet, imp types.Importer, prog string, seen map[string]string) error {
	st, err := os.Stat(prog)
	if err != nil {
		return err
	}
	paths := []string{prog}
	if st.IsDir() {
		paths = nil
		ents, err := os.ReadDir(prog)
		if err != nil {
			return err
		}
		for _, e := range ents {
			if n := e.Name(); strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
				paths = append(paths, filepath.Join(prog, n))
			}
		}
		if len(paths) == 0 {
			return fmt.Errorf("no .go files")
		}
	}
	var files []*ast.File
	for _, p := range paths {
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		files = append(files, f)
	}
	info := &types.Info{
		Uses:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	var typeErrs []string
	conf := types.Config{
		Importer: imp,
		Error:    func(err error) { typeErrs = append(typeErrs, err.Error()) },
	}
	pkg, _ := conf.Check(files[0].Name.Name, fset, files, info)
	if len(typeErrs) > 0 {
		return fmt.Errorf("type errors: %s", typeErrs[0])
	}
	add := func(name string) {
		if _, ok := seen[name]; !ok {
			seen[name] = prog
		}
	}
	foreign := func(p *types.Package) bool {
		return p != nil && p != pkg && p.Path() != "unsafe"
	}
	for _, obj := range info.Uses {
		if p := obj.Pkg(); foreign(p) && obj.Parent() == p.Scope() {
			add(p.Path() + "." + obj.Name())
		}
	}
	for _, sel := range info.Selections {
		obj := sel.Obj()
		if !foreign(obj.Pkg()) {
			continue
		}
		recv := sel.Recv()
		if ptr, ok := recv.(*types.Pointer); ok {
			recv = ptr.Elem()
		}
		named, ok := recv.(*types.Named)
		if !ok || !foreign(named.Obj().Pkg()) {
			// A member promoted into a user type from an embedded
			// standard-library type: name it by its declaring type.
			named = declaringNamed(obj)
			if named == nil {
				continue
			}
		}
		add(named.Obj().Pkg().Path() + "." + named.Obj().Name() + "." + obj.Name())
	}
	return nil
}

// declaringNamed returns the named type that declares method obj (nil for fields).
func declaringNamed(obj types.Object) *types.Named {
	fn, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return nil
	}
	t := recv.Type()
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	n, _ := t.(*types.Named)
	return n
}
