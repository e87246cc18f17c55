// Package parse builds parse trees for templates as defined by text/template and
// html/template. gocc's implementation of Go 1.19's package: the same trees, errors and
// positions, from its own lexer and recursive-descent parser.
package parse

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// Tree is the representation of a single parsed template.
type Tree struct {
	Name      string    // name of the template represented by the tree
	ParseName string    // name of the top-level template during parsing, for error messages
	Root      *ListNode // top-level root of the tree
	Mode      Mode      // parsing mode
	text      string    // text parsed to create the template (or its parent)
	// Parsing only; cleared after parse.
	funcs      []map[string]any
	lex        *lexer   // the items; shared with the trees of the {{define}}s in the text
	token      [3]item  // lookahead: up to three items can be backed up
	peekCount  int      // items backed up in token
	vars       []string // variables defined at the moment
	treeSet    map[string]*Tree
	actionLine int // line of the left delimiter of the action being parsed
	rangeDepth int
}

// A Mode value is a set of flags (or 0). Modes control parser behavior.
type Mode uint

const (
	ParseComments Mode = 1 << iota // parse comments and add them to AST
	SkipFuncCheck                  // do not check that functions are defined
)

// Copy returns a copy of the Tree. Any parsing state is discarded.
func (t *Tree) Copy() *Tree {
	if t == nil {
		return nil
	}
	return &Tree{Name: t.Name, ParseName: t.ParseName, Root: t.Root.CopyList(), text: t.text}
}

// Parse returns a map from template name to parse.Tree, created by parsing the templates
// described in the argument string. The top-level template will be given the specified name.
func Parse(name, text, leftDelim, rightDelim string, funcs ...map[string]any) (map[string]*Tree, error) {
	treeSet := make(map[string]*Tree)
	t := New(name)
	t.text = text
	_, err := t.Parse(text, leftDelim, rightDelim, treeSet, funcs...)
	return treeSet, err
}

// New allocates a new parse tree with the given name.
func New(name string, funcs ...map[string]any) *Tree {
	return &Tree{Name: name, funcs: funcs}
}

// ErrorContext returns a textual representation of the location of the node in the input
// text ("name:line:col") and the node itself as text.
func (t *Tree) ErrorContext(n Node) (location, context string) {
	pos := int(n.Position())
	tree := n.tree()
	if tree == nil {
		tree = t
	}
	text := tree.text[:pos]
	col := pos
	if nl := strings.LastIndex(text, "\n"); nl >= 0 {
		col = pos - (nl + 1)
	}
	line := 1 + strings.Count(text, "\n")
	return fmt.Sprintf("%s:%d:%d", tree.ParseName, line, col), n.String()
}

// Parse parses the template definition string to construct a representation of the template
// for execution. Empty delimiters mean the defaults. Embedded template definitions are added
// to treeSet.
func (t *Tree) Parse(text, leftDelim, rightDelim string, treeSet map[string]*Tree, funcs ...map[string]any) (tree *Tree, err error) {
	defer t.recover(&err)
	t.ParseName = t.Name
	l := lex(text, leftDelim, rightDelim, t.Mode&ParseComments != 0, !t.hasFunction("break"), !t.hasFunction("continue"))
	t.startParse(funcs, l, treeSet)
	t.text = text
	t.parse()
	t.add()
	t.stopParse()
	return t, nil
}

// parseError is how the parser unwinds to Parse.
type parseError struct{ err error }

func (t *Tree) errorf(format string, args ...any) {
	t.Root = nil
	msg := fmt.Sprintf(format, args...)
	panic(parseError{fmt.Errorf("template: %s:%d: %s", t.ParseName, t.token[0].line, msg)})
}

func (t *Tree) recover(errp *error) {
	e := recover()
	if e == nil {
		return
	}
	pe, ok := e.(parseError)
	if !ok {
		panic(e) // a bug (runtime.Error), not a template error
	}
	t.stopParse()
	*errp = pe.err
}

func (t *Tree) startParse(funcs []map[string]any, l *lexer, treeSet map[string]*Tree) {
	t.Root = nil
	t.lex = l
	t.vars = []string{"$"}
	t.funcs = funcs
	t.treeSet = treeSet
}

func (t *Tree) stopParse() {
	t.lex = nil
	t.vars = nil
	t.funcs = nil
	t.treeSet = nil
}

// ---- the token stream ----

// next consumes the next item. token[0] is always the item read last from the lexer: errors
// report its line.
func (t *Tree) next() item {
	if t.peekCount > 0 {
		t.peekCount--
	} else {
		t.token[0] = t.lex.nextItem()
	}
	return t.token[t.peekCount]
}

// backup backs the input up one item.
func (t *Tree) backup() { t.peekCount++ }

// backup2 backs the input up two items; the second is token[0].
func (t *Tree) backup2(t1 item) {
	t.token[1] = t1
	t.peekCount = 2
}

// backup3 backs the input up three items; the third is token[0].
func (t *Tree) backup3(t2, t1 item) {
	t.token[1] = t1
	t.token[2] = t2
	t.peekCount = 3
}

func (t *Tree) peek() item {
	if t.peekCount > 0 {
		return t.token[t.peekCount-1]
	}
	t.peekCount = 1
	t.token[0] = t.lex.nextItem()
	return t.token[0]
}

// nextNonSpace returns the next item that is not a space (the spaces are consumed).
func (t *Tree) nextNonSpace() item {
	for {
		it := t.next()
		if it.typ != itemSpace {
			return it
		}
	}
}

func (t *Tree) peekNonSpace() item {
	it := t.nextNonSpace()
	t.backup()
	return it
}

func (t *Tree) expect(expected itemType, context string) item {
	it := t.nextNonSpace()
	if it.typ != expected {
		t.unexpected(it, context)
	}
	return it
}

func (t *Tree) unexpected(it item, context string) {
	if it.typ == itemError {
		extra := ""
		if t.actionLine != 0 && t.actionLine != it.line {
			extra = fmt.Sprintf(" in action started at %s:%d", t.ParseName, t.actionLine)
			if strings.HasSuffix(it.val, " action") {
				extra = extra[len(" in action"):]
			}
		}
		t.errorf("%s%s", it, extra)
	}
	t.errorf("unexpected %s in %s", it, context)
}

// ---- the grammar ----

// add adds t to its tree set (an empty definition does not replace a non-empty one).
func (t *Tree) add() {
	old := t.treeSet[t.Name]
	if old == nil || IsEmptyTree(old.Root) {
		t.treeSet[t.Name] = t
		return
	}
	if !IsEmptyTree(t.Root) {
		t.errorf("template: multiple definition of template %q", t.Name)
	}
}

// IsEmptyTree reports whether this tree (node) is empty of everything but space or comments.
func IsEmptyTree(n Node) bool {
	switch n := n.(type) {
	case nil:
		return true
	case *CommentNode:
		return true
	case *ListNode:
		for _, node := range n.Nodes {
			if !IsEmptyTree(node) {
				return false
			}
		}
		return true
	case *TextNode:
		return len(bytes.TrimSpace(n.Text)) == 0
	case *ActionNode, *IfNode, *RangeNode, *TemplateNode, *WithNode:
		return false
	}
	panic("unknown node: " + n.String())
}

// parse parses the top level of a template: text, actions and {{define}}s, to EOF.
func (t *Tree) parse() {
	t.Root = t.newList(t.peek().pos)
	for t.peek().typ != itemEOF {
		if t.peek().typ == itemLeftDelim {
			delim := t.next()
			if t.nextNonSpace().typ == itemDefine {
				def := New("definition")
				def.text, def.Mode, def.ParseName = t.text, t.Mode, t.ParseName
				def.startParse(t.funcs, t.lex, t.treeSet)
				def.parseDefinition()
				continue
			}
			t.backup2(delim)
		}
		switch n := t.textOrAction(); n.Type() {
		case nodeEnd, nodeElse:
			t.errorf("unexpected %s", n)
		default:
			t.Root.append(n)
		}
	}
}

func (t *Tree) parseDefinition() {
	const context = "define clause"
	name := t.nextNonSpace()
	if name.typ != itemString && name.typ != itemRawString {
		t.unexpected(name, context)
	}
	var err error
	if t.Name, err = strconv.Unquote(name.val); err != nil {
		t.errorf("%s", err)
	}
	t.expect(itemRightDelim, context)
	var end Node
	t.Root, end = t.itemList()
	if end.Type() != nodeEnd {
		t.errorf("unexpected %s in %s", end, context)
	}
	t.add()
	t.stopParse()
}

// itemList parses textOrAction* up to an {{end}} or {{else}}, which it returns separately.
func (t *Tree) itemList() (list *ListNode, next Node) {
	list = t.newList(t.peekNonSpace().pos)
	for t.peekNonSpace().typ != itemEOF {
		n := t.textOrAction()
		switch n.Type() {
		case nodeEnd, nodeElse:
			return list, n
		}
		list.append(n)
	}
	t.errorf("unexpected EOF")
	return nil, nil
}

func (t *Tree) textOrAction() Node {
	switch it := t.nextNonSpace(); it.typ {
	case itemText:
		return t.newText(it.pos, it.val)
	case itemLeftDelim:
		t.actionLine = it.line
		defer func() { t.actionLine = 0 }()
		return t.action()
	case itemComment:
		return t.newComment(it.pos, it.val)
	default:
		t.unexpected(it, "input")
	}
	return nil
}

// action parses what follows a left delimiter: a control keyword or a pipeline.
func (t *Tree) action() Node {
	switch it := t.nextNonSpace(); it.typ {
	case itemBlock:
		return t.blockControl()
	case itemBreak:
		return t.loopControl(it, "{{break}}")
	case itemContinue:
		return t.loopControl(it, "{{continue}}")
	case itemElse:
		return t.elseControl()
	case itemEnd:
		return t.newEnd(t.expect(itemRightDelim, "end").pos)
	case itemIf:
		return t.newIf(t.parseControl(true, "if"))
	case itemRange:
		return t.newRange(t.parseControl(false, "range"))
	case itemTemplate:
		return t.templateControl()
	case itemWith:
		return t.newWith(t.parseControl(false, "with"))
	}
	t.backup()
	it := t.peek()
	// Variables declared here persist until the enclosing {{end}}.
	return t.newAction(it.pos, it.line, t.pipeline("command", itemRightDelim))
}

func (t *Tree) loopControl(kw item, what string) Node {
	if it := t.nextNonSpace(); it.typ != itemRightDelim {
		t.unexpected(it, what)
	}
	if t.rangeDepth == 0 {
		t.errorf("%s outside {{range}}", what)
	}
	if kw.typ == itemBreak {
		return t.newBreak(kw.pos, kw.line)
	}
	return t.newContinue(kw.pos, kw.line)
}

// pipeline parses [decl :=] command ("|" command)* up to the item end.
func (t *Tree) pipeline(context string, end itemType) *PipeNode {
	start := t.peekNonSpace()
	pipe := t.newPipeline(start.pos, start.line, nil)
	for t.declaration(pipe, context) {
	}
	for {
		switch it := t.nextNonSpace(); it.typ {
		case end:
			t.checkPipeline(pipe, context)
			return pipe
		case itemBool, itemCharConstant, itemComplex, itemDot, itemField, itemIdentifier,
			itemNumber, itemNil, itemRawString, itemString, itemVariable, itemLeftParen:
			t.backup()
			pipe.append(t.command())
		default:
			t.unexpected(it, context)
		}
	}
}

// declaration parses one "$x :=", "$x =" or (range only) "$i, " at the start of a pipeline and
// reports whether another declaration may follow.
func (t *Tree) declaration(pipe *PipeNode, context string) bool {
	v := t.peekNonSpace()
	if v.typ != itemVariable {
		return false
	}
	t.next()
	afterVar := t.peek()
	next := t.peekNonSpace()
	switch {
	case next.typ == itemAssign || next.typ == itemDeclare:
		t.nextNonSpace()
		pipe.IsAssign = next.typ == itemAssign
		pipe.Decl = append(pipe.Decl, t.newVariable(v.pos, v.val))
		t.vars = append(t.vars, v.val)
	case next.typ == itemChar && next.val == ",":
		t.nextNonSpace()
		pipe.Decl = append(pipe.Decl, t.newVariable(v.pos, v.val))
		t.vars = append(t.vars, v.val)
		if context == "range" && len(pipe.Decl) < 2 {
			switch t.peekNonSpace().typ {
			case itemVariable, itemRightDelim, itemRightParen:
				return true
			}
			t.errorf("range can only initialize variables")
		}
		t.errorf("too many declarations in %s", context)
	case afterVar.typ == itemSpace:
		t.backup3(v, afterVar) // not a declaration: the variable starts the first command
	default:
		t.backup2(v)
	}
	return false
}

func (t *Tree) checkPipeline(pipe *PipeNode, context string) {
	if len(pipe.Cmds) == 0 {
		t.errorf("missing value for %s", context)
	}
	for i, c := range pipe.Cmds[1:] {
		switch c.Args[0].Type() {
		case NodeBool, NodeDot, NodeNil, NodeNumber, NodeString:
			t.errorf("non executable command in pipeline stage %d", i+2)
		}
	}
}

func (t *Tree) parseControl(allowElseIf bool, context string) (pos Pos, line int, pipe *PipeNode, list, elseList *ListNode) {
	defer t.popVars(len(t.vars))
	pipe = t.pipeline(context, itemRightDelim)
	if context == "range" {
		t.rangeDepth++
	}
	var next Node
	list, next = t.itemList()
	if context == "range" {
		t.rangeDepth--
	}
	if next.Type() == nodeElse {
		if allowElseIf && t.peek().typ == itemIf {
			// {{else if ...}} is {{else}}{{if ...}}...{{end}}{{end}} sharing one {{end}}.
			t.next()
			elseList = t.newList(next.Position())
			elseList.append(t.newIf(t.parseControl(true, "if")))
		} else {
			elseList, next = t.itemList()
			if next.Type() != nodeEnd {
				t.errorf("expected end; found %s", next)
			}
		}
	}
	return pipe.Position(), pipe.Line, pipe, list, elseList
}

func (t *Tree) elseControl() Node {
	if peek := t.peekNonSpace(); peek.typ == itemIf {
		return t.newElse(peek.pos, peek.line)
	}
	it := t.expect(itemRightDelim, "else")
	return t.newElse(it.pos, it.line)
}

func (t *Tree) blockControl() Node {
	const context = "block clause"
	it := t.nextNonSpace()
	name := t.templateName(it, context)
	pipe := t.pipeline(context, itemRightDelim)
	block := New(name)
	block.text, block.Mode, block.ParseName = t.text, t.Mode, t.ParseName
	block.startParse(t.funcs, t.lex, t.treeSet)
	var end Node
	block.Root, end = block.itemList()
	if end.Type() != nodeEnd {
		t.errorf("unexpected %s in %s", end, context)
	}
	block.add()
	block.stopParse()
	return t.newTemplate(it.pos, it.line, name, pipe)
}

func (t *Tree) templateControl() Node {
	const context = "template clause"
	it := t.nextNonSpace()
	name := t.templateName(it, context)
	var pipe *PipeNode
	if t.nextNonSpace().typ != itemRightDelim {
		t.backup()
		pipe = t.pipeline(context, itemRightDelim)
	}
	return t.newTemplate(it.pos, it.line, name, pipe)
}

func (t *Tree) templateName(it item, context string) string {
	if it.typ != itemString && it.typ != itemRawString {
		t.unexpected(it, context)
	}
	s, err := strconv.Unquote(it.val)
	if err != nil {
		t.errorf("%s", err)
	}
	return s
}

// command parses operands separated by spaces, up to "|", ")" or the right delimiter.
func (t *Tree) command() *CommandNode {
	cmd := t.newCommand(t.peekNonSpace().pos)
	for {
		t.peekNonSpace()
		if operand := t.operand(); operand != nil {
			cmd.append(operand)
		}
		it := t.next()
		if it.typ == itemSpace {
			continue
		}
		switch it.typ {
		case itemRightDelim, itemRightParen:
			t.backup()
		case itemPipe:
		default:
			t.unexpected(it, "operand")
		}
		break
	}
	if len(cmd.Args) == 0 {
		t.errorf("empty command")
	}
	return cmd
}

// operand parses a term and the field accesses that follow it.
func (t *Tree) operand() Node {
	node := t.term()
	if node == nil || t.peek().typ != itemField {
		return node
	}
	chain := t.newChain(t.peek().pos, node)
	for t.peek().typ == itemField {
		chain.Add(t.next().val)
	}
	switch node.Type() {
	case NodeField:
		return t.newField(chain.Position(), chain.String())
	case NodeVariable:
		return t.newVariable(chain.Position(), chain.String())
	case NodeBool, NodeString, NodeNumber, NodeNil, NodeDot:
		t.errorf("unexpected . after term %q", node.String())
	}
	return chain
}

func (t *Tree) term() Node {
	switch it := t.nextNonSpace(); it.typ {
	case itemIdentifier:
		if t.Mode&SkipFuncCheck == 0 && !t.hasFunction(it.val) {
			t.errorf("function %q not defined", it.val)
		}
		return NewIdentifier(it.val).SetTree(t).SetPos(it.pos)
	case itemDot:
		return t.newDot(it.pos)
	case itemNil:
		return t.newNil(it.pos)
	case itemVariable:
		return t.useVar(it.pos, it.val)
	case itemField:
		return t.newField(it.pos, it.val)
	case itemBool:
		return t.newBool(it.pos, it.val == "true")
	case itemCharConstant, itemComplex, itemNumber:
		n, err := t.newNumber(it.pos, it.val, it.typ)
		if err != nil {
			t.errorf("%s", err)
		}
		return n
	case itemLeftParen:
		return t.pipeline("parenthesized pipeline", itemRightParen)
	case itemString, itemRawString:
		s, err := strconv.Unquote(it.val)
		if err != nil {
			t.errorf("%s", err)
		}
		return t.newString(it.pos, it.val, s)
	}
	t.backup()
	return nil
}

func (t *Tree) hasFunction(name string) bool {
	for _, m := range t.funcs {
		if m != nil && m[name] != nil {
			return true
		}
	}
	return false
}

func (t *Tree) popVars(n int) { t.vars = t.vars[:n] }

func (t *Tree) useVar(pos Pos, name string) Node {
	v := t.newVariable(pos, name)
	for _, known := range t.vars {
		if known == v.Ident[0] {
			return v
		}
	}
	t.errorf("undefined variable %q", v.Ident[0])
	return nil
}
