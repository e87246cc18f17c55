permutations_recursive.go:11:14: permute ignoring self-assignment in a[k], a[i] = a[i], a[k]
permutations_recursive.go:11:14: permute ignoring self-assignment in a[k], a[i] = a[i], a[k]
permutations_recursive.go:15:14: xs does not escape
permutations_recursive.go:15:6: can inline subsets
permutations_recursive.go:16:16: [][]int{...} escapes to heap
permutations_recursive.go:16:17: []int{} escapes to heap
permutations_recursive.go:20:28: []int{} escapes to heap
permutations_recursive.go:29:16: ([]byte)("abcd") does not escape
permutations_recursive.go:39:27: [][]int{...} does not escape
permutations_recursive.go:39:27: []int{} escapes to heap
permutations_recursive.go:39:27: []int{} escapes to heap
permutations_recursive.go:39:27: inlining call to subsets
permutations_recursive.go:39:33: []int{...} does not escape
permutations_recursive.go:3:14: a does not escape
permutations_recursive.go:3:31: leaking param content: out
permutations_recursive.go:5:29: string(a) escapes to heap
permutations_recursive.go:9:14: permute ignoring self-assignment in a[k], a[i] = a[i], a[k]
permutations_recursive.go:9:14: permute ignoring self-assignment in a[k], a[i] = a[i], a[k]
