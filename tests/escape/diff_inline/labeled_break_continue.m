labeled_break_continue.go:17:17: [][]int{...} does not escape
labeled_break_continue.go:17:18: []int{...} does not escape
labeled_break_continue.go:17:29: []int{...} does not escape
labeled_break_continue.go:17:41: []int{...} does not escape
