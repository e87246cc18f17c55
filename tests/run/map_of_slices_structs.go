package main

import (
	"fmt"
	"sort"
)

type Stat struct {
	Count int
	Total float64
}

func main() {
	groups := map[string][]int{}
	data := []struct {
		k string
		v int
	}{{"a", 1}, {"b", 2}, {"a", 3}, {"c", 4}, {"b", 5}, {"a", 6}}
	for _, d := range data {
		groups[d.k] = append(groups[d.k], d.v)
	}
	stats := map[string]*Stat{}
	for k, vs := range groups {
		s := &Stat{}
		for _, v := range vs {
			s.Count++
			s.Total += float64(v)
		}
		stats[k] = s
	}
	keys := make([]string, 0)
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s %v count=%d avg=%.2f\n", k, groups[k], stats[k].Count, stats[k].Total/float64(stats[k].Count))
	}
	vals := map[string]Stat{"x": {1, 2}}
	s := vals["x"]
	s.Count = 100
	fmt.Println(vals["x"].Count)
	vals["x"] = s
	fmt.Println(vals["x"].Count)
	nested := map[string]map[string]int{}
	for _, p := range [][2]string{{"x", "1"}, {"y", "2"}, {"x", "3"}} {
		if nested[p[0]] == nil {
			nested[p[0]] = map[string]int{}
		}
		nested[p[0]][p[1]]++
	}
	fmt.Println(nested)
}
