using Judge.Similarity.Parsing;

namespace Judge.Similarity.Tokens;

/// <summary>
/// Turns a syntax tree into the token stream fingerprints are taken from, normalised so that what a copier changes
/// cheaply changes nothing (docs/similarity.md):
/// comments and layout are dropped; names the program chose become ID (a receiver's member keeps its library name:
/// size, push_back, get), number literals NUM, strings STR, every written type T;
/// every loop becomes LOOP with its parts in one order (for(init; cond; step) body reads as init LOOP cond body step,
/// as its while form does); i++ and i += 1 read as i = i + NUM; a &gt; b as b &lt; a; c ? a : b as IF c a b;
/// statements with no effect, never-taken branches (if (false)), and declarations and functions nothing else uses are
/// left out. Names in <paramref name="keep"/> (the stub's) are never dropped as unused.
/// </summary>
public sealed class Normalizer
{
    /// <summary>Nesting deeper than this is read flat, without recursion (a hostile program cannot exhaust the stack).</summary>
    private const int MaxDepth = 400;

    /// <summary>Threads, each with a stack of <see cref="StackBytes"/>, a subtree deeper than <see cref="MaxDepth"/> is read on
    /// in turn (a 64 KiB program nests at most about 64,000 deep).</summary>
    private const int MaxStacks = 200;

    private const int StackBytes = 4 * 1024 * 1024;

    private int _stacks;

    /// <summary>A target read twice (x++ as x = x + NUM) is repeated only when it is this short: a target holding
    /// another such step (a[a[a[i++]++]++]++) would otherwise double the token stream at every level.</summary>
    private const int MaxRepeatedTokens = 32;

    private readonly SyntaxTree _tree;
    private readonly HashSet<int> _dropped = [];
    private readonly List<Token> _tokens = [];

    private Normalizer(SyntaxTree tree, IReadOnlySet<string> keep)
    {
        _tree = tree;
        FindUnused(keep);
    }

    /// <summary>The normalised tokens of <paramref name="tree"/>, in source order but for the reordering of loops and comparisons.</summary>
    public static IReadOnlyList<Token> Tokens(SyntaxTree tree, IReadOnlySet<string> keep)
    {
        var normalizer = new Normalizer(tree, keep);
        normalizer.Emit(0, 0);
        return normalizer._tokens;
    }

    /// <summary>The names a program uses (identifiers' texts): the stub's are kept.</summary>
    public static HashSet<string> Names(SyntaxTree tree)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var node = 0; node < tree.Count; node++)
        {
            if (tree.Children(node).Count == 0 && NodeKinds.IsIdentifier(tree.Type(node)))
            {
                names.Add(tree.Text(node));
            }
        }
        return names;
    }

    private void Emit(int node, int depth)
    {
        var type = _tree.Type(node);
        if (_dropped.Contains(node) || _tree.IsExtra(node) && NodeKinds.IsComment(type) || NodeKinds.IsComment(type))
        {
            return;
        }
        var children = _tree.Children(node);
        var named = _tree.IsNamed(node);
        if (depth > MaxDepth)
        {
            EmitOnFreshStack(node);
            return;
        }
        if (children.Count == 0)
        {
            EmitLeaf(node, type, named);
            return;
        }
        if (named && NodeKinds.IsText(type))
        {
            Add("STR", node);
            return;
        }
        if (named && NodeKinds.IsType(type))
        {
            Add("T", node);
            return;
        }
        if (EmitConditionalAssignment(node, depth)
            || type == "for_statement" && EmitCountedLoop(node, depth)
            || NodeKinds.IsForEach(type) && EmitForEach(node, depth)
            || type == "while_statement" && EmitLoop(node, depth, "condition", "body")
            || type == "do_statement" && EmitLoop(node, depth, "condition", "body")
            || EmitIncrement(node, depth)
            || EmitCompoundAssignment(node, depth)
            || EmitMirroredComparison(node, depth)
            || type is "conditional_expression" or "ternary_expression" && EmitConditional(node, depth)
            || type == "if_statement" && EmitIf(node, depth))
        {
            return;
        }
        if (type is "expression_statement" && HasNoEffect(node))
        {
            return;
        }
        EmitChildren(node, depth);
    }

    /// <summary>
    /// A subtree nested deeper than <see cref="MaxDepth"/>, read in full on a thread of its own (a stack of its own), so
    /// that a copy wrapped in a few hundred braces or nested ifs reads as the copy; past <see cref="MaxStacks"/> of them, flat.
    /// </summary>
    private void EmitOnFreshStack(int node)
    {
        if (_stacks >= MaxStacks)
        {
            EmitFlat(node);
            return;
        }
        _stacks++;
        Exception? failed = null;
        var thread = new Thread(() =>
        {
            try
            {
                Emit(node, 0);
            }
            catch (Exception e)
            {
                failed = e;
            }
        }, StackBytes);
        thread.Start();
        thread.Join();
        _stacks--;
        if (failed is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
        }
    }

    /// <summary>
    /// A subtree nested deeper than <see cref="MaxDepth"/> times <see cref="MaxStacks"/>, read without recursion and without the rewrites of loops,
    /// steps and comparisons: its names, literals, types, keywords and operators as they come. Not one token for it all,
    /// which would hide a copy wrapped in a few hundred braces (or nested ifs) from the detector.
    /// </summary>
    private void EmitFlat(int root)
    {
        var pending = new Stack<int>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var type = _tree.Type(node);
            if (_dropped.Contains(node) || NodeKinds.IsComment(type))
            {
                continue;
            }
            var children = _tree.Children(node);
            var named = _tree.IsNamed(node);
            if (children.Count == 0)
            {
                EmitLeaf(node, type, named);
            }
            else if (named && NodeKinds.IsText(type))
            {
                Add("STR", node);
            }
            else if (named && NodeKinds.IsType(type))
            {
                Add("T", node);
            }
            else
            {
                for (var i = children.Count - 1; i >= 0; i--)
                {
                    pending.Push(children[i]);
                }
            }
        }
    }

    private void EmitChildren(int node, int depth)
    {
        foreach (var child in _tree.Children(node))
        {
            Emit(child, depth + 1);
        }
    }

    private void EmitLeaf(int node, string type, bool named)
    {
        if (!named)
        {
            var parent = _tree.Parent(node);
            var memberDot = type is "." or "->" or "?." && parent >= 0 && NodeKinds.IsMemberAccess(_tree.Type(parent));
            if (!memberDot && !NodeKinds.IsPunctuation(type) && type.Trim().Length > 0)
            {
                Add(type, node);
            }
            return;
        }
        if (NodeKinds.IsIdentifier(type))
        {
            var parent = _tree.Parent(node);
            var member = parent >= 0 && NodeKinds.IsMemberAccess(_tree.Type(parent)) && NodeKinds.IsMemberField(_tree.Field(node))
                && _tree.Children(parent)[0] != node;
            Add(member ? "." + _tree.Text(node) : "ID", node);
        }
        else if (NodeKinds.IsNumber(type))
        {
            Add("NUM", node);
        }
        else if (NodeKinds.IsText(type))
        {
            Add("STR", node);
        }
        else if (NodeKinds.IsType(type))
        {
            Add("T", node);
        }
        else if (type is "pass_statement" or "empty_statement")
        {
        }
        else
        {
            // true, false, null, nil, None, this, self, break, continue: their text.
            Add(_tree.Text(node), node);
        }
    }

    /// <summary>for (init; cond; step) body as init LOOP cond body step; Go's "for cond {" too. A for over a range is a for-each.</summary>
    private bool EmitCountedLoop(int node, int depth)
    {
        var clauses = node;
        foreach (var child in _tree.Children(node))
        {
            switch (_tree.Type(child))
            {
                case "range_clause":
                    return EmitForEach(node, depth);
                case "for_clause":
                    clauses = child;
                    break;
            }
        }
        if (_tree.Child(node, "left") >= 0 && _tree.Child(node, "right") >= 0)
        {
            return EmitForEach(node, depth);
        }
        var body = _tree.Child(node, "body");
        EmitFields(clauses, depth, "initializer", "init");
        Add("LOOP", node);
        var condition = _tree.Child(clauses, "condition");
        if (condition >= 0)
        {
            Emit(condition, depth + 1);
        }
        else if (clauses == node)
        {
            foreach (var child in _tree.Children(node))
            {
                if (child != body && _tree.IsNamed(child) && _tree.Field(child).Length == 0)
                {
                    Emit(child, depth + 1);
                }
            }
        }
        if (body >= 0)
        {
            Emit(body, depth + 1);
        }
        EmitFields(clauses, depth, "update", "increment");
        return true;
    }

    private void EmitFields(int node, int depth, params string[] fields)
    {
        foreach (var child in _tree.Children(node))
        {
            if (fields.Contains(_tree.Field(child)))
            {
                Emit(child, depth + 1);
            }
        }
    }

    private bool EmitForEach(int node, int depth)
    {
        Add("LOOP", node);
        foreach (var child in _tree.Children(node))
        {
            if (_tree.IsNamed(child) || !IsLoopKeyword(_tree.Type(child)))
            {
                Emit(child, depth + 1);
            }
        }
        return true;
    }

    private static bool IsLoopKeyword(string type) => type is "for" or "foreach" or "in" or "of" or "range" or "await" or "async" or "each";

    private bool EmitLoop(int node, int depth, string condition, string body)
    {
        var test = _tree.Child(node, condition);
        if (test >= 0 && IsAlwaysFalse(test) && _tree.Type(node) == "while_statement")
        {
            return true;
        }
        Add("LOOP", node);
        EmitField(node, condition, depth);
        EmitField(node, body, depth);
        return true;
    }

    /// <summary>x++, ++x, x-- (and Go's x++ statement) as x = x + NUM.</summary>
    private bool EmitIncrement(int node, int depth)
    {
        var children = _tree.Children(node);
        if (children.Count != 2)
        {
            return false;
        }
        var (op, operand) = _tree.IsNamed(children[0]) ? (children[1], children[0]) : (children[0], children[1]);
        var text = _tree.Type(op);
        if (_tree.IsNamed(op) || !_tree.IsNamed(operand) || !NodeKinds.IsIncrement(text) || !Small(node))
        {
            return false;
        }
        var target = Capture(operand, depth + 1);
        _tokens.AddRange(target);
        Add("=", node);
        AddRepeated(target);
        Add(text[..1], node);
        Add("NUM", node);
        return true;
    }

    /// <summary>x op= y as x = x op y.</summary>
    private bool EmitCompoundAssignment(int node, int depth)
    {
        var children = _tree.Children(node);
        if (children.Count != 3 || !_tree.IsNamed(children[0]) || !_tree.IsNamed(children[2]))
        {
            return false;
        }
        var op = OperatorText(children[1]);
        if (op is null || !NodeKinds.IsCompoundAssignment(op) || !Small(node))
        {
            return false;
        }
        var target = Capture(children[0], depth + 1);
        _tokens.AddRange(target);
        Add("=", node);
        AddRepeated(target);
        Add(op[..^1], node);
        Emit(children[2], depth + 1);
        return true;
    }

    /// <summary>a &gt; b as b &lt; a; the operands of ==, !=, +, *, &amp;&amp;, || and the like in a fixed order.</summary>
    private bool EmitMirroredComparison(int node, int depth)
    {
        var children = _tree.Children(node);
        if (children.Count != 3 || !_tree.IsNamed(children[0]) || !_tree.IsNamed(children[2]) || OperatorText(children[1]) is not { } op)
        {
            return false;
        }
        if (NodeKinds.Mirrored(op) is { } mirrored)
        {
            Emit(children[2], depth + 1);
            Add(mirrored, node);
            Emit(children[0], depth + 1);
            return true;
        }
        if (!NodeKinds.IsSymmetric(op))
        {
            return false;
        }
        if (!Small(node))
        {
            Emit(children[0], depth + 1);
            Add(op, node);
            Emit(children[2], depth + 1);
            return true;
        }
        var operands = new[] { Capture(children[0], depth + 1), Capture(children[2], depth + 1) }
            .OrderBy(OrderKey, StringComparer.Ordinal).ToArray();
        _tokens.AddRange(operands[0]);
        Add(op, node);
        _tokens.AddRange(operands[1]);
        return true;
    }

    /// <summary>The operator a node spells (an anonymous token, or a named operator node with one anonymous child).</summary>
    private string? OperatorText(int node)
    {
        if (!_tree.IsNamed(node))
        {
            return _tree.Type(node);
        }
        var children = _tree.Children(node);
        return children.Count == 1 && !_tree.IsNamed(children[0]) && _tree.Type(node).Contains("operator", StringComparison.Ordinal)
            ? _tree.Type(children[0])
            : null;
    }

    private bool EmitConditional(int node, int depth)
    {
        Add("IF", node);
        foreach (var child in _tree.Children(node))
        {
            if (_tree.IsNamed(child))
            {
                Emit(child, depth + 1);
            }
        }
        return true;
    }

    /// <summary>
    /// An if whose condition is false as written: only its else part runs. An if with an else: IF, its condition with the
    /// comparison's operands in a fixed order and no negation, then both branches in a fixed order, so that
    /// "if (a &lt;= b) X else Y" and "if (b &lt; a) Y else X" read alike.
    /// </summary>
    private bool EmitIf(int node, int depth)
    {
        var condition = _tree.Child(node, "condition");
        if (condition >= 0 && IsAlwaysFalse(condition))
        {
            EmitField(node, "alternative", depth);
            return true;
        }
        var consequence = _tree.Child(node, "consequence");
        var alternative = _tree.Child(node, "alternative");
        if (condition < 0 || consequence < 0)
        {
            return false;
        }
        Add("IF", node);
        EmitNeutralCondition(condition, depth + 1);
        if (alternative < 0 || !Small(node))
        {
            Emit(consequence, depth + 1);
            EmitField(node, "alternative", depth);
            return true;
        }
        AddInOrder(node, [Capture(consequence, depth + 1), Capture(alternative, depth + 1)]);
        return true;
    }

    /// <summary>Branches in a fixed order (by their tokens), without the else keyword.</summary>
    private void AddInOrder(int node, List<Token>[] branches)
    {
        foreach (var branch in branches.Select(b => b.Where(t => t.Text != "else").ToList())
                     .OrderBy(OrderKey, StringComparer.Ordinal))
        {
            _tokens.AddRange(branch);
        }
    }

    /// <summary>x = c ? a : b as the if it stands for: IF c, then x = a and x = b in a fixed order.</summary>
    private bool EmitConditionalAssignment(int node, int depth)
    {
        var children = _tree.Children(node);
        if (children.Count != 3 || OperatorText(children[1]) != "=" || !_tree.IsNamed(children[0])
            || _tree.Type(children[2]) is not ("conditional_expression" or "ternary_expression"))
        {
            return false;
        }
        if (!Small(node))
        {
            return false;
        }
        var ternary = children[2];
        var (condition, consequence, alternative) = (_tree.Child(ternary, "condition"), _tree.Child(ternary, "consequence"), _tree.Child(ternary, "alternative"));
        if (condition < 0 || consequence < 0 || alternative < 0)
        {
            return false;
        }
        Add("IF", node);
        EmitNeutralCondition(condition, depth + 1);
        var target = Capture(children[0], depth + 1);
        var repeated = false;
        List<Token> Assigned(int value)
        {
            // The target in both branches, but only once when it is long (see MaxRepeatedTokens).
            var tokens = !repeated || target.Count <= MaxRepeatedTokens ? new List<Token>(target) : [];
            repeated = true;
            tokens.Add(new Token("=", _tree.Line(node)));
            tokens.AddRange(Capture(value, depth + 1));
            return tokens;
        }
        AddInOrder(node, [Assigned(consequence), Assigned(alternative)]);
        return true;
    }

    private void EmitNeutralCondition(int condition, int depth)
    {
        if (!Small(condition))
        {
            Emit(condition, depth);
            return;
        }
        var inner = Unwrapped(condition);
        var children = _tree.Children(inner);
        if (children.Count == 3 && OperatorText(children[1]) is "<" or "<=" or ">" or ">=" or "==" or "!=" or "===" or "!==")
        {
            var operands = new[] { Capture(children[0], depth + 1), Capture(children[2], depth + 1) }
                .OrderBy(OrderKey, StringComparer.Ordinal).ToArray();
            _tokens.AddRange(operands[0]);
            Add("CMP", inner);
            _tokens.AddRange(operands[1]);
            return;
        }
        _tokens.AddRange(Capture(condition, depth).Where(t => t.Text is not ("!" or "not")));
    }

    /// <summary>A condition without its parentheses, condition_clause or negation.</summary>
    private int Unwrapped(int node)
    {
        while (true)
        {
            var named = _tree.Children(node).Where(_tree.IsNamed).ToList();
            var type = _tree.Type(node);
            if (named.Count == 1 && (type is "parenthesized_expression" or "condition_clause"
                || type is "unary_expression" or "not_operator" or "prefix_unary_expression" && _tree.Children(node).Any(c => _tree.Type(c) is "!" or "not")))
            {
                node = named[0];
                continue;
            }
            return node;
        }
    }

    /// <summary>The tokens of <paramref name="node"/>, taken out of the stream.</summary>
    private List<Token> Capture(int node, int depth)
    {
        var start = _tokens.Count;
        Emit(node, depth);
        var captured = _tokens.GetRange(start, _tokens.Count - start);
        _tokens.RemoveRange(start, _tokens.Count - start);
        return captured;
    }

    private void EmitField(int node, string field, int depth) => EmitFields(node, depth, field);

    private bool IsAlwaysFalse(int condition)
    {
        var text = _tree.Text(condition).Trim().Trim('(', ')', ' ', '\t');
        return NodeKinds.IsFalse(text);
    }

    /// <summary>A statement that is a bare name or literal (x; 0; a docstring; a string on its own).</summary>
    private bool HasNoEffect(int statement)
    {
        var named = _tree.Children(statement).Where(_tree.IsNamed).ToList();
        if (named.Count == 0)
        {
            return true;
        }
        if (named.Count != 1)
        {
            return false;
        }
        var type = _tree.Type(named[0]);
        return NodeKinds.IsIdentifier(type) || NodeKinds.IsNumber(type) || NodeKinds.IsText(type)
            || type is "true" or "false" or "null" or "none" or "nil" or "null_literal" or "boolean_literal";
    }

    /// <summary>
    /// Marks what the program never uses, but for <paramref name="keep"/>: declarations and functions whose name appears
    /// nowhere outside them, and declarations and assignments of variables that are written but never read.
    /// </summary>
    private void FindUnused(IReadOnlySet<string> keep)
    {
        var uses = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var reads = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var node = 0; node < _tree.Count; node++)
        {
            if (_tree.Children(node).Count == 0 && NodeKinds.IsIdentifier(_tree.Type(node)))
            {
                var name = _tree.Text(node);
                if (!uses.TryGetValue(name, out var list))
                {
                    uses[name] = list = [];
                }
                list.Add(node);
                reads[name] = reads.GetValueOrDefault(name) + (IsWrite(node) ? 0 : 1);
            }
        }
        bool Kept(string name) => keep.Contains(name) || name is "main" or "Main";
        bool Unread(string name) => !Kept(name) && reads.GetValueOrDefault(name) == 0;
        for (var node = 0; node < _tree.Count; node++)
        {
            var type = _tree.Type(node);
            var declaration = NodeKinds.IsDeclaration(type) || IsPythonAssignment(node, type);
            if (declaration || NodeKinds.IsFunction(type))
            {
                var name = DeclaredName(node);
                if (name < 0)
                {
                    continue;
                }
                var text = _tree.Text(name);
                if (Kept(text) || _tree.Parent(node) is var parent && parent >= 0 && _tree.Type(parent) is "for_statement" or "for_clause")
                {
                    continue;
                }
                if (uses[text].All(use => _tree.IsWithin(use, node)) || declaration && Unread(text))
                {
                    _dropped.Add(node);
                }
            }
            else if (AssignedName(node) is { } target && Unread(target))
            {
                _dropped.Add(node);
            }
        }
    }

    /// <summary>The variable a statement only assigns or steps (x = ..., x += ..., x++), or null.</summary>
    private string? AssignedName(int statement)
    {
        var type = _tree.Type(statement);
        var expression = statement;
        if (type == "expression_statement")
        {
            var named = _tree.Children(statement).Where(_tree.IsNamed).ToList();
            if (named.Count != 1)
            {
                return null;
            }
            expression = named[0];
        }
        else if (type is not ("assignment_statement" or "inc_statement" or "dec_statement"))
        {
            return null;
        }
        var children = _tree.Children(expression);
        if (children.Count == 0 || !IsAssignment(expression))
        {
            return null;
        }
        var target = children.FirstOrDefault(_tree.IsNamed, -1);
        if (target >= 0 && _tree.Type(target) is "expression_list" or "pattern_list" && _tree.Children(target).Count == 1)
        {
            target = _tree.Children(target)[0];
        }
        return target >= 0 && NodeKinds.IsIdentifier(_tree.Type(target)) && _tree.Children(target).Count == 0 ? _tree.Text(target) : null;
    }

    private bool IsAssignment(int node)
    {
        var type = _tree.Type(node);
        return type.Contains("assignment", StringComparison.Ordinal) || type is "update_expression" or "inc_statement" or "dec_statement"
            || type is "postfix_unary_expression" or "prefix_unary_expression" && _tree.Children(node).Any(c => NodeKinds.IsIncrement(_tree.Type(c)));
    }

    /// <summary>A name being written, not read: an assignment's or step's target, or the name a declarator declares.</summary>
    private bool IsWrite(int identifier)
    {
        var parent = _tree.Parent(identifier);
        if (parent < 0)
        {
            return false;
        }
        if (_tree.Type(parent) is "expression_list" or "pattern_list" && _tree.Children(parent).Count == 1)
        {
            identifier = parent;
            parent = _tree.Parent(parent);
            if (parent < 0)
            {
                return false;
            }
        }
        var type = _tree.Type(parent);
        var first = _tree.Children(parent).FirstOrDefault(_tree.IsNamed, -1) == identifier;
        if (IsAssignment(parent))
        {
            return first;
        }
        if (type.EndsWith("declarator", StringComparison.Ordinal) || type is "short_var_declaration" or "var_spec")
        {
            return first || _tree.Field(identifier) is "name" or "declarator";
        }
        return NodeKinds.IsDeclaration(type) && _tree.Field(identifier) == "declarator";
    }

    private bool IsPythonAssignment(int node, string type)
    {
        if (type != "expression_statement")
        {
            return false;
        }
        var children = _tree.Children(node);
        return children.Count == 1 && _tree.Type(children[0]) == "assignment"
            && _tree.Child(children[0], "left") is var left && left >= 0 && _tree.Type(left) == "identifier";
    }

    /// <summary>The first name in a declaration outside its types, parameters and body, or -1.</summary>
    private int DeclaredName(int node)
    {
        var pending = new Stack<int>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var type = _tree.Type(current);
            if (current != node && (NodeKinds.IsType(type) || type.Contains("parameter", StringComparison.Ordinal)
                || _tree.Field(current) is "body" or "value" or "right" or "type" or "parameters" or "return_type"))
            {
                continue;
            }
            if (_tree.Children(current).Count == 0 && type is "identifier" or "field_identifier" or "property_identifier")
            {
                return current;
            }
            var children = _tree.Children(current);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
        return -1;
    }

    /// <summary>
    /// Whether a node is short enough to be rewritten through <see cref="Capture"/> (operands or branches put in order, a
    /// target repeated): each capture copies the node's tokens, and a chain of thousands of nested + or if-else would copy
    /// the program thousands of times. Longer nodes are read as written.
    /// </summary>
    private bool Small(int node) => _tree.Length(node) <= MaxRewrittenBytes;

    private const int MaxRewrittenBytes = 4096;

    /// <summary>What operands and branches are put in order by: their first tokens (all of them would make a chain of
    /// a few hundred nested + or if-else cost the square of the program's length).</summary>
    private static string OrderKey(List<Token> tokens) => string.Join(' ', tokens.Take(64).Select(t => t.Text));

    /// <summary>A target's tokens a second time, when short enough (<see cref="MaxRepeatedTokens"/>).</summary>
    private void AddRepeated(List<Token> target)
    {
        if (target.Count <= MaxRepeatedTokens)
        {
            _tokens.AddRange(target);
        }
    }

    private void Add(string text, int node) => _tokens.Add(new Token(text, _tree.Line(node)));
}
