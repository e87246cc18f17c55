bufio_reader.go:14:24: p does not escape
bufio_reader.go:14:7: r does not escape
bufio_reader.go:22:6: (*oneByte).Read ignoring self-assignment in r.s = r.s[1:]
bufio_reader.go:29:12: ... argument does not escape
bufio_reader.go:29:13: s escapes to heap
bufio_reader.go:31:12: ... argument does not escape
bufio_reader.go:31:13: b escapes to heap
bufio_reader.go:33:12: ... argument does not escape
bufio_reader.go:33:13: line escapes to heap
bufio_reader.go:33:13: prefix escapes to heap
bufio_reader.go:35:13: ... argument does not escape
bufio_reader.go:35:20: string(c) escapes to heap
bufio_reader.go:35:20: string(c) escapes to heap
bufio_reader.go:38:12: ... argument does not escape
bufio_reader.go:38:19: size escapes to heap
bufio_reader.go:38:19: string(ru) escapes to heap
bufio_reader.go:38:19: string(ru) escapes to heap
bufio_reader.go:38:36: " " escapes to heap
bufio_reader.go:40:13: ... argument does not escape
bufio_reader.go:42:12: ... argument does not escape
bufio_reader.go:42:13: p escapes to heap
bufio_reader.go:42:59: (*bufio.Reader).Buffered(r) escapes to heap
bufio_reader.go:44:13: ... argument does not escape
bufio_reader.go:44:14: "discard" escapes to heap
bufio_reader.go:44:14: n escapes to heap
bufio_reader.go:46:12: ... argument does not escape
bufio_reader.go:46:13: rest escapes to heap
bufio_reader.go:48:12: ... argument does not escape
bufio_reader.go:48:13: s escapes to heap
bufio_reader.go:51:26: &oneByte{...} escapes to heap
bufio_reader.go:52:13: ... argument does not escape
bufio_reader.go:52:20: (*bufio.Reader).Size(r) escapes to heap
bufio_reader.go:56:15: ... argument does not escape
bufio_reader.go:56:16: "err" escapes to heap
bufio_reader.go:59:13: ... argument does not escape
bufio_reader.go:59:14: line escapes to heap
bufio_reader.go:59:14: prefix escapes to heap
bufio_reader.go:63:12: ... argument does not escape
bufio_reader.go:63:13: sl escapes to heap
bufio_reader.go:66:12: ... argument does not escape
bufio_reader.go:66:13: sl escapes to heap
bufio_reader.go:68:12: ... argument does not escape
bufio_reader.go:68:13: p escapes to heap
bufio_reader.go:70:13: ... argument does not escape
bufio_reader.go:72:13: ... argument does not escape
bufio_reader.go:72:17: len(long) escapes to heap
bufio_reader.go:74:6: moved to heap: out
bufio_reader.go:78:13: ... argument does not escape
bufio_reader.go:78:13: m escapes to heap
bufio_reader.go:78:32: (*bytes.Buffer).String(out) escapes to heap
bufio_reader.go:79:13: make([]byte, 5) escapes to heap
bufio_reader.go:80:22: &oneByte{...} escapes to heap
bufio_reader.go:82:13: ... argument does not escape
bufio_reader.go:82:13: k escapes to heap
bufio_reader.go:82:28: string(buf[:k]) escapes to heap
bufio_reader.go:82:28: string(buf[:k]) escapes to heap
bufio_reader.go:85:21: "+" + x escapes to heap
bufio_reader.go:87:13: ... argument does not escape
bufio_reader.go:87:24: (*bytes.Buffer).String(out) escapes to heap
bufio_reader.go:87:54: bufio.NewReaderSize(r, 8) == r escapes to heap
