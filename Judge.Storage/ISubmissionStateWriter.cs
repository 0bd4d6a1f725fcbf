using Judge.Contracts.V1;

namespace Judge.Storage;

/// <summary>
/// What a worker's progress reporter writes through: <see cref="SubmissionStore.WriteAsync(Submission, IReadOnlyList{SubmissionEvent}, uint, bool, CancellationToken)"/>
/// (newer writes only, a final state never overwritten).
/// </summary>
public interface ISubmissionStateWriter
{
    /// <summary>Stores <paramref name="state"/> and appends <paramref name="changes"/> in one step if this (attempt, <paramref name="sequence"/>) is newer than the stored one.</summary>
    Task<SubmissionStore.WriteOutcome> WriteAsync(Submission state, IReadOnlyList<SubmissionEvent> changes, uint sequence, bool isFinal, CancellationToken cancellationToken);
}
