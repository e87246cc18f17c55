package main

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func rotate(s []int, k int) []int {
	k %= len(s)
	return append(s[k:], s[:k]...)
}

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7}
	reverse(s)
	for _, v := range s {
		print(v, " ")
	}
	println()
	r := rotate([]int{1, 2, 3, 4, 5}, 2)
	for _, v := range r {
		print(v, " ")
	}
	println()
	ev := filter([]int{1, 2, 3, 4, 5, 6, 7, 8}, func(x int) bool { return x%2 == 0 })
	for _, v := range ev {
		print(v, " ")
	}
	println(len(ev), cap(ev))
	a, b := 1, 2
	a, b = b, a
	println(a, b)
	x := []int{10, 20, 30}
	i := 0
	i, x[i] = 1, 99
	println(i, x[0], x[1])
}
