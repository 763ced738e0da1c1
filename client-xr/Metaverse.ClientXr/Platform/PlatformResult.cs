using System.Diagnostics.CodeAnalysis;

namespace Metaverse.ClientXr.Platform;

/// <summary>Either a value or the <see cref="PlatformError"/> that prevented it.</summary>
public readonly struct PlatformResult<T>
    where T : class
{
    public PlatformResult(T value)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public PlatformResult(PlatformError error)
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    public T? Value { get; }

    public PlatformError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value, or an <see cref="InvalidOperationException"/> carrying the error message (for callers that cannot continue without it).</summary>
    public T ValueOrThrow() => Value ?? throw new InvalidOperationException(Error!.Message);
}
