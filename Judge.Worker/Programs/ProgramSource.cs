using Judge.Worker.Functions;
using Judge.Worker.Languages;

namespace Judge.Worker.Programs;

/// <summary>One file written into the work dir before compiling.</summary>
internal sealed record SourceFileContent(string Name, ReadOnlyMemory<byte> Content);

/// <summary>
/// What a submission is compiled from: its files and the language row that compiles and runs them. A program is the
/// candidate's source as the language's source file; a function-style problem's is the candidate's code as the
/// solution file plus the generated harness, with the language's function commands (<see cref="Harness"/> set).
/// </summary>
internal sealed record ProgramSource(LanguageDefinition Language, IReadOnlyList<SourceFileContent> Files, FunctionHarness? Harness = null)
{
    /// <summary>A whole program in one source file.</summary>
    public static ProgramSource Program(LanguageDefinition language, ReadOnlyMemory<byte> source) =>
        new(language, [new SourceFileContent(language.SourceFile, source)]);
}
