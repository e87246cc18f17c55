iface_method_sets.go:13:47: p.name + " flies" escapes to heap
iface_method_sets.go:13:7: p does not escape
iface_method_sets.go:25:39: &Car{...} escapes to heap
iface_method_sets.go:25:53: &Plane{...} escapes to heap
iface_method_sets.go:25:59: Car{...} escapes to heap
iface_method_sets.go:26:32: &Plane{...} escapes to heap
iface_method_sets.go:26:79: &Garage{...} escapes to heap
iface_method_sets.go:26:90: Garage{...} escapes to heap
iface_method_sets.go:28:13: ... argument does not escape
iface_method_sets.go:28:37: m.Move() escapes to heap
iface_method_sets.go:31:16: c escapes to heap
iface_method_sets.go:33:13: ... argument does not escape
iface_method_sets.go:33:20: m.Move() escapes to heap
iface_method_sets.go:34:7: &Plane{...} escapes to heap
iface_method_sets.go:37:13: ... argument does not escape
iface_method_sets.go:37:20: m.Move() escapes to heap
iface_method_sets.go:9:44: c.name + " drives" escapes to heap
iface_method_sets.go:9:7: c does not escape
