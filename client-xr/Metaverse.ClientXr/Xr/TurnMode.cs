namespace Metaverse.ClientXr.Xr;

/// <summary>How the thumbstick turns the player: in steps (comfortable, the default) or continuously.</summary>
internal enum TurnMode
{
    Snap,
    Smooth,
}
