namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>An OpenXR call that failed: the call's name and its result code, readable ("xrCreateSession: XR_ERROR_…").</summary>
internal sealed class OpenXrException : Exception
{
    public OpenXrException()
    {
    }

    public OpenXrException(string message)
        : base(message)
    {
    }

    public OpenXrException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OpenXrException(string call, XrResult result, string? hint = null)
        : base($"{call}: {XrResultNames.Name(result)}{(hint is null ? string.Empty : $" ({hint})")}")
    {
        Call = call;
        Result = result;
    }

    public string Call { get; } = string.Empty;

    public XrResult Result { get; }

    /// <summary>Throws for a negative (error) result; returns success codes (XR_SESSION_LOSS_PENDING, XR_FRAME_DISCARDED…).</summary>
    public static XrResult Check(XrResult result, string call) =>
        result.Succeeded() ? result : throw new OpenXrException(call, result);
}
