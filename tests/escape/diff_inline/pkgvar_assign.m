pkgvar_assign.go:14:13: ... argument does not escape
pkgvar_assign.go:14:13: inlining call to fmt.Println
pkgvar_assign.go:14:13: runtime.MemProfileRate escapes to heap
pkgvar_assign.go:16:13: ... argument does not escape
pkgvar_assign.go:16:13: inlining call to fmt.Println
pkgvar_assign.go:16:13: runtime.MemProfileRate escapes to heap
pkgvar_assign.go:18:13: ... argument does not escape
pkgvar_assign.go:18:13: inlining call to fmt.Println
pkgvar_assign.go:18:17: len(os.Args) escapes to heap
pkgvar_assign.go:18:35: os.Args[1:] escapes to heap
