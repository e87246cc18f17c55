// text/template range: slices, arrays, maps (sorted keys), {{else}} on empty, $i, $v := range,
// {{break}} and {{continue}}, variables ($x := ..., $x = ..., $ the root), nested ranges, and
// range over a closed buffered channel.
package main

import (
	"fmt"
	"os"
	"text/template"
)

type Row struct {
	Name  string
	Cells []int
}

type Data struct {
	Title string
	Rows  []Row
	Nums  []int
	Arr   [3]string
	M     map[string]int
	IM    map[int]string
	None  []string
}

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
	d := Data{
		Title: "T",
		Rows:  []Row{{"r1", []int{1, 2}}, {"r2", nil}, {"r3", []int{3}}},
		Nums:  []int{5, 6, 7, 8, 9, 10},
		Arr:   [3]string{"a", "b", "c"},
		M:     map[string]int{"zeta": 26, "alpha": 1, "mid": 13, "beta": 2},
		IM:    map[int]string{10: "ten", -1: "neg", 3: "three"},
	}
	run("slice", "{{range .Nums}}{{.}},{{end}}", d)
	run("array", "{{range .Arr}}<{{.}}>{{end}}", d)
	run("index-value", "{{range $i, $v := .Arr}}{{$i}}={{$v}} {{end}}", d)
	run("single-var", "{{range $v := .Nums}}{{$v}}{{end}}", d)
	run("map", "{{range $k, $v := .M}}{{$k}}:{{$v}} {{end}}", d)
	run("map-values", "{{range .M}}{{.}} {{end}}", d)
	run("int-map", "{{range $k, $v := .IM}}{{$k}}->{{$v}} {{end}}", d)
	run("else", "{{range .None}}x{{else}}empty{{end}}", d)
	run("else-map", "{{range .}}x{{else}}no entries{{end}}", map[string]bool{})
	run("break", "{{range .Nums}}{{if eq . 8}}{{break}}{{end}}{{.}} {{end}}", d)
	run("continue", "{{range .Nums}}{{if eq . 6 8}}{{continue}}{{end}}{{.}} {{end}}", d)
	run("break-map", "{{range $k, $v := .M}}{{if eq $k \"mid\"}}{{break}}{{end}}{{$k}} {{end}}", d)
	run("vars", "{{$x := 1}}{{$x}} {{$x = 2}}{{$x}} {{$y := .Title}}{{$y}}", d)
	run("root", "{{range .Rows}}{{$.Title}}/{{.Name}} {{end}}", d)
	run("assign-in-range", "{{$last := \"none\"}}{{range .Arr}}{{$last = .}}{{end}}{{$last}}", d)
	run("scope", "{{$x := \"outer\"}}{{range .Arr}}{{$x := .}}{{$x}}{{end}} {{$x}}", d)
	run("nested", "{{range $i, $r := .Rows}}{{$r.Name}}:{{range .Cells}}{{$i}}.{{.}} {{else}}-{{end}};{{end}}", d)
	run("nested-break", "{{range .Rows}}[{{range .Cells}}{{break}}{{end}}{{.Name}}]{{end}}", d)
	run("dot-after", "{{range .Nums}}{{end}}{{.Title}}", d)
	run("trim", "{{range .Arr -}}\n  {{.}}\n{{- end}}", d)
	run("len-var", "{{$n := len .Nums}}{{range $i, $e := .Nums}}{{if lt $i 2}}{{$e}}/{{$n}} {{end}}{{end}}", d)
	run("strings", "{{range .}}{{.}}|{{end}}", []string{"", "b", ""})
	run("interfaces", "{{range .}}{{.}} {{end}}", []interface{}{1, "two", 3.5, true, nil})
	ch := make(chan int, 4)
	ch <- 11
	ch <- 22
	ch <- 33
	close(ch)
	run("chan", "{{range .}}{{.}};{{end}}", ch)
	empty := make(chan string, 1)
	close(empty)
	run("chan-empty", "{{range .}}{{.}}{{else}}drained{{end}}", empty)
	ch2 := make(chan int, 3)
	ch2 <- 1
	ch2 <- 2
	close(ch2)
	run("chan-var", "{{range $v := .}}<{{$v}}>{{end}}", ch2)
	run("pointer-slice", "{{range .}}{{.Name}} {{end}}", []*Row{{Name: "p1"}, {Name: "p2"}})
}
