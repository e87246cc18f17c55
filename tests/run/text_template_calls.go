// text/template calls: functions of the program's own (Funcs) with every kind of parameter
// and result, variadic ones, (value, error) results, the call builtin on func-valued fields,
// methods that take arguments, pipelines feeding the last argument, and the errors of calls
// (wrong argument counts and types, a returned error, a panic in the function).
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Point struct{ X, Y int }

// Item has pointer methods only: a template reaches them on addressable Items (elements of a
// slice, fields of a struct behind a pointer), as reflect's Addr does.
type Item struct{ Name string }

func (i *Item) Title() string  { return strings.Title(i.Name) }
func (i *Item) String() string { return "item:" + i.Name }

type Order struct {
	First Item
	Items []Item
}

type Shop struct {
	Name   string
	Prices map[string]float64
	Tax    func(float64) float64
	Greet  func(string, ...string) string
	P      Point
}

func (s *Shop) Price(item string, qty int) (float64, error) {
	p, ok := s.Prices[item]
	if !ok {
		return 0, errors.New("no such item: " + item)
	}
	return p * float64(qty), nil
}

func (s Shop) Label(prefix string, n int, upper bool) string {
	l := fmt.Sprintf("%s-%s-%d", prefix, s.Name, n)
	if upper {
		return strings.ToUpper(l)
	}
	return l
}

func (p Point) Add(q Point) Point          { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) Scale(k float64) [2]float64 { return [2]float64{float64(p.X) * k, float64(p.Y) * k} }
func (p Point) String() string             { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

var funcs = template.FuncMap{
	"upper":  strings.ToUpper,
	"repeat": strings.Repeat,
	"join":   func(sep string, parts ...string) string { return strings.Join(parts, sep) },
	"add":    func(a, b int) int { return a + b },
	"half":   func(x float64) float64 { return x / 2 },
	"pair":   func(a int8, b uint16) string { return fmt.Sprint(a, "/", b) },
	"neg":    func(b bool) bool { return !b },
	"pt":     func(x, y int) Point { return Point{x, y} },
	"sum": func(xs ...int) int {
		t := 0
		for _, x := range xs {
			t += x
		}
		return t
	},
	"div": func(a, b int) (int, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	},
	"boom":  func() string { panic("boom!") },
	"kinds": func(v interface{}) string { return fmt.Sprintf("%T", v) },
	"words": func(s string) []string { return strings.Fields(s) },
	"first": func(m map[string]int, k string) int { return m[k] },
}

func run(name, text string, data interface{}) {
	t, err := template.New(name).Funcs(funcs).Parse(text)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	var b strings.Builder
	err = t.Execute(&b, data)
	fmt.Printf("%s: %q\n", name, b.String())
	if err != nil {
		fmt.Println("  error:", err)
	}
}

func main() {
	shop := &Shop{Name: "corner", Prices: map[string]float64{"tea": 1.5, "cake": 3.25},
		Tax:   func(x float64) float64 { return x * 1.2 },
		Greet: func(s string, more ...string) string { return s + "!" + strings.Join(more, "+") },
		P:     Point{1, 2}}
	run("funcs", `{{upper "abc"}} {{repeat "ab" 3}} {{add 2 3}} {{half 5.0}} {{pair 3 4}} {{neg true}}`, nil)
	run("variadic", `{{join "-" "a" "b" "c"}}|{{join ","}}|{{sum}}|{{sum 1 2 3 4}}`, nil)
	run("pipeline", `{{"x" | upper}} {{3 | add 4}} {{"q" | repeat "w" | upper}} {{1 | sum 2 3}}`, nil)
	run("struct-result", `{{pt 1 2}} {{(pt 3 4).X}} {{(pt 1 1).Add (pt 2 3)}}`, nil)
	run("slice-result", `{{range words "a bb  ccc"}}[{{.}}]{{end}} {{len (words "x y")}}`, nil)
	run("map-arg", `{{first .M "b"}}`, map[string]interface{}{"M": map[string]int{"a": 1, "b": 2}})
	run("interface-arg", `{{kinds 1}} {{kinds "s"}} {{kinds .}} {{kinds 2.5}} {{kinds true}}`, shop.P)
	run("error-result", `{{div 7 2}} {{div 1 0}} after`, nil)
	run("methods", `{{.Price "tea" 2}} {{.Label "L" 7 false}} {{.Label "L" 8 true}} {{.P.Add .P}} {{.P.Scale 1.5}}`, shop)
	run("method-error", `{{.Price "cake" 1}} {{.Price "pie" 1}}`, shop)
	run("call", `{{call .Tax 10.0}} {{call .Greet "hi"}} {{call .Greet "hi" "a" "b"}}`, shop)
	run("call-pipe", `{{10.0 | call .Tax | half}}`, shop)
	run("panic", `x{{boom}}y`, nil)
	run("too-few", `{{add 1}}`, nil)
	run("too-many", `{{upper "a" "b"}}`, nil)
	run("bad-type", `{{add 1 "two"}}`, nil)
	run("bad-arg-field", `{{upper .X}}`, shop.P)
	run("call-nil", `{{call .Missing 1}}`, map[string]interface{}{})
	run("call-nonfunc", `{{call .Name}}`, shop)
	run("call-args", `{{call .Tax 1.0 2.0}}`, shop)
	run("method-args", `{{.Label "x"}}`, shop)

	t := template.New("set").Funcs(template.FuncMap{"twice": func(s string) string { return s + s }})
	template.Must(t.Parse(`{{define "inner"}}<{{twice .}}>{{end}}{{template "inner" "ab"}}`))
	t.Execute(os.Stdout, nil)
	fmt.Println()
	c, _ := t.Clone()
	c.Funcs(template.FuncMap{"twice": func(s string) string { return s + "|" + s }})
	c.Execute(os.Stdout, nil)
	fmt.Println()

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.New("bad").Funcs(template.FuncMap{"f": 3})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.New("bad").Funcs(template.FuncMap{"g": func() (int, int) { return 1, 2 }})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.New("bad").Funcs(template.FuncMap{"a-b": func() int { return 1 }})
	}()
	_, err := template.New("undef").Parse(`{{nosuch 1}}`)
	fmt.Println(err)

	order := &Order{First: Item{"tea"}, Items: []Item{{"cake"}, {"pie"}}}
	run("pointer-methods", `{{.First.Title}} {{range .Items}}{{.Title}} {{end}}{{.First}} {{index .Items 1}}`, order)
	run("not-addressable", `{{.First.Title}}`, *order)
}
