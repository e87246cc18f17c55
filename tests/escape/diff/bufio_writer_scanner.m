bufio_writer_scanner.go:102:11: func literal escapes to heap
bufio_writer_scanner.go:102:16: leaking param: data to result ~r1 level=0
bufio_writer_scanner.go:110:12: string(data[:i]) does not escape
bufio_writer_scanner.go:116:14: ... argument does not escape
bufio_writer_scanner.go:116:15: "field" escapes to heap
bufio_writer_scanner.go:116:31: (*bufio.Scanner).Text(sc) escapes to heap
bufio_writer_scanner.go:118:13: ... argument does not escape
bufio_writer_scanner.go:118:31: (*bufio.Scanner).Scan(sc) escapes to heap
bufio_writer_scanner.go:119:28: ... argument does not escape
bufio_writer_scanner.go:119:29: "recovered:" escapes to heap
bufio_writer_scanner.go:119:8: func literal does not escape
bufio_writer_scanner.go:14:29: p does not escape
bufio_writer_scanner.go:14:7: w does not escape
bufio_writer_scanner.go:23:25: p does not escape
bufio_writer_scanner.go:27:14: ... argument does not escape
bufio_writer_scanner.go:27:20: "hello" escapes to heap
bufio_writer_scanner.go:27:29: 42 escapes to heap
bufio_writer_scanner.go:32:13: ... argument does not escape
bufio_writer_scanner.go:32:14: "size" escapes to heap
bufio_writer_scanner.go:32:30: (*bufio.Writer).Size(out) escapes to heap
bufio_writer_scanner.go:32:34: "buffered" escapes to heap
bufio_writer_scanner.go:32:58: (*bufio.Writer).Buffered(out) escapes to heap
bufio_writer_scanner.go:32:62: "available" escapes to heap
bufio_writer_scanner.go:32:88: (*bufio.Writer).Available(out) escapes to heap
bufio_writer_scanner.go:35:6: moved to heap: b
bufio_writer_scanner.go:37:26: ([]byte)("abcdefghij") escapes to heap
bufio_writer_scanner.go:38:13: ... argument does not escape
bufio_writer_scanner.go:38:13: n escapes to heap
bufio_writer_scanner.go:38:30: (*bytes.Buffer).String(b) escapes to heap
bufio_writer_scanner.go:38:44: (*bufio.Writer).Buffered(w) escapes to heap
bufio_writer_scanner.go:40:13: ... argument does not escape
bufio_writer_scanner.go:40:22: (*bytes.Buffer).String(b) escapes to heap
bufio_writer_scanner.go:40:36: (*bufio.Writer).Buffered(w) escapes to heap
bufio_writer_scanner.go:42:13: ... argument does not escape
bufio_writer_scanner.go:42:22: (*bytes.Buffer).String(b) escapes to heap
bufio_writer_scanner.go:42:36: (*bufio.Writer).Buffered(w) escapes to heap
bufio_writer_scanner.go:42:46: (*bufio.Writer).Size(w) escapes to heap
bufio_writer_scanner.go:42:76: bufio.NewWriterSize(w, 2) == w escapes to heap
bufio_writer_scanner.go:46:12: ... argument does not escape
bufio_writer_scanner.go:46:29: (*bytes.Buffer).String(b) escapes to heap
bufio_writer_scanner.go:49:13: ... argument does not escape
bufio_writer_scanner.go:49:13: n2 escapes to heap
bufio_writer_scanner.go:49:31: (*bytes.Buffer).String(b) escapes to heap
bufio_writer_scanner.go:51:28: &shortWriter{...} escapes to heap
bufio_writer_scanner.go:53:13: ... argument does not escape
bufio_writer_scanner.go:53:37: (*bufio.Writer).Buffered(sw) escapes to heap
bufio_writer_scanner.go:54:34: failWriter{} escapes to heap
bufio_writer_scanner.go:56:13: ... argument does not escape
bufio_writer_scanner.go:58:13: ... argument does not escape
bufio_writer_scanner.go:58:50: (*bytes.Buffer).Len(b) escapes to heap
bufio_writer_scanner.go:63:13: ... argument does not escape
bufio_writer_scanner.go:63:34: (*bufio.Scanner).Text(sc) escapes to heap
bufio_writer_scanner.go:65:13: ... argument does not escape
bufio_writer_scanner.go:71:13: ... argument does not escape
bufio_writer_scanner.go:71:35: (*bufio.Scanner).Bytes(sc) escapes to heap
bufio_writer_scanner.go:73:13: ... argument does not escape
bufio_writer_scanner.go:73:13: count escapes to heap
bufio_writer_scanner.go:77:13: ... argument does not escape
bufio_writer_scanner.go:77:34: (*bufio.Scanner).Text(sc) escapes to heap
bufio_writer_scanner.go:82:12: ... argument does not escape
bufio_writer_scanner.go:82:20: (*bufio.Scanner).Text(sc) escapes to heap
bufio_writer_scanner.go:82:24: ";" escapes to heap
bufio_writer_scanner.go:87:37: strings.Repeat("z", 10000) + "\nend\n" escapes to heap
bufio_writer_scanner.go:89:16: make([]byte, 100) escapes to heap
bufio_writer_scanner.go:91:14: ... argument does not escape
bufio_writer_scanner.go:91:18: len((*bufio.Scanner).Text(sc)) escapes to heap
bufio_writer_scanner.go:93:13: ... argument does not escape
bufio_writer_scanner.go:96:14: ... argument does not escape
bufio_writer_scanner.go:96:18: len((*bufio.Scanner).Text(sc)) escapes to heap
bufio_writer_scanner.go:98:13: ... argument does not escape
bufio_writer_scanner.go:98:29: bufio.MaxScanTokenSize escapes to heap
