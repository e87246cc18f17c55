array_value_copy.go:17:13: inlining call to modify
array_value_copy.go:19:11: inlining call to modifyPtr
array_value_copy.go:26:21: [][2]string{...} does not escape
array_value_copy.go:3:6: can inline modify
array_value_copy.go:8:16: a does not escape
array_value_copy.go:8:6: can inline modifyPtr
