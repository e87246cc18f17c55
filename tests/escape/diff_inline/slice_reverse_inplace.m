slice_reverse_inplace.go:14:13: leaking param: s to result ~r0 level=0
slice_reverse_inplace.go:14:22: keep does not escape
slice_reverse_inplace.go:25:12: []int{...} does not escape
slice_reverse_inplace.go:26:9: inlining call to reverse
slice_reverse_inplace.go:26:9: main ignoring self-assignment in s[i], s[j] = s[j], s[i]
slice_reverse_inplace.go:26:9: main ignoring self-assignment in s[i], s[j] = s[j], s[i]
slice_reverse_inplace.go:31:13: inlining call to rotate
slice_reverse_inplace.go:31:19: []int{...} does not escape
slice_reverse_inplace.go:36:20: []int{...} does not escape
slice_reverse_inplace.go:36:46: can inline main.func1
slice_reverse_inplace.go:36:46: func literal does not escape
slice_reverse_inplace.go:3:14: s does not escape
slice_reverse_inplace.go:3:6: can inline reverse
slice_reverse_inplace.go:44:12: []int{...} does not escape
slice_reverse_inplace.go:5:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
slice_reverse_inplace.go:5:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
slice_reverse_inplace.go:9:13: leaking param: s to result ~r0 level=0
slice_reverse_inplace.go:9:6: can inline rotate
