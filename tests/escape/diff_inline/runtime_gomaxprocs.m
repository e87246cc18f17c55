runtime_gomaxprocs.go:11:13: ... argument does not escape
runtime_gomaxprocs.go:11:13: inlining call to fmt.Println
runtime_gomaxprocs.go:11:14: "NumCPU >= 1:" escapes to heap
runtime_gomaxprocs.go:11:44: inlining call to runtime.NumCPU
runtime_gomaxprocs.go:11:47: (~R0) >= 1 escapes to heap
runtime_gomaxprocs.go:12:13: ... argument does not escape
runtime_gomaxprocs.go:12:13: inlining call to fmt.Println
runtime_gomaxprocs.go:12:14: "default is NumCPU:" escapes to heap
runtime_gomaxprocs.go:12:58: runtime.GOMAXPROCS(0) == (~R0) escapes to heap
runtime_gomaxprocs.go:12:75: inlining call to runtime.NumCPU
runtime_gomaxprocs.go:14:13: ... argument does not escape
runtime_gomaxprocs.go:14:13: inlining call to fmt.Println
runtime_gomaxprocs.go:14:14: "returns the previous setting:" escapes to heap
runtime_gomaxprocs.go:14:52: prev == (~R0) escapes to heap
runtime_gomaxprocs.go:14:69: inlining call to runtime.NumCPU
runtime_gomaxprocs.go:15:13: ... argument does not escape
runtime_gomaxprocs.go:15:13: inlining call to fmt.Println
runtime_gomaxprocs.go:15:14: "now:" escapes to heap
runtime_gomaxprocs.go:15:40: runtime.GOMAXPROCS(0) escapes to heap
runtime_gomaxprocs.go:16:13: ... argument does not escape
runtime_gomaxprocs.go:16:13: inlining call to fmt.Println
runtime_gomaxprocs.go:16:14: "n < 1 leaves it:" escapes to heap
runtime_gomaxprocs.go:16:52: runtime.GOMAXPROCS(-1) escapes to heap
runtime_gomaxprocs.go:16:76: runtime.GOMAXPROCS(0) escapes to heap
