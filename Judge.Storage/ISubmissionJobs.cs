using Judge.Contracts.V1;
using Judge.Storage.Records;

namespace Judge.Storage;

/// <summary>What a worker reads and writes of a queued submission; <see cref="SubmissionStore"/> is the real one.</summary>
public interface ISubmissionJobs : ISubmissionStateWriter
{
    /// <summary>The job as queued, or null when the submission is gone.</summary>
    Task<SubmissionJob?> FindJobAsync(string submissionId, CancellationToken cancellationToken);

    /// <summary>The submission's state as last written, or null when it is gone.</summary>
    Task<Submission?> FindStateAsync(string submissionId, CancellationToken cancellationToken);
}

/// <summary>What a worker reads of a problem; <see cref="ProblemStore"/> is the real one.</summary>
public interface IProblemVersions
{
    /// <summary>A problem version (0 = the current one), or null when there is none.</summary>
    Task<StoredProblem?> FindAsync(string problemId, uint version, CancellationToken cancellationToken);
}
