bufio_reader.go:14:24: p does not escape
bufio_reader.go:14:6: can inline (*oneByte).Read
bufio_reader.go:14:7: r does not escape
bufio_reader.go:22:6: (*oneByte).Read ignoring self-assignment in r.s = r.s[1:]
bufio_reader.go:27:22: inlining call to bufio.(*Reader).reset
bufio_reader.go:27:22: inlining call to bufio.NewReader
bufio_reader.go:27:22: inlining call to bufio.NewReaderSize
bufio_reader.go:27:22: make([]byte, bufio.size) escapes to heap
bufio_reader.go:27:22: new(bufio.Reader) escapes to heap
bufio_reader.go:27:40: &strings.Reader{...} escapes to heap
bufio_reader.go:27:40: inlining call to strings.NewReader
bufio_reader.go:29:12: ... argument does not escape
bufio_reader.go:29:12: inlining call to fmt.Printf
bufio_reader.go:29:13: s escapes to heap
bufio_reader.go:31:12: ... argument does not escape
bufio_reader.go:31:12: inlining call to fmt.Printf
bufio_reader.go:31:13: b escapes to heap
bufio_reader.go:33:12: ... argument does not escape
bufio_reader.go:33:12: inlining call to fmt.Printf
bufio_reader.go:33:13: line escapes to heap
bufio_reader.go:33:13: prefix escapes to heap
bufio_reader.go:35:13: ... argument does not escape
bufio_reader.go:35:13: inlining call to fmt.Println
bufio_reader.go:35:20: string(c) escapes to heap
bufio_reader.go:35:20: string(c) escapes to heap
bufio_reader.go:35:37: inlining call to bufio.(*Reader).UnreadByte
bufio_reader.go:35:53: inlining call to bufio.(*Reader).UnreadByte
bufio_reader.go:38:12: ... argument does not escape
bufio_reader.go:38:12: inlining call to fmt.Print
bufio_reader.go:38:19: size escapes to heap
bufio_reader.go:38:19: string(ru) escapes to heap
bufio_reader.go:38:19: string(ru) escapes to heap
bufio_reader.go:38:36: " " escapes to heap
bufio_reader.go:40:13: ... argument does not escape
bufio_reader.go:40:13: inlining call to fmt.Println
bufio_reader.go:40:26: inlining call to bufio.(*Reader).UnreadRune
bufio_reader.go:40:26: main ignoring self-assignment in bufio.b.r -= bufio.b.lastRuneSize
bufio_reader.go:40:42: inlining call to bufio.(*Reader).UnreadRune
bufio_reader.go:40:42: main ignoring self-assignment in bufio.b.r -= bufio.b.lastRuneSize
bufio_reader.go:42:12: ... argument does not escape
bufio_reader.go:42:12: inlining call to fmt.Printf
bufio_reader.go:42:13: p escapes to heap
bufio_reader.go:42:59: inlining call to bufio.(*Reader).Buffered
bufio_reader.go:42:59: ~R0 escapes to heap
bufio_reader.go:44:13: ... argument does not escape
bufio_reader.go:44:13: inlining call to fmt.Println
bufio_reader.go:44:14: "discard" escapes to heap
bufio_reader.go:44:14: n escapes to heap
bufio_reader.go:46:12: ... argument does not escape
bufio_reader.go:46:12: inlining call to fmt.Printf
bufio_reader.go:46:13: rest escapes to heap
bufio_reader.go:48:12: ... argument does not escape
bufio_reader.go:48:12: inlining call to fmt.Printf
bufio_reader.go:48:13: s escapes to heap
bufio_reader.go:51:25: inlining call to bufio.(*Reader).reset
bufio_reader.go:51:25: inlining call to bufio.NewReaderSize
bufio_reader.go:51:25: make([]byte, bufio.size) escapes to heap
bufio_reader.go:51:25: new(bufio.Reader) escapes to heap
bufio_reader.go:51:26: &oneByte{...} escapes to heap
bufio_reader.go:52:13: ... argument does not escape
bufio_reader.go:52:13: inlining call to fmt.Println
bufio_reader.go:52:20: inlining call to bufio.(*Reader).Size
bufio_reader.go:52:20: ~R0 escapes to heap
bufio_reader.go:56:15: ... argument does not escape
bufio_reader.go:56:15: inlining call to fmt.Println
bufio_reader.go:56:16: "err" escapes to heap
bufio_reader.go:59:13: ... argument does not escape
bufio_reader.go:59:13: inlining call to fmt.Printf
bufio_reader.go:59:14: line escapes to heap
bufio_reader.go:59:14: prefix escapes to heap
bufio_reader.go:61:27: &strings.Reader{...} escapes to heap
bufio_reader.go:61:27: inlining call to strings.NewReader
bufio_reader.go:61:9: inlining call to bufio.(*Reader).Reset
bufio_reader.go:61:9: inlining call to bufio.(*Reader).reset
bufio_reader.go:61:9: make([]byte, int(4096)) escapes to heap
bufio_reader.go:63:12: ... argument does not escape
bufio_reader.go:63:12: inlining call to fmt.Printf
bufio_reader.go:63:13: sl escapes to heap
bufio_reader.go:64:25: inlining call to bufio.(*Reader).reset
bufio_reader.go:64:25: inlining call to bufio.NewReaderSize
bufio_reader.go:64:25: make([]byte, bufio.size) escapes to heap
bufio_reader.go:64:25: new(bufio.Reader) escapes to heap
bufio_reader.go:64:43: &strings.Reader{...} escapes to heap
bufio_reader.go:64:43: inlining call to strings.NewReader
bufio_reader.go:66:12: ... argument does not escape
bufio_reader.go:66:12: inlining call to fmt.Printf
bufio_reader.go:66:13: sl escapes to heap
bufio_reader.go:68:12: ... argument does not escape
bufio_reader.go:68:12: inlining call to fmt.Printf
bufio_reader.go:68:13: p escapes to heap
bufio_reader.go:70:13: ... argument does not escape
bufio_reader.go:70:13: inlining call to fmt.Println
bufio_reader.go:72:13: ... argument does not escape
bufio_reader.go:72:13: inlining call to fmt.Println
bufio_reader.go:72:17: len(long) escapes to heap
bufio_reader.go:74:6: moved to heap: out
bufio_reader.go:75:21: inlining call to bufio.(*Reader).reset
bufio_reader.go:75:21: inlining call to bufio.NewReader
bufio_reader.go:75:21: inlining call to bufio.NewReaderSize
bufio_reader.go:75:21: make([]byte, bufio.size) escapes to heap
bufio_reader.go:75:21: new(bufio.Reader) escapes to heap
bufio_reader.go:75:39: &strings.Reader{...} escapes to heap
bufio_reader.go:75:39: inlining call to strings.NewReader
bufio_reader.go:78:13: ... argument does not escape
bufio_reader.go:78:13: inlining call to fmt.Println
bufio_reader.go:78:13: m escapes to heap
bufio_reader.go:78:32: inlining call to bytes.(*Buffer).String
bufio_reader.go:78:32: string(bytes.b.buf[bytes.b.off:]) escapes to heap
bufio_reader.go:78:32: ~R0 escapes to heap
bufio_reader.go:79:13: make([]byte, 5) escapes to heap
bufio_reader.go:80:21: inlining call to bufio.(*Reader).reset
bufio_reader.go:80:21: inlining call to bufio.NewReader
bufio_reader.go:80:21: inlining call to bufio.NewReaderSize
bufio_reader.go:80:21: make([]byte, bufio.size) escapes to heap
bufio_reader.go:80:21: new(bufio.Reader) escapes to heap
bufio_reader.go:80:22: &oneByte{...} escapes to heap
bufio_reader.go:82:13: ... argument does not escape
bufio_reader.go:82:13: inlining call to fmt.Println
bufio_reader.go:82:13: k escapes to heap
bufio_reader.go:82:28: string(buf[:k]) escapes to heap
bufio_reader.go:82:28: string(buf[:k]) escapes to heap
bufio_reader.go:83:27: &bufio.ReadWriter{...} does not escape
bufio_reader.go:83:27: inlining call to bufio.NewReadWriter
bufio_reader.go:83:43: inlining call to bufio.(*Reader).reset
bufio_reader.go:83:43: inlining call to bufio.NewReader
bufio_reader.go:83:43: inlining call to bufio.NewReaderSize
bufio_reader.go:83:43: make([]byte, bufio.size) escapes to heap
bufio_reader.go:83:43: new(bufio.Reader) does not escape
bufio_reader.go:83:61: &strings.Reader{...} escapes to heap
bufio_reader.go:83:61: inlining call to strings.NewReader
bufio_reader.go:83:85: &bufio.Writer{...} does not escape
bufio_reader.go:83:85: inlining call to bufio.NewWriter
bufio_reader.go:83:85: inlining call to bufio.NewWriterSize
bufio_reader.go:83:85: make([]byte, bufio.size) escapes to heap
bufio_reader.go:85:21: "+" + x escapes to heap
bufio_reader.go:87:13: ... argument does not escape
bufio_reader.go:87:13: inlining call to fmt.Println
bufio_reader.go:87:24: inlining call to bytes.(*Buffer).String
bufio_reader.go:87:24: string(bytes.b.buf[bytes.b.off:]) escapes to heap
bufio_reader.go:87:24: ~R0 escapes to heap
bufio_reader.go:87:47: inlining call to bufio.(*Reader).reset
bufio_reader.go:87:47: inlining call to bufio.NewReaderSize
bufio_reader.go:87:47: make([]byte, bufio.size) escapes to heap
bufio_reader.go:87:47: new(bufio.Reader) does not escape
bufio_reader.go:87:54: (~R0) == r escapes to heap
