iface_polymorphism_shapes.go:30:53: ... argument does not escape
iface_polymorphism_shapes.go:30:71: c.R escapes to heap
iface_polymorphism_shapes.go:34:7: s does not escape
iface_polymorphism_shapes.go:35:7: leaking param content: s
iface_polymorphism_shapes.go:36:50: byArea.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
iface_polymorphism_shapes.go:36:50: byArea.Swap ignoring self-assignment in s[i], s[j] = s[j], s[i]
iface_polymorphism_shapes.go:36:7: s does not escape
iface_polymorphism_shapes.go:39:19: []Shape{...} escapes to heap
iface_polymorphism_shapes.go:39:24: Rect{...} escapes to heap
iface_polymorphism_shapes.go:39:38: Circle{...} escapes to heap
iface_polymorphism_shapes.go:39:51: Triangle{...} escapes to heap
iface_polymorphism_shapes.go:39:66: Rect{...} escapes to heap
iface_polymorphism_shapes.go:39:80: Circle{...} escapes to heap
iface_polymorphism_shapes.go:40:18: byArea(shapes) escapes to heap
iface_polymorphism_shapes.go:43:13: ... argument does not escape
iface_polymorphism_shapes.go:43:57: s.Area() escapes to heap
iface_polymorphism_shapes.go:43:72: s.Perimeter() escapes to heap
iface_polymorphism_shapes.go:46:12: ... argument does not escape
iface_polymorphism_shapes.go:46:13: total escapes to heap
iface_polymorphism_shapes.go:47:26: map[string]int{} escapes to heap
iface_polymorphism_shapes.go:49:21: ... argument does not escape
iface_polymorphism_shapes.go:51:13: ... argument does not escape
