text_template_calls.go:100:10: &Shop{...} escapes to heap
text_template_calls.go:100:58: map[string]float64{...} escapes to heap
text_template_calls.go:101:10: func literal escapes to heap
text_template_calls.go:102:10: func literal escapes to heap
text_template_calls.go:102:15: s does not escape
text_template_calls.go:102:25: more does not escape
text_template_calls.go:102:65: s + "!" + strings.Join(more, "+") escapes to heap
text_template_calls.go:109:59: map[string]interface {}{...} escapes to heap
text_template_calls.go:109:79: map[string]int{...} escapes to heap
text_template_calls.go:110:97: shop.P escapes to heap
text_template_calls.go:120:43: shop.P escapes to heap
text_template_calls.go:121:63: map[string]interface {}{} escapes to heap
text_template_calls.go:126:49: template.FuncMap{...} does not escape
text_template_calls.go:126:59: func literal escapes to heap
text_template_calls.go:126:64: s does not escape
text_template_calls.go:126:92: s + s escapes to heap
text_template_calls.go:131:26: template.FuncMap{...} does not escape
text_template_calls.go:131:36: func literal escapes to heap
text_template_calls.go:131:41: s does not escape
text_template_calls.go:131:75: s + "|" + s escapes to heap
text_template_calls.go:135:2: func literal does not escape
text_template_calls.go:136:29: ... argument does not escape
text_template_calls.go:136:30: "recovered:" escapes to heap
text_template_calls.go:136:9: func literal does not escape
text_template_calls.go:137:45: template.FuncMap{...} does not escape
text_template_calls.go:137:49: 3 escapes to heap
text_template_calls.go:139:2: func literal does not escape
text_template_calls.go:140:29: ... argument does not escape
text_template_calls.go:140:30: "recovered:" escapes to heap
text_template_calls.go:140:9: func literal does not escape
text_template_calls.go:141:45: template.FuncMap{...} does not escape
text_template_calls.go:141:51: func literal escapes to heap
text_template_calls.go:143:2: func literal does not escape
text_template_calls.go:144:29: ... argument does not escape
text_template_calls.go:144:30: "recovered:" escapes to heap
text_template_calls.go:144:9: func literal does not escape
text_template_calls.go:145:45: template.FuncMap{...} does not escape
text_template_calls.go:145:53: func literal escapes to heap
text_template_calls.go:148:13: ... argument does not escape
text_template_calls.go:150:11: &Order{...} escapes to heap
text_template_calls.go:150:51: []Item{...} escapes to heap
text_template_calls.go:152:45: *order escapes to heap
text_template_calls.go:21:7: leaking param: i to result ~r0 level=1
text_template_calls.go:22:49: "item:" + i.Name escapes to heap
text_template_calls.go:22:7: i does not escape
text_template_calls.go:37:22: item does not escape
text_template_calls.go:37:7: s does not escape
text_template_calls.go:40:41: "no such item: " + item escapes to heap
text_template_calls.go:45:21: leaking param: prefix
text_template_calls.go:45:7: leaking param: s
text_template_calls.go:46:18: ... argument does not escape
text_template_calls.go:46:19: prefix escapes to heap
text_template_calls.go:46:40: n escapes to heap
text_template_calls.go:46:40: s.Name escapes to heap
text_template_calls.go:55:64: ... argument does not escape
text_template_calls.go:55:77: p.X escapes to heap
text_template_calls.go:55:82: p.Y escapes to heap
text_template_calls.go:57:29: template.FuncMap{...} escapes to heap
text_template_calls.go:60:12: func literal escapes to heap
text_template_calls.go:60:17: sep does not escape
text_template_calls.go:60:29: leaking param: parts to result ~r0 level=1
text_template_calls.go:61:12: func literal escapes to heap
text_template_calls.go:62:12: func literal escapes to heap
text_template_calls.go:63:12: func literal escapes to heap
text_template_calls.go:63:61: ... argument does not escape
text_template_calls.go:63:61: a escapes to heap
text_template_calls.go:63:65: "/" escapes to heap
text_template_calls.go:63:65: b escapes to heap
text_template_calls.go:64:12: func literal escapes to heap
text_template_calls.go:65:12: func literal escapes to heap
text_template_calls.go:66:14: xs does not escape
text_template_calls.go:66:9: func literal escapes to heap
text_template_calls.go:73:9: func literal escapes to heap
text_template_calls.go:79:11: func literal escapes to heap
text_template_calls.go:79:32: "boom!" escapes to heap
text_template_calls.go:80:11: func literal escapes to heap
text_template_calls.go:80:16: leaking param: v
text_template_calls.go:80:58: ... argument does not escape
text_template_calls.go:81:11: func literal escapes to heap
text_template_calls.go:81:16: leaking param: s
text_template_calls.go:82:11: func literal escapes to heap
text_template_calls.go:82:16: m does not escape
text_template_calls.go:82:34: k does not escape
text_template_calls.go:85:10: leaking param: name
text_template_calls.go:85:16: leaking param: text
text_template_calls.go:85:29: leaking param: data
text_template_calls.go:88:14: ... argument does not escape
text_template_calls.go:88:15: "parse error:" escapes to heap
text_template_calls.go:91:6: moved to heap: b
text_template_calls.go:93:12: ... argument does not escape
text_template_calls.go:93:13: name escapes to heap
text_template_calls.go:93:39: (*strings.Builder).String(b) escapes to heap
text_template_calls.go:95:14: ... argument does not escape
text_template_calls.go:95:15: "  error:" escapes to heap
