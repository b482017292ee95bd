package config

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// key is one setting as written in the config file: where it is and its text.
type key struct {
	Line  int
	Value string // the scalar's text ("" for a mapping or a list)
	Empty bool   // an empty scalar, "" or an empty list
}

// keyIndex maps dotted key paths (unit.name, scheme.grades[2].quota.count)
// to where they are written, so messages can name the line.
type keyIndex map[string]key

// indexKeys walks a decoded document and records every key path.
func indexKeys(root *yaml.Node) keyIndex {
	idx := keyIndex{}
	if root == nil {
		return idx
	}
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	idx.walk("", n)
	return idx
}

func (idx keyIndex) walk(path string, n *yaml.Node) {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			p := k.Value
			if path != "" {
				p = path + "." + k.Value
			}
			e := key{Line: k.Line}
			switch v.Kind {
			case yaml.ScalarNode:
				e.Value = v.Value
				e.Empty = strings.TrimSpace(v.Value) == "" || v.Tag == "!!null"
			case yaml.SequenceNode:
				e.Empty = len(v.Content) == 0
			}
			if _, dup := idx[p]; !dup {
				idx[p] = e
			}
			idx.walk(p, v)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			p := fmt.Sprintf("%s[%d]", path, i)
			if _, dup := idx[p]; !dup {
				idx[p] = key{Line: c.Line, Value: c.Value}
			}
			idx.walk(p, c)
		}
	}
}

// set reports whether the file gives the key a non-empty value.
func (idx keyIndex) set(path string) bool {
	k, ok := idx[path]
	return ok && !k.Empty
}

// line is the line of path or, when it is not written, of its nearest
// written parent (scheme.grades[2].quota.count → scheme.grades[2].quota);
// 0 when none is.
func (idx keyIndex) line(path string) int {
	for path != "" {
		if k, ok := idx[path]; ok {
			return k.Line
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return 0
}

// keyAt is the key written on a line, for messages that only know the line
// (yaml.v3's type errors): the one whose value starts like shown (yaml.v3
// cuts long values to "9999999..."), else the outermost on the line.
func (idx keyIndex) keyAt(line int, shown string) string {
	prefix := strings.TrimSuffix(shown, "...")
	best := ""
	better := func(p string) bool {
		return best == "" || len(p) < len(best) || (len(p) == len(best) && p < best)
	}
	for p, k := range idx {
		if k.Line == line && shown != "" && k.Value != "" && strings.HasPrefix(k.Value, prefix) && !strings.HasSuffix(p, "]") && better(p) {
			best = p
		}
	}
	if best != "" {
		return best
	}
	for p, k := range idx {
		if k.Line == line && !strings.HasSuffix(p, "]") && better(p) {
			best = p
		}
	}
	return best
}
