using Docker.DotNet;
using Docker.DotNet.Models;
using Judge.Worker.Options;
using Judge.Worker.Telemetry;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace Judge.Worker.Sandbox;

/// <summary>
/// Creates locked-down containers with the resident runner attached: no network, read-only root,
/// size-capped tmpfs work dir, memory, pids and CPU limits, no capabilities, no new privileges, not root.
/// </summary>
internal sealed class DockerSandboxFactory(
    IDockerClient docker,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<SandboxOptions> sandboxOptions,
    IOptions<WorkerOptions> workerOptions,
    WorkerDirectories directories,
    WorkerTelemetry telemetry,
    ILogger<DockerSandboxFactory> logger) : ISandboxFactory
{
    public const string SandboxLabel = "judge.sandbox";
    public const string WorkerLabel = "judge.worker";
    public const string LanguageLabel = "judge.language";
    public const string RoleLabel = "judge.role";

    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(DockerResilience.PipelineName);
    private readonly SandboxOptions _options = sandboxOptions.Value;
    private readonly string _workerName = workerOptions.Value.Name;

    public async Task<ISandbox> CreateAsync(SandboxSpec spec, SandboxRole role, CancellationToken cancellationToken)
    {
        var languageId = spec.LanguageId;
        try
        {
            var sandbox = await StartAsync(spec, role, cancellationToken);
            telemetry.SandboxCreated(languageId);
            return sandbox;
        }
        catch (Exception e) when (!(e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            telemetry.SandboxCreationFailed(languageId);
            throw;
        }
    }

    private async Task<ISandbox> StartAsync(SandboxSpec spec, SandboxRole role, CancellationToken cancellationToken)
    {
        var languageId = spec.LanguageId;
        var name = role == SandboxRole.Checker ? $"judge-checker-{languageId}-{Guid.NewGuid():N}" : $"judge-{languageId}-{Guid.NewGuid():N}";
        var files = SandboxFiles.Create(Path.Combine(directories.Sandboxes, name), Path.Combine(directories.Outputs, name));
        string id;
        try
        {
            var created = await _pipeline.ExecuteAsync(
                async token => await docker.Containers.CreateContainerAsync(ContainerFor(name, spec, role, files), token),
                cancellationToken);
            id = created.ID;
        }
        catch
        {
            files.Delete();
            throw;
        }
        try
        {
            // Attach before start so no byte of the runner's output is missed. With StdinOnce, closing this
            // stream (or this worker dying) ends the runner, and AutoRemove then removes the container.
            var stream = await docker.Containers.AttachContainerAsync(id, tty: false,
                new ContainerAttachParameters { Stream = true, Stdin = true, Stdout = true, Stderr = true }, cancellationToken);
            var channel = new RunnerChannel(stream, id, logger);
            await _pipeline.ExecuteAsync(
                async token => await docker.Containers.StartContainerAsync(id, new ContainerStartParameters(), token),
                cancellationToken);
            var sandbox = new DockerSandbox(id, languageId, channel, files, docker, _pipeline, _options, logger);
            await sandbox.PingAsync(cancellationToken);
            logger.LogDebug("Sandbox {ContainerId} for {Language} is warm", id, languageId);
            return sandbox;
        }
        catch
        {
            await RemoveQuietlyAsync(id);
            files.Delete();
            throw;
        }
    }

    /// <summary>Removes containers a previous run of this worker left behind.</summary>
    public async Task RemoveLeftoversAsync(CancellationToken cancellationToken)
    {
        var containers = await _pipeline.ExecuteAsync(
            async token => await docker.Containers.ListContainersAsync(new ContainersListParameters
            {
                All = true,
                Filters = new Dictionary<string, IDictionary<string, bool>>
                {
                    ["label"] = new Dictionary<string, bool> { [$"{WorkerLabel}={_workerName}"] = true },
                },
            }, token),
            cancellationToken);
        foreach (var container in containers)
        {
            await RemoveQuietlyAsync(container.ID);
        }
        if (containers.Count > 0)
        {
            logger.LogInformation("Removed {Count} leftover containers of worker {WorkerName}", containers.Count, _workerName);
        }
    }

    private CreateContainerParameters ContainerFor(string name, SandboxSpec spec, SandboxRole role, SandboxFiles files)
    {
        var compileMemory = (long)spec.CompileMemoryMiB << 20;
        return new CreateContainerParameters
        {
            Image = spec.Image,
            Name = name,
            Labels = new Dictionary<string, string>
            {
                [SandboxLabel] = "1",
                [WorkerLabel] = _workerName,
                [LanguageLabel] = spec.LanguageId,
                [RoleLabel] = role == SandboxRole.Checker ? "checker" : "candidate",
            },
            User = _options.User,
            // The runner counts a run's CPU time from the container's cgroup: every process of the run, waited for or not.
            Env = ["JUDGE_RUNNER_CPU=cgroup"],
            WorkingDir = SandboxOptions.WorkDirectory,
            AttachStdin = true,
            AttachStdout = true,
            AttachStderr = true,
            OpenStdin = true,
            StdinOnce = true,
            Tty = false,
            NetworkDisabled = true,
            HostConfig = new HostConfig
            {
                NetworkMode = "none",
                ReadonlyRootfs = true,
                Binds = files.Binds,
                Tmpfs = new Dictionary<string, string>
                {
                    [SandboxOptions.WorkDirectory] = $"rw,exec,nosuid,nodev,size={_options.WorkDirSizeMiB}m,mode=1777",
                    ["/tmp"] = $"rw,nosuid,nodev,size={_options.TmpSizeMiB}m,mode=1777",
                },
                Memory = compileMemory,
                MemorySwap = compileMemory,
                PidsLimit = _options.PidsLimit,
                NanoCPUs = (long)(_options.Cpus * 1e9),
                CapDrop = ["ALL"],
                SecurityOpt = ["no-new-privileges"],
                IpcMode = "private",
                AutoRemove = true,
            },
        };
    }

    private Task RemoveQuietlyAsync(string id) => ContainerRemoval.RemoveAsync(docker, _pipeline, id, logger);
}
