switch_tagless_interface.go:21:13: ... argument does not escape
switch_tagless_interface.go:21:13: inlining call to fmt.Println
switch_tagless_interface.go:21:22: inlining call to classify
switch_tagless_interface.go:21:22: ~R0 escapes to heap
switch_tagless_interface.go:21:23: true does not escape
switch_tagless_interface.go:22:13: ... argument does not escape
switch_tagless_interface.go:22:13: inlining call to fmt.Println
switch_tagless_interface.go:22:22: inlining call to classify
switch_tagless_interface.go:22:22: ~R0 escapes to heap
switch_tagless_interface.go:22:23: false does not escape
switch_tagless_interface.go:23:13: ... argument does not escape
switch_tagless_interface.go:23:13: inlining call to fmt.Println
switch_tagless_interface.go:23:22: inlining call to classify
switch_tagless_interface.go:23:22: ~R0 escapes to heap
switch_tagless_interface.go:23:24: B(true) does not escape
switch_tagless_interface.go:24:13: ... argument does not escape
switch_tagless_interface.go:24:13: inlining call to fmt.Println
switch_tagless_interface.go:24:22: inlining call to classify
switch_tagless_interface.go:24:22: ~R0 escapes to heap
switch_tagless_interface.go:24:23: "true" does not escape
switch_tagless_interface.go:25:13: ... argument does not escape
switch_tagless_interface.go:25:13: inlining call to fmt.Println
switch_tagless_interface.go:25:22: inlining call to classify
switch_tagless_interface.go:25:22: ~R0 escapes to heap
switch_tagless_interface.go:28:17: any(1.0) does not escape
switch_tagless_interface.go:30:14: ... argument does not escape
switch_tagless_interface.go:30:14: inlining call to fmt.Println
switch_tagless_interface.go:30:15: "nil" escapes to heap
switch_tagless_interface.go:32:14: ... argument does not escape
switch_tagless_interface.go:32:14: inlining call to fmt.Println
switch_tagless_interface.go:32:15: "nil error" escapes to heap
switch_tagless_interface.go:34:14: ... argument does not escape
switch_tagless_interface.go:34:14: inlining call to fmt.Println
switch_tagless_interface.go:34:15: "int 1" escapes to heap
switch_tagless_interface.go:36:14: ... argument does not escape
switch_tagless_interface.go:36:14: inlining call to fmt.Println
switch_tagless_interface.go:36:15: "float 1" escapes to heap
switch_tagless_interface.go:5:15: i does not escape
switch_tagless_interface.go:5:6: can inline classify
