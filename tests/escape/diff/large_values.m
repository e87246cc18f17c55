large_values.go:100:10: a.Sum does not escape
large_values.go:102:13: ... argument does not escape
large_values.go:102:20: a.grid[0] escapes to heap
large_values.go:102:28: sum() escapes to heap
large_values.go:102:37: Big.Sum(a) escapes to heap
large_values.go:104:13: ... argument does not escape
large_values.go:104:20: Big.Sum(ps.(*Big)) escapes to heap
large_values.go:104:20: devirtualizing ps.Sum to *Big
large_values.go:108:13: ... argument does not escape
large_values.go:108:16: d == a escapes to heap
large_values.go:108:24: d == b escapes to heap
large_values.go:108:37: d.grid == a.grid escapes to heap
large_values.go:114:14: ... argument does not escape
large_values.go:114:14: i escapes to heap
large_values.go:114:19: u.name escapes to heap
large_values.go:114:27: v.name escapes to heap
large_values.go:114:40: u.grid[5] escapes to heap
large_values.go:114:51: v.grid[5] escapes to heap
large_values.go:118:28: ... argument does not escape
large_values.go:118:29: "it" escapes to heap
large_values.go:118:29: i escapes to heap
large_values.go:119:14: ... argument does not escape
large_values.go:119:19: prev.name escapes to heap
large_values.go:119:26: "->" escapes to heap
large_values.go:119:35: cur.name escapes to heap
large_values.go:119:51: prev.grid[1] escapes to heap
large_values.go:119:64: cur.grid[1] escapes to heap
large_values.go:125:9: func literal does not escape
large_values.go:126:13: ... argument does not escape
large_values.go:126:17: get() escapes to heap
large_values.go:128:13: ... argument does not escape
large_values.go:128:17: get() escapes to heap
large_values.go:131:2: func literal does not escape
large_values.go:133:14: leaking param: b
large_values.go:133:34: ... argument does not escape
large_values.go:133:35: "deferred" escapes to heap
large_values.go:133:48: b.name escapes to heap
large_values.go:133:61: b.grid[1] escapes to heap
large_values.go:133:9: func literal does not escape
large_values.go:138:21: map[string]Big{} does not escape
large_values.go:141:13: ... argument does not escape
large_values.go:141:25: m["a"].grid[0] escapes to heap
large_values.go:141:36: m["c"].name escapes to heap
large_values.go:141:56: m["zz"].name == "" escapes to heap
large_values.go:141:66: len(m) escapes to heap
large_values.go:143:14: ... argument does not escape
large_values.go:143:15: "found" escapes to heap
large_values.go:143:25: v.name escapes to heap
large_values.go:146:14: ... argument does not escape
large_values.go:146:15: "absent" escapes to heap
large_values.go:146:31: v.grid[0] escapes to heap
large_values.go:146:43: v.name == "" escapes to heap
large_values.go:148:19: []string{} escapes to heap
large_values.go:150:35: ... argument does not escape
large_values.go:150:35: k escapes to heap
large_values.go:150:39: ":" escapes to heap
large_values.go:150:45: v.name escapes to heap
large_values.go:153:22: main ignoring self-assignment in names[0], names[1] = names[1], names[0]
large_values.go:153:22: main ignoring self-assignment in names[0], names[1] = names[1], names[0]
large_values.go:155:13: ... argument does not escape
large_values.go:155:13: names escapes to heap
large_values.go:156:15: []Big{...} does not escape
large_values.go:158:13: ... argument does not escape
large_values.go:158:17: len(list) escapes to heap
large_values.go:158:32: list[3].name escapes to heap
large_values.go:158:51: list[1].grid[0] escapes to heap
large_values.go:160:14: ... argument does not escape
large_values.go:160:14: i escapes to heap
large_values.go:160:22: item.name escapes to heap
large_values.go:160:37: Big.Sum(item) escapes to heap
large_values.go:165:13: ... argument does not escape
large_values.go:165:20: arr[1].name escapes to heap
large_values.go:165:34: arr2[1].name escapes to heap
large_values.go:165:45: arr == arr2 escapes to heap
large_values.go:171:13: ... argument does not escape
large_values.go:171:15: g.name escapes to heap
large_values.go:171:28: global.name escapes to heap
large_values.go:177:13: ... argument does not escape
large_values.go:177:21: hugeSum(h) escapes to heap
large_values.go:177:33: hugeSum(h2) escapes to heap
large_values.go:177:41: h == h2 escapes to heap
large_values.go:178:23: h2 does not escape
large_values.go:179:13: ... argument does not escape
large_values.go:179:28: hi.(Huge).data[0] escapes to heap
large_values.go:183:13: ... argument does not escape
large_values.go:183:20: Big.Sum(zb) escapes to heap
large_values.go:183:32: zb.name == "" escapes to heap
large_values.go:183:42: zb == Big{} escapes to heap
large_values.go:184:12: ... argument does not escape
large_values.go:184:26: zb.tail escapes to heap
large_values.go:184:36: len(zb.grid) escapes to heap
large_values.go:20:7: b does not escape
large_values.go:28:7: b does not escape
large_values.go:32:14: leaking param: name to result ~r0 level=0
large_values.go:46:13: leaking param: b to result ~r0 level=0
large_values.go:75:13: ... argument does not escape
large_values.go:75:20: a.grid[0] escapes to heap
large_values.go:75:31: b.grid[0] escapes to heap
large_values.go:75:41: Big.Sum(a) escapes to heap
large_values.go:75:50: Big.Sum(b) escapes to heap
large_values.go:78:13: ... argument does not escape
large_values.go:78:15: a.name escapes to heap
large_values.go:78:28: a.grid[1] escapes to heap
large_values.go:78:34: c.name escapes to heap
large_values.go:78:47: c.grid[1] escapes to heap
large_values.go:81:13: ... argument does not escape
large_values.go:81:15: n escapes to heap
large_values.go:81:15: x.name escapes to heap
large_values.go:81:26: y.name escapes to heap
large_values.go:81:38: Big.Sum(x) escapes to heap
large_values.go:81:47: Big.Sum(y) escapes to heap
large_values.go:84:17: a does not escape
large_values.go:86:13: ... argument does not escape
large_values.go:86:19: Big.Sum(s.(Big)) escapes to heap
large_values.go:86:19: devirtualizing s.Sum to Big
large_values.go:86:28: Big.Sum(a) escapes to heap
large_values.go:87:22: b does not escape
large_values.go:89:14: ... argument does not escape
large_values.go:89:15: "assert ok" escapes to heap
large_values.go:89:31: got.name escapes to heap
large_values.go:89:46: got.grid[0] escapes to heap
large_values.go:92:14: ... argument does not escape
large_values.go:92:15: "not Huge" escapes to heap
large_values.go:95:13: ... argument does not escape
large_values.go:95:17: got.tail escapes to heap
