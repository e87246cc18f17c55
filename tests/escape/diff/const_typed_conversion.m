const_typed_conversion.go:26:28: string(n) + "!" does not escape
