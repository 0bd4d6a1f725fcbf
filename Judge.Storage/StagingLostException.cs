namespace Judge.Storage;

/// <summary>
/// An upload's staged test data is not what was sent: it expired (after an hour) or was removed
/// before the upload finished. The upload cannot be completed; it must be sent again.
/// </summary>
public sealed class StagingLostException(string message) : Exception(message);
