package p

}}}
func f() { } } )
]
var x = (1 + 2))
func g() { x := [1, 2] }
