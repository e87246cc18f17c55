errors_wrap_is_as.go:16:72: e.Op + " " + e.Path + ": " + e.Err.Error() escapes to heap
errors_wrap_is_as.go:16:7: leaking param content: e
errors_wrap_is_as.go:17:7: leaking param: e to result ~r0 level=1
errors_wrap_is_as.go:21:53: ... argument does not escape
errors_wrap_is_as.go:21:68: int(c) escapes to heap
errors_wrap_is_as.go:23:11: leaking param: path
errors_wrap_is_as.go:26:10: &PathError{...} escapes to heap
errors_wrap_is_as.go:28:20: ... argument does not escape
errors_wrap_is_as.go:28:40: &PathError{...} escapes to heap
errors_wrap_is_as.go:30:20: ... argument does not escape
errors_wrap_is_as.go:30:45: ... argument does not escape
errors_wrap_is_as.go:30:67: codeErr(7) escapes to heap
errors_wrap_is_as.go:36:28: []string{...} does not escape
errors_wrap_is_as.go:38:14: ... argument does not escape
errors_wrap_is_as.go:38:14: p escapes to heap
errors_wrap_is_as.go:38:18: "->" escapes to heap
errors_wrap_is_as.go:39:7: moved to heap: pe
errors_wrap_is_as.go:40:7: moved to heap: ce
errors_wrap_is_as.go:41:14: ... argument does not escape
errors_wrap_is_as.go:41:15: "  is NotFound:" escapes to heap
errors_wrap_is_as.go:41:42: errors.Is(err, ErrNotFound) escapes to heap
errors_wrap_is_as.go:41:62: "is Perm:" escapes to heap
errors_wrap_is_as.go:41:83: errors.Is(err, ErrPerm) escapes to heap
errors_wrap_is_as.go:43:15: ... argument does not escape
errors_wrap_is_as.go:43:16: "  PathError op" escapes to heap
errors_wrap_is_as.go:43:36: pe.Op escapes to heap
errors_wrap_is_as.go:43:41: "path" escapes to heap
errors_wrap_is_as.go:43:51: pe.Path escapes to heap
errors_wrap_is_as.go:46:15: ... argument does not escape
errors_wrap_is_as.go:46:16: "  codeErr" escapes to heap
errors_wrap_is_as.go:46:32: int(ce) escapes to heap
errors_wrap_is_as.go:48:14: ... argument does not escape
errors_wrap_is_as.go:48:15: "  unwrap:" escapes to heap
errors_wrap_is_as.go:52:13: ... argument does not escape
errors_wrap_is_as.go:52:17: e1 == e2 escapes to heap
errors_wrap_is_as.go:52:33: errors.Is(e1, e2) escapes to heap
errors_wrap_is_as.go:52:54: e1.Error() == e2.Error() escapes to heap
errors_wrap_is_as.go:53:13: ... argument does not escape
errors_wrap_is_as.go:53:24: ... argument does not escape
errors_wrap_is_as.go:53:49: fmt.Errorf("no wrap: %v", ... argument...) == nil escapes to heap
errors_wrap_is_as.go:53:81: ... argument does not escape
