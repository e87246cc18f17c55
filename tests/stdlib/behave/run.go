//go:build ignore

// run compiles gocc's bundled standard library (stdlib/) with the real Go 1.19 toolchain and
// compares its behaviour with the real packages:
//
//	GO111MODULE=off go run run.go -stdlib ../../../stdlib
//
// It copies the packages listed in `packages` into a temporary GOPATH as gocc/<path> (for
// example gocc/fmt), rewriting their imports of each other, so that one program can import
// both "fmt" and "gocc/fmt". Files constrained to `gocc` (the body-less runtime hooks) drop
// out by themselves; their `!gocc` twins implement the hooks with reflect. Then it runs
// cases.go (with the other cases*.go files of this directory, one program), which checks
// hundreds of inputs per package and exits 1 on any difference.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
)

// The packages compiled under gocc/ (the others — os, time, sync, ... — have runtime hooks
// without a reflect twin and stay the real ones).
var packages = []string{
	"bytes", "container/heap", "container/list", "container/ring", "errors", "flag", "fmt",
	"internal/gort", "io", "math", "math/bits", "sort", "strconv", "strings", "text/template",
	"text/template/parse", "unicode", "unicode/utf8",
}

func main() {
	stdlib := flag.String("stdlib", "../../../stdlib", "gocc's stdlib/")
	keep := flag.Bool("keep", false, "keep the temporary GOPATH")
	flag.Parse()
	here, _ := os.Getwd()
	tmp, err := os.MkdirTemp("", "gocc-behave-")
	check(err)
	if !*keep {
		defer os.RemoveAll(tmp)
	} else {
		fmt.Println("GOPATH", tmp)
	}
	ours := map[string]bool{}
	for _, p := range packages {
		ours[p] = true
	}
	for _, p := range packages {
		src := filepath.Join(*stdlib, p)
		dst := filepath.Join(tmp, "src", "gocc", p)
		check(os.MkdirAll(dst, 0o755))
		ents, err := os.ReadDir(src)
		check(err)
		for _, e := range ents {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
				continue
			}
			copyRewritten(filepath.Join(src, e.Name()), filepath.Join(dst, e.Name()), ours)
		}
	}
	prog := filepath.Join(tmp, "src", "behave")
	check(os.MkdirAll(prog, 0o755))
	caseFiles, err := filepath.Glob(filepath.Join(here, "cases*.go"))
	check(err)
	runArgs := []string{"run"}
	for _, c := range caseFiles {
		data, err := os.ReadFile(c)
		check(err)
		check(os.WriteFile(filepath.Join(prog, filepath.Base(c)), data, 0o644))
		runArgs = append(runArgs, filepath.Base(c))
	}

	// The go command running this program builds the cases too.
	goExe := filepath.Join(runtime.GOROOT(), "bin", "go")
	cmd := exec.Command(goExe, runArgs...)
	cmd.Dir = prog
	cmd.Env = append(os.Environ(), "GOPATH="+tmp, "GO111MODULE=off", "GOFLAGS=")
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Println("behave:", err)
		os.Exit(1)
	}
}

func copyRewritten(from, to string, ours map[string]bool) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, from, nil, parser.ParseComments)
	check(err)
	for _, imp := range f.Imports {
		path, _ := strconv.Unquote(imp.Path.Value)
		// `import real "math"` in a !gocc file means the real package.
		if ours[path] && (imp.Name == nil || imp.Name.Name != "real") {
			imp.Path.Value = strconv.Quote("gocc/" + path)
		}
	}
	out, err := os.Create(to)
	check(err)
	defer out.Close()
	check(format.Node(out, fset, f))
	_ = ast.File{}
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "behave:", err)
		os.Exit(2)
	}
}
