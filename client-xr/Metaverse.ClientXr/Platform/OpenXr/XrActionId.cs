namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>The client's actions (one action set "metaverse"); each has the subaction paths /user/hand/left and /user/hand/right.</summary>
internal enum XrActionId
{
    /// <summary>Boolean: press UI, select (trigger).</summary>
    Select,

    /// <summary>Float: grab (squeeze/grip; a click binding reads 0 or 1).</summary>
    Squeeze,

    /// <summary>Boolean: menu button.</summary>
    Menu,

    /// <summary>Vector2: thumbstick (or trackpad) for teleport and turning.</summary>
    Thumbstick,

    /// <summary>Pose: the grip (where the hand holds the controller).</summary>
    GripPose,

    /// <summary>Pose: the aim ray (−z forward from the controller's tip).</summary>
    AimPose,

    /// <summary>Vibration output.</summary>
    Haptic,
}
