const_typed_conversion.go:11:6: can inline CToF
const_typed_conversion.go:21:36: inlining call to CToF
const_typed_conversion.go:26:28: string(n) + "!" does not escape
