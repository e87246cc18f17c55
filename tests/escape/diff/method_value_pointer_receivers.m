method_value_pointer_receivers.go:10:7: s does not escape
method_value_pointer_receivers.go:20:7: leaking param content: l
method_value_pointer_receivers.go:21:7: l does not escape
method_value_pointer_receivers.go:34:14: Accs{...} does not escape
method_value_pointer_receivers.go:45:21: map[string]Acc{...} does not escape
method_value_pointer_receivers.go:6:7: a does not escape
