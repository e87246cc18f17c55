struct_compare_anonymous.go:15:13: ... argument does not escape
struct_compare_anonymous.go:15:13: inlining call to fmt.Println
struct_compare_anonymous.go:15:16: a == b escapes to heap
struct_compare_anonymous.go:15:24: a != Point{...} escapes to heap
struct_compare_anonymous.go:18:13: ... argument does not escape
struct_compare_anonymous.go:18:13: inlining call to fmt.Println
struct_compare_anonymous.go:18:17: r1 == r2 escapes to heap
struct_compare_anonymous.go:20:13: ... argument does not escape
struct_compare_anonymous.go:20:13: inlining call to fmt.Println
struct_compare_anonymous.go:20:17: r1 == r2 escapes to heap
struct_compare_anonymous.go:25:13: ... argument does not escape
struct_compare_anonymous.go:25:13: inlining call to fmt.Println
struct_compare_anonymous.go:25:18: anon.Name escapes to heap
struct_compare_anonymous.go:25:29: anon.Age escapes to heap
struct_compare_anonymous.go:26:12: ... argument does not escape
struct_compare_anonymous.go:26:12: inlining call to fmt.Printf
struct_compare_anonymous.go:26:13: anon escapes to heap
struct_compare_anonymous.go:26:13: anon escapes to heap
struct_compare_anonymous.go:32:13: ... argument does not escape
struct_compare_anonymous.go:32:13: inlining call to fmt.Println
struct_compare_anonymous.go:32:16: n == named{...} escapes to heap
struct_compare_anonymous.go:34:13: ... argument does not escape
struct_compare_anonymous.go:34:13: inlining call to fmt.Println
struct_compare_anonymous.go:34:16: s == struct {}{} escapes to heap
struct_compare_anonymous.go:35:29: []struct { x int; y int }{...} does not escape
struct_compare_anonymous.go:37:12: ... argument does not escape
struct_compare_anonymous.go:37:12: inlining call to fmt.Print
struct_compare_anonymous.go:37:16: p.x + p.y escapes to heap
struct_compare_anonymous.go:37:22: " " escapes to heap
struct_compare_anonymous.go:39:13: inlining call to fmt.Println
struct_compare_anonymous.go:40:23: map[Point]string{...} does not escape
struct_compare_anonymous.go:41:13: ... argument does not escape
struct_compare_anonymous.go:41:13: inlining call to fmt.Println
struct_compare_anonymous.go:41:15: m[a] escapes to heap
struct_compare_anonymous.go:41:21: m[Point{...}] escapes to heap
struct_compare_anonymous.go:41:39: len(m) escapes to heap
struct_compare_anonymous.go:43:12: ... argument does not escape
struct_compare_anonymous.go:43:12: inlining call to fmt.Printf
struct_compare_anonymous.go:43:13: z escapes to heap
