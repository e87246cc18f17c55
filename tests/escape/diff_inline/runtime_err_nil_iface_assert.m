runtime_err_nil_iface_assert.go:10:21: "T named " + t.name escapes to heap
runtime_err_nil_iface_assert.go:17:18: "T named " + t.name does not escape
runtime_err_nil_iface_assert.go:17:18: inlining call to describe
runtime_err_nil_iface_assert.go:17:20: T{...} does not escape
runtime_err_nil_iface_assert.go:18:18: "T named " + t.name does not escape
runtime_err_nil_iface_assert.go:18:18: inlining call to describe
runtime_err_nil_iface_assert.go:18:19: 3 does not escape
runtime_err_nil_iface_assert.go:19:18: "T named " + t.name does not escape
runtime_err_nil_iface_assert.go:19:18: inlining call to describe
runtime_err_nil_iface_assert.go:22:2: T{...} does not escape
runtime_err_nil_iface_assert.go:8:15: v does not escape
runtime_err_nil_iface_assert.go:8:6: can inline describe
