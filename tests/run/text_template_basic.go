// text/template basics: plain text, comments, trim markers, {{.}}, struct fields (nested, through
// pointers), niladic methods on value and pointer receivers, map key lookup, if/else if/else,
// with/else, and the truthiness of zero values, nil slices, empty maps, nil pointers and structs.
package main

import (
	"fmt"
	"os"
	"text/template"
)

type Inner struct {
	B     string
	Count int
}

type Outer struct {
	Name  string
	Age   int
	A     Inner
	P     *Inner
	Nilp  *Inner
	Tags  []string
	NoTag []string
	M     map[string]int
	Empty map[string]int
	Flag  bool
	Score float64
}

func (o Outer) Maybe() bool       { return o.Age > 18 }
func (o Outer) Double() int       { return o.Age * 2 }
func (o *Outer) Greeting() string { return "hello, " + o.Name }
func (i Inner) Upper() string     { return "<" + i.B + ">" }
func (o Outer) Child() *Inner     { return o.P }

func run(name, text string, data interface{}) {
	t, err := template.New(name).Parse(text)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%s: [", name)
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("]")
}

func main() {
	o := &Outer{Name: "Ann", Age: 30, A: Inner{B: "deep", Count: 3}, P: &Inner{B: "ptr", Count: 7},
		Tags: []string{"x", "y"}, M: map[string]int{"one": 1, "two": 2}, Empty: map[string]int{},
		Score: 2.5}
	run("text", "just text, no actions", nil)
	run("comment", "a{{/* a comment */}}b{{- /* trimmed */ -}} c", nil)
	run("trim", "x  {{- 1 -}}  y {{2 -}}\n\n z\t{{- 3}}", nil)
	run("dot-int", "{{.}}", 42)
	run("dot-str", "{{.}}!", "str")
	run("fields", "{{.Name}} is {{.Age}}, score {{.Score}}, flag {{.Flag}}", o)
	run("nested", "{{.A.B}} {{.A.Count}} {{.P.B}} {{.P.Count}}", o)
	run("value-struct", "{{.Name}}/{{.A.B}}", *o)
	run("methods", "{{.Maybe}} {{.Double}} {{.Greeting}} {{.A.Upper}} {{.Child.B}}", o)
	run("if-method", "{{if .Maybe}}adult{{else}}minor{{end}}", o)
	run("map", "{{.M.one}}+{{.M.two}}", o)
	run("map-direct", "{{.alpha}} {{.beta}}", map[string]string{"alpha": "A", "beta": "B"})
	run("map-missing", "[{{.nope}}]", map[string]int{"x": 1})
	run("else-if", "{{if eq .Age 1}}one{{else if eq .Age 30}}thirty{{else}}other{{end}}", o)
	run("with", "{{with .A}}inner={{.B}}{{end}}", o)
	run("with-else", "{{with .Nilp}}has{{else}}none{{end}}", o)
	run("with-empty", "{{with .Name}}{{.}}{{else}}noname{{end}}|{{with \"\"}}x{{else}}empty{{end}}", o)
	truth := []struct {
		name string
		v    interface{}
	}{
		{"zero", 0}, {"one", 1}, {"empty-str", ""}, {"str", "s"}, {"false", false}, {"true", true},
		{"zero-float", 0.0}, {"nil-slice", []int(nil)}, {"empty-slice", []int{}}, {"slice", []int{1}},
		{"empty-map", map[string]int{}}, {"map", map[string]int{"k": 1}}, {"nil-ptr", (*Inner)(nil)},
		{"ptr", &Inner{}}, {"struct", Inner{}}, {"nil", nil},
	}
	for _, c := range truth {
		run("truth-"+c.name, "{{if .}}T{{else}}F{{end}}", c.v)
	}
	run("nil-field", "{{.NoTag}} {{.Nilp}} {{.Empty}} {{.Tags}}", o)
	run("newline", "line1\n{{- if true}}\n  body\n{{- end}}\nline3", nil)
}
