strconv_float_allocs.go:101:14: ... argument does not escape
strconv_float_allocs.go:101:14: inlining call to fmt.Println
strconv_float_allocs.go:101:21: string(buf) escapes to heap
strconv_float_allocs.go:101:21: string(buf) escapes to heap
strconv_float_allocs.go:103:14: ... argument does not escape
strconv_float_allocs.go:103:14: inlining call to fmt.Println
strconv_float_allocs.go:103:21: string(buf) escapes to heap
strconv_float_allocs.go:103:21: string(buf) escapes to heap
strconv_float_allocs.go:105:13: ... argument does not escape
strconv_float_allocs.go:105:13: inlining call to fmt.Println
strconv_float_allocs.go:105:33: strconv.FormatFloat(5e-324, 'f', 1080, 64) escapes to heap
strconv_float_allocs.go:106:13: ... argument does not escape
strconv_float_allocs.go:106:13: inlining call to fmt.Println
strconv_float_allocs.go:106:33: strconv.FormatFloat(math.MaxFloat64, 'f', 3, 64) escapes to heap
strconv_float_allocs.go:107:13: ... argument does not escape
strconv_float_allocs.go:107:13: inlining call to fmt.Println
strconv_float_allocs.go:107:33: strconv.FormatFloat(math.SmallestNonzeroFloat32, 'e', 120, 32) escapes to heap
strconv_float_allocs.go:109:13: ... argument does not escape
strconv_float_allocs.go:109:13: inlining call to fmt.Println
strconv_float_allocs.go:109:14: "== random" escapes to heap
strconv_float_allocs.go:112:12: inlining call to next
strconv_float_allocs.go:117:28: inlining call to math.Float64frombits
strconv_float_allocs.go:119:36: inlining call to math.Float32frombits
strconv_float_allocs.go:124:26: inlining call to math.IsInf
strconv_float_allocs.go:130:29: inlining call to strconv.AppendFloat
strconv_float_allocs.go:132:29: inlining call to strconv.AppendFloat
strconv_float_allocs.go:134:29: inlining call to strconv.AppendFloat
strconv_float_allocs.go:136:29: inlining call to strconv.AppendFloat
strconv_float_allocs.go:137:15: ... argument does not escape
strconv_float_allocs.go:137:15: inlining call to fmt.Println
strconv_float_allocs.go:137:22: string(buf) escapes to heap
strconv_float_allocs.go:137:22: string(buf) escapes to heap
strconv_float_allocs.go:144:33: inlining call to next
strconv_float_allocs.go:145:39: lit[:1] + "." + lit[1:] + "e" + ~R0 escapes to heap
strconv_float_allocs.go:145:53: inlining call to strconv.Itoa
strconv_float_allocs.go:145:62: inlining call to next
strconv_float_allocs.go:148:14: ... argument does not escape
strconv_float_allocs.go:148:14: inlining call to fmt.Println
strconv_float_allocs.go:148:14: lit escapes to heap
strconv_float_allocs.go:148:39: strconv.FormatFloat(y, 'b', -1, bitSize) escapes to heap
strconv_float_allocs.go:150:13: ... argument does not escape
strconv_float_allocs.go:150:13: inlining call to fmt.Println
strconv_float_allocs.go:150:14: "round trips" escapes to heap
strconv_float_allocs.go:150:14: roundTrip escapes to heap
strconv_float_allocs.go:152:13: ... argument does not escape
strconv_float_allocs.go:152:13: inlining call to fmt.Println
strconv_float_allocs.go:152:14: "== parse" escapes to heap
strconv_float_allocs.go:153:28: []string{...} does not escape
strconv_float_allocs.go:163:32: []int{...} does not escape
strconv_float_allocs.go:165:15: ... argument does not escape
strconv_float_allocs.go:165:15: bitSize escapes to heap
strconv_float_allocs.go:165:15: inlining call to fmt.Println
strconv_float_allocs.go:165:15: s escapes to heap
strconv_float_allocs.go:165:47: strconv.FormatFloat(y, 'g', -1, bitSize) escapes to heap
strconv_float_allocs.go:165:89: strconv.FormatFloat(y, 'b', -1, 64) escapes to heap
strconv_float_allocs.go:169:13: ... argument does not escape
strconv_float_allocs.go:169:13: inlining call to fmt.Println
strconv_float_allocs.go:169:14: "== allocs" escapes to heap
strconv_float_allocs.go:171:17: []float64{...} does not escape
strconv_float_allocs.go:172:27: []byte{...} does not escape
strconv_float_allocs.go:173:26: []int{...} does not escape
strconv_float_allocs.go:174:33: []int{...} does not escape
strconv_float_allocs.go:175:18: inlining call to mallocs
strconv_float_allocs.go:177:31: inlining call to strconv.AppendFloat
strconv_float_allocs.go:179:18: inlining call to mallocs
strconv_float_allocs.go:17:6: can inline next
strconv_float_allocs.go:184:15: ... argument does not escape
strconv_float_allocs.go:184:15: inlining call to fmt.Printf
strconv_float_allocs.go:184:16: bitSize escapes to heap
strconv_float_allocs.go:184:16: fm escapes to heap
strconv_float_allocs.go:184:16: ok escapes to heap
strconv_float_allocs.go:184:16: p escapes to heap
strconv_float_allocs.go:188:27: []byte{...} does not escape
strconv_float_allocs.go:189:26: []int{...} does not escape
strconv_float_allocs.go:190:17: inlining call to mallocs
strconv_float_allocs.go:194:17: inlining call to mallocs
strconv_float_allocs.go:199:14: ... argument does not escape
strconv_float_allocs.go:199:14: inlining call to fmt.Printf
strconv_float_allocs.go:199:15: fm escapes to heap
strconv_float_allocs.go:199:15: ok escapes to heap
strconv_float_allocs.go:199:15: p escapes to heap
strconv_float_allocs.go:202:28: []string{...} does not escape
strconv_float_allocs.go:204:32: []int{...} does not escape
strconv_float_allocs.go:205:17: inlining call to mallocs
strconv_float_allocs.go:209:17: inlining call to mallocs
strconv_float_allocs.go:214:14: ... argument does not escape
strconv_float_allocs.go:214:14: inlining call to fmt.Printf
strconv_float_allocs.go:214:15: bitSize escapes to heap
strconv_float_allocs.go:214:15: ok escapes to heap
strconv_float_allocs.go:214:15: s escapes to heap
strconv_float_allocs.go:27:11: leaking param: buf to result ~r0 level=0
strconv_float_allocs.go:31:28: inlining call to strconv.AppendFloat
strconv_float_allocs.go:36:10: leaking param: buf to result ~r0 level=0
strconv_float_allocs.go:39:14: ... argument does not escape
strconv_float_allocs.go:39:14: inlining call to fmt.Println
strconv_float_allocs.go:39:21: string(buf) escapes to heap
strconv_float_allocs.go:39:21: string(buf) escapes to heap
strconv_float_allocs.go:44:6: can inline mallocs
strconv_float_allocs.go:51:13: make([]byte, 0, 4096) does not escape
strconv_float_allocs.go:52:22: []float64{...} does not escape
strconv_float_allocs.go:52:39: inlining call to math.Copysign
strconv_float_allocs.go:52:39: inlining call to math.Float64bits
strconv_float_allocs.go:52:39: inlining call to math.Float64bits
strconv_float_allocs.go:52:39: inlining call to math.Float64frombits
strconv_float_allocs.go:52:56: inlining call to math.Float64frombits
strconv_float_allocs.go:52:56: inlining call to math.Inf
strconv_float_allocs.go:52:69: inlining call to math.Float64frombits
strconv_float_allocs.go:52:69: inlining call to math.Inf
strconv_float_allocs.go:52:83: inlining call to math.Float64frombits
strconv_float_allocs.go:52:83: inlining call to math.NaN
strconv_float_allocs.go:57:13: ... argument does not escape
strconv_float_allocs.go:57:13: inlining call to fmt.Println
strconv_float_allocs.go:57:14: "== special" escapes to heap
strconv_float_allocs.go:59:14: ... argument does not escape
strconv_float_allocs.go:59:14: inlining call to fmt.Println
strconv_float_allocs.go:59:15: "# " escapes to heap
strconv_float_allocs.go:59:15: x escapes to heap
strconv_float_allocs.go:64:13: ... argument does not escape
strconv_float_allocs.go:64:13: inlining call to fmt.Println
strconv_float_allocs.go:64:14: "== halfway" escapes to heap
strconv_float_allocs.go:65:21: []float64{...} does not escape
strconv_float_allocs.go:69:26: []int{...} does not escape
strconv_float_allocs.go:70:29: inlining call to strconv.AppendFloat
strconv_float_allocs.go:72:29: inlining call to strconv.AppendFloat
strconv_float_allocs.go:74:29: inlining call to strconv.AppendFloat
strconv_float_allocs.go:77:14: ... argument does not escape
strconv_float_allocs.go:77:14: inlining call to fmt.Println
strconv_float_allocs.go:77:21: string(buf) escapes to heap
strconv_float_allocs.go:77:21: string(buf) escapes to heap
strconv_float_allocs.go:80:13: ... argument does not escape
strconv_float_allocs.go:80:13: inlining call to fmt.Println
strconv_float_allocs.go:80:14: "== powers of ten" escapes to heap
strconv_float_allocs.go:82:34: "1e" + ~R0 escapes to heap
strconv_float_allocs.go:82:47: inlining call to strconv.Itoa
strconv_float_allocs.go:83:28: inlining call to strconv.AppendFloat
strconv_float_allocs.go:85:28: inlining call to strconv.AppendFloat
strconv_float_allocs.go:87:28: inlining call to strconv.AppendFloat
strconv_float_allocs.go:89:28: inlining call to strconv.AppendFloat
strconv_float_allocs.go:89:60: inlining call to math.Float64frombits
strconv_float_allocs.go:89:60: inlining call to math.Inf
strconv_float_allocs.go:91:28: inlining call to strconv.AppendFloat
strconv_float_allocs.go:93:28: inlining call to strconv.AppendFloat
strconv_float_allocs.go:94:14: ... argument does not escape
strconv_float_allocs.go:94:14: inlining call to fmt.Println
strconv_float_allocs.go:94:21: string(buf) escapes to heap
strconv_float_allocs.go:94:21: string(buf) escapes to heap
strconv_float_allocs.go:97:13: ... argument does not escape
strconv_float_allocs.go:97:13: inlining call to fmt.Println
strconv_float_allocs.go:97:14: "== denormals" escapes to heap
strconv_float_allocs.go:99:28: inlining call to math.Float64frombits
strconv_float_allocs.go:99:33: inlining call to next
