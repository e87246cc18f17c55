text_template_errors.go:27:7: d does not escape
text_template_errors.go:29:12: leaking param: name
text_template_errors.go:29:18: leaking param: text
text_template_errors.go:32:14: ... argument does not escape
text_template_errors.go:32:15: "error:" escapes to heap
text_template_errors.go:34:14: ... argument does not escape
text_template_errors.go:34:14: name escapes to heap
text_template_errors.go:34:21: "parsed ok" escapes to heap
text_template_errors.go:38:11: leaking param: name
text_template_errors.go:38:17: leaking param: text
text_template_errors.go:38:30: leaking param: data
text_template_errors.go:41:14: ... argument does not escape
text_template_errors.go:41:15: "parse error:" escapes to heap
text_template_errors.go:44:6: moved to heap: sb
text_template_errors.go:46:12: ... argument does not escape
text_template_errors.go:46:13: name escapes to heap
text_template_errors.go:46:45: (*strings.Builder).String(sb) escapes to heap
text_template_errors.go:48:14: ... argument does not escape
text_template_errors.go:48:15: "error:" escapes to heap
text_template_errors.go:50:6: moved to heap: execErr
text_template_errors.go:51:13: ... argument does not escape
text_template_errors.go:51:14: "  is ExecError:" escapes to heap
text_template_errors.go:51:42: errors.As(err, &execErr) escapes to heap
text_template_errors.go:55:13: ... argument does not escape
text_template_errors.go:55:14: "-- parse errors" escapes to heap
text_template_errors.go:73:13: ... argument does not escape
text_template_errors.go:73:14: "-- exec errors" escapes to heap
text_template_errors.go:74:31: []int{...} escapes to heap
text_template_errors.go:74:56: map[string]int{...} escapes to heap
text_template_errors.go:75:19: d escapes to heap
text_template_errors.go:76:18: d escapes to heap
text_template_errors.go:77:22: d escapes to heap
text_template_errors.go:78:22: d escapes to heap
text_template_errors.go:79:21: d escapes to heap
text_template_errors.go:80:18: d escapes to heap
text_template_errors.go:81:18: d escapes to heap
text_template_errors.go:82:21: d escapes to heap
text_template_errors.go:83:28: d escapes to heap
text_template_errors.go:84:23: d escapes to heap
text_template_errors.go:86:18: d escapes to heap
text_template_errors.go:87:20: d escapes to heap
text_template_errors.go:88:23: d escapes to heap
text_template_errors.go:89:26: d escapes to heap
text_template_errors.go:90:13: d escapes to heap
text_template_errors.go:93:6: moved to heap: sb
text_template_errors.go:95:13: ... argument does not escape
text_template_errors.go:95:14: "error:" escapes to heap
text_template_errors.go:97:13: ... argument does not escape
text_template_errors.go:97:14: "error:" escapes to heap
