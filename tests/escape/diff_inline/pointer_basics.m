pointer_basics.go:10:6: can inline newInt
pointer_basics.go:11:2: moved to heap: x
pointer_basics.go:19:5: inlining call to inc
pointer_basics.go:20:5: inlining call to inc
pointer_basics.go:25:13: inlining call to newInt
pointer_basics.go:26:13: inlining call to newInt
pointer_basics.go:32:10: &node{...} escapes to heap
pointer_basics.go:38:10: new(node) does not escape
pointer_basics.go:45:12: []int{...} does not escape
pointer_basics.go:8:10: p does not escape
pointer_basics.go:8:6: can inline inc
