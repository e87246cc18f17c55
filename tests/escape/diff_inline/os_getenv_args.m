os_getenv_args.go:11:13: ... argument does not escape
os_getenv_args.go:11:13: inlining call to fmt.Println
os_getenv_args.go:11:23: os.Getenv("GOCC_RUN_GREETING") escapes to heap
os_getenv_args.go:12:12: ... argument does not escape
os_getenv_args.go:12:12: inlining call to fmt.Printf
os_getenv_args.go:12:30: os.Getenv("GOCC_RUN_UNSET_VARIABLE") escapes to heap
os_getenv_args.go:13:13: ... argument does not escape
os_getenv_args.go:13:13: inlining call to fmt.Println
os_getenv_args.go:13:17: len(os.Args) escapes to heap
os_getenv_args.go:14:13: ... argument does not escape
os_getenv_args.go:14:52: 1 escapes to heap
os_getenv_args.go:15:13: ... argument does not escape
os_getenv_args.go:15:52: 2 escapes to heap
os_getenv_args.go:16:22: ... argument does not escape
os_getenv_args.go:16:34: "counted\n" escapes to heap
os_getenv_args.go:17:13: ... argument does not escape
os_getenv_args.go:17:13: inlining call to fmt.Println
os_getenv_args.go:17:13: n escapes to heap
os_getenv_args.go:19:24: ([]byte)("Write bytes\n") does not escape
