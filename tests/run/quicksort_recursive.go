package main

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	pivot := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < pivot {
			i++
		}
		for a[j] > pivot {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func isSorted(a []int) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func main() {
	a := []int{38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 27}
	quicksort(a)
	for _, v := range a {
		print(v, " ")
	}
	println()
	seed := uint32(1)
	big := make([]int, 5000)
	for i := range big {
		seed = seed*1664525 + 1013904223
		big[i] = int(seed>>16) % 1000
	}
	quicksort(big)
	println("sorted:", isSorted(big), "min", big[0], "max", big[len(big)-1], "median", big[2500])
}
