package main

import (
	"fmt"
	"sort"
)

type pt struct{ x, y int }
type named string

func main() {
	mi := map[int8]string{-1: "neg", 127: "max"}
	mu := map[uint64]bool{1 << 63: true}
	mf := map[float64]int{0.5: 1, -0.0: 2}
	mf[0] += 10
	mc := map[complex128]string{1 + 2i: "c"}
	mb := map[bool]int{true: 1, false: 0}
	ms := map[pt]int{{1, 2}: 3}
	ma := map[[2]string]int{{"a", "b"}: 1}
	mp := map[*int]string{}
	x, y := 1, 1
	mp[&x] = "x"
	mp[&y] = "y"
	mn := map[named]int{"k": 5}
	mr := map[rune]bool{'é': true}
	var ch byte = 'z'
	mby := map[byte]int{ch: 26}
	mptr := map[uintptr]int{0xdead: 1}
	fmt.Println(mi[-1], mi[127], mu[1<<63], mf[0], len(mf), mc[complex(1, 2)])
	fmt.Println(mb[true], ms[pt{1, 2}], ma[[2]string{"a", "b"}], len(mp), mp[&x], mp[&y])
	fmt.Println(mn["k"], mr['é'], mby['z'], mptr[0xdead])
	ms[pt{1, 2}]++
	ms[pt{2, 1}] = 7
	keys := []pt{}
	for k := range ms {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].x < keys[j].x })
	fmt.Println(keys, ms[keys[0]], ms[keys[1]])
	type key struct {
		s string
		a [2]int
	}
	mk := map[key]int{}
	mk[key{"a", [2]int{1, 2}}] = 1
	mk[key{"a", [2]int{1, 2}}]++
	fmt.Println(mk[key{"a", [2]int{1, 2}}], len(mk))
	fmt.Println(mf, mb)
}
