const_big_exact.go:19:6: can inline main
