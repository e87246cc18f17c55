quicksort_recursive.go:17:15: quicksort ignoring self-assignment in a[i], a[j] = a[j], a[i]
quicksort_recursive.go:17:15: quicksort ignoring self-assignment in a[i], a[j] = a[j], a[i]
quicksort_recursive.go:26:15: a does not escape
quicksort_recursive.go:26:6: can inline isSorted
quicksort_recursive.go:36:12: []int{...} does not escape
quicksort_recursive.go:3:16: a does not escape
quicksort_recursive.go:43:13: make([]int, 5000) does not escape
quicksort_recursive.go:49:29: inlining call to isSorted
