new_builtin.go:13:10: new(pair) does not escape
new_builtin.go:16:11: new([]int) does not escape
new_builtin.go:20:10: new(map[string]int) does not escape
new_builtin.go:22:12: new([4]byte) does not escape
new_builtin.go:25:10: new(func() int) does not escape
new_builtin.go:27:11: new(*int) does not escape
new_builtin.go:30:13: new(struct {}) does not escape
new_builtin.go:30:28: new(struct {}) does not escape
new_builtin.go:32:10: new(float64) does not escape
new_builtin.go:9:10: new(int) escapes to heap
