package main

import (
	"fmt"
	"sort"
	"strings"
)

func key(w string) string {
	rs := []rune(strings.ToLower(w))
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return string(rs)
}

func main() {
	words := []string{"listen", "Silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "été", "tée"}
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		g := groups[k]
		sort.Strings(g)
		fmt.Printf("%-8s %d %v\n", k, len(g), g)
	}
}
