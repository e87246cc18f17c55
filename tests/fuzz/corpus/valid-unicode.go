package unicode

var 日本語 = "日本語"
var ǅ, ŉ, Ω, µ = 1, 2, 3, 4
var _ = 'ä' + '世'
var a٣ = 3 // Arabic-Indic digit in identifier

type Ünïcödé struct{ π float64 }
