using System.Text;
using Judge.Contracts.V1;
using Microsoft.Extensions.Options;

namespace Judge.Api.Validation;

/// <summary>Checks what can be checked without Redis; language and problem existence are checked by the service.</summary>
public sealed class SubmitRequestValidator(IOptions<ApiOptions> options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public void Validate(SubmitRequest request)
    {
        var limits = options.Value;
        if (request.ProblemId.Length == 0)
        {
            throw Invalid.Argument("problem_id is required");
        }
        if (!Identifiers.IsProblemId(request.ProblemId))
        {
            throw Invalid.Argument($"problem_id must be {Identifiers.ProblemIdRule}");
        }
        if (request.Language.Length == 0)
        {
            throw Invalid.Argument("language is required (see ListLanguages)");
        }
        if (!Identifiers.IsLanguageId(request.Language))
        {
            throw Invalid.Argument("language must be a language id such as 'cpp' or 'python' (see ListLanguages)");
        }
        if (request.Source.Length > limits.MaxSourceBytes)
        {
            throw Invalid.Argument($"source is {request.Source.Length} bytes; the limit is {limits.MaxSourceBytes} bytes");
        }
        string source;
        try
        {
            source = StrictUtf8.GetString(request.Source.Span);
        }
        catch (DecoderFallbackException)
        {
            throw Invalid.Argument("source is not valid UTF-8");
        }
        if (string.IsNullOrWhiteSpace(source))
        {
            throw Invalid.Argument("source is empty");
        }
        if (request.IdempotencyKey.Length > 0 && !Identifiers.IsIdempotencyKey(request.IdempotencyKey))
        {
            throw Invalid.Argument("idempotency_key must be 1-128 printable ASCII characters without spaces");
        }
        if (!Enum.IsDefined(request.Mode))
        {
            throw Invalid.Argument($"mode {(int)request.Mode} is not a known mode (SUBMIT or RUN)");
        }
        if (request.HasCustomInput && request.Mode != SubmitMode.Run)
        {
            throw Invalid.Argument("custom_input is for mode RUN only");
        }
        if (request.HasCustomInput && request.CustomInput.Length > limits.MaxCustomInputBytes)
        {
            throw Invalid.Argument($"custom_input is {request.CustomInput.Length} bytes; the limit is {limits.MaxCustomInputBytes} bytes");
        }
    }
}
