panic_repanic_unrecovered.go:14:8: "first failure" escapes to heap
panic_repanic_unrecovered.go:16:13: ... argument does not escape
panic_repanic_unrecovered.go:16:13: inlining call to fmt.Println
panic_repanic_unrecovered.go:16:14: "step" escapes to heap
panic_repanic_unrecovered.go:16:14: n escapes to heap
panic_repanic_unrecovered.go:20:8: func literal does not escape
panic_repanic_unrecovered.go:22:14: ... argument does not escape
panic_repanic_unrecovered.go:22:14: inlining call to fmt.Println
panic_repanic_unrecovered.go:22:15: "recovered:" escapes to heap
panic_repanic_unrecovered.go:23:19: &errors.errorString{...} escapes to heap
panic_repanic_unrecovered.go:23:19: inlining call to errors.New
