range_forms.go:11:12: ... argument does not escape
range_forms.go:11:12: i escapes to heap
range_forms.go:11:12: inlining call to fmt.Print
range_forms.go:11:16: " " escapes to heap
range_forms.go:14:12: ... argument does not escape
range_forms.go:14:12: inlining call to fmt.Print
range_forms.go:14:12: v escapes to heap
range_forms.go:14:16: " " escapes to heap
range_forms.go:16:13: inlining call to fmt.Println
range_forms.go:17:13: []int{...} does not escape
range_forms.go:21:15: ... argument does not escape
range_forms.go:21:15: inlining call to fmt.Println
range_forms.go:21:16: "range evaluates the slice once; len now" escapes to heap
range_forms.go:21:62: len(sl) escapes to heap
range_forms.go:25:12: ... argument does not escape
range_forms.go:25:12: i escapes to heap
range_forms.go:25:12: inlining call to fmt.Print
range_forms.go:25:16: ":" escapes to heap
range_forms.go:25:27: string(c) escapes to heap
range_forms.go:25:27: string(c) escapes to heap
range_forms.go:25:32: " " escapes to heap
range_forms.go:27:13: inlining call to fmt.Println
range_forms.go:28:21: map[string]int{...} does not escape
range_forms.go:35:14: inlining call to sort.Strings
range_forms.go:35:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
range_forms.go:36:13: ... argument does not escape
range_forms.go:36:13: inlining call to fmt.Println
range_forms.go:36:13: keys escapes to heap
range_forms.go:36:13: total escapes to heap
range_forms.go:37:8: &[4]int{...} does not escape
range_forms.go:41:15: ... argument does not escape
range_forms.go:41:15: inlining call to fmt.Println
range_forms.go:41:16: "ptr-to-array element seen:" escapes to heap
range_forms.go:41:16: v escapes to heap
range_forms.go:46:27: []string{...} does not escape
range_forms.go:48:13: ... argument does not escape
range_forms.go:48:13: inlining call to fmt.Println
range_forms.go:48:14: "after loop:" escapes to heap
range_forms.go:48:14: i escapes to heap
range_forms.go:48:14: v escapes to heap
range_forms.go:50:12: ... argument does not escape
range_forms.go:50:12: inlining call to fmt.Print
range_forms.go:50:13: "." escapes to heap
range_forms.go:52:13: inlining call to fmt.Println
range_forms.go:53:14: ([]byte)("bytes") does not escape
range_forms.go:57:13: ... argument does not escape
range_forms.go:57:13: inlining call to fmt.Println
range_forms.go:57:20: string(ch) escapes to heap
range_forms.go:57:20: string(ch) escapes to heap
