using Judge.Worker.Programs;
using Judge.Worker.Options;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Judging;

/// <summary>
/// Sandbox:ParallelTests: gathers the sandboxes a submission's tests run in. With it off (1), or an engine of one core,
/// the sandbox that compiled runs every test, not pinned. Otherwise every submission leases cores of the engine
/// (<see cref="CoreAllocator"/>, sized for Worker:Concurrency submissions at once): one, pinning the sandbox that
/// compiled, and with at least ParallelTestsMinTests tests up to ParallelTests, renting one more warm sandbox of the
/// language per extra core (only while the pool has one warm: starting a container would cost more than it saves),
/// unpacking into each the packed compile the compiled-program cache holds (made by the compile in the first sandbox:
/// nothing is compiled on the host), sealing it and setting its memory as for the first. Every sandbox of the team is
/// pinned to a core of its own; with no core free (more submissions at once than cores) the tests run in one sandbox,
/// not pinned.
/// </summary>
internal sealed class ParallelSandboxes(
    ISandboxPool pool,
    CompiledPrograms compiled,
    ISandboxEngine engine,
    IOptions<SandboxOptions> sandboxOptions,
    IOptions<WorkerOptions> workerOptions,
    ILogger<ParallelSandboxes> logger)
{
    private readonly SandboxOptions _options = sandboxOptions.Value;
    private readonly SemaphoreSlim _coresGate = new(1, 1);
    private CoreAllocator? _cores;

    /// <summary>
    /// The team for judging <paramref name="plan"/> with <paramref name="first"/> (compiled, sealed, its memory set), of
    /// at most <paramref name="maxSandboxes"/> (at least 1).
    /// An extra that cannot be readied is removed and the team is smaller; only cancellation or a failure to pin throws
    /// (the extras are released first; <paramref name="first"/> stays the caller's).
    /// </summary>
    public async Task<SandboxTeam> GatherAsync(ISandbox first, ProgramSource program, JudgingPlan plan, int maxSandboxes,
        CancellationToken cancellationToken)
    {
        var tests = plan.Tests.Count();
        if (_options.ParallelTests <= 1 || tests == 0)
        {
            return SandboxTeam.Alone(first, pool, logger);
        }
        var allocator = await CoresAsync(cancellationToken);
        if (allocator.Count < 2)
        {
            return SandboxTeam.Alone(first, pool, logger);
        }
        var wanted = tests >= _options.ParallelTestsMinTests ? Math.Min(_options.ParallelTests, tests) : 1;
        var lease = allocator.Acquire(Math.Max(1, Math.Min(wanted, maxSandboxes)));
        if (lease.Cores.Count == 0)
        {
            logger.LogInformation("Every core is leased; the tests run in one sandbox, not pinned");
            return SandboxTeam.Alone(first, pool, logger);
        }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var team = new List<ISandbox> { first };
        try
        {
            if (lease.Cores.Count > 1 && await PackedProgramAsync(first.Language, program, cancellationToken) is { } packed)
            {
                while (team.Count < lease.Cores.Count && pool.WarmCount(first.Language) > 0)
                {
                    var extra = await pool.RentAsync(first.Language, cancellationToken);
                    try
                    {
                        await ReadyAsync(extra, program, packed, plan, cancellationToken);
                        team.Add(extra);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        pool.Release(extra, reusable: false);
                        logger.LogWarning("An extra sandbox {ContainerId} could not take the compiled program ({Error}); {Count} run the tests",
                            extra.Id, e.Message, team.Count);
                        break;
                    }
                    catch
                    {
                        pool.Release(extra, reusable: false);
                        throw;
                    }
                }
            }
            lease.Keep(team.Count);
            await Task.WhenAll(team.Select((sandbox, i) =>
                sandbox.SetCpusAsync(lease.Cores[i].ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken)));
        }
        catch
        {
            // The extras are not trusted; the first goes back with the caller's verdict on the submission (not normal).
            foreach (var extra in team.Skip(1))
            {
                pool.Release(extra, reusable: false);
            }
            lease.Dispose();
            throw;
        }
        logger.LogInformation("Tests run in {Sandboxes} sandboxes pinned to cores {Cores} (readied in {ReadyMs:0} ms)",
            team.Count, string.Join(",", lease.Cores), System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new SandboxTeam(team, pool, lease, allocator.All, logger);
    }

    /// <summary>
    /// What an extra sandbox needs of the compile: the packed work dir from the cache, an empty one for a language
    /// without a compile step (its files are written as they are), or null when the cache does not hold it.
    /// </summary>
    private async Task<ReadOnlyMemory<byte>?> PackedProgramAsync(string languageId, ProgramSource program, CancellationToken cancellationToken)
    {
        if (program.Language.CompileCommand.Length == 0)
        {
            return ReadOnlyMemory<byte>.Empty;
        }
        if (!compiled.Enabled || await compiled.FindAsync(CompiledPrograms.Key(languageId, program), cancellationToken) is not { } entry)
        {
            logger.LogInformation("The compiled program is not in the compiled-program cache; the tests run in one sandbox");
            return null;
        }
        return entry.Tar;
    }

    /// <summary>Puts the compiled program into <paramref name="extra"/>, seals it and sets its memory as the first's.</summary>
    private async Task ReadyAsync(ISandbox extra, ProgramSource program, ReadOnlyMemory<byte> packed, JudgingPlan plan, CancellationToken cancellationToken)
    {
        if (packed.IsEmpty)
        {
            foreach (var file in program.Files)
            {
                await extra.WriteFileAsync($"{SandboxOptions.WorkDirectory}/{file.Name}", file.Content, Convert.ToInt32("644", 8), cancellationToken);
            }
        }
        else
        {
            var unpack = await extra.ExecAsync(Compiler.UnpackRequest(_options, packed), cancellationToken);
            if (unpack.Status != RunStatus.Ok)
            {
                throw new SandboxBrokenException($"unpacking the compiled program ended {unpack.Status} (exit {unpack.ExitCode}): " +
                    System.Text.Encoding.UTF8.GetString(unpack.Stderr));
            }
        }
        var sealedBytes = await extra.SealAsync(SandboxOptions.WorkDirectory, cancellationToken);
        await extra.SetMemoryLimitAsync(plan.Limits.ContainerMemoryBytes(plan.Tests, sealedBytes), cancellationToken);
    }

    /// <summary>The engine's cores, asked once (a failed question is asked again next time).</summary>
    private async Task<CoreAllocator> CoresAsync(CancellationToken cancellationToken)
    {
        if (_cores is { } known)
        {
            return known;
        }
        await _coresGate.WaitAsync(cancellationToken);
        try
        {
            if (_cores is null)
            {
                _cores = new CoreAllocator(await engine.CpuCountAsync(cancellationToken), workerOptions.Value.Concurrency);
                if (_cores.Count < _options.ParallelTests - 1 + _cores.Holders)
                {
                    logger.LogWarning("Sandbox:ParallelTests is {ParallelTests} with Worker:Concurrency {Concurrency}, but the engine has {Cores} cores: " +
                        "a submission gets extra sandboxes only while fewer than {Concurrency} are judged",
                        _options.ParallelTests, _cores.Holders, _cores.Count, _cores.Holders);
                }
            }
            return _cores;
        }
        finally
        {
            _coresGate.Release();
        }
    }
}
