addressability_elements.go:10:17: []Counter{...} does not escape
addressability_elements.go:11:11: inlining call to (*Counter).Inc
addressability_elements.go:12:11: inlining call to (*Counter).Inc
addressability_elements.go:13:20: []*Counter{...} does not escape
addressability_elements.go:13:21: &Counter{} does not escape
addressability_elements.go:13:25: &Counter{} does not escape
addressability_elements.go:14:13: inlining call to (*Counter).Inc
addressability_elements.go:15:26: map[string]*Counter{...} does not escape
addressability_elements.go:15:32: &Counter{} escapes to heap
addressability_elements.go:16:12: inlining call to (*Counter).Inc
addressability_elements.go:17:26: map[string]Counter{...} does not escape
addressability_elements.go:19:7: inlining call to (*Counter).Inc
addressability_elements.go:24:9: inlining call to (*Counter).Inc
addressability_elements.go:26:10: inlining call to (*Counter).Inc
addressability_elements.go:29:12: inlining call to (*Counter).Inc
addressability_elements.go:32:8: inlining call to (*Counter).Inc
addressability_elements.go:36:14: inlining call to (*Counter).Inc
addressability_elements.go:38:7: can inline main.func1
addressability_elements.go:38:7: func literal does not escape
addressability_elements.go:39:3: inlining call to main.func1
addressability_elements.go:39:9: inlining call to (*Counter).Inc
addressability_elements.go:40:3: inlining call to main.func1
addressability_elements.go:40:9: inlining call to (*Counter).Inc
addressability_elements.go:5:6: can inline (*Counter).Inc
addressability_elements.go:5:7: c does not escape
addressability_elements.go:8:2: moved to heap: arr
addressability_elements.go:9:12: inlining call to (*Counter).Inc
