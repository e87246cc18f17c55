chain.go:10:11: a does not escape
chain.go:10:14:     from a.next = b (assign) at chain.go:10:32
chain.go:10:14:   flow: {heap} = b:
chain.go:10:14: leaking param: b
chain.go:10:14: parameter b leaks to {heap} with derefs=0:
chain.go:12:11:     from return p (return) at chain.go:12:26
chain.go:12:11:   flow: ~r0 = p:
chain.go:12:11: leaking param: p to result ~r0 level=0
chain.go:12:11: parameter p leaks to ~r0 with derefs=0:
chain.go:15:10:     from &n2 (address-of) at chain.go:16:12
chain.go:15:10:     from link(&n1, &n2) (call parameter) at chain.go:16:6
chain.go:15:10:   flow: {heap} = &n2:
chain.go:15:10: moved to heap: n2
chain.go:15:10: n2 escapes to heap:
chain.go:15:6:     from &n1 (address-of) at chain.go:17:11
chain.go:15:6:     from global = &n1 (assign) at chain.go:17:9
chain.go:15:6:   flow: {heap} = &n1:
chain.go:15:6: moved to heap: n1
chain.go:15:6: n1 escapes to heap:
chain.go:21:11: make([]int, 10) does not escape
