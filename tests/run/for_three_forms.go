package main

func main() {
	for i := 0; i < 3; i++ {
		print(i, " ")
	}
	println()
	n := 1
	for n < 100 {
		n *= 3
	}
	println("while:", n)
	k := 0
	for {
		k++
		if k > 4 {
			break
		}
		if k%2 == 0 {
			continue
		}
		print("odd ", k, " ")
	}
	println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		print(i, ":", j, " ")
	}
	println()
	var m int
	for ; m < 3; {
		m++
	}
	println("m", m)
	for i := 10; i > 0; i /= 2 {
		print(i, " ")
	}
	println()
	count := 0
	for i := 0; i < 5; i++ {
		for j := i; j < 5; j++ {
			count++
		}
	}
	println("nested count", count)
	var x uint8
	iters := 0
	for x = 250; x != 4; x++ {
		iters++
	}
	println("wrapping loop iters", iters)
}
