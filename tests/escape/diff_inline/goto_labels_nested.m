goto_labels_nested.go:24:17: [][]int{...} does not escape
goto_labels_nested.go:24:18: []int{...} does not escape
goto_labels_nested.go:24:29: []int{...} does not escape
goto_labels_nested.go:24:37: []int{...} does not escape
goto_labels_nested.go:25:25: []int{...} does not escape
goto_labels_nested.go:26:15: inlining call to find
goto_labels_nested.go:6:11: grid does not escape
goto_labels_nested.go:6:6: can inline find
