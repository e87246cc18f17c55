container_list_ops.go:10:12: ... argument does not escape
container_list_ops.go:10:22: " " escapes to heap
container_list_ops.go:12:13: ... argument does not escape
container_list_ops.go:12:14: "len" escapes to heap
container_list_ops.go:12:26: (*list.List).Len(l) escapes to heap
container_list_ops.go:17:19: 4 escapes to heap
container_list_ops.go:18:20: 1 escapes to heap
container_list_ops.go:19:17: 3 escapes to heap
container_list_ops.go:20:16: 2 escapes to heap
container_list_ops.go:27:12: ... argument does not escape
container_list_ops.go:27:22: " " escapes to heap
container_list_ops.go:31:17: "x" escapes to heap
container_list_ops.go:32:17: "y" escapes to heap
container_list_ops.go:43:6: moved to heap: zero
container_list_ops.go:44:16: "lazy init" escapes to heap
container_list_ops.go:8:11: leaking param content: l
