init_order_imports.go:16:25: ... argument does not escape
init_order_imports.go:23:13: leaking param: name
init_order_imports.go:23:19: dep does not escape
init_order_imports.go:25:14: name + dep escapes to heap
init_order_imports.go:37:13: ... argument does not escape
init_order_imports.go:37:18: eof != nil escapes to heap
init_order_imports.go:37:30: eof == io.EOF escapes to heap
init_order_imports.go:38:13: ... argument does not escape
init_order_imports.go:38:18: out != nil escapes to heap
init_order_imports.go:38:30: out == os.Stdout escapes to heap
init_order_imports.go:39:13: ... argument does not escape
init_order_imports.go:39:32: errors.Is(wrapped, io.ErrUnexpectedEOF) escapes to heap
init_order_imports.go:40:13: ... argument does not escape
init_order_imports.go:40:13: a escapes to heap
init_order_imports.go:40:13: b escapes to heap
init_order_imports.go:40:13: order escapes to heap
init_order_imports.go:40:13: upper escapes to heap
