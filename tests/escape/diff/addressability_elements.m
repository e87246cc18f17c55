addressability_elements.go:10:17: []Counter{...} does not escape
addressability_elements.go:13:20: []*Counter{...} does not escape
addressability_elements.go:13:21: &Counter{} does not escape
addressability_elements.go:13:25: &Counter{} does not escape
addressability_elements.go:15:26: map[string]*Counter{...} does not escape
addressability_elements.go:15:32: &Counter{} escapes to heap
addressability_elements.go:17:26: map[string]Counter{...} does not escape
addressability_elements.go:38:7: func literal does not escape
addressability_elements.go:5:7: c does not escape
addressability_elements.go:8:2: moved to heap: arr
