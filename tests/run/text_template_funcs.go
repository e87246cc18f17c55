// text/template built-in functions: and, or, not, len, index (slices, maps, nested), print,
// printf, println, eq (multi-arg), ne, lt, le, gt, ge on ints, strings and floats; pipelines with
// |, parenthesised pipelines, and literals (strings, raw strings, chars, ints, floats, hex, bools).
package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Data struct {
	N     int
	S     []string
	M     map[string]int
	Grid  [][]int
	Nest  map[string][]string
	F     float64
	Name  string
	Zero  int
	Empty string
}

func run(name, text string, data interface{}) {
	t, err := template.New(name).Parse(text)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	var sb strings.Builder
	err = t.Execute(&sb, data)
	fmt.Printf("%s: [%s]\n", name, sb.String())
	if err != nil {
		fmt.Println("error:", err)
	}
}

func main() {
	d := Data{N: 7, S: []string{"a", "bb", "ccc"}, M: map[string]int{"x": 1, "y": 2},
		Grid: [][]int{{1, 2}, {3, 4, 5}}, Nest: map[string][]string{"k": {"v0", "v1"}},
		F: 1.5, Name: "gopher"}
	run("and-or", "{{and 1 2}} {{and 0 2}} {{or 0 \"\" 3}} {{or 0 \"\"}} {{and .N .Name}} {{or .Zero .Empty .F}}", d)
	run("not", "{{not true}} {{not 0}} {{not .Name}} {{not .Empty}}", d)
	run("if-and", "{{if and .N (not .Zero)}}yes{{else}}no{{end}} {{if or .Zero .Empty}}yes{{else}}no{{end}}", d)
	run("len", "{{len .S}} {{len .M}} {{len .Name}} {{len .Grid}} {{len (index .Grid 1)}} {{len \"héllo\"}}", d)
	run("index", "{{index .S 1}} {{index .M \"y\"}} {{index .M \"nope\"}} {{index .Grid 1 2}} {{index .Nest \"k\" 1}} {{index \"abc\" 1}}", d)
	run("print", "{{print 1 2 \"a\" \"b\" 3.5 true}}|{{print \"x\" 1}}|{{print}}", d)
	run("println", "{{println \"line\" 2}}end", d)
	run("printf", "{{printf \"%d-%s-%.2f-%v-%q\" .N .Name .F .S \"q\"}}", d)
	run("pipe", "{{.N | printf \"%03d\"}} {{.Name | printf \"%s!\" | printf \"[%s]\"}} {{\"x\" | print 1}}", d)
	run("paren", "{{printf \"%d items\" (len .S)}} {{(index .S 2)}} {{if (eq (len .S) 3)}}three{{end}}", d)
	run("eq", "{{eq .N 7}} {{eq .N 1 2 3}} {{eq .N 1 7 3}} {{eq .Name \"gopher\"}} {{eq .F 1.5}} {{eq \"a\" \"b\"}}", d)
	run("ne", "{{ne .N 7}} {{ne .Name \"x\"}} {{ne 1.5 .F}}", d)
	run("lt-le", "{{lt 1 2}} {{lt 2 2}} {{le 2 2}} {{le 3 2}} {{lt \"abc\" \"abd\"}} {{le \"b\" \"a\"}} {{lt 1.5 2.5}}", d)
	run("gt-ge", "{{gt .N 5}} {{gt 5 .N}} {{ge .N 7}} {{ge \"z\" \"a\"}} {{gt .F 1.25}} {{ge 0.5 .F}}", d)
	run("cmp-neg", "{{lt -3 2}} {{gt -1 -2}} {{eq -0 0}} {{lt .Zero 1}}", d)
	run("strings", "{{\"double\"}} {{`raw \\n {{not}}`}} {{\"esc\\t\\\"q\\\"\"}}", d)
	run("chars", "{{'a'}} {{'\\n'}} {{printf \"%c\" 'z'}} {{eq 'a' 97}}", d)
	run("ints", "{{42}} {{-7}} {{0x1F}} {{0o17}} {{0b101}} {{017}} {{1_000}}", d)
	run("floats", "{{1.5}} {{-2.25}} {{1e3}} {{0.1}} {{printf \"%T %T %T\" 1 1.0 'c'}}", d)
	run("bools", "{{true}} {{false}} {{printf \"%v %T\" true false}} {{print nil}} {{printf \"%v\" nil}}", d)
	run("dot-arg", "{{len .}} {{index . 2}} {{printf \"%v/%d\" . (len .)}}", []int{1, 2, 3, 4})
	run("var-pipe", "{{$s := .S | len}}{{$s}} {{$x := printf \"%s-%s\" \"a\" \"b\"}}{{$x | len}}", d)
	run("range-funcs", "{{range $i, $v := .S}}{{if gt (len $v) 1}}{{$i}}:{{$v}} {{end}}{{end}}", d)
	run("and-short", "{{and .Zero (index .S 9)}} {{or .N (index .S 9)}}", d)
	run("mixed-eq", "{{eq 1 1}} {{eq \"s\" \"s\" \"t\"}} {{eq true true}} {{ne false true}}", d)
}
