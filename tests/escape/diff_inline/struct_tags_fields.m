struct_tags_fields.go:16:12: ... argument does not escape
struct_tags_fields.go:16:12: inlining call to fmt.Printf
struct_tags_fields.go:16:13: u escapes to heap
struct_tags_fields.go:17:12: ... argument does not escape
struct_tags_fields.go:17:12: inlining call to fmt.Printf
struct_tags_fields.go:17:13: u escapes to heap
struct_tags_fields.go:19:25: map[string]int{...} escapes to heap
struct_tags_fields.go:20:11: &User{...} escapes to heap
struct_tags_fields.go:21:13: ... argument does not escape
struct_tags_fields.go:21:13: inlining call to fmt.Println
struct_tags_fields.go:21:15: u.Name escapes to heap
struct_tags_fields.go:21:23: u.age escapes to heap
struct_tags_fields.go:21:30: u.Friends escapes to heap
struct_tags_fields.go:21:54: u.Next.Name escapes to heap
struct_tags_fields.go:25:13: ... argument does not escape
struct_tags_fields.go:25:13: inlining call to fmt.Println
struct_tags_fields.go:25:15: u.age escapes to heap
struct_tags_fields.go:25:22: u.Email escapes to heap
struct_tags_fields.go:26:17: []User{...} does not escape
struct_tags_fields.go:30:13: ... argument does not escape
struct_tags_fields.go:30:13: inlining call to fmt.Println
struct_tags_fields.go:30:22: users[0].age escapes to heap
struct_tags_fields.go:30:36: users[1].age escapes to heap
struct_tags_fields.go:36:13: ... argument does not escape
struct_tags_fields.go:36:13: inlining call to fmt.Println
struct_tags_fields.go:36:15: w.User.Name escapes to heap
struct_tags_fields.go:36:23: w.Extra escapes to heap
struct_tags_fields.go:36:37: w.User.Next.Name escapes to heap
