namespace Judge.Domain.Functions;

/// <summary>A signature that breaks a rule; the message names the field (e.g. "signature.parameters[1].type: ...").</summary>
public sealed class SignatureException(string message) : Exception(message);
