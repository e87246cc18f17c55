package main

func avg(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func main() {
	println(avg([]int{1, 2, 3}))
	println(avg(nil))
}
