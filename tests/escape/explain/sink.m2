sink.go:12:2:     from &x (address-of) at sink.go:13:7
sink.go:12:2:     from leak(&x) (call parameter) at sink.go:13:6
sink.go:12:2:   flow: {heap} = &x:
sink.go:12:2: moved to heap: x
sink.go:12:2: x escapes to heap:
sink.go:16:7: &T{} does not escape
sink.go:7:11:     from sink = p (assign) at sink.go:7:26
sink.go:7:11:   flow: {heap} = p:
sink.go:7:11: leaking param: p
sink.go:7:11: parameter p leaks to {heap} with derefs=0:
sink.go:9:11: p does not escape
