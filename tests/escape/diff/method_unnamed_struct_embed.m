method_unnamed_struct_embed.go:23:15: leaking param: x
method_unnamed_struct_embed.go:27:12: ... argument does not escape
method_unnamed_struct_embed.go:27:13: i escapes to heap
method_unnamed_struct_embed.go:27:13: n escapes to heap
method_unnamed_struct_embed.go:27:13: v escapes to heap
method_unnamed_struct_embed.go:32:2: moved to heap: zs
method_unnamed_struct_embed.go:33:16: zs escapes to heap
method_unnamed_struct_embed.go:34:13: ... argument does not escape
method_unnamed_struct_embed.go:34:19: v.Val() escapes to heap
method_unnamed_struct_embed.go:35:17: zs does not escape
method_unnamed_struct_embed.go:36:13: ... argument does not escape
method_unnamed_struct_embed.go:36:21: S.name(nm.(struct { S }).S) escapes to heap
method_unnamed_struct_embed.go:36:21: devirtualizing nm.name to struct { S }
method_unnamed_struct_embed.go:37:10: zs escapes to heap
method_unnamed_struct_embed.go:42:13: ... argument does not escape
method_unnamed_struct_embed.go:42:16: zs.S.n escapes to heap
method_unnamed_struct_embed.go:42:27: inc.Val() escapes to heap
method_unnamed_struct_embed.go:45:21: &S{...} escapes to heap
method_unnamed_struct_embed.go:49:13: ... argument does not escape
method_unnamed_struct_embed.go:49:16: zp.S.n escapes to heap
method_unnamed_struct_embed.go:49:27: inc.Val() escapes to heap
method_unnamed_struct_embed.go:52:29: []struct { Shape }{...} does not escape
method_unnamed_struct_embed.go:52:33: Sq{...} escapes to heap
method_unnamed_struct_embed.go:52:42: Sq{...} escapes to heap
method_unnamed_struct_embed.go:55:18: s does not escape
method_unnamed_struct_embed.go:56:19: partially devirtualizing sh.Area to struct { Shape }
method_unnamed_struct_embed.go:58:13: ... argument does not escape
method_unnamed_struct_embed.go:58:13: total escapes to heap
method_unnamed_struct_embed.go:63:10: zo escapes to heap
method_unnamed_struct_embed.go:64:2: zo escapes to heap
method_unnamed_struct_embed.go:65:13: ... argument does not escape
method_unnamed_struct_embed.go:65:19: v.Val() escapes to heap
method_unnamed_struct_embed.go:68:27: struct { S }{...} escapes to heap
method_unnamed_struct_embed.go:70:14: ... argument does not escape
method_unnamed_struct_embed.go:70:15: "asserted" escapes to heap
method_unnamed_struct_embed.go:70:32: w.Val() escapes to heap
method_unnamed_struct_embed.go:73:13: ... argument does not escape
method_unnamed_struct_embed.go:73:19: S.Val(b.S) escapes to heap
method_unnamed_struct_embed.go:73:29: S.name(b.S) escapes to heap
method_unnamed_struct_embed.go:8:7: s does not escape
method_unnamed_struct_embed.go:9:45: ... argument does not escape
method_unnamed_struct_embed.go:9:46: "S" escapes to heap
method_unnamed_struct_embed.go:9:52: s.n escapes to heap
