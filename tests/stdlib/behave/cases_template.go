//go:build ignore

// text/template: gocc's package (gocc/text/template, with internal/gort's reflect twins of
// the hooks) against the real one, in the same program as cases.go. Every template text runs
// on every data value; the output and the error of parsing and executing must be the same.

package main

import (
	"errors"
	"fmt"
	"strings"
	"text/template"

	gtemplate "gocc/text/template"
)

type tmplInner struct {
	V    int
	S    string
	hide int
}

func (i tmplInner) Twice() int                    { return 2 * i.V }
func (i *tmplInner) Ptr() string                  { return "ptr:" + i.S }
func (i tmplInner) Join(sep string, n int) string { return strings.Repeat(i.S+sep, n) }
func (i tmplInner) Fail(ok bool) (int, error) {
	if ok {
		return i.V, nil
	}
	return 0, errors.New("failed")
}

type tmplPtrStringer struct{ N int }

func (s *tmplPtrStringer) String() string { return fmt.Sprintf("<P%d>", s.N) }

type tmplStringer struct{ N int }

func (s tmplStringer) String() string { return fmt.Sprintf("<S%d>", s.N) }

type tmplData struct {
	Name   string
	N      int
	U      uint8
	F      float64
	B      bool
	In     tmplInner
	P      *tmplInner
	Nil    *tmplInner
	L      []int
	Strs   []string
	M      map[string]int
	MI     map[int]string
	E      map[string]int
	Any    interface{}
	Err    error
	St     tmplStringer
	Fn     func(int) int
	Arr    [3]string
	Nested [][]int
	Items  []tmplInner
	PS     tmplPtrStringer
	tmplInner
}

func (d *tmplData) Method() string { return "M(" + d.Name + ")" }
func (d tmplData) Count() int      { return len(d.L) }
func (d tmplData) Sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var templateTexts = []string{
	"plain", "{{.}}", "{{.Name}} {{.N}} {{.U}} {{.F}} {{.B}}", "{{.In.V}} {{.In.S}} {{.P.V}} {{.Nil}}",
	"{{.Nil.V}}", "{{.In.hide}}", "{{.Missing}}", "{{.M.a}} {{.M.zz}} {{.E}} {{.MI}}", "{{.Any}} {{.Err}} {{.St}}",
	"{{.In.Twice}} {{.P.Ptr}} {{.Method}} {{.Count}} {{.Twice}} {{.V}}", "{{.In.Join \"-\" 3}} {{.Sum 1 2 3}} {{.Sum}}",
	"{{.In.Fail true}}", "{{.In.Fail false}}", "{{.In.Join}}", "{{call .Fn 3}} {{call .Fn}}",
	"{{if .B}}yes{{else if .N}}n{{else}}no{{end}}", "{{with .P}}{{.S}}{{else}}none{{end}} {{with .Nil}}x{{else}}nil{{end}}",
	"{{range .L}}[{{.}}]{{else}}empty{{end}}", "{{range $i, $v := .Strs}}{{$i}}={{$v}};{{end}}",
	"{{range $k, $v := .M}}{{$k}}:{{$v}} {{end}}", "{{range .MI}}{{.}}{{end}}", "{{range .Arr}}<{{.}}>{{end}}",
	"{{range .Nested}}{{range .}}{{.}}{{end}}|{{end}}", "{{range .L}}{{if eq . 2}}{{break}}{{end}}{{.}}{{end}}",
	"{{range .L}}{{if eq . 2}}{{continue}}{{end}}{{.}}{{end}}", "{{range .N}}x{{end}}", "{{range .E}}x{{else}}none{{end}}",
	"{{$x := .N}}{{$x}} {{$x = 5}}{{$x}} {{$}}", "{{$.Name}}{{with .In}}{{$.N}}{{.V}}{{end}}",
	"{{len .L}} {{len .Name}} {{len .M}} {{len .N}}", "{{index .L 1}} {{index .M \"b\"}} {{index .Nested 1 0}} {{index .L 10}}",
	"{{index .M 3}}", "{{slice .Name 1 3}} {{slice .L 1}} {{slice .L 0 1 2}}", "{{not .B}} {{and .N .Name}} {{or .Nil .N}} {{and 0 .Missing}}",
	"{{eq .N 3}} {{eq .Name \"ann\" \"bob\"}} {{ne .F 1.5}} {{lt .N 10}} {{le .U 4}} {{gt .F 0.5}} {{ge .Name \"a\"}}",
	"{{eq .N .U}} {{lt .N .U}} {{eq .Nil nil}} {{eq .L .L}}", "{{lt .B true}}", "{{lt 1 \"x\"}}", "{{eq}}",
	"{{print .N .Name}} {{printf \"%05.1f|%q|%v\" .F .Name .L}} {{println .B}}", "{{printf \"%d\" .Name}}",
	"{{html \"<a href='x'>&\"}} {{js \"it's <b>\"}} {{urlquery \"a b&c=d/é\"}}", "{{.N | printf \"%03d\"}} {{.Name | len}}",
	"{{(index .L 0) | printf \"%v!\"}} {{(len .L)}}", "{{1.5}} {{0x1F}} {{'a'}} {{1e3}} {{-7}} {{\"s\"}} {{`raw`}} {{true}}",
	"{{nil}}", "{{.Name 1}}", "{{3 | 4}}", "{{define \"t\"}}[{{.}}]{{end}}{{template \"t\" .N}}{{template \"t\"}}",
	"{{block \"b\" .Name}}<{{.}}>{{end}}", "{{template \"nope\"}}", "a {{- \" b \" -}} c", "x{{/* c */}}y{{- /* d */ -}} z",
	"{{if}}", "{{end}}", "{{else}}", "{{range}}", "{{with .N}}", "{{.N", "{{\"unterminated}}", "{{$u}}", "{{foo}}",
	"{{break}}", "{{3x}}", "{{/* open", "{{.Name.Foo}}", "{{.L.x}}", "{{.Any.Foo}}", "{{.St.N}} {{.St.String}}",
	"{{if .Any}}any{{end}} {{if .Err}}err{{end}} {{if .St}}st{{end}} {{if .E}}e{{end}} {{if .Fn}}fn{{end}}",
	"{{.Fn}}", "{{range $i, $v, $w := .L}}{{end}}", "{{range .L | len}}{{.}}{{end}}", "{{(.In).V}} {{(.P).S}}",
	"{{.In.V.X}}", "{{$x := 1}}{{if true}}{{$x = 2}}{{end}}{{$x}}", "{{with $y := .In}}{{$y.S}}{{end}}",
	"{{range .Strs}}{{.}}{{end}}\n{{- if .B}}\n  tail\n{{- end}}", "{{printf \"%v %v\" .P .Nil}}", "{{.P}}",
	"{{.In.Ptr}} {{.Ptr}}", "{{range .Items}}{{.Ptr}},{{.Twice}};{{end}}", "{{.PS}} {{.PS.String}} {{print .PS}}",
	"{{range .Items}}{{.}}{{end}}", "{{with .In}}{{.Ptr}}{{end}}",
}

func tmplValues() []any {
	in := tmplInner{V: 7, S: "in", hide: 1}
	full := &tmplData{Name: "ann", N: 3, U: 4, F: 2.5, B: true, In: in, P: &tmplInner{V: 9, S: "p"},
		L: []int{1, 2, 3}, Strs: []string{"x", "y"}, M: map[string]int{"a": 1, "b": 2, "c": 3},
		MI: map[int]string{3: "c", 1: "a", 2: "b"}, E: map[string]int{}, Any: 42, Err: errors.New("bad"),
		St: tmplStringer{5}, Fn: func(x int) int { return x * x }, Arr: [3]string{"p", "q", "r"},
		Nested: [][]int{{1, 2}, {3}}, Items: []tmplInner{{V: 1, S: "i1"}, {V: 2, S: "i2"}}, PS: tmplPtrStringer{4},
		tmplInner: tmplInner{V: 11, S: "embedded"}}
	empty := tmplData{}
	return []any{full, empty, nil, 5, "str", []int{}, map[string]int{"a": 1}}
}

func testTemplate() {
	for _, text := range templateTexts {
		for vi, data := range tmplValues() {
			what := fmt.Sprintf("%q on value %d", text, vi)
			var gout, wout strings.Builder
			gerr, werr := errors.New("not run"), errors.New("not run")
			gt, gperr := gtemplate.New("t").Parse(text)
			wt, wperr := template.New("t").Parse(text)
			same("text/template", what+" (parse)", errText(gperr), errText(wperr))
			if gperr == nil && wperr == nil {
				gerr = gt.Execute(&gout, data)
				werr = wt.Execute(&wout, data)
			}
			same("text/template", what, gout.String()+"|"+errText(gerr), wout.String()+"|"+errText(werr))
		}
	}
	// Funcs, Lookup, ExecuteTemplate, Option.
	gfuncs := gtemplate.FuncMap{"up": strings.ToUpper, "add": func(a, b int) int { return a + b },
		"cat": func(s ...string) string { return strings.Join(s, "+") }}
	wfuncs := template.FuncMap{"up": strings.ToUpper, "add": func(a, b int) int { return a + b },
		"cat": func(s ...string) string { return strings.Join(s, "+") }}
	for _, text := range []string{"{{up .}}", "{{add 1 2}} {{3 | add 4}}", "{{cat}} {{cat \"a\" \"b\"}}", "{{add 1}}", "{{up 3}}"} {
		var g, w strings.Builder
		gerr := gtemplate.Must(gtemplate.New("f").Funcs(gfuncs).Parse(text)).Execute(&g, "x")
		werr := template.Must(template.New("f").Funcs(wfuncs).Parse(text)).Execute(&w, "x")
		same("text/template", "Funcs "+text, g.String()+"|"+errText(gerr), w.String()+"|"+errText(werr))
	}
	for _, opt := range []string{"missingkey=default", "missingkey=zero", "missingkey=error"} {
		var g, w strings.Builder
		gerr := gtemplate.Must(gtemplate.New("o").Option(opt).Parse("{{.a}} {{.b}}")).Execute(&g, map[string]int{"a": 1})
		werr := template.Must(template.New("o").Option(opt).Parse("{{.a}} {{.b}}")).Execute(&w, map[string]int{"a": 1})
		same("text/template", "Option "+opt, g.String()+"|"+errText(gerr), w.String()+"|"+errText(werr))
	}
	gs := gtemplate.Must(gtemplate.New("root").Parse(`{{define "a"}}A{{.}}{{end}}{{define "b"}}B{{template "a" .}}{{end}}`))
	ws := template.Must(template.New("root").Parse(`{{define "a"}}A{{.}}{{end}}{{define "b"}}B{{template "a" .}}{{end}}`))
	for _, name := range []string{"a", "b", "root", "none"} {
		var g, w strings.Builder
		gerr := gs.ExecuteTemplate(&g, name, 1)
		werr := ws.ExecuteTemplate(&w, name, 1)
		same("text/template", "ExecuteTemplate "+name, g.String()+"|"+errText(gerr), w.String()+"|"+errText(werr))
		same("text/template", "Lookup "+name, fmt.Sprint(gs.Lookup(name) == nil), fmt.Sprint(ws.Lookup(name) == nil))
	}
	same("text/template", "Templates", fmt.Sprint(len(gs.Templates())), fmt.Sprint(len(ws.Templates())))
	for _, s := range []string{"", "<a&b>", "it's \"q\"", "\x00\x01 ünï\u2028"} {
		same("text/template", "HTMLEscapeString "+s, gtemplate.HTMLEscapeString(s), template.HTMLEscapeString(s))
		same("text/template", "JSEscapeString "+s, gtemplate.JSEscapeString(s), template.JSEscapeString(s))
		same("text/template", "URLQueryEscaper "+s, gtemplate.URLQueryEscaper(s, 1), template.URLQueryEscaper(s, 1))
	}
	for _, v := range tmplValues() {
		gt, gok := gtemplate.IsTrue(v)
		wt, wok := template.IsTrue(v)
		same("text/template", fmt.Sprintf("IsTrue %T", v), fmt.Sprint(gt, gok), fmt.Sprint(wt, wok))
	}
}
