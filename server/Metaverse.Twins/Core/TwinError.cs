namespace Metaverse.Twins.Core;

/// <summary>
/// Why a command, parameter or saved state was refused: the field at fault, the values it accepts,
/// and a sentence for the user. Expected failures (bad input) return this; programming errors throw.
/// </summary>
public sealed record TwinError(string Field, string AcceptedRange, string Message)
{
    public override string ToString() => $"{Field}: {Message} (accepted: {AcceptedRange})";
}
