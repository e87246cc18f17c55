tokenizer_state_machine.go:22:10: leaking param: src
tokenizer_state_machine.go:69:30: []string{...} does not escape
