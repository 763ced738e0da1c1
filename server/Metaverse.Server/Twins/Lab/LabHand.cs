namespace Metaverse.Server.Twins.Lab;

/// <summary>Which of the holder's hands a molecule follows.</summary>
public enum LabHand
{
    Left,
    Right,
}
