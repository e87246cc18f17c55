struct_builder_chain.go:15:11: leaking param: t
struct_builder_chain.go:15:37: &Query{...} escapes to heap
struct_builder_chain.go:15:6: can inline From
struct_builder_chain.go:17:23: leaking param: c
struct_builder_chain.go:17:6: can inline (*Query).Where
struct_builder_chain.go:17:7: leaking param content: q
struct_builder_chain.go:17:7: leaking param: q to result ~r0 level=0
struct_builder_chain.go:18:6: can inline (*Query).Limit
struct_builder_chain.go:18:7: leaking param: q to result ~r0 level=0
struct_builder_chain.go:19:25: leaking param: f
struct_builder_chain.go:19:6: can inline (*Query).OrderBy
struct_builder_chain.go:19:7: leaking param: q to result ~r0 level=0
struct_builder_chain.go:24:7: leaking param: q
struct_builder_chain.go:25:6: moved to heap: b
struct_builder_chain.go:26:15: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
struct_builder_chain.go:26:15: inlining call to strings.(*Builder).WriteString
struct_builder_chain.go:26:15: inlining call to strings.(*Builder).copyCheck
struct_builder_chain.go:26:15: inlining call to strings.noescape
struct_builder_chain.go:26:33: "SELECT * FROM " + q.table does not escape
struct_builder_chain.go:28:16: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
struct_builder_chain.go:28:16: inlining call to strings.(*Builder).WriteString
struct_builder_chain.go:28:16: inlining call to strings.(*Builder).copyCheck
struct_builder_chain.go:28:16: inlining call to strings.noescape
struct_builder_chain.go:28:27: " WHERE " + strings.Join(q.wheres, " AND ") does not escape
struct_builder_chain.go:31:14: ... argument does not escape
struct_builder_chain.go:31:36: q.order escapes to heap
struct_builder_chain.go:34:14: ... argument does not escape
struct_builder_chain.go:34:33: q.limit escapes to heap
struct_builder_chain.go:36:17: inlining call to strings.(*Builder).String
struct_builder_chain.go:40:11: &Query{...} escapes to heap
struct_builder_chain.go:40:11: inlining call to From
struct_builder_chain.go:40:26: inlining call to (*Query).Where
struct_builder_chain.go:40:44: inlining call to (*Query).Where
struct_builder_chain.go:40:62: inlining call to (*Query).OrderBy
struct_builder_chain.go:40:76: inlining call to (*Query).Limit
struct_builder_chain.go:41:13: ... argument does not escape
struct_builder_chain.go:41:13: inlining call to fmt.Println
struct_builder_chain.go:42:13: ... argument does not escape
struct_builder_chain.go:42:13: inlining call to fmt.Println
struct_builder_chain.go:42:18: &Query{...} escapes to heap
struct_builder_chain.go:42:18: inlining call to From
struct_builder_chain.go:43:14: &Query{...} does not escape
struct_builder_chain.go:43:14: inlining call to From
struct_builder_chain.go:43:29: inlining call to (*Query).Where
struct_builder_chain.go:45:13: inlining call to (*Query).Limit
struct_builder_chain.go:46:13: ... argument does not escape
struct_builder_chain.go:46:13: inlining call to fmt.Println
struct_builder_chain.go:46:25: Query.String(base) escapes to heap
struct_builder_chain.go:47:13: ... argument does not escape
struct_builder_chain.go:47:13: inlining call to fmt.Println
struct_builder_chain.go:47:26: Query.String(copyQ) escapes to heap
struct_builder_chain.go:48:12: ... argument does not escape
struct_builder_chain.go:48:12: inlining call to fmt.Printf
struct_builder_chain.go:48:24: *q escapes to heap
