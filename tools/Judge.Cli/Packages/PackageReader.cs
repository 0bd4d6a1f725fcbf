using System.IO.Enumeration;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Judge.Contracts.V1;

namespace Judge.Cli.Packages;

/// <summary>Reads one package directory into a <see cref="ProblemPackage"/>; the rules are docs/problem-package.md's.</summary>
internal sealed class PackageReader(string directory)
{
    private const string ProblemFile = "problem.json";
    private const string StatementFile = "statement.md";
    private const string TestsFolder = "tests";
    private const string CheckerFolder = "checker";
    private const string InteractorFolder = "interactor";
    private const string SolutionsFolder = "solutions";
    private const string SamplePrefix = "sample";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The verdicts a solution may expect (as the API allows), by their proto names and the usual short forms.
    private static readonly IReadOnlyDictionary<string, Verdict> VerdictNames = new Dictionary<string, Verdict>(StringComparer.Ordinal)
    {
        ["ACCEPTED"] = Verdict.Accepted, ["AC"] = Verdict.Accepted,
        ["WRONG_ANSWER"] = Verdict.WrongAnswer, ["WA"] = Verdict.WrongAnswer,
        ["TIME_LIMIT_EXCEEDED"] = Verdict.TimeLimitExceeded, ["TLE"] = Verdict.TimeLimitExceeded,
        ["MEMORY_LIMIT_EXCEEDED"] = Verdict.MemoryLimitExceeded, ["MLE"] = Verdict.MemoryLimitExceeded,
        ["RUNTIME_ERROR"] = Verdict.RuntimeError, ["RE"] = Verdict.RuntimeError,
        ["COMPILATION_ERROR"] = Verdict.CompilationError, ["CE"] = Verdict.CompilationError,
        ["OUTPUT_LIMIT_EXCEEDED"] = Verdict.OutputLimitExceeded, ["OLE"] = Verdict.OutputLimitExceeded,
        ["PARTIAL"] = Verdict.Partial,
    };

    public ProblemPackage Read()
    {
        if (!Directory.Exists(directory))
        {
            throw new PackageException(directory, null, "no such directory");
        }
        var root = JsonFields.Root(ParseProblemFile().RootElement, ProblemFile);
        var header = new ProblemHeader
        {
            Id = root.RequiredString("id"),
            Title = root.RequiredString("title"),
            TimeLimitMs = root.RequiredUInt("time_limit_ms"),
            MemoryLimitMib = root.RequiredUInt("memory_limit_mib"),
            Statement = ReadStatement(),
        };
        // An interactive problem's tests are the interactor's inputs; an answer file (NAME.out) is optional.
        var tests = ReadTests(answersOptional: root.OptionalObject("interactor") is not null);
        var index = tests.Select((test, i) => (test.Name, i)).ToDictionary(t => t.Name, t => t.i, StringComparer.Ordinal);
        var samples = root.Strings("samples").Select((name, i) => TestIndex(index, name, $"{root.Path("samples")}[{i}]")).ToHashSet();
        var points = root.UIntMap("test_points").ToDictionary(p => TestIndex(index, p.Key, $"{root.Path("test_points")}.{p.Key}"), p => p.Value);
        for (var i = 0; i < tests.Count; i++)
        {
            header.Tests.Add(new TestCaseHeader
            {
                Sample = samples.Contains(i) || tests[i].Name.StartsWith(SamplePrefix, StringComparison.Ordinal),
                Points = points.GetValueOrDefault(i, 1u),
                InputSize = (ulong)new FileInfo(tests[i].InputPath).Length,
                ExpectedOutputSize = tests[i].ExpectedOutputPath is { } answer ? (ulong)new FileInfo(answer).Length : 0,
            });
        }
        ReadChecker(root, header);
        ReadInteractor(root, header);
        ReadSignature(root, header);
        header.Scoring = EnumValue<Scoring>(root, "scoring", ProblemsReflection.Descriptor, "SCORING_") ?? Scoring.Unspecified;
        foreach (var group in root.Objects("groups"))
        {
            header.Groups.Add(ReadGroup(group, tests));
        }
        foreach (var limits in root.Objects("language_limits"))
        {
            header.LanguageLimits.Add(ReadLanguageLimits(limits));
        }
        foreach (var solution in root.Objects("solutions"))
        {
            header.Solutions.Add(ReadSolution(solution));
        }
        root.EnsureNoOtherFields();
        return new ProblemPackage(header, tests);
    }

    private JsonDocument ParseProblemFile()
    {
        var path = Path.Combine(directory, ProblemFile);
        if (!File.Exists(path))
        {
            throw new PackageException(ProblemFile, null, "missing: every package has one (see docs/problem-package.md)");
        }
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new PackageException(ProblemFile, null, $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}");
        }
    }

    private string ReadStatement()
    {
        var path = Path.Combine(directory, StatementFile);
        return File.Exists(path) ? Utf8(path, StatementFile) : "";
    }

    // Every NAME.in needs a NAME.out (unless <paramref name="answersOptional"/>) and every NAME.out a NAME.in; nothing else may be in tests/.
    private List<PackageTest> ReadTests(bool answersOptional)
    {
        var folder = Path.Combine(directory, TestsFolder);
        if (!Directory.Exists(folder))
        {
            throw new PackageException(TestsFolder + "/", null, "missing: the tests are tests/NAME.in with tests/NAME.out");
        }
        var files = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file);
            var partner = Path.ChangeExtension(file, extension == ".in" ? ".out" : ".in");
            if (extension is not (".in" or ".out"))
            {
                throw new PackageException($"{TestsFolder}/{file}", null, "not a test file: tests/ holds only NAME.in (input) and NAME.out (expected output)");
            }
            if (!files.Contains(partner) && !(answersOptional && extension == ".in"))
            {
                throw new PackageException($"{TestsFolder}/{partner}", null, $"missing: tests/{file} has no {(extension == ".in" ? "expected output" : "input")}");
            }
        }
        var tests = files.Where(f => f.EndsWith(".in", StringComparison.Ordinal))
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Order(NaturalOrder.Instance)
            .Select(name => new PackageTest(name, Path.Combine(folder, name + ".in"),
                files.Contains(name + ".out") ? Path.Combine(folder, name + ".out") : null))
            .ToList();
        return tests.Count > 0 ? tests : throw new PackageException(TestsFolder + "/", null, "holds no tests (NAME.in with NAME.out)");
    }

    private static int TestIndex(Dictionary<string, int> index, string name, string field) =>
        index.TryGetValue(name, out var i) ? i : throw new PackageException(ProblemFile, field, $"no test '{name}' in tests/ (tests/{name}.in)");

    /// <summary>
    /// "signature": a function { "function", "parameters": [{ "name", "type" }], "returns", "in_place", "any_order",
    /// "any_order_depth" }, or a design problem's class { "class", "constructor": [{ "name", "type" }], "methods":
    /// [{ "name", "parameters", "returns" }] } (docs/function-problems.md).
    /// </summary>
    private static void ReadSignature(JsonFields root, ProblemHeader header)
    {
        if (root.OptionalObject("signature") is not { } signature)
        {
            return;
        }
        header.Signature = new Signature();
        if (signature.OptionalString("class") is { } className)
        {
            header.Signature.ClassName = className;
            header.Signature.ConstructorParameters.Add(ReadParameters(signature, "constructor"));
            foreach (var method in signature.Objects("methods"))
            {
                var read = new Method { Name = method.RequiredString("name"), ReturnType = method.RequiredString("returns") };
                read.Parameters.Add(ReadParameters(method, "parameters"));
                header.Signature.Methods.Add(read);
                method.EnsureNoOtherFields();
            }
        }
        else
        {
            header.Signature.FunctionName = signature.RequiredString("function");
            header.Signature.ReturnType = signature.RequiredString("returns");
            header.Signature.InPlace = signature.OptionalString("in_place") ?? "";
            header.Signature.AnyOrder = signature.OptionalBool("any_order");
            header.Signature.AnyOrderDepth = signature.OptionalUInt("any_order_depth") ?? 0;
            header.Signature.Parameters.Add(ReadParameters(signature, "parameters"));
        }
        signature.EnsureNoOtherFields();
    }

    private static List<Parameter> ReadParameters(JsonFields owner, string name)
    {
        var parameters = new List<Parameter>();
        foreach (var parameter in owner.Objects(name))
        {
            parameters.Add(new Parameter { Name = parameter.RequiredString("name"), Type = parameter.RequiredString("type") });
            parameter.EnsureNoOtherFields();
        }
        return parameters;
    }

    private void ReadChecker(JsonFields root, ProblemHeader header)
    {
        if (root.OptionalObject("checker") is not { } checker)
        {
            return;
        }
        header.Checker = EnumValue<Checker>(checker, "kind", ProblemsReflection.Descriptor, "CHECKER_") ?? Checker.Unspecified;
        var settings = new CheckerSettings
        {
            AbsoluteTolerance = checker.OptionalDouble("absolute_tolerance") ?? 0,
            RelativeTolerance = checker.OptionalDouble("relative_tolerance") ?? 0,
            MainFile = checker.OptionalString("main_file") ?? "",
        };
        var files = checker.Strings("files");
        var folder = Path.Combine(directory, CheckerFolder);
        if (header.Checker is Checker.Testlib or Checker.CsharpScript && files.Count == 0 && Directory.Exists(folder))
        {
            files = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        }
        for (var i = 0; i < files.Count; i++)
        {
            var path = Inside(CheckerFolder, files[i], checker, $"files[{i}]");
            settings.Files.Add(new SourceFile { Name = Path.GetFileName(files[i]), Content = ByteString.CopyFrom(File.ReadAllBytes(path)) });
        }
        header.CheckerSettings = settings;
        checker.EnsureNoOtherFields();
    }

    /// <summary>"interactor": { "main_file", "files" } (files in interactor/; all of them when "files" is absent).</summary>
    private void ReadInteractor(JsonFields root, ProblemHeader header)
    {
        if (root.OptionalObject("interactor") is not { } interactor)
        {
            return;
        }
        var settings = new InteractorSettings { MainFile = interactor.RequiredString("main_file") };
        var files = interactor.Strings("files");
        var folder = Path.Combine(directory, InteractorFolder);
        if (files.Count == 0 && Directory.Exists(folder))
        {
            files = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        }
        for (var i = 0; i < files.Count; i++)
        {
            var path = Inside(InteractorFolder, files[i], interactor, $"files[{i}]");
            settings.Files.Add(new SourceFile { Name = Path.GetFileName(files[i]), Content = ByteString.CopyFrom(File.ReadAllBytes(path)) });
        }
        header.Interactor = settings;
        interactor.EnsureNoOtherFields();
    }

    private static TestGroup ReadGroup(JsonFields group, List<PackageTest> tests)
    {
        var result = new TestGroup
        {
            Name = group.RequiredString("name"),
            Points = group.OptionalUInt("points") ?? 0,
            DependsOn = { group.Strings("depends_on") },
        };
        // Each entry is a test name or a pattern with * and ? ("hard-*"); each must match a test.
        var entries = group.Strings("tests");
        for (var i = 0; i < entries.Count; i++)
        {
            var matched = tests.Select((test, index) => (test, index))
                .Where(t => FileSystemName.MatchesSimpleExpression(entries[i], t.test.Name, ignoreCase: false))
                .Select(t => (uint)t.index)
                .ToList();
            if (matched.Count == 0)
            {
                throw new PackageException(ProblemFile, $"{group.Path("tests")}[{i}]", $"'{entries[i]}' matches no test in tests/");
            }
            result.Tests.Add(matched.Where(t => !result.Tests.Contains(t)));
        }
        group.EnsureNoOtherFields();
        return result;
    }

    private static LanguageLimits ReadLanguageLimits(JsonFields entry)
    {
        var limits = new LanguageLimits { Language = entry.RequiredString("language") };
        if (entry.OptionalDouble("time_multiplier") is { } multiplier)
        {
            limits.TimeMultiplier = multiplier;
        }
        if (entry.OptionalUInt("memory_allowance_mib") is { } allowance)
        {
            limits.MemoryAllowanceMib = allowance;
        }
        entry.EnsureNoOtherFields();
        return limits;
    }

    private Solution ReadSolution(JsonFields entry)
    {
        var file = entry.RequiredString("file");
        var path = Inside(SolutionsFolder, file, entry, "file");
        var verdictName = entry.OptionalString("expected_verdict") ?? "ACCEPTED";
        var solution = new Solution
        {
            Name = $"{SolutionsFolder}/{file}",
            Language = entry.RequiredString("language"),
            Source = ByteString.CopyFrom(File.ReadAllBytes(path)),
            ExpectedVerdict = VerdictNames.TryGetValue(verdictName, out var verdict)
                ? verdict
                : throw entry.Error("expected_verdict", $"'{verdictName}' is not a verdict a solution can expect; use one of "
                    + string.Join(", ", VerdictNames.GroupBy(v => v.Value).Select(g => string.Join(" or ", g.Select(v => v.Key))))),
            Reference = entry.OptionalBool("reference"),
        };
        entry.EnsureNoOtherFields();
        return solution;
    }

    // A file named in problem.json, inside its folder (no absolute paths, no way out with ..), that exists.
    private string Inside(string folder, string file, JsonFields entry, string field)
    {
        var root = Path.GetFullPath(Path.Combine(directory, folder));
        var path = Path.GetFullPath(Path.Combine(root, file));
        if (file.Length == 0 || Path.IsPathRooted(file) || !path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw entry.Error(field, $"'{file}' must be a file name inside {folder}/");
        }
        return File.Exists(path) ? path : throw new PackageException($"{folder}/{file}", null, $"missing (named by {ProblemFile} {entry.Path(field)})");
    }

    // An enum field by its proto name without the prefix, in lower case: "per_test" for SCORING_PER_TEST.
    private static T? EnumValue<T>(JsonFields fields, string name, FileDescriptor file, string prefix) where T : struct, Enum
    {
        if (fields.OptionalString(name) is not { } text)
        {
            return null;
        }
        var names = file.EnumTypes.Single(e => e.ClrType == typeof(T)).Values
            .Where(v => v.Number != 0)
            .ToDictionary(v => v.Name[prefix.Length..].ToLowerInvariant(), v => v.Number, StringComparer.Ordinal);
        return names.TryGetValue(text, out var number)
            ? (T)Enum.ToObject(typeof(T), number)
            : throw fields.Error(name, $"'{text}' is not one of {string.Join(", ", names.Keys)}");
    }

    private static string Utf8(string path, string file)
    {
        try
        {
            return StrictUtf8.GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException)
        {
            throw new PackageException(file, null, "is not valid UTF-8");
        }
    }
}
