using System.Runtime.CompilerServices;
using Docker.DotNet;
using Docker.DotNet.Models;
using Judge.Worker.Options;
using Polly;

namespace Judge.Worker.Sandbox;

/// <summary>
/// A warm container whose resident runner executes each command; removed when disposed. Every program's
/// stdin and stdout are files of <see cref="SandboxFiles"/> on the host: only requests and replies cross the engine.
/// </summary>
internal sealed class DockerSandbox(
    string containerId,
    string language,
    RunnerChannel channel,
    SandboxFiles files,
    IDockerClient docker,
    ResiliencePipeline dockerPipeline,
    SandboxOptions options,
    ILogger logger) : ISandbox
{
    private readonly SemaphoreSlim _exclusive = new(1, 1);
    private bool _broken;

    public string Id => containerId;

    public string Language => language;

    public string HostOutputDirectory => files.Output;

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        var reply = await ExchangeAsync(RunnerProtocol.Ping(), TimeSpan.FromSeconds(10), cancellationToken);
        if (reply.Message != RunnerProtocol.ExpectedPingMessage)
        {
            throw new RunnerProtocolException($"runner answered PING with '{reply.Message}', expected '{RunnerProtocol.ExpectedPingMessage}'");
        }
    }

    public async Task WriteFileAsync(string path, ReadOnlyMemory<byte> content, int mode, CancellationToken cancellationToken) =>
        EnsureOk(await ExchangeAsync(RunnerProtocol.WriteFile(path, mode, content), options.RunnerReplySlack, cancellationToken), "write " + path);

    public async Task PrestartAsync(ExecRequest request, CancellationToken cancellationToken) =>
        EnsureOk(await ExchangeAsync(RunnerProtocol.Prestart(request), options.RunnerReplySlack, cancellationToken), "prestart " + request.Command[0]);

    public async Task<long> SealAsync(string directory, CancellationToken cancellationToken)
    {
        var reply = await ExchangeAsync(RunnerProtocol.Seal(directory), options.RunnerReplySlack, cancellationToken);
        EnsureOk(reply, "seal " + directory);
        return reply.PeakMemoryKib * 1024; // SEAL reports the sealed files' size in this field (PROTOCOL.md)
    }

    public async Task WipeAsync(CancellationToken cancellationToken)
    {
        files.Clear();
        EnsureOk(await ExchangeAsync(RunnerProtocol.Wipe(SandboxOptions.WorkDirectory), options.RunnerReplySlack, cancellationToken), "wipe the sandbox");
    }

    /// <summary>How many submissions this container has been rented for.</summary>
    public int Rentals { get; set; }

    /// <summary>False once an exchange with the runner went wrong: the container must not be used again.</summary>
    public bool Healthy => !_broken;

    /// <summary>
    /// Stages the request's files, runs it and reads its stdout (and return value), all in one turn: a sandbox shared by several
    /// submissions (a checker's) serves one run at a time, and no run sees another's files.
    /// </summary>
    public async Task<ExecResult> ExecAsync(ExecRequest request, CancellationToken cancellationToken)
    {
        await _exclusive.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_broken, this);
            var stdinPath = "";
            if (request.StdinFile is { } stdinFile)
            {
                files.StageInput(stdinFile);
                stdinPath = SandboxFiles.ContainerStdinPath;
            }
            else if (request.Stdin.Length > 0 && !request.Prestarted)
            {
                // A prestarted program's request goes in the request itself, into its pipe.
                files.StageInput(request.Stdin);
                stdinPath = SandboxFiles.ContainerStdinPath;
            }
            else
            {
                files.Stage(request.Files);
            }
            try
            {
                if (request.ReturnValueLimitBytes > 0)
                {
                    files.CreateReturnValue();
                }
                // A prestarted program's stdout was set when it started: it comes back in the reply. A piped one's is a pipe.
                var stdoutPath = request.Prestarted ? "" : SandboxFiles.ContainerStdoutPath;
                var frame = request.Pipe is { } pipe ? RunnerProtocol.ExecPiped(request, pipe) : RunnerProtocol.Exec(request, stdinPath, stdoutPath);
                var reply = await ExchangeHeldAsync(frame, RunnerProtocol.LongestRun(request.WallTimeLimit) + options.RunnerReplySlack, cancellationToken);
                return reply with
                {
                    Stdout = request.Prestarted ? reply.Stdout : request.Pipe is not null ? [] : files.TakeStdout(request.StdoutLimitBytes),
                    ReturnValue = request.ReturnValueLimitBytes > 0 ? files.TakeReturnValue(request.ReturnValueLimitBytes + 1) : null,
                };
            }
            finally
            {
                files.ClearInput();
            }
        }
        finally
        {
            _exclusive.Release();
        }
    }

    public async IAsyncEnumerable<ExecResult> ExecBatchAsync(ExecRequest request, IReadOnlyList<BatchRun> runs, bool stopAfterFailedRun,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (request.ReturnValueLimitBytes > 0)
        {
            throw new ArgumentException("a batch has no return value channel", nameof(request));
        }
        await _exclusive.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_broken, this);
            var items = files.StageBatch([.. runs.Select(run => run.StdinFile)], [.. runs.Select(run => run.StdoutLimitBytes)]);
            var replyTimeout = RunnerProtocol.LongestRun(request.WallTimeLimit) + options.RunnerReplySlack;
            await SendHeldAsync(RunnerProtocol.ExecBatch(request, items, stopAfterFailedRun, (long)options.BatchStdoutBacklogMiB << 20),
                replyTimeout, cancellationToken);
            var answered = 0;
            try
            {
                while (answered < runs.Count)
                {
                    var reply = await ReadHeldAsync(replyTimeout, cancellationToken);
                    if (reply.Status == RunStatus.InternalError)
                    {
                        // A malformed batch has one reply only: the stream may be out of step from here on.
                        _broken = true;
                    }
                    var stdout = reply.Status == RunStatus.NotRun ? [] : files.TakeBatchStdout(answered, runs[answered].StdoutLimitBytes);
                    answered++;
                    yield return reply with { Stdout = stdout };
                    if (_broken)
                    {
                        yield break;
                    }
                }
            }
            finally
            {
                if (answered < runs.Count && !_broken)
                {
                    await CancelHeldAsync(runs.Count - answered, replyTimeout, cancellationToken);
                }
                files.ClearBatchOutputs();
                files.ClearInput();
            }
        }
        finally
        {
            _exclusive.Release();
        }
    }

    /// <summary>Ends a batch whose results are no longer wanted: CANCEL, then its remaining replies and CANCEL's own.</summary>
    private async Task CancelHeldAsync(int remaining, TimeSpan replyTimeout, CancellationToken cancellationToken)
    {
        await SendHeldAsync(RunnerProtocol.Cancel(), replyTimeout, cancellationToken);
        for (var i = 0; i <= remaining; i++)
        {
            await ReadHeldAsync(replyTimeout, cancellationToken);
        }
    }

    public Task SetMemoryLimitAsync(long bytes, CancellationToken cancellationToken) =>
        dockerPipeline.ExecuteAsync(
            async token => await docker.Containers.UpdateContainerAsync(containerId,
                new ContainerUpdateParameters { Memory = bytes, MemorySwap = bytes }, token),
            cancellationToken).AsTask();

    public Task SetCpusAsync(string cpuset, CancellationToken cancellationToken) =>
        dockerPipeline.ExecuteAsync(
            async token => await docker.Containers.UpdateContainerAsync(containerId,
                new ContainerUpdateParameters { CpusetCpus = cpuset }, token),
            cancellationToken).AsTask();

    private async Task<ExecResult> ExchangeAsync(RunnerProtocol.Frame frame, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await _exclusive.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_broken, this);
            return await ExchangeHeldAsync(frame, timeout, cancellationToken);
        }
        finally
        {
            _exclusive.Release();
        }
    }

    /// <summary>One request and its reply; the caller holds <see cref="_exclusive"/>.</summary>
    private Task<ExecResult> ExchangeHeldAsync(RunnerProtocol.Frame frame, TimeSpan timeout, CancellationToken cancellationToken) =>
        GuardedAsync(token => channel.ExchangeAsync(frame, token), timeout, cancellationToken);

    private Task SendHeldAsync(RunnerProtocol.Frame frame, TimeSpan timeout, CancellationToken cancellationToken) =>
        GuardedAsync(async token =>
        {
            await channel.SendAsync(frame, token);
            return true;
        }, timeout, cancellationToken);

    private Task<ExecResult> ReadHeldAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        GuardedAsync(channel.ReadReplyAsync, timeout, cancellationToken);

    /// <summary>A step of an exchange within <paramref name="timeout"/>; one that goes wrong breaks the sandbox for good.</summary>
    private async Task<T> GuardedAsync<T>(Func<CancellationToken, Task<T>> step, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await step(deadline.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A half-finished exchange leaves the stream out of step; this sandbox cannot be trusted again.
            _broken = true;
            throw new SandboxBrokenException($"container {containerId}: the runner did not answer properly ({e.Message})", e);
        }
        catch (OperationCanceledException)
        {
            _broken = true;
            throw;
        }
    }

    private static void EnsureOk(ExecResult reply, string what)
    {
        if (reply.Status != RunStatus.Ok)
        {
            throw new SandboxBrokenException($"runner could not {what}: {reply.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        _broken = true;
        channel.Dispose();
        await ContainerRemoval.RemoveAsync(docker, dockerPipeline, containerId, logger);
        try
        {
            files.Delete();
        }
        catch (IOException e)
        {
            logger.LogWarning("Could not remove {SandboxFiles}: {Error}", files.Input, e.Message);
        }
        _exclusive.Dispose();
    }
}
