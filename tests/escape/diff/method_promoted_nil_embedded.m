method_promoted_nil_embedded.go:11:19: ... argument does not escape
method_promoted_nil_embedded.go:11:20: "n=" escapes to heap
method_promoted_nil_embedded.go:11:27: i.n escapes to heap
method_promoted_nil_embedded.go:14:7: i does not escape
method_promoted_nil_embedded.go:23:13: ... argument does not escape
method_promoted_nil_embedded.go:23:20: (*Inner).Safe(o.Inner) escapes to heap
method_promoted_nil_embedded.go:24:12: &Inner{...} does not escape
method_promoted_nil_embedded.go:25:13: ... argument does not escape
method_promoted_nil_embedded.go:25:20: (*Inner).Safe(o.Inner) escapes to heap
method_promoted_nil_embedded.go:25:31: (*Inner).Value(o.Inner) escapes to heap
method_promoted_nil_embedded.go:25:36: o.Inner.n escapes to heap
method_promoted_nil_embedded.go:27:8: func literal does not escape
method_promoted_nil_embedded.go:28:14: ... argument does not escape
method_promoted_nil_embedded.go:28:15: "recovered:" escapes to heap
method_promoted_nil_embedded.go:30:8: o.Inner.Safe does not escape
method_promoted_nil_embedded.go:31:13: ... argument does not escape
method_promoted_nil_embedded.go:31:15: f() escapes to heap
method_promoted_nil_embedded.go:32:13: ... argument does not escape
method_promoted_nil_embedded.go:32:21: (*Inner).Value(o.Inner) escapes to heap
method_promoted_nil_embedded.go:7:7: i does not escape
