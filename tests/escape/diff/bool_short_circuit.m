bool_short_circuit.go:11:8: name does not escape
bool_short_circuit.go:5:8: name does not escape
