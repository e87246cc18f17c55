package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  \t\n "))
	fmt.Printf("%q\n", strings.Fields(" a\u00a0b  c "))
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.Index("abc", "d"))
	fmt.Println(strings.Contains("", ""), strings.ContainsAny("hello", "xyz"), strings.ContainsRune("héllo", 'é'))
	fmt.Printf("%q %q\n", strings.Trim("xxhixx", "x"), strings.TrimFunc("123abc456", func(r rune) bool { return r < 'a' }))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Printf("%q\n", strings.Repeat("-", 0))
	fmt.Println(strings.Title("hello wide world"), strings.ToTitle("go"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<a>b</a>"))
	fmt.Println(strings.LastIndexByte("a/b/c", '/'), strings.IndexAny("golang", "ny"), strings.IndexFunc("abc1", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
}
