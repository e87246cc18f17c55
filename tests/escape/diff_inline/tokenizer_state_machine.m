tokenizer_state_machine.go:19:6: can inline isDigit
tokenizer_state_machine.go:20:6: can inline isLetter
tokenizer_state_machine.go:22:10: leaking param: src
tokenizer_state_machine.go:31:15: inlining call to isDigit
tokenizer_state_machine.go:33:32: inlining call to isDigit
tokenizer_state_machine.go:38:16: inlining call to isLetter
tokenizer_state_machine.go:40:33: inlining call to isLetter
tokenizer_state_machine.go:40:52: inlining call to isDigit
tokenizer_state_machine.go:69:30: []string{...} does not escape
