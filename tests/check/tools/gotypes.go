//go:build ignore

// gotypes: type-checks Go files with go/types (what `go vet` uses) and prints
// every error as "file:LINE: message" (no column, like gc -C), so that its
// messages can be compared with gc's. `go vet` itself stops at the first type
// error; this tool reports all of them.
//
//	go run tests/check/tools/gotypes.go FILE.go...
package main

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
)

func main() {
	fset := token.NewFileSet()
	var files []*ast.File
	status := 0
	for _, name := range os.Args[1:] {
		f, err := parser.ParseFile(fset, name, nil, parser.AllErrors)
		if err != nil {
			fmt.Println(err)
			status = 1
		}
		if f != nil {
			files = append(files, f)
		}
	}
	conf := types.Config{
		Importer: importer.Default(),
		Error: func(err error) {
			e := err.(types.Error)
			p := fset.Position(e.Pos)
			fmt.Printf("%s:%d: %s\n", filepath.Base(p.Filename), p.Line, e.Msg)
			status = 1
		},
	}
	conf.Check("p", fset, files, nil)
	os.Exit(status)
}
