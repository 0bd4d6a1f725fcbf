namespace Judge.Worker.Queue;

/// <summary>One delivery of a job from the stream. <see cref="Attempt"/> counts deliveries, starting at 1.</summary>
public sealed record JobDelivery(string MessageId, string SubmissionId, uint Attempt);
