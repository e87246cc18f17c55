struct_embed_interface.go:14:7: leaking param: l
struct_embed_interface.go:17:26: l.Speaker.Speak() + "!" escapes to heap
struct_embed_interface.go:25:21: Dog{} escapes to heap
struct_embed_interface.go:27:14: Dog{} escapes to heap
struct_embed_interface.go:27:2: Loud{...} escapes to heap
struct_embed_interface.go:29:17: Loud{...} escapes to heap
struct_embed_interface.go:29:21: Dog{} escapes to heap
struct_embed_interface.go:31:2: q escapes to heap
struct_embed_interface.go:35:8: func literal does not escape
