using Judge.Contracts.V1;
using Judge.Domain.Functions;
using Judge.Storage.Records;

namespace Judge.Worker.Checking;

/// <summary>
/// The checker a problem version names: one shared instance per built-in kind (compared in the worker, no sandbox
/// touched), a <see cref="ReturnValueChecker"/> for a function-style problem, or for TESTLIB and CSHARP_SCRIPT the version's
/// compiled program in a sandbox of its own (<see cref="CheckerSandboxes"/>). An interactive problem's is an
/// <see cref="Interaction"/>: its compiled interactor, and that checker (if any) for the interactor's tout.
/// </summary>
internal sealed class CheckerRegistry(CheckerSandboxes sandboxes)
{
    private readonly TokenChecker _tokens = new();
    private readonly ExactChecker _exact = new();
    private readonly LinesChecker _lines = new();
    private readonly UnorderedLinesChecker _unorderedLines = new();
    private readonly CaseInsensitiveTokensChecker _caseInsensitiveTokens = new();

    /// <summary>The checker of <paramref name="problem"/>'s version; dispose it once the submission is judged.</summary>
    /// <exception cref="CheckerUnavailableException">A program checker or interactor that does not compile, or that this worker cannot run.</exception>
    /// <exception cref="Sandbox.SandboxBrokenException">A program checker's sandbox stopped answering while compiling.</exception>
    /// <exception cref="NotSupportedException">A kind this worker does not know.</exception>
    public async Task<IChecker> ForAsync(StoredProblem problem, CancellationToken cancellationToken)
    {
        if (problem.Header.Interactor is not { } interactor)
        {
            return await OutputCheckerAsync(problem, cancellationToken);
        }
        var rented = await sandboxes.RentProgramAsync(problem, CheckerProgram.Interactor(interactor), cancellationToken);
        try
        {
            var toutChecker = problem.Header.Checker == Checker.Unspecified ? null : await OutputCheckerAsync(problem, cancellationToken);
            return new Interaction(rented, toutChecker);
        }
        catch
        {
            await rented.DisposeAsync();
            throw;
        }
    }

    private Task<IChecker> OutputCheckerAsync(StoredProblem problem, CancellationToken cancellationToken)
    {
        var header = problem.Header;
        var settings = header.CheckerSettings ?? new CheckerSettings();
        if (CheckerProgram.For(header.Checker, settings) is { } program)
        {
            return sandboxes.RentAsync(problem, program, cancellationToken);
        }
        if (header.Signature is not null)
        {
            var signature = FunctionSignature.From(header.Signature);
            if (signature.Design is { } design)
            {
                return Task.FromResult<IChecker>(new DesignChecker(design, settings.AbsoluteTolerance, settings.RelativeTolerance));
            }
            return Task.FromResult<IChecker>(new ReturnValueChecker(signature.JudgedType, signature.AnyOrderDepth, settings.AbsoluteTolerance, settings.RelativeTolerance));
        }
        IChecker checker = header.Checker switch
        {
            Checker.Unspecified or Checker.Tokens => _tokens,
            Checker.Exact => _exact,
            Checker.Lines => _lines,
            Checker.Floats => new FloatsChecker(settings.AbsoluteTolerance, settings.RelativeTolerance),
            Checker.UnorderedLines => _unorderedLines,
            Checker.TokensCaseInsensitive => _caseInsensitiveTokens,
            _ => throw new NotSupportedException($"checker {header.Checker} is not supported by this worker"),
        };
        return Task.FromResult(checker);
    }
}
