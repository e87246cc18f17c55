// The nodes of a parsed template: the exported API of Go 1.19's text/template/parse (same
// types, fields and methods), written for gocc.

package parse

import (
	"fmt"
	"strconv"
	"strings"
)

// A Node is an element of the parse tree.
type Node interface {
	Type() NodeType
	String() string
	// Copy does a deep copy of the Node and all its components.
	Copy() Node
	Position() Pos // byte offset of the node's start in the template's text
	tree() *Tree
	writeTo(*strings.Builder)
}

// NodeType identifies the type of a parse tree node.
type NodeType int

// Pos is a byte offset in the original input text.
type Pos int

func (p Pos) Position() Pos { return p }

// Type returns itself; embedded in a node, it makes the node's Type method.
func (t NodeType) Type() NodeType { return t }

const (
	NodeText NodeType = iota
	NodeAction
	NodeBool
	NodeChain
	NodeCommand
	NodeDot
	nodeElse
	nodeEnd
	NodeField
	NodeIdentifier
	NodeIf
	NodeList
	NodeNil
	NodeNumber
	NodePipe
	NodeRange
	NodeString
	NodeTemplate
	NodeVariable
	NodeWith
	NodeComment
	NodeBreak
	NodeContinue
)

// nodeString renders a node with its writeTo method.
func nodeString(n Node) string {
	var sb strings.Builder
	n.writeTo(&sb)
	return sb.String()
}

// ListNode holds a sequence of nodes.
type ListNode struct {
	NodeType
	Pos
	tr    *Tree
	Nodes []Node
}

func (t *Tree) newList(pos Pos) *ListNode { return &ListNode{tr: t, NodeType: NodeList, Pos: pos} }

func (l *ListNode) append(n Node)  { l.Nodes = append(l.Nodes, n) }
func (l *ListNode) tree() *Tree    { return l.tr }
func (l *ListNode) String() string { return nodeString(l) }

func (l *ListNode) writeTo(sb *strings.Builder) {
	for _, n := range l.Nodes {
		n.writeTo(sb)
	}
}

func (l *ListNode) CopyList() *ListNode {
	if l == nil {
		return l
	}
	c := l.tr.newList(l.Pos)
	for _, n := range l.Nodes {
		c.append(n.Copy())
	}
	return c
}

func (l *ListNode) Copy() Node { return l.CopyList() }

// TextNode holds plain text.
type TextNode struct {
	NodeType
	Pos
	tr   *Tree
	Text []byte
}

func (t *Tree) newText(pos Pos, text string) *TextNode {
	return &TextNode{tr: t, NodeType: NodeText, Pos: pos, Text: []byte(text)}
}

func (t *TextNode) String() string              { return fmt.Sprintf("%s", t.Text) }
func (t *TextNode) writeTo(sb *strings.Builder) { sb.WriteString(t.String()) }
func (t *TextNode) tree() *Tree                 { return t.tr }
func (t *TextNode) Copy() Node {
	return &TextNode{tr: t.tr, NodeType: NodeText, Pos: t.Pos, Text: append([]byte{}, t.Text...)}
}

// CommentNode holds a comment.
type CommentNode struct {
	NodeType
	Pos
	tr   *Tree
	Text string
}

func (t *Tree) newComment(pos Pos, text string) *CommentNode {
	return &CommentNode{tr: t, NodeType: NodeComment, Pos: pos, Text: text}
}

func (c *CommentNode) String() string { return nodeString(c) }
func (c *CommentNode) writeTo(sb *strings.Builder) {
	sb.WriteString("{{")
	sb.WriteString(c.Text)
	sb.WriteString("}}")
}
func (c *CommentNode) tree() *Tree { return c.tr }
func (c *CommentNode) Copy() Node {
	return &CommentNode{tr: c.tr, NodeType: NodeComment, Pos: c.Pos, Text: c.Text}
}

// PipeNode holds a pipeline with optional declaration.
type PipeNode struct {
	NodeType
	Pos
	tr       *Tree
	Line     int             // Deprecated: kept for compatibility.
	IsAssign bool            // the variables are assigned, not declared
	Decl     []*VariableNode // the variables, in lexical order
	Cmds     []*CommandNode  // the commands, in lexical order
}

func (t *Tree) newPipeline(pos Pos, line int, vars []*VariableNode) *PipeNode {
	return &PipeNode{tr: t, NodeType: NodePipe, Pos: pos, Line: line, Decl: vars}
}

func (p *PipeNode) append(c *CommandNode) { p.Cmds = append(p.Cmds, c) }
func (p *PipeNode) String() string        { return nodeString(p) }
func (p *PipeNode) tree() *Tree           { return p.tr }

func (p *PipeNode) writeTo(sb *strings.Builder) {
	for i, v := range p.Decl {
		if i > 0 {
			sb.WriteString(", ")
		}
		v.writeTo(sb)
	}
	if len(p.Decl) > 0 {
		sb.WriteString(" := ")
	}
	for i, c := range p.Cmds {
		if i > 0 {
			sb.WriteString(" | ")
		}
		c.writeTo(sb)
	}
}

func (p *PipeNode) CopyPipe() *PipeNode {
	if p == nil {
		return p
	}
	vars := make([]*VariableNode, len(p.Decl))
	for i, d := range p.Decl {
		vars[i] = d.Copy().(*VariableNode)
	}
	c := p.tr.newPipeline(p.Pos, p.Line, vars)
	c.IsAssign = p.IsAssign
	for _, cmd := range p.Cmds {
		c.append(cmd.Copy().(*CommandNode))
	}
	return c
}

func (p *PipeNode) Copy() Node { return p.CopyPipe() }

// ActionNode holds an action (something bounded by delimiters) that is not a control action.
type ActionNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int // Deprecated: kept for compatibility.
	Pipe *PipeNode
}

func (t *Tree) newAction(pos Pos, line int, pipe *PipeNode) *ActionNode {
	return &ActionNode{tr: t, NodeType: NodeAction, Pos: pos, Line: line, Pipe: pipe}
}

func (a *ActionNode) String() string { return nodeString(a) }
func (a *ActionNode) writeTo(sb *strings.Builder) {
	sb.WriteString("{{")
	a.Pipe.writeTo(sb)
	sb.WriteString("}}")
}
func (a *ActionNode) tree() *Tree { return a.tr }
func (a *ActionNode) Copy() Node  { return a.tr.newAction(a.Pos, a.Line, a.Pipe.CopyPipe()) }

// CommandNode holds a command (a pipeline inside an evaluating action).
type CommandNode struct {
	NodeType
	Pos
	tr   *Tree
	Args []Node
}

func (t *Tree) newCommand(pos Pos) *CommandNode {
	return &CommandNode{tr: t, NodeType: NodeCommand, Pos: pos}
}

func (c *CommandNode) append(arg Node) { c.Args = append(c.Args, arg) }
func (c *CommandNode) String() string  { return nodeString(c) }
func (c *CommandNode) tree() *Tree     { return c.tr }

func (c *CommandNode) writeTo(sb *strings.Builder) {
	for i, arg := range c.Args {
		if i > 0 {
			sb.WriteByte(' ')
		}
		if arg, ok := arg.(*PipeNode); ok {
			sb.WriteByte('(')
			arg.writeTo(sb)
			sb.WriteByte(')')
			continue
		}
		arg.writeTo(sb)
	}
}

func (c *CommandNode) Copy() Node {
	if c == nil {
		return c
	}
	n := c.tr.newCommand(c.Pos)
	for _, a := range c.Args {
		n.append(a.Copy())
	}
	return n
}

// IdentifierNode holds an identifier (a function name).
type IdentifierNode struct {
	NodeType
	Pos
	tr    *Tree
	Ident string
}

// NewIdentifier returns a new IdentifierNode with the given identifier name.
func NewIdentifier(ident string) *IdentifierNode {
	return &IdentifierNode{NodeType: NodeIdentifier, Ident: ident}
}

// SetPos sets the position. Chained for convenience.
func (i *IdentifierNode) SetPos(pos Pos) *IdentifierNode {
	i.Pos = pos
	return i
}

// SetTree sets the parent tree for the node. Chained for convenience.
func (i *IdentifierNode) SetTree(t *Tree) *IdentifierNode {
	i.tr = t
	return i
}

func (i *IdentifierNode) String() string              { return i.Ident }
func (i *IdentifierNode) writeTo(sb *strings.Builder) { sb.WriteString(i.Ident) }
func (i *IdentifierNode) tree() *Tree                 { return i.tr }
func (i *IdentifierNode) Copy() Node                  { return NewIdentifier(i.Ident).SetTree(i.tr).SetPos(i.Pos) }

// VariableNode holds a list of variable names, possibly with chained field accesses.
type VariableNode struct {
	NodeType
	Pos
	tr    *Tree
	Ident []string // the variable's name, then the fields
}

func (t *Tree) newVariable(pos Pos, ident string) *VariableNode {
	return &VariableNode{tr: t, NodeType: NodeVariable, Pos: pos, Ident: strings.Split(ident, ".")}
}

func (v *VariableNode) String() string { return nodeString(v) }
func (v *VariableNode) writeTo(sb *strings.Builder) {
	for i, id := range v.Ident {
		if i > 0 {
			sb.WriteByte('.')
		}
		sb.WriteString(id)
	}
}
func (v *VariableNode) tree() *Tree { return v.tr }
func (v *VariableNode) Copy() Node {
	return &VariableNode{tr: v.tr, NodeType: NodeVariable, Pos: v.Pos, Ident: append([]string{}, v.Ident...)}
}

// DotNode holds the special identifier '.'.
type DotNode struct {
	NodeType
	Pos
	tr *Tree
}

func (t *Tree) newDot(pos Pos) *DotNode { return &DotNode{tr: t, NodeType: NodeDot, Pos: pos} }

// Type returns NodeDot (the embedded NodeType is zero in old code).
func (d *DotNode) Type() NodeType              { return NodeDot }
func (d *DotNode) String() string              { return "." }
func (d *DotNode) writeTo(sb *strings.Builder) { sb.WriteString(".") }
func (d *DotNode) tree() *Tree                 { return d.tr }
func (d *DotNode) Copy() Node                  { return d.tr.newDot(d.Pos) }

// NilNode holds the special identifier 'nil' representing an untyped nil constant.
type NilNode struct {
	NodeType
	Pos
	tr *Tree
}

func (t *Tree) newNil(pos Pos) *NilNode { return &NilNode{tr: t, NodeType: NodeNil, Pos: pos} }

// Type returns NodeNil.
func (n *NilNode) Type() NodeType              { return NodeNil }
func (n *NilNode) String() string              { return "nil" }
func (n *NilNode) writeTo(sb *strings.Builder) { sb.WriteString("nil") }
func (n *NilNode) tree() *Tree                 { return n.tr }
func (n *NilNode) Copy() Node                  { return n.tr.newNil(n.Pos) }

// FieldNode holds a field (identifier starting with '.'), possibly chained ('.x.y').
type FieldNode struct {
	NodeType
	Pos
	tr    *Tree
	Ident []string // the identifiers, without the dots
}

func (t *Tree) newField(pos Pos, ident string) *FieldNode {
	return &FieldNode{tr: t, NodeType: NodeField, Pos: pos, Ident: strings.Split(ident[1:], ".")}
}

func (f *FieldNode) String() string { return nodeString(f) }
func (f *FieldNode) writeTo(sb *strings.Builder) {
	for _, id := range f.Ident {
		sb.WriteByte('.')
		sb.WriteString(id)
	}
}
func (f *FieldNode) tree() *Tree { return f.tr }
func (f *FieldNode) Copy() Node {
	return &FieldNode{tr: f.tr, NodeType: NodeField, Pos: f.Pos, Ident: append([]string{}, f.Ident...)}
}

// ChainNode holds a term followed by a chain of field accesses ('(x).y.z').
type ChainNode struct {
	NodeType
	Pos
	tr    *Tree
	Node  Node
	Field []string // the identifiers, without the dots
}

func (t *Tree) newChain(pos Pos, node Node) *ChainNode {
	return &ChainNode{tr: t, NodeType: NodeChain, Pos: pos, Node: node}
}

// Add adds the named field (which should start with a period) to the end of the chain.
func (c *ChainNode) Add(field string) {
	if len(field) == 0 || field[0] != '.' {
		panic("no dot in field")
	}
	field = field[1:]
	if field == "" {
		panic("empty field")
	}
	c.Field = append(c.Field, field)
}

func (c *ChainNode) String() string { return nodeString(c) }
func (c *ChainNode) writeTo(sb *strings.Builder) {
	if _, ok := c.Node.(*PipeNode); ok {
		sb.WriteByte('(')
		c.Node.writeTo(sb)
		sb.WriteByte(')')
	} else {
		c.Node.writeTo(sb)
	}
	for _, f := range c.Field {
		sb.WriteByte('.')
		sb.WriteString(f)
	}
}
func (c *ChainNode) tree() *Tree { return c.tr }
func (c *ChainNode) Copy() Node {
	return &ChainNode{tr: c.tr, NodeType: NodeChain, Pos: c.Pos, Node: c.Node, Field: append([]string{}, c.Field...)}
}

// BoolNode holds a boolean constant.
type BoolNode struct {
	NodeType
	Pos
	tr   *Tree
	True bool
}

func (t *Tree) newBool(pos Pos, v bool) *BoolNode {
	return &BoolNode{tr: t, NodeType: NodeBool, Pos: pos, True: v}
}

func (b *BoolNode) String() string {
	if b.True {
		return "true"
	}
	return "false"
}
func (b *BoolNode) writeTo(sb *strings.Builder) { sb.WriteString(b.String()) }
func (b *BoolNode) tree() *Tree                 { return b.tr }
func (b *BoolNode) Copy() Node                  { return b.tr.newBool(b.Pos, b.True) }

// NumberNode holds a number: signed or unsigned integer, float, or complex. The value is
// parsed and stored under all the types that can represent the value.
type NumberNode struct {
	NodeType
	Pos
	tr         *Tree
	IsInt      bool
	IsUint     bool
	IsFloat    bool
	IsComplex  bool
	Int64      int64
	Uint64     uint64
	Float64    float64
	Complex128 complex128
	Text       string // the literal as written
}

func (t *Tree) newNumber(pos Pos, text string, typ itemType) (*NumberNode, error) {
	n := &NumberNode{tr: t, NodeType: NodeNumber, Pos: pos, Text: text}
	switch typ {
	case itemCharConstant:
		r, _, tail, err := strconv.UnquoteChar(text[1:], text[0])
		if err != nil {
			return nil, err
		}
		if tail != "'" {
			return nil, fmt.Errorf("malformed character constant: %s", text)
		}
		// A character is an int, a uint and (as Go 1.19 has it) a float.
		n.IsInt, n.Int64 = true, int64(r)
		n.IsUint, n.Uint64 = true, uint64(r)
		n.IsFloat, n.Float64 = true, float64(r)
		return n, nil
	case itemComplex:
		c, err := parseComplex(text)
		if err != nil {
			return nil, err
		}
		n.IsComplex, n.Complex128 = true, c
		n.simplifyComplex()
		return n, nil
	}
	if strings.HasSuffix(text, "i") {
		if f, err := strconv.ParseFloat(text[:len(text)-1], 64); err == nil {
			n.IsComplex, n.Complex128 = true, complex(0, f)
			n.simplifyComplex()
			return n, nil
		}
	}
	u, uerr := strconv.ParseUint(text, 0, 64)
	if uerr == nil {
		n.IsUint, n.Uint64 = true, u
	}
	if i, err := strconv.ParseInt(text, 0, 64); err == nil {
		n.IsInt, n.Int64 = true, i
		if i == 0 { // -0 fails ParseUint
			n.IsUint, n.Uint64 = true, 0
		}
	}
	switch {
	case n.IsInt:
		n.IsFloat, n.Float64 = true, float64(n.Int64)
	case n.IsUint:
		n.IsFloat, n.Float64 = true, float64(n.Uint64)
	default:
		if f, err := strconv.ParseFloat(text, 64); err == nil {
			if !strings.ContainsAny(text, ".eEpP") {
				return nil, fmt.Errorf("integer overflow: %q", text)
			}
			n.IsFloat, n.Float64 = true, f
			if float64(int64(f)) == f {
				n.IsInt, n.Int64 = true, int64(f)
			}
			if float64(uint64(f)) == f {
				n.IsUint, n.Uint64 = true, uint64(f)
			}
		}
	}
	if !n.IsInt && !n.IsUint && !n.IsFloat {
		return nil, fmt.Errorf("illegal number syntax: %q", text)
	}
	return n, nil
}

// parseComplex parses "re+imi" or "re-imi".
func parseComplex(text string) (complex128, error) {
	i := strings.LastIndexAny(text[1:], "+-") + 1
	re, err1 := strconv.ParseFloat(text[:i], 64)
	im, err2 := strconv.ParseFloat(strings.TrimSuffix(text[i:], "i"), 64)
	if i == 0 || err1 != nil || err2 != nil {
		return 0, fmt.Errorf("illegal number syntax: %q", text)
	}
	return complex(re, im), nil
}

// simplifyComplex also stores a complex number with zero imaginary part as a float (and int).
func (n *NumberNode) simplifyComplex() {
	n.IsFloat = imag(n.Complex128) == 0
	if !n.IsFloat {
		return
	}
	n.Float64 = real(n.Complex128)
	if n.IsInt = float64(int64(n.Float64)) == n.Float64; n.IsInt {
		n.Int64 = int64(n.Float64)
	}
	if n.IsUint = float64(uint64(n.Float64)) == n.Float64; n.IsUint {
		n.Uint64 = uint64(n.Float64)
	}
}

func (n *NumberNode) String() string              { return n.Text }
func (n *NumberNode) writeTo(sb *strings.Builder) { sb.WriteString(n.Text) }
func (n *NumberNode) tree() *Tree                 { return n.tr }
func (n *NumberNode) Copy() Node {
	c := *n
	return &c
}

// StringNode holds a string constant. The value has been "unquoted".
type StringNode struct {
	NodeType
	Pos
	tr     *Tree
	Quoted string // the literal as written, with quotes
	Text   string // the value
}

func (t *Tree) newString(pos Pos, orig, text string) *StringNode {
	return &StringNode{tr: t, NodeType: NodeString, Pos: pos, Quoted: orig, Text: text}
}

func (s *StringNode) String() string              { return s.Quoted }
func (s *StringNode) writeTo(sb *strings.Builder) { sb.WriteString(s.Quoted) }
func (s *StringNode) tree() *Tree                 { return s.tr }
func (s *StringNode) Copy() Node                  { return s.tr.newString(s.Pos, s.Quoted, s.Text) }

// endNode represents an {{end}} action. It does not appear in the final parse tree.
type endNode struct {
	NodeType
	Pos
	tr *Tree
}

func (t *Tree) newEnd(pos Pos) *endNode { return &endNode{tr: t, NodeType: nodeEnd, Pos: pos} }

func (e *endNode) String() string              { return "{{end}}" }
func (e *endNode) writeTo(sb *strings.Builder) { sb.WriteString("{{end}}") }
func (e *endNode) tree() *Tree                 { return e.tr }
func (e *endNode) Copy() Node                  { return e.tr.newEnd(e.Pos) }

// elseNode represents an {{else}} action. It does not appear in the final tree.
type elseNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int
}

func (t *Tree) newElse(pos Pos, line int) *elseNode {
	return &elseNode{tr: t, NodeType: nodeElse, Pos: pos, Line: line}
}

func (e *elseNode) Type() NodeType              { return nodeElse }
func (e *elseNode) String() string              { return "{{else}}" }
func (e *elseNode) writeTo(sb *strings.Builder) { sb.WriteString("{{else}}") }
func (e *elseNode) tree() *Tree                 { return e.tr }
func (e *elseNode) Copy() Node                  { return e.tr.newElse(e.Pos, e.Line) }

// BranchNode is the common representation of if, range, and with.
type BranchNode struct {
	NodeType
	Pos
	tr       *Tree
	Line     int       // Deprecated: kept for compatibility.
	Pipe     *PipeNode // the pipeline to evaluate
	List     *ListNode // what to execute if the value is non-empty
	ElseList *ListNode // what to execute if the value is empty (nil if absent)
}

func (b *BranchNode) keyword() string {
	switch b.NodeType {
	case NodeIf:
		return "if"
	case NodeRange:
		return "range"
	case NodeWith:
		return "with"
	}
	panic("unknown branch type")
}

func (b *BranchNode) String() string { return nodeString(b) }
func (b *BranchNode) writeTo(sb *strings.Builder) {
	sb.WriteString("{{" + b.keyword() + " ")
	b.Pipe.writeTo(sb)
	sb.WriteString("}}")
	b.List.writeTo(sb)
	if b.ElseList != nil {
		sb.WriteString("{{else}}")
		b.ElseList.writeTo(sb)
	}
	sb.WriteString("{{end}}")
}
func (b *BranchNode) tree() *Tree { return b.tr }

func (b *BranchNode) Copy() Node {
	switch b.NodeType {
	case NodeIf:
		return b.tr.newIf(b.Pos, b.Line, b.Pipe, b.List, b.ElseList)
	case NodeRange:
		return b.tr.newRange(b.Pos, b.Line, b.Pipe, b.List, b.ElseList)
	case NodeWith:
		return b.tr.newWith(b.Pos, b.Line, b.Pipe, b.List, b.ElseList)
	}
	panic("unknown branch type")
}

func (b *BranchNode) deepCopy() BranchNode {
	return BranchNode{tr: b.tr, NodeType: b.NodeType, Pos: b.Pos, Line: b.Line, Pipe: b.Pipe.CopyPipe(),
		List: b.List.CopyList(), ElseList: b.ElseList.CopyList()}
}

// IfNode represents an {{if}} action and its commands.
type IfNode struct {
	BranchNode
}

func (t *Tree) newIf(pos Pos, line int, pipe *PipeNode, list, elseList *ListNode) *IfNode {
	return &IfNode{BranchNode{tr: t, NodeType: NodeIf, Pos: pos, Line: line, Pipe: pipe, List: list, ElseList: elseList}}
}

func (i *IfNode) Copy() Node { return &IfNode{i.deepCopy()} }

// BreakNode represents a {{break}} action.
type BreakNode struct {
	tr *Tree
	NodeType
	Pos
	Line int
}

func (t *Tree) newBreak(pos Pos, line int) *BreakNode {
	return &BreakNode{tr: t, NodeType: NodeBreak, Pos: pos, Line: line}
}

func (b *BreakNode) Copy() Node                  { return b.tr.newBreak(b.Pos, b.Line) }
func (b *BreakNode) String() string              { return "{{break}}" }
func (b *BreakNode) tree() *Tree                 { return b.tr }
func (b *BreakNode) writeTo(sb *strings.Builder) { sb.WriteString("{{break}}") }

// ContinueNode represents a {{continue}} action.
type ContinueNode struct {
	tr *Tree
	NodeType
	Pos
	Line int
}

func (t *Tree) newContinue(pos Pos, line int) *ContinueNode {
	return &ContinueNode{tr: t, NodeType: NodeContinue, Pos: pos, Line: line}
}

func (c *ContinueNode) Copy() Node                  { return c.tr.newContinue(c.Pos, c.Line) }
func (c *ContinueNode) String() string              { return "{{continue}}" }
func (c *ContinueNode) tree() *Tree                 { return c.tr }
func (c *ContinueNode) writeTo(sb *strings.Builder) { sb.WriteString("{{continue}}") }

// RangeNode represents a {{range}} action and its commands.
type RangeNode struct {
	BranchNode
}

func (t *Tree) newRange(pos Pos, line int, pipe *PipeNode, list, elseList *ListNode) *RangeNode {
	return &RangeNode{BranchNode{tr: t, NodeType: NodeRange, Pos: pos, Line: line, Pipe: pipe, List: list, ElseList: elseList}}
}

func (r *RangeNode) Copy() Node { return &RangeNode{r.deepCopy()} }

// WithNode represents a {{with}} action and its commands.
type WithNode struct {
	BranchNode
}

func (t *Tree) newWith(pos Pos, line int, pipe *PipeNode, list, elseList *ListNode) *WithNode {
	return &WithNode{BranchNode{tr: t, NodeType: NodeWith, Pos: pos, Line: line, Pipe: pipe, List: list, ElseList: elseList}}
}

func (w *WithNode) Copy() Node { return &WithNode{w.deepCopy()} }

// TemplateNode represents a {{template}} action.
type TemplateNode struct {
	NodeType
	Pos
	tr   *Tree
	Line int // Deprecated: kept for compatibility.
	Name string
	Pipe *PipeNode // the value of dot for the template (nil: dot is nil)
}

func (t *Tree) newTemplate(pos Pos, line int, name string, pipe *PipeNode) *TemplateNode {
	return &TemplateNode{tr: t, NodeType: NodeTemplate, Pos: pos, Line: line, Name: name, Pipe: pipe}
}

func (t *TemplateNode) String() string { return nodeString(t) }
func (t *TemplateNode) writeTo(sb *strings.Builder) {
	sb.WriteString("{{template ")
	sb.WriteString(strconv.Quote(t.Name))
	if t.Pipe != nil {
		sb.WriteByte(' ')
		t.Pipe.writeTo(sb)
	}
	sb.WriteString("}}")
}
func (t *TemplateNode) tree() *Tree { return t.tr }
func (t *TemplateNode) Copy() Node  { return t.tr.newTemplate(t.Pos, t.Line, t.Name, t.Pipe.CopyPipe()) }
