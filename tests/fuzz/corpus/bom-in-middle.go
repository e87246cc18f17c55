package bom

var x = 1 ﻿+ 2
