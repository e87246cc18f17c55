game_of_life.go:36:15: make([]byte, W) does not escape
game_of_life.go:43:17: string(line) does not escape
game_of_life.go:7:7: g does not escape
