using Judge.Contracts.V1;
using Judge.Domain.Functions;

namespace Judge.UnitTests;

/// <summary>Function-style problems' signatures, value format and stubs (docs/function-problems.md).</summary>
public class FunctionSignatureTests
{
    private static readonly FunctionLanguages Spellings = FunctionLanguages.Load();

    private static Signature Signature(string name, string returns, params (string Name, string Type)[] parameters)
    {
        var signature = new Signature { FunctionName = name, ReturnType = returns };
        signature.Parameters.Add(parameters.Select(p => new Parameter { Name = p.Name, Type = p.Type }));
        return signature;
    }

    [TestCase("int", ScalarType.Int, 0, "Int")]
    [TestCase("long[]", ScalarType.Long, 1, "LongArray")]
    [TestCase("string[][]", ScalarType.String, 2, "StringArray2D")]
    [TestCase("bool", ScalarType.Bool, 0, "Bool")]
    [TestCase("char[][]", ScalarType.Char, 2, "CharArray2D")]
    [TestCase("int[][][]", ScalarType.Int, 3, "IntArray3D")]
    public void A_type_parses_with_its_dimensions_and_kind(string text, ScalarType scalar, int dimensions, string kind)
    {
        Assert.That(SignatureType.TryParse(text, out var type), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(type!.Scalar, Is.EqualTo(scalar));
            Assert.That(type.Dimensions, Is.EqualTo(dimensions));
            Assert.That(type.Kind, Is.EqualTo(kind));
            Assert.That(type.ToString(), Is.EqualTo(text));
        });
    }

    [TestCase("integer")]
    [TestCase("int[][][][]")]
    [TestCase("void")]
    [TestCase("int []")]
    [TestCase("Int")]
    [TestCase("")]
    [TestCase("ListNode")]
    public void Other_type_names_are_refused(string text) => Assert.That(SignatureType.TryParse(text, out _), Is.False);

    [TestCase("twoSum", "two_sum", "TwoSum")]
    [TestCase("parseXMLFile", "parse_xml_file", "ParseXMLFile")]
    [TestCase("x", "x", "X")]
    public void Names_are_spelt_per_language(string name, string snake, string pascal)
    {
        Assert.Multiple(() =>
        {
            Assert.That(NameSpelling.SnakeCase.Apply(name), Is.EqualTo(snake));
            Assert.That(NameSpelling.PascalCase.Apply(name), Is.EqualTo(pascal));
        });
    }

    [TestCase("class", "signature.function_name: 'class' is a keyword")]
    [TestCase("None", "signature.function_name: 'None' is a keyword")]
    [TestCase("len", "signature.function_name: 'len' is a keyword")]
    [TestCase("judgeMain", "signature.function_name: 'judgeMain' is a keyword")]
    [TestCase("arg0", "signature.function_name: 'arg0' is a keyword")]
    [TestCase("two_sum", "signature.function_name: 'two_sum' is not a name")]
    [TestCase("", "signature.function_name is required")]
    public void A_function_name_breaking_a_rule_is_refused_naming_the_field(string name, string message)
    {
        var refused = Assert.Throws<SignatureException>(() => FunctionSignature.From(Signature(name, "int")));
        Assert.That(refused!.Message, Does.StartWith(message));
    }

    [Test]
    public void Parameters_that_collide_in_a_languages_spelling_are_refused()
    {
        var refused = Assert.Throws<SignatureException>(() => FunctionSignature.From(Signature("f", "int", ("aBc", "int"), ("aBC", "int"))));
        Assert.That(refused!.Message, Is.EqualTo("signature.parameters[1].name: 'aBC' is the same name as 'aBc' (spelt 'a_bc')"));
    }

    [Test]
    public void A_parameters_unknown_type_is_refused_naming_the_parameter()
    {
        var refused = Assert.Throws<SignatureException>(() => FunctionSignature.From(Signature("f", "int", ("xs", "vector<int>"))));
        Assert.That(refused!.Message, Does.StartWith("signature.parameters[0].type ('xs'): 'vector<int>' is not a type"));
    }

    [Test]
    public void Arguments_are_one_value_per_line_with_a_final_line_break_allowed()
    {
        var signature = FunctionSignature.From(Signature("f", "int", ("grid", "int[][]"), ("word", "string"), ("x", "double")));
        Assert.Multiple(() =>
        {
            Assert.That(FunctionValues.CheckArguments(signature, "[[1, 2], []]\n\"a\\nb\"\n3\n"u8), Is.Null);
            Assert.That(FunctionValues.CheckArguments(signature, "[[1,2]]\r\n\"\"\r\n-1.5e3"u8), Is.Null);
            Assert.That(FunctionValues.CheckArguments(signature, "[[1,2]]\n\"\"\n"u8), Does.StartWith("expected 3 line(s)"));
            Assert.That(FunctionValues.CheckArguments(signature, "[[1,null]]\n\"\"\n1\n"u8), Is.EqualTo("line 1 (grid): at [0][1]: expected int, found null"));
            Assert.That(FunctionValues.CheckArguments(signature, "[[1,2]]\n\"\"\n1 2\n"u8), Does.StartWith("line 3 (x): "));
            Assert.That(FunctionValues.CheckArguments(signature, "[[3000000000]]\n\"\"\n1\n"u8), Is.EqualTo("line 1 (grid): at [0][0]: expected int, found 3000000000 (out of the int range)"));
        });
    }

    [Test]
    public void Values_parse_into_typed_arrays_and_nulls_only_where_java_and_csharp_have_them()
    {
        Assert.That(SignatureType.TryParse("string[]", out var strings), Is.True);
        Assert.That(SignatureType.TryParse("long[]", out var longs), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(FunctionValues.TryParse(strings!, "[\"a\", null]"u8, allowNull: true, out var value, out _), Is.True);
            Assert.That(value, Is.EqualTo(new[] { "a", null }));
            Assert.That(FunctionValues.TryParse(longs!, "[9223372036854775807, -1]"u8, allowNull: false, out value, out _), Is.True);
            Assert.That(value, Is.EqualTo(new[] { long.MaxValue, -1L }));
            Assert.That(FunctionValues.TryParse(longs!, "[1, null]"u8, allowNull: true, out _, out var error), Is.False);
            Assert.That(error, Is.EqualTo("at [1]: expected long, found null"));
            Assert.That(FunctionValues.TryParse(longs!, "[1] [2]"u8, allowNull: false, out _, out error), Is.False);
            Assert.That(error, Is.EqualTo("more than one value: an array after the long[]"));
        });
    }

    [Test]
    public void Stubs_use_each_languages_names_and_types()
    {
        var signature = FunctionSignature.From(Signature("maxPath", "long", ("grid", "int[][]"), ("names", "string[]"), ("strict", "bool")));
        Assert.Multiple(() =>
        {
            Assert.That(Spellings.StubFor("cpp", signature), Does.Contain("long long maxPath(vector<vector<int>>& grid, vector<string>& names, bool strict) {"));
            Assert.That(Spellings.StubFor("python", signature), Does.Contain("def max_path(grid: List[List[int]], names: List[str], strict: bool) -> int:"));
            Assert.That(Spellings.StubFor("java", signature), Does.Contain("public long maxPath(int[][] grid, String[] names, boolean strict) {"));
            Assert.That(Spellings.StubFor("go", signature), Does.StartWith("package main\n\nfunc maxPath(grid [][]int, names []string, strict bool) int64 {"));
            Assert.That(Spellings.StubFor("javascript", signature), Does.StartWith("/**\n * @param {number[][]} grid\n * @param {string[]} names\n * @param {boolean} strict\n * @return {bigint}\n */\nfunction maxPath(grid, names, strict) {"));
            Assert.That(Spellings.StubFor("typescript", signature), Does.StartWith("function maxPath(grid: number[][], names: string[], strict: boolean): bigint {"));
            Assert.That(Spellings.StubFor("csharp", signature), Does.Contain("public long MaxPath(int[][] grid, string[] names, bool strict)"));
            Assert.That(Spellings.TryGet("cpp", out var cpp) ? cpp.DeclarationOf(signature) : "", Is.EqualTo("long long maxPath(vector<vector<int>>& grid, vector<string>& names, bool strict)"));
        });
    }

    [Test]
    public void A_void_function_is_judged_by_its_in_place_array_and_its_stubs_return_nothing()
    {
        var signature = Signature("rotate", "void", ("matrix", "int[][]"), ("board", "char[][]"));
        signature.InPlace = "matrix";
        var parsed = FunctionSignature.From(signature);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.ReturnType, Is.Null);
            Assert.That(parsed.JudgedType.ToString(), Is.EqualTo("int[][]"));
            Assert.That(parsed.ToString(), Is.EqualTo("void rotate(int[][] matrix, char[][] board)"));
            Assert.That(Spellings.StubFor("cpp", parsed), Does.Contain("void rotate(vector<vector<int>>& matrix, vector<vector<char>>& board) {"));
            Assert.That(Spellings.StubFor("python", parsed), Does.Contain("def rotate(matrix: List[List[int]], board: List[List[str]]) -> None:"));
            Assert.That(Spellings.StubFor("java", parsed), Does.Contain("public void rotate(int[][] matrix, char[][] board) {"));
            Assert.That(Spellings.StubFor("go", parsed), Does.Contain("func rotate(matrix [][]int, board [][]byte) {"));
            Assert.That(Spellings.StubFor("typescript", parsed), Does.StartWith("function rotate(matrix: number[][], board: string[][]): void {"));
            Assert.That(Spellings.StubFor("csharp", parsed), Does.Contain("public void Rotate(int[][] matrix, char[][] board)"));
        });
    }

    [TestCase("void", "", false, 0u, "signature.in_place is required with return_type void")]
    [TestCase("void", "k", false, 0u, "signature.in_place: 'k' is an int; only an array can be changed in place")]
    [TestCase("void", "other", false, 0u, "signature.in_place: 'other' is not a parameter (nums, k)")]
    [TestCase("int", "nums", false, 0u, "signature.in_place: only a void function is judged by an argument; this one returns int")]
    [TestCase("int", "", true, 0u, "signature.any_order: the judged value is an int, not an array")]
    [TestCase("int[]", "", false, 2u, "signature.any_order_depth: 2 levels, but the judged value (int[]) has 1")]
    [TestCase("void", "nums", false, 2u, "signature.any_order_depth: 2 levels, but the judged value (int[]) has 1")]
    public void In_place_and_any_order_rules_are_refused_naming_the_field(string returns, string inPlace, bool anyOrder, uint depth, string message)
    {
        var signature = Signature("f", returns, ("nums", "int[]"), ("k", "int"));
        signature.InPlace = inPlace;
        signature.AnyOrder = anyOrder;
        signature.AnyOrderDepth = depth;
        var refused = Assert.Throws<SignatureException>(() => FunctionSignature.From(signature));
        Assert.That(refused!.Message, Does.StartWith(message));
    }

    [Test]
    public void Chars_are_one_printable_ascii_character_and_arrays_reach_three_levels()
    {
        var signature = FunctionSignature.From(Signature("f", "int", ("board", "char[][]"), ("cube", "long[][][]")));
        Assert.Multiple(() =>
        {
            Assert.That(FunctionValues.CheckArguments(signature, "[[\"5\",\".\"],[\" \",\"~\"]]\n[[[1],[]],[]]\n"u8), Is.Null);
            Assert.That(FunctionValues.CheckArguments(signature, "[[\"ab\"]]\n[]\n"u8), Is.EqualTo("line 1 (board): at [0][0]: expected char, found \"ab\" (one printable ASCII character, U+0020 to U+007E)"));
            Assert.That(FunctionValues.CheckArguments(signature, "[[\"\\u00e9\"]]\n[]\n"u8), Does.StartWith("line 1 (board): at [0][0]: expected char, found \"\\u00E9\""));
            Assert.That(FunctionValues.CheckArguments(signature, "[[]]\n[[1]]\n"u8), Is.EqualTo("line 2 (cube): at [0][0]: expected long[], found 1"));
            Assert.That(FunctionValues.CheckArguments(signature, "[[]]\n[[[\"\\ud800\"]]]\n"u8), Is.EqualTo("line 2 (cube): at [0][0][0]: expected long, found a string"));
        });
    }

    [Test]
    public void A_lone_surrogate_in_an_argument_is_refused_naming_the_place()
    {
        var signature = FunctionSignature.From(Signature("f", "int", ("s", "string[]")));
        Assert.That(FunctionValues.CheckArguments(signature, "[\"ok\",\"\\ud800x\"]"u8),
            Is.EqualTo("line 1 (s): a string that is not valid Unicode at [1] (a lone surrogate or invalid UTF-8)"));
    }
}
