struct_embed_promote_ptr.go:10:53: ... argument does not escape
struct_embed_promote_ptr.go:10:70: b.ID escapes to heap
struct_embed_promote_ptr.go:10:76: b.Name escapes to heap
struct_embed_promote_ptr.go:10:7: leaking param: b
struct_embed_promote_ptr.go:11:23: leaking param: n
struct_embed_promote_ptr.go:11:7: b does not escape
struct_embed_promote_ptr.go:15:22: msg does not escape
struct_embed_promote_ptr.go:15:47: ... argument does not escape
struct_embed_promote_ptr.go:15:57: l.prefix + msg escapes to heap
struct_embed_promote_ptr.go:15:57: l.prefix + msg escapes to heap
struct_embed_promote_ptr.go:15:7: l does not escape
struct_embed_promote_ptr.go:24:23: &Logger{...} escapes to heap
struct_embed_promote_ptr.go:25:13: ... argument does not escape
struct_embed_promote_ptr.go:25:15: s.Base.ID escapes to heap
struct_embed_promote_ptr.go:25:21: s.Base.Name escapes to heap
struct_embed_promote_ptr.go:25:29: s.Port escapes to heap
struct_embed_promote_ptr.go:26:13: ... argument does not escape
struct_embed_promote_ptr.go:26:24: Base.Describe(s.Base) escapes to heap
struct_embed_promote_ptr.go:28:13: ... argument does not escape
struct_embed_promote_ptr.go:28:20: s.Base.Name escapes to heap
struct_embed_promote_ptr.go:28:37: Base.Describe(s.Base) escapes to heap
struct_embed_promote_ptr.go:37:13: ... argument does not escape
struct_embed_promote_ptr.go:37:15: s.Base.ID escapes to heap
struct_embed_promote_ptr.go:37:25: other.Base.ID escapes to heap
struct_embed_promote_ptr.go:38:41: s does not escape
struct_embed_promote_ptr.go:39:13: ... argument does not escape
struct_embed_promote_ptr.go:39:24: Base.Describe(d.(Service).Base) escapes to heap
struct_embed_promote_ptr.go:39:24: devirtualizing d.Describe to Service
struct_embed_promote_ptr.go:40:35: s does not escape
struct_embed_promote_ptr.go:41:7: devirtualizing l.Log to Service
