package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The quick brown fox jumps over the lazy dog  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Fields(t))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("a,b,,c", ",")))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Contains(t, "fox"), strings.Index(t, "o"), strings.LastIndex(t, "o"))
	fmt.Println(strings.HasPrefix(t, "The"), strings.HasSuffix(t, "dog"))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("WORLD"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "c"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Title("x"), strings.TrimLeft("xxabcxx", "x"), strings.TrimSuffix("file.go", ".go"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	sb.WriteString("end")
	sb.WriteByte('.')
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.EqualFold("Go", "GO"), strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
}
