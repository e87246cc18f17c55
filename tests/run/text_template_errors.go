// text/template errors: parse errors (unclosed action, unexpected {{end}}, undefined variable,
// unknown function, missing {{end}}, ...) and execution errors (missing field, nil pointer,
// missing template, index out of range, incomparable types, unexported field), printing what
// was written before the execution error.
package main

import (
	"errors"
	"fmt"
	"strings"
	"text/template"
)

type Inner struct {
	V int
	w int
}

type Data struct {
	Name   string
	P      *Inner
	S      []int
	M      map[string]int
	hidden Inner
}

func (d Data) Hidden() Inner { return d.hidden }

func parse(name, text string) {
	_, err := template.New(name).Parse(text)
	if err != nil {
		fmt.Println("error:", err)
	} else {
		fmt.Println(name, "parsed ok")
	}
}

func exec(name, text string, data interface{}) {
	t, err := template.New(name).Parse(text)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	var sb strings.Builder
	err = t.Execute(&sb, data)
	fmt.Printf("%s wrote %q\n", name, sb.String())
	if err != nil {
		fmt.Println("error:", err)
	}
	var execErr template.ExecError
	fmt.Println("  is ExecError:", errors.As(err, &execErr))
}

func main() {
	fmt.Println("-- parse errors")
	parse("unclosed", "hello {{.Name")
	parse("unclosed-nl", "a\nb {{if .X}}\nc {{.Y")
	parse("unexpected-end", "x {{end}}")
	parse("undefined-var", "{{$x}}")
	parse("undefined-var-later", "{{$y := 1}}\n{{$y}} {{$z}}")
	parse("unknown-func", "{{foo}}")
	parse("unknown-func-arg", "{{len (bar 1)}}")
	parse("missing-end", "{{if .A}}yes")
	parse("missing-end-range", "{{range .S}}\n{{.}}\n")
	parse("else-outside", "{{else}}")
	parse("empty-action", "a{{}}b")
	parse("break-outside", "{{break}}")
	parse("bad-number", "{{3x}}")
	parse("unterminated-string", "{{\"abc}}")
	parse("unclosed-comment", "{{/* no end}}")
	parse("ok", "{{.Name}}")

	fmt.Println("-- exec errors")
	d := Data{Name: "n", S: []int{1, 2}, M: map[string]int{"a": 1}, hidden: Inner{3, 4}}
	exec("no-field", "before {{.Name}} {{.Missing}} after", d)
	exec("nil-ptr", "A{{.Name}}B {{.P.V}}", d)
	exec("no-template", "start {{template \"nope\" .}}", d)
	exec("index-range", "{{index .S 0}} {{index .S 5}}", d)
	exec("index-type", "{{index .M 1}}", d)
	exec("lt-type", "ok {{lt 1 \"a\"}}", d)
	exec("lt-bool", "{{lt true false}}", d)
	exec("unexported", "{{.hidden.V}}", d)
	exec("method-unexported", "{{.Hidden.V}} via method; {{.Hidden.w}}", d)
	exec("field-of-int", "{{.Name.Len}}", d)
	exec("field-of-nil", "[{{.X}}]", nil)
	exec("len-int", "{{len 3}}", d)
	exec("range-int", "{{range .Name}}{{.}}{{end}}", d)
	exec("map-key-type", "{{.M.a}} then {{.P}} then {{.P.V}}", d)
	exec("eq-incomparable", "{{eq .S .S}}", d)
	exec("ok", "{{.Name}} {{len .S}}", d)

	t := template.Must(template.New("set").Parse(`{{define "a"}}A{{end}}`))
	var sb strings.Builder
	err := t.ExecuteTemplate(&sb, "zzz", nil)
	fmt.Println("error:", err)
	err = template.New("never").Execute(&sb, nil)
	fmt.Println("error:", err)
}
