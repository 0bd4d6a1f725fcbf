namespace Judge.Worker.Checking;

/// <summary>
/// A problem version's checker cannot judge anything (it does not compile, or this worker cannot run its kind): the
/// submission finishes INTERNAL_ERROR with this message, which names the checker and is never the candidate's fault.
/// </summary>
public sealed class CheckerUnavailableException(string message) : Exception(message);
