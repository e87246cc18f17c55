closure.go:16:2: main capturing by value: k (addr=false assign=false width=8)
closure.go:17:7: func literal does not escape
closure.go:6:2:     from c (captured by a closure) at closure.go:8:3
closure.go:6:2:     from c (reference) at closure.go:8:3
closure.go:6:2:   flow: {storage for func literal} = &c:
closure.go:6:2: c escapes to heap:
closure.go:6:2: counter capturing by ref: c (addr=false assign=true width=8)
closure.go:6:2: moved to heap: c
closure.go:7:9:     from func literal (spill) at closure.go:7:9
closure.go:7:9:     from return func literal (return) at closure.go:7:2
closure.go:7:9:   flow: ~r0 = &{storage for func literal}:
closure.go:7:9: func literal escapes to heap
closure.go:7:9: func literal escapes to heap:
