encoding_binary.go:20:11: make([]byte, 8) escapes to heap
encoding_binary.go:21:31: inlining call to binary.littleEndian.PutUint64
encoding_binary.go:22:13: ... argument does not escape
encoding_binary.go:22:13: b escapes to heap
encoding_binary.go:22:13: inlining call to fmt.Println
encoding_binary.go:22:43: inlining call to binary.littleEndian.Uint64
encoding_binary.go:22:43: ~R0 escapes to heap
encoding_binary.go:22:71: inlining call to binary.bigEndian.Uint64
encoding_binary.go:22:71: ~R0 escapes to heap
encoding_binary.go:23:28: inlining call to binary.bigEndian.PutUint32
encoding_binary.go:24:12: ... argument does not escape
encoding_binary.go:24:12: inlining call to fmt.Printf
encoding_binary.go:24:28: b[:4] escapes to heap
encoding_binary.go:24:57: inlining call to binary.bigEndian.Uint32
encoding_binary.go:24:57: ~R0 escapes to heap
encoding_binary.go:24:88: inlining call to binary.littleEndian.Uint16
encoding_binary.go:24:88: ~R0 escapes to heap
encoding_binary.go:25:13: ... argument does not escape
encoding_binary.go:25:13: inlining call to fmt.Println
encoding_binary.go:25:43: inlining call to binary.bigEndian.AppendUint16
encoding_binary.go:25:43: ~R0 escapes to heap
encoding_binary.go:25:90: inlining call to binary.littleEndian.AppendUint32
encoding_binary.go:25:90: ~R0 escapes to heap
encoding_binary.go:25:97: []byte{...} escapes to heap
encoding_binary.go:26:13: ... argument does not escape
encoding_binary.go:26:13: binary.BigEndian escapes to heap
encoding_binary.go:26:13: binary.LittleEndian escapes to heap
encoding_binary.go:26:13: inlining call to fmt.Println
encoding_binary.go:27:12: ... argument does not escape
encoding_binary.go:27:12: inlining call to fmt.Printf
encoding_binary.go:27:13: binary.BigEndian escapes to heap
encoding_binary.go:27:13: binary.LittleEndian escapes to heap
encoding_binary.go:29:37: binary.BigEndian escapes to heap
encoding_binary.go:30:13: ... argument does not escape
encoding_binary.go:30:13: inlining call to fmt.Println
encoding_binary.go:30:26: binary.bigEndian.Uint16(order.(binary.bigEndian), []byte{...}) escapes to heap
encoding_binary.go:30:26: devirtualizing order.Uint16 to binary.bigEndian
encoding_binary.go:30:33: []byte{...} does not escape
encoding_binary.go:33:28: []uint64{...} does not escape
encoding_binary.go:34:14: make([]byte, binary.MaxVarintLen64) escapes to heap
encoding_binary.go:35:25: inlining call to binary.PutUvarint
encoding_binary.go:36:25: inlining call to binary.Uvarint
encoding_binary.go:37:14: ... argument does not escape
encoding_binary.go:37:14: inlining call to fmt.Println
encoding_binary.go:37:14: x escapes to heap
encoding_binary.go:37:21: buf[:n] escapes to heap
encoding_binary.go:37:21: m escapes to heap
encoding_binary.go:37:21: y escapes to heap
encoding_binary.go:37:36: len(~R0) escapes to heap
encoding_binary.go:37:57: inlining call to binary.AppendUvarint
encoding_binary.go:39:27: []int64{...} does not escape
encoding_binary.go:40:29: inlining call to binary.AppendUvarint
encoding_binary.go:40:29: inlining call to binary.AppendVarint
encoding_binary.go:42:46: &bytes.Reader{...} escapes to heap
encoding_binary.go:42:46: inlining call to bytes.NewReader
encoding_binary.go:43:14: ... argument does not escape
encoding_binary.go:43:14: buf escapes to heap
encoding_binary.go:43:14: inlining call to fmt.Println
encoding_binary.go:43:14: n escapes to heap
encoding_binary.go:43:14: r escapes to heap
encoding_binary.go:43:14: x escapes to heap
encoding_binary.go:43:14: y escapes to heap
encoding_binary.go:45:13: ... argument does not escape
encoding_binary.go:45:13: .autotmp_13 escapes to heap
encoding_binary.go:45:13: .autotmp_14 escapes to heap
encoding_binary.go:45:13: inlining call to fmt.Println
encoding_binary.go:45:28: inlining call to binary.Uvarint
encoding_binary.go:45:35: []byte{...} does not escape
encoding_binary.go:46:13: ... argument does not escape
encoding_binary.go:46:13: .autotmp_15 escapes to heap
encoding_binary.go:46:13: .autotmp_16 escapes to heap
encoding_binary.go:46:13: inlining call to fmt.Println
encoding_binary.go:46:28: inlining call to binary.Uvarint
encoding_binary.go:46:35: []byte{...} does not escape
encoding_binary.go:47:46: &bytes.Reader{...} escapes to heap
encoding_binary.go:47:46: inlining call to bytes.NewReader
encoding_binary.go:47:53: []byte{...} escapes to heap
encoding_binary.go:48:13: ... argument does not escape
encoding_binary.go:48:13: inlining call to fmt.Println
encoding_binary.go:49:45: &bytes.Reader{...} escapes to heap
encoding_binary.go:49:45: inlining call to bytes.NewReader
encoding_binary.go:50:13: ... argument does not escape
encoding_binary.go:50:13: inlining call to fmt.Println
encoding_binary.go:53:2: moved to heap: h
encoding_binary.go:54:6: moved to heap: w
encoding_binary.go:55:106: binary.Size("x") escapes to heap
encoding_binary.go:55:107: "x" escapes to heap
encoding_binary.go:55:13: ... argument does not escape
encoding_binary.go:55:13: inlining call to fmt.Println
encoding_binary.go:55:25: binary.Size(h) escapes to heap
encoding_binary.go:55:25: h escapes to heap
encoding_binary.go:55:41: binary.Size(&h) escapes to heap
encoding_binary.go:55:58: binary.Size([]uint16{...}) escapes to heap
encoding_binary.go:55:67: []uint16{...} escapes to heap
encoding_binary.go:55:67: []uint16{...} escapes to heap
encoding_binary.go:55:90: binary.Size(3) escapes to heap
encoding_binary.go:55:91: 3 escapes to heap
encoding_binary.go:56:13: ... argument does not escape
encoding_binary.go:56:13: inlining call to fmt.Println
encoding_binary.go:56:27: binary.LittleEndian escapes to heap
encoding_binary.go:56:62: inlining call to bytes.(*Buffer).Len
encoding_binary.go:56:62: ~R0 escapes to heap
encoding_binary.go:57:13: ... argument does not escape
encoding_binary.go:57:13: inlining call to fmt.Println
encoding_binary.go:57:21: inlining call to bytes.(*Buffer).Bytes
encoding_binary.go:57:21: ~R0 escapes to heap
encoding_binary.go:58:6: moved to heap: h2
encoding_binary.go:59:13: ... argument does not escape
encoding_binary.go:59:13: inlining call to fmt.Println
encoding_binary.go:59:41: &bytes.Reader{...} escapes to heap
encoding_binary.go:59:41: binary.LittleEndian escapes to heap
encoding_binary.go:59:41: inlining call to bytes.NewReader
encoding_binary.go:59:49: inlining call to bytes.(*Buffer).Bytes
encoding_binary.go:59:84: h2 == h escapes to heap
encoding_binary.go:59:84: h2 escapes to heap
encoding_binary.go:60:9: inlining call to bytes.(*Buffer).Reset
encoding_binary.go:60:9: main ignoring self-assignment in bytes.b.buf = bytes.b.buf[:int(0)]
encoding_binary.go:61:13: ... argument does not escape
encoding_binary.go:61:13: inlining call to fmt.Println
encoding_binary.go:61:27: binary.BigEndian escapes to heap
encoding_binary.go:61:56: []int16{...} escapes to heap
encoding_binary.go:61:56: []int16{...} escapes to heap
encoding_binary.go:61:78: inlining call to bytes.(*Buffer).Bytes
encoding_binary.go:61:78: ~R0 escapes to heap
encoding_binary.go:62:11: make([]int16, 3) escapes to heap
encoding_binary.go:63:13: ... argument does not escape
encoding_binary.go:63:13: inlining call to fmt.Println
encoding_binary.go:63:25: s escapes to heap
encoding_binary.go:63:26: binary.BigEndian escapes to heap
encoding_binary.go:63:26: s escapes to heap
encoding_binary.go:64:109: inlining call to bytes.(*Buffer).Bytes
encoding_binary.go:64:109: ~R0 escapes to heap
encoding_binary.go:64:13: ... argument does not escape
encoding_binary.go:64:13: inlining call to fmt.Println
encoding_binary.go:64:27: binary.BigEndian escapes to heap
encoding_binary.go:64:55: uint16(7) escapes to heap
encoding_binary.go:64:74: binary.BigEndian escapes to heap
encoding_binary.go:64:96: 3.5 escapes to heap
encoding_binary.go:65:6: moved to heap: u
encoding_binary.go:66:6: moved to heap: f
encoding_binary.go:67:13: ... argument does not escape
encoding_binary.go:67:13: inlining call to fmt.Println
encoding_binary.go:67:26: binary.BigEndian escapes to heap
encoding_binary.go:67:64: f escapes to heap
encoding_binary.go:67:64: u escapes to heap
encoding_binary.go:67:65: binary.BigEndian escapes to heap
encoding_binary.go:68:13: ... argument does not escape
encoding_binary.go:68:13: inlining call to fmt.Println
encoding_binary.go:68:26: binary.BigEndian escapes to heap
encoding_binary.go:69:13: ... argument does not escape
encoding_binary.go:69:13: inlining call to fmt.Println
encoding_binary.go:69:41: &bytes.Reader{...} escapes to heap
encoding_binary.go:69:41: binary.BigEndian escapes to heap
encoding_binary.go:69:41: inlining call to bytes.NewReader
encoding_binary.go:69:48: []byte{...} escapes to heap
encoding_binary.go:70:13: ... argument does not escape
encoding_binary.go:70:13: inlining call to fmt.Println
encoding_binary.go:70:27: binary.BigEndian escapes to heap
encoding_binary.go:70:49: 5 escapes to heap
encoding_binary.go:71:13: ... argument does not escape
encoding_binary.go:71:13: inlining call to fmt.Println
encoding_binary.go:71:27: binary.BigEndian escapes to heap
encoding_binary.go:71:67: struct { S string }{...} escapes to heap
encoding_binary.go:72:6: moved to heap: n
encoding_binary.go:73:13: ... argument does not escape
encoding_binary.go:73:13: inlining call to fmt.Println
encoding_binary.go:73:26: binary.BigEndian escapes to heap
