namespace Judge.Similarity.Tokens;

/// <summary>
/// How the normaliser reads tree-sitter node types across the seven grammars. The grammars name alike constructs alike
/// ("for_statement", "update_expression", "..._literal"), so rules on the names serve every family; the few names one
/// grammar spells its own way are listed here.
/// </summary>
internal static class NodeKinds
{
    private static readonly HashSet<string> Punctuation = [";", ",", "(", ")", "{", "}", ":", "\n"];

    private static readonly HashSet<string> Identifiers =
    [
        "identifier", "field_identifier", "property_identifier", "shorthand_property_identifier",
        "shorthand_property_identifier_pattern", "private_property_identifier", "statement_identifier",
    ];

    private static readonly HashSet<string> NumberLiterals =
    [
        "number_literal", "number", "integer", "float", "int_literal", "float_literal", "imaginary_literal",
        "integer_literal", "real_literal", "decimal_integer_literal", "hex_integer_literal", "octal_integer_literal",
        "binary_integer_literal", "decimal_floating_point_literal", "hex_floating_point_literal",
    ];

    private static readonly HashSet<string> ForEachLoops =
    [
        "for_range_loop", "enhanced_for_statement", "foreach_statement", "for_in_statement", "for_of_statement",
    ];

    private static readonly HashSet<string> Declarations =
    [
        "declaration", "local_variable_declaration", "local_declaration_statement", "lexical_declaration",
        "variable_declaration", "short_var_declaration", "var_declaration", "field_declaration", "const_declaration",
    ];

    private static readonly HashSet<string> Functions =
    [
        "function_definition", "function_declaration", "method_declaration", "method_definition",
        "local_function_statement", "generator_function_declaration",
    ];

    /// <summary>Receivers' members (v.size, map.get): named by the library, so their names are kept.</summary>
    private static readonly HashSet<string> MemberFields = ["field", "property", "attribute", "name"];

    private static readonly HashSet<string> FalseLiterals = ["false", "False", "0"];

    public static bool IsPunctuation(string type) => Punctuation.Contains(type);

    public static bool IsComment(string type) => type.Contains("comment", StringComparison.Ordinal);

    public static bool IsIdentifier(string type) => Identifiers.Contains(type);

    public static bool IsNumber(string type) => NumberLiterals.Contains(type);

    /// <summary>String, character and template literals: their contents never matter.</summary>
    public static bool IsText(string type) =>
        type.Contains("string", StringComparison.Ordinal) || type is "character_literal" or "char_literal" or "rune_literal" or "template_literal";

    /// <summary>A type written out (int, vector&lt;int&gt;, var, : number): one token, whatever it says.</summary>
    public static bool IsType(string type) =>
        type is "type" or "primitive_type" or "predefined_type" or "integral_type" or "floating_point_type" or "boolean_type" or "void_type"
        || type.EndsWith("_type", StringComparison.Ordinal) || type.EndsWith("type_identifier", StringComparison.Ordinal)
        || type.EndsWith("type_specifier", StringComparison.Ordinal) || type is "type_annotation" or "type_arguments" or "type_parameters";

    public static bool IsForEach(string type) => ForEachLoops.Contains(type);

    public static bool IsDeclaration(string type) => Declarations.Contains(type);

    public static bool IsFunction(string type) => Functions.Contains(type);

    public static bool IsMemberField(string field) => MemberFields.Contains(field);

    public static bool IsMemberAccess(string type) =>
        type is "field_expression" or "member_expression" or "attribute" or "selector_expression" or "member_access_expression"
            or "field_access" or "method_invocation";

    public static bool IsFalse(string text) => FalseLiterals.Contains(text);

    /// <summary>++ and --, as update_expression, inc_statement, postfix_unary_expression and the like spell them.</summary>
    public static bool IsIncrement(string op) => op is "++" or "--";

    /// <summary>x op= y, but not a comparison or Go's :=.</summary>
    public static bool IsCompoundAssignment(string op) =>
        op.Length >= 2 && op[^1] == '=' && op is not ("==" or "!=" or "<=" or ">=" or "===" or "!==" or ":=" or "<>=");

    /// <summary>Operators whose operands may be swapped without changing what they compute (near enough for similarity).</summary>
    public static bool IsSymmetric(string op) =>
        op is "==" or "!=" or "===" or "!==" or "+" or "*" or "&&" or "||" or "and" or "or" or "&" or "|" or "^";

    /// <summary>Comparisons written the other way round, with the operator that reads them left to right.</summary>
    public static string? Mirrored(string op) => op switch
    {
        ">" => "<",
        ">=" => "<=",
        _ => null,
    };
}
