namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// The suggested bindings per interaction profile: khr/simple_controller plus the common controllers. Paths are the
/// component paths of the OpenXR 1.0 specification's interaction profiles; a profile the runtime rejects is skipped.
/// </summary>
internal static class XrBindingTable
{
    public const string Left = "/user/hand/left";
    public const string Right = "/user/hand/right";

    /// <summary>Every profile and its (action, full binding path) pairs.</summary>
    public static IReadOnlyList<(string Profile, IReadOnlyList<(XrActionId Action, string Path)> Bindings)> Profiles { get; } =
    [
        // The simple controller has one button: select presses UI and, on a molecule, grabs (squeeze bound to it too).
        ("/interaction_profiles/khr/simple_controller", Both(
            (XrActionId.Select, "input/select/click"), (XrActionId.Squeeze, "input/select/click"), (XrActionId.Menu, "input/menu/click"))),
        ("/interaction_profiles/oculus/touch_controller", [.. Both(
            (XrActionId.Select, "input/trigger/value"), (XrActionId.Squeeze, "input/squeeze/value"), (XrActionId.Thumbstick, "input/thumbstick")),
            (XrActionId.Menu, $"{Left}/input/menu/click")]),
        ("/interaction_profiles/valve/index_controller", Both(
            (XrActionId.Select, "input/trigger/click"), (XrActionId.Squeeze, "input/squeeze/value"), (XrActionId.Thumbstick, "input/thumbstick"),
            (XrActionId.Menu, "input/b/click"))),
        ("/interaction_profiles/htc/vive_controller", Both(
            (XrActionId.Select, "input/trigger/click"), (XrActionId.Squeeze, "input/squeeze/click"), (XrActionId.Thumbstick, "input/trackpad"),
            (XrActionId.Menu, "input/menu/click"))),
        ("/interaction_profiles/microsoft/motion_controller", Both(
            (XrActionId.Select, "input/trigger/value"), (XrActionId.Squeeze, "input/squeeze/click"), (XrActionId.Thumbstick, "input/thumbstick"),
            (XrActionId.Menu, "input/menu/click"))),
    ];

    /// <summary>Each (action, component) for both hands, plus grip pose, aim pose and haptics, which every profile has.</summary>
    private static List<(XrActionId Action, string Path)> Both(params (XrActionId Action, string Component)[] components)
    {
        (XrActionId Action, string Component)[] common = [(XrActionId.GripPose, "input/grip/pose"), (XrActionId.AimPose, "input/aim/pose"), (XrActionId.Haptic, "output/haptic")];
        var all = components.Concat(common);
        return [.. all.SelectMany(c => new[] { (c.Action, $"{Left}/{c.Component}"), (c.Action, $"{Right}/{c.Component}") })];
    }
}
