os_exit_code.go:12:14: ... argument does not escape
os_exit_code.go:12:26: "exiting with" escapes to heap
os_exit_code.go:12:26: code escapes to heap
os_exit_code.go:17:19: ... argument does not escape
os_exit_code.go:17:20: "deferred calls do not run on os.Exit" escapes to heap
os_exit_code.go:18:13: ... argument does not escape
os_exit_code.go:18:13: inlining call to fmt.Println
os_exit_code.go:18:14: "to stdout" escapes to heap
os_exit_code.go:19:14: ... argument does not escape
os_exit_code.go:19:26: "to stderr" escapes to heap
os_exit_code.go:24:14: ... argument does not escape
os_exit_code.go:24:14: inlining call to fmt.Println
os_exit_code.go:24:15: "step" escapes to heap
os_exit_code.go:24:15: i escapes to heap
os_exit_code.go:26:13: ... argument does not escape
os_exit_code.go:26:13: inlining call to fmt.Println
os_exit_code.go:26:14: "not reached" escapes to heap
