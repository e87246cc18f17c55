panic_custom_struct_stringer.go:13:52: ... argument does not escape
panic_custom_struct_stringer.go:13:70: s.Step escapes to heap
panic_custom_struct_stringer.go:13:78: s.Name escapes to heap
panic_custom_struct_stringer.go:13:7: leaking param: s
panic_custom_struct_stringer.go:15:14: leaking param: s
panic_custom_struct_stringer.go:17:9: s escapes to heap
panic_custom_struct_stringer.go:23:13: ... argument does not escape
panic_custom_struct_stringer.go:23:14: "start" escapes to heap
panic_custom_struct_stringer.go:27:14: ... argument does not escape
panic_custom_struct_stringer.go:27:15: "now" escapes to heap
panic_custom_struct_stringer.go:27:15: s escapes to heap
