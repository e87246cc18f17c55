package main

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	for i, v := range arr {
		arr[4] = 100
		if i == 4 {
			println("value copy sees:", v)
		}
	}
	arr = [5]int{1, 2, 3, 4, 5}
	for i, v := range &arr {
		arr[4] = 100
		if i == 4 {
			println("pointer range sees:", v)
		}
	}
	p := &arr
	sum := 0
	for i := range p {
		sum += p[i]
	}
	println("sum:", sum, "len(p):", len(p), "cap(p):", cap(p))
	var np *[3]int
	println("len of nil array ptr:", len(np))
	for i := range np {
		print(i, " ")
	}
	println()
	s := p[1:3]
	s[0] = 20
	println(arr[1], len(s), cap(s))
}
