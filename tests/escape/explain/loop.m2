loop.go:13:13: []*int{} does not escape
loop.go:15:3:     from &v (address-of) at loop.go:16:17
loop.go:15:3:     from append(s, &v) (call parameter) at loop.go:16:13
loop.go:15:3:   flow: {heap} = &v:
loop.go:15:3: moved to heap: v
loop.go:15:3: v escapes to heap:
loop.go:8:3:     from &n (address-of) at loop.go:10:10
loop.go:8:3:     from head = &n (assign) at loop.go:10:8
loop.go:8:3:   flow: head = &n:
loop.go:8:3: moved to heap: n
loop.go:8:3: n escapes to heap:
