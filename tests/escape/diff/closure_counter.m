closure_counter.go:10:9: func literal escapes to heap
closure_counter.go:28:9: func literal does not escape
closure_counter.go:32:12: moved to heap: n
closure_counter.go:32:7: func literal does not escape
closure_counter.go:33:10: func literal escapes to heap
closure_counter.go:4:2: moved to heap: n
closure_counter.go:5:39: func literal escapes to heap
closure_counter.go:5:9: func literal escapes to heap
closure_counter.go:9:2: moved to heap: sum
