namespace Judge.Worker.Functions;

/// <summary>
/// What a compile error of a function-style program is explained with: the candidate's file and source, the harness
/// file (whose diagnostics are the candidate's signature mismatch, not theirs to read), the function's name as the
/// language spells it, and the declaration the candidate must write (from the stub).
/// A design problem's harness also has its members: the constructor (named as the class, or as the language names it:
/// Go's Constructor) then each method, as the language spells it, with the declaration the stub shows.
/// </summary>
internal sealed record FunctionHarness(string SolutionFile, string HarnessFile, string FunctionName, string Declaration, string CandidateSource,
    IReadOnlyList<(string Name, string Declaration)>? Members = null);
