ackermann_recursion.go:13:19: from does not escape
ackermann_recursion.go:13:25: to does not escape
ackermann_recursion.go:13:29: via does not escape
ackermann_recursion.go:13:41: moves does not escape
