// Package initialisation order across packages: every imported package is initialised (its
// variables, then its init functions) before main's variables are, so main's initialisers see
// the imported packages' values.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

var eof = io.EOF // an imported variable set by io's initialiser
var out = os.Stdout
var wrapped = fmt.Errorf("read: %w", io.ErrUnexpectedEOF)
var upper = strings.ToUpper("init")
var order []string

var a = record("a", b)
var b = record("b", "")

func record(name, dep string) string {
	order = append(order, name)
	return name + dep
}

func init() {
	order = append(order, "init1")
}

func init() {
	order = append(order, "init2")
}

func main() {
	fmt.Println(eof != nil, eof == io.EOF, eof)
	fmt.Println(out != nil, out == os.Stdout)
	fmt.Println(wrapped, errors.Is(wrapped, io.ErrUnexpectedEOF))
	fmt.Println(upper, a, b, order)
}
