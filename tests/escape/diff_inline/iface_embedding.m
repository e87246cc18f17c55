iface_embedding.go:22:6: can inline (*buf).Read
iface_embedding.go:22:7: leaking param: b to result ~r0 level=2
iface_embedding.go:27:9: (*buf).Read ignoring self-assignment in b.data = b.data[1:]
iface_embedding.go:30:21: leaking param: s
iface_embedding.go:30:6: can inline (*buf).Write
iface_embedding.go:30:7: leaking param content: b
iface_embedding.go:31:6: can inline (*buf).Close
iface_embedding.go:31:7: b does not escape
iface_embedding.go:39:10: leaking param: rw
iface_embedding.go:42:13: ... argument does not escape
iface_embedding.go:42:13: inlining call to fmt.Println
iface_embedding.go:42:21: rw.Read() escapes to heap
iface_embedding.go:46:7: &buf{} escapes to heap
iface_embedding.go:50:13: ... argument does not escape
iface_embedding.go:50:13: inlining call to fmt.Println
iface_embedding.go:50:20: r.Read() escapes to heap
iface_embedding.go:52:13: ... argument does not escape
iface_embedding.go:52:13: inlining call to fmt.Println
iface_embedding.go:52:21: (*buf).Write(w.(*buf), "abc") escapes to heap
iface_embedding.go:52:21: devirtualizing w.Write to *buf
iface_embedding.go:53:13: ... argument does not escape
iface_embedding.go:53:13: inlining call to fmt.Println
iface_embedding.go:53:23: devirtualizing rwc.Close to *buf
iface_embedding.go:53:36: devirtualizing rwc.Close to *buf
iface_embedding.go:55:13: ... argument does not escape
iface_embedding.go:55:13: inlining call to fmt.Println
iface_embedding.go:55:13: isCloser escapes to heap
iface_embedding.go:61:13: ... argument does not escape
iface_embedding.go:61:13: inlining call to fmt.Println
iface_embedding.go:61:23: (*buf).Read(both.(*buf)) escapes to heap
iface_embedding.go:61:23: devirtualizing both.Read to *buf
