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
        ValidateIds(request.ProblemId, request.Language);
        if (string.IsNullOrWhiteSpace(Source(request.Source)))
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

    private static void ValidateIds(string problemId, string language)
    {
        if (problemId.Length == 0)
        {
            throw Invalid.Argument("problem_id is required");
        }
        if (!Identifiers.IsProblemId(problemId))
        {
            throw Invalid.Argument($"problem_id must be {Identifiers.ProblemIdRule}");
        }
        if (language.Length == 0)
        {
            throw Invalid.Argument("language is required (see ListLanguages)");
        }
        if (!Identifiers.IsLanguageId(language))
        {
            throw Invalid.Argument("language must be a language id such as 'cpp' or 'python' (see ListLanguages)");
        }
    }

    /// <summary>A draft's fields: ids as a submission's, its source UTF-8 of at most Api:MaxSourceBytes (empty allowed).</summary>
    public void Validate(SaveDraftRequest request)
    {
        ValidateIds(request.ProblemId, request.Language);
        Source(request.Source);
    }

    /// <summary>The source's text: at most Api:MaxSourceBytes of valid UTF-8, else INVALID_ARGUMENT naming the field.</summary>
    private string Source(Google.Protobuf.ByteString bytes)
    {
        var limit = options.Value.MaxSourceBytes;
        if (bytes.Length > limit)
        {
            throw Invalid.Argument($"source is {bytes.Length} bytes; the limit is {limit} bytes");
        }
        try
        {
            return StrictUtf8.GetString(bytes.Span);
        }
        catch (DecoderFallbackException)
        {
            throw Invalid.Argument("source is not valid UTF-8");
        }
    }
}
