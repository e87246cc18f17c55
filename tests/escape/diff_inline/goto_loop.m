goto_loop.go:21:20: inlining call to gcd
goto_loop.go:21:33: inlining call to gcd
goto_loop.go:3:6: can inline gcd
