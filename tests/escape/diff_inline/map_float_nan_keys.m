map_float_nan_keys.go:10:22: map[float64]int{} does not escape
map_float_nan_keys.go:11:17: inlining call to math.Float64frombits
map_float_nan_keys.go:11:17: inlining call to math.NaN
map_float_nan_keys.go:15:13: ... argument does not escape
map_float_nan_keys.go:15:13: inlining call to fmt.Println
map_float_nan_keys.go:15:14: "len after 3 NaN writes:" escapes to heap
map_float_nan_keys.go:15:44: len(m) escapes to heap
map_float_nan_keys.go:17:13: ... argument does not escape
map_float_nan_keys.go:17:13: inlining call to fmt.Println
map_float_nan_keys.go:17:14: "lookup NaN finds:" escapes to heap
map_float_nan_keys.go:17:14: ok escapes to heap
map_float_nan_keys.go:19:12: inlining call to math.Float64frombits
map_float_nan_keys.go:19:12: inlining call to math.Inf
map_float_nan_keys.go:20:23: inlining call to math.Copysign
map_float_nan_keys.go:20:23: inlining call to math.Float64bits
map_float_nan_keys.go:20:23: inlining call to math.Float64bits
map_float_nan_keys.go:20:23: inlining call to math.Float64frombits
map_float_nan_keys.go:23:13: ... argument does not escape
map_float_nan_keys.go:23:13: inlining call to fmt.Println
map_float_nan_keys.go:23:14: "0 and -0 same key:" escapes to heap
map_float_nan_keys.go:23:37: m[0] escapes to heap
map_float_nan_keys.go:23:45: len(m) escapes to heap
map_float_nan_keys.go:25:13: ... argument does not escape
map_float_nan_keys.go:25:13: inlining call to fmt.Println
map_float_nan_keys.go:25:14: "len after delete(NaN):" escapes to heap
map_float_nan_keys.go:25:43: len(m) escapes to heap
map_float_nan_keys.go:37:15: inlining call to sort.Float64s
map_float_nan_keys.go:37:15: sort.Interface(sort.Float64Slice(sort.x)) escapes to heap
map_float_nan_keys.go:38:13: ... argument does not escape
map_float_nan_keys.go:38:13: inlining call to fmt.Println
map_float_nan_keys.go:38:14: "NaN keys:" escapes to heap
map_float_nan_keys.go:38:14: nanCount escapes to heap
map_float_nan_keys.go:38:37: "others:" escapes to heap
map_float_nan_keys.go:38:37: others escapes to heap
map_float_nan_keys.go:38:56: "sum:" escapes to heap
map_float_nan_keys.go:38:56: sum escapes to heap
map_float_nan_keys.go:40:16: inlining call to math.IsNaN
map_float_nan_keys.go:44:13: ... argument does not escape
map_float_nan_keys.go:44:13: inlining call to fmt.Println
map_float_nan_keys.go:44:14: "after deleting in range:" escapes to heap
map_float_nan_keys.go:44:45: len(m) escapes to heap
map_float_nan_keys.go:45:27: map[interface {}]int{} does not escape
map_float_nan_keys.go:46:5: nan escapes to heap
map_float_nan_keys.go:47:5: nan escapes to heap
map_float_nan_keys.go:48:13: ... argument does not escape
map_float_nan_keys.go:48:13: inlining call to fmt.Println
map_float_nan_keys.go:48:14: "interface NaN keys:" escapes to heap
map_float_nan_keys.go:48:40: len(mi) escapes to heap
