struct_embed_shadow.go:28:13: ... argument does not escape
struct_embed_shadow.go:28:15: c.X escapes to heap
struct_embed_shadow.go:28:22: c.A.X escapes to heap
struct_embed_shadow.go:28:29: c.B.X escapes to heap
struct_embed_shadow.go:28:34: c.A.Y escapes to heap
struct_embed_shadow.go:28:39: c.B.Z escapes to heap
struct_embed_shadow.go:29:13: ... argument does not escape
struct_embed_shadow.go:29:19: C.Who(c) escapes to heap
struct_embed_shadow.go:29:30: A.Who(c.A) escapes to heap
struct_embed_shadow.go:29:41: B.Who(c.B) escapes to heap
struct_embed_shadow.go:29:52: A.OnlyA(c.A) escapes to heap
struct_embed_shadow.go:31:13: ... argument does not escape
struct_embed_shadow.go:31:15: d.C.X escapes to heap
struct_embed_shadow.go:31:20: d.C.A.Y escapes to heap
struct_embed_shadow.go:31:25: d.C.B.Z escapes to heap
struct_embed_shadow.go:31:34: C.Who(d.C) escapes to heap
struct_embed_shadow.go:31:45: A.OnlyA(d.C.A) escapes to heap
struct_embed_shadow.go:34:13: ... argument does not escape
struct_embed_shadow.go:34:19: d.C.A.Y escapes to heap
struct_embed_shadow.go:34:28: d.C.B.Z escapes to heap
struct_embed_shadow.go:34:33: c.A.Y escapes to heap
struct_embed_shadow.go:35:12: ... argument does not escape
struct_embed_shadow.go:35:13: d escapes to heap
