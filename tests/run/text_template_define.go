// text/template associated templates: {{define}}, {{template "x" .}}, {{block}}, New/Parse,
// several templates in one set, ExecuteTemplate, Lookup, Name, Must, DefinedTemplates,
// redefinition by a second Parse, and custom Delims.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Page struct {
	Title string
	Items []string
}

type Node struct {
	V    int
	Next *Node
}

// defined prints DefinedTemplates with its names sorted (the set is a map: order varies).
func defined(label string, t *template.Template) {
	s := t.DefinedTemplates()
	const prefix = "; defined templates are: "
	if !strings.HasPrefix(s, prefix) {
		fmt.Printf("%s: %q\n", label, s)
		return
	}
	names := strings.Split(strings.TrimPrefix(s, prefix), ", ")
	sort.Strings(names)
	fmt.Printf("%s: %s\n", label, strings.Join(names, " "))
}

func check(err error) {
	if err != nil {
		fmt.Println("error:", err)
	}
}

func main() {
	p := Page{Title: "Home", Items: []string{"a", "b"}}
	root := template.Must(template.New("root").Parse(
		`{{define "item"}}<li>{{.}}</li>{{end}}` +
			`{{define "list"}}<ul>{{range .Items}}{{template "item" .}}{{end}}</ul>{{end}}` +
			`<h1>{{.Title}}</h1>{{template "list" .}}{{template "footer"}}` +
			`{{define "footer"}}[footer]{{end}}`))
	fmt.Println("name:", root.Name())
	check(root.Execute(os.Stdout, p))
	fmt.Println()
	check(root.ExecuteTemplate(os.Stdout, "item", "direct"))
	fmt.Println()
	check(root.ExecuteTemplate(os.Stdout, "list", p))
	fmt.Println()
	defined("defined", root)

	if t := root.Lookup("item"); t != nil {
		fmt.Println("lookup item:", t.Name())
	}
	fmt.Println("lookup missing is nil:", root.Lookup("missing") == nil)

	// Redefinition: a second Parse replaces "item" in the same set.
	template.Must(root.Parse(`{{define "item"}}* {{.}}
{{end}}`))
	check(root.ExecuteTemplate(os.Stdout, "list", p))
	fmt.Println()

	// block: defines and executes in place; a later define overrides it.
	base := template.Must(template.New("base").Parse(
		`<title>{{block "title" .}}Default {{.Title}}{{end}}</title>`))
	var sb strings.Builder
	check(base.Execute(&sb, p))
	fmt.Println("block default:", sb.String())
	template.Must(base.Parse(`{{define "title"}}Custom {{.Title}}{{end}}`))
	sb.Reset()
	check(base.Execute(&sb, p))
	fmt.Println("block override:", sb.String())
	defined("base defined", base)

	// Several templates created with New on the same set.
	set := template.New("first")
	template.Must(set.Parse(`first({{template "second" .}})`))
	second := set.New("second")
	template.Must(second.Parse(`second:{{.}}`))
	fmt.Println("second name:", second.Name())
	check(set.Execute(os.Stdout, 5))
	fmt.Println()
	check(set.ExecuteTemplate(os.Stdout, "second", "x"))
	fmt.Println()
	defined("set defined", set)

	// template call with a pipeline argument, and recursion.
	rec := template.Must(template.New("rec").Parse(
		`{{define "node"}}{{.V}}{{with .Next}},{{template "node" .}}{{end}}{{end}}` +
			`({{template "node" .}}) {{template "node" .Next.Next}}`))
	check(rec.Execute(os.Stdout, &Node{1, &Node{2, &Node{3, nil}}}))
	fmt.Println()

	// Custom delimiters.
	d := template.Must(template.New("delims").Delims("[[", "]]").Parse(
		`[[.Title]] {{.Title}} [[range .Items]]<[[.]]>[[end]] [[- /* c */ -]] !`))
	check(d.Execute(os.Stdout, p))
	fmt.Println()
	empty := template.New("empty")
	defined("empty defined", empty)
	defined("delims defined", d)
}
