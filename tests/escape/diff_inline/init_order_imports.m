init_order_imports.go:16:25: ... argument does not escape
init_order_imports.go:20:15: inlining call to record
init_order_imports.go:20:15: name + dep escapes to heap
init_order_imports.go:21:15: inlining call to record
init_order_imports.go:21:15: name + dep escapes to heap
init_order_imports.go:23:13: leaking param: name
init_order_imports.go:23:19: dep does not escape
init_order_imports.go:23:6: can inline record
init_order_imports.go:25:14: name + dep escapes to heap
init_order_imports.go:28:6: can inline init.0
init_order_imports.go:32:6: can inline init.1
init_order_imports.go:37:13: ... argument does not escape
init_order_imports.go:37:13: inlining call to fmt.Println
init_order_imports.go:37:18: eof != nil escapes to heap
init_order_imports.go:37:30: eof == io.EOF escapes to heap
init_order_imports.go:38:13: ... argument does not escape
init_order_imports.go:38:13: inlining call to fmt.Println
init_order_imports.go:38:18: out != nil escapes to heap
init_order_imports.go:38:30: out == os.Stdout escapes to heap
init_order_imports.go:39:13: ... argument does not escape
init_order_imports.go:39:13: inlining call to fmt.Println
init_order_imports.go:39:32: errors.Is(wrapped, io.ErrUnexpectedEOF) escapes to heap
init_order_imports.go:40:13: ... argument does not escape
init_order_imports.go:40:13: a escapes to heap
init_order_imports.go:40:13: b escapes to heap
init_order_imports.go:40:13: inlining call to fmt.Println
init_order_imports.go:40:13: order escapes to heap
init_order_imports.go:40:13: upper escapes to heap
