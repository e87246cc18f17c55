struct_builder_chain.go:15:11: leaking param: t
struct_builder_chain.go:15:37: &Query{...} escapes to heap
struct_builder_chain.go:17:23: leaking param: c
struct_builder_chain.go:17:7: leaking param content: q
struct_builder_chain.go:17:7: leaking param: q to result ~r0 level=0
struct_builder_chain.go:18:7: leaking param: q to result ~r0 level=0
struct_builder_chain.go:19:25: leaking param: f
struct_builder_chain.go:19:7: leaking param: q to result ~r0 level=0
struct_builder_chain.go:24:7: leaking param: q
struct_builder_chain.go:25:6: moved to heap: b
struct_builder_chain.go:26:33: "SELECT * FROM " + q.table does not escape
struct_builder_chain.go:28:27: " WHERE " + strings.Join(q.wheres, " AND ") does not escape
struct_builder_chain.go:31:14: ... argument does not escape
struct_builder_chain.go:31:36: q.order escapes to heap
struct_builder_chain.go:34:14: ... argument does not escape
struct_builder_chain.go:34:33: q.limit escapes to heap
struct_builder_chain.go:41:13: ... argument does not escape
struct_builder_chain.go:42:13: ... argument does not escape
struct_builder_chain.go:46:13: ... argument does not escape
struct_builder_chain.go:46:25: Query.String(base) escapes to heap
struct_builder_chain.go:47:13: ... argument does not escape
struct_builder_chain.go:47:26: Query.String(copyQ) escapes to heap
struct_builder_chain.go:48:12: ... argument does not escape
struct_builder_chain.go:48:24: *q escapes to heap
