closure_counter.go:10:9: can inline adder.func1
closure_counter.go:10:9: can inline main.func7
closure_counter.go:10:9: func literal escapes to heap
closure_counter.go:17:24: func literal does not escape
closure_counter.go:17:24: func literal does not escape
closure_counter.go:17:24: inlining call to counter
closure_counter.go:21:21: func literal does not escape
closure_counter.go:21:21: func literal does not escape
closure_counter.go:21:21: inlining call to counter
closure_counter.go:23:12: func literal does not escape
closure_counter.go:23:12: inlining call to adder
closure_counter.go:25:12: inlining call to main.func7
closure_counter.go:28:9: can inline main.func1
closure_counter.go:28:9: func literal does not escape
closure_counter.go:29:5: inlining call to main.func1
closure_counter.go:30:5: inlining call to main.func1
closure_counter.go:32:7: can inline main.func2
closure_counter.go:33:10: can inline main.func2.1
closure_counter.go:33:10: can inline main.func8
closure_counter.go:34:3: func literal does not escape
closure_counter.go:34:3: inlining call to main.func2
closure_counter.go:35:11: inlining call to main.func8
closure_counter.go:35:16: inlining call to main.func8
closure_counter.go:35:21: inlining call to main.func8
closure_counter.go:3:6: can inline counter
closure_counter.go:4:2: moved to heap: n
closure_counter.go:5:39: can inline counter.func2
closure_counter.go:5:39: func literal escapes to heap
closure_counter.go:5:9: can inline counter.func1
closure_counter.go:5:9: func literal escapes to heap
closure_counter.go:8:6: can inline adder
closure_counter.go:9:2: moved to heap: sum
