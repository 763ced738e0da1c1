using System.Numerics;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>
/// The action set "metaverse" with the <see cref="XrActionId"/> actions for both hands and the suggested bindings of
/// <see cref="XrBindingTable"/>. Lifecycle: create with the instance (bindings are suggested once per instance), then
/// <see cref="Attach"/> to each session (xrAttachSessionActionSets, grip and aim action spaces); per frame <see cref="Read"/>.
/// Hand index 0 is left, 1 is right. Render thread only.
/// </summary>
internal sealed unsafe class XrControllerActions : IDisposable
{
    private const float HapticAmplitude = 0.5f;
    private const long HapticNanoseconds = 20_000_000;
    private readonly ulong[] _actions = new ulong[Enum.GetValues<XrActionId>().Length];
    private readonly ulong[] _hands = new ulong[2];
    private readonly ulong[] _gripSpaces = new ulong[2];
    private readonly ulong[] _aimSpaces = new ulong[2];
    private ulong _actionSet;

    public XrControllerActions(XrInstance instance, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(log);
        _hands[0] = instance.Path(XrBindingTable.Left);
        _hands[1] = instance.Path(XrBindingTable.Right);
        var setInfo = new XrActionSetCreateInfo { Type = XrStructureType.ActionSetCreateInfo };
        XrText.Write("metaverse", setInfo.ActionSetName, XrConstants.MaxActionSetNameSize);
        XrText.Write("Metaverse", setInfo.LocalizedActionSetName, XrConstants.MaxLocalizedNameSize);
        fixed (ulong* set = &_actionSet)
        {
            OpenXrException.Check(XrNative.xrCreateActionSet(instance.Handle, &setInfo, set), "xrCreateActionSet");
        }

        foreach (var id in Enum.GetValues<XrActionId>())
        {
            _actions[(int)id] = CreateAction(id);
        }

        foreach (var (profile, bindings) in XrBindingTable.Profiles)
        {
            var result = Suggest(instance, profile, bindings);
            if (!result.Succeeded())
            {
                log($"OpenXR: bindings for {profile} not accepted ({XrResultNames.Name(result)}); skipped");
            }
        }
    }

    /// <summary>xrAttachSessionActionSets and xrCreateActionSpace for each hand's grip and aim pose.</summary>
    public void Attach(ulong session)
    {
        var set = _actionSet;
        var attach = new XrSessionActionSetsAttachInfo { Type = XrStructureType.SessionActionSetsAttachInfo, CountActionSets = 1, ActionSets = &set };
        OpenXrException.Check(XrNative.xrAttachSessionActionSets(session, &attach), "xrAttachSessionActionSets");
        for (var hand = 0; hand < 2; hand++)
        {
            _gripSpaces[hand] = CreateSpace(session, XrActionId.GripPose, hand);
            _aimSpaces[hand] = CreateSpace(session, XrActionId.AimPose, hand);
        }
    }

    /// <summary>
    /// xrSyncActions, then per hand the boolean/float/vector2 states and xrLocateSpace of grip and aim at
    /// <paramref name="time"/> in <paramref name="baseSpace"/>. Unfocused sessions read as inactive.
    /// </summary>
    public void Read(ulong session, ulong baseSpace, long time, Span<XrHandState> hands)
    {
        var active = new XrActiveActionSet { ActionSet = _actionSet };
        var sync = new XrActionsSyncInfo { Type = XrStructureType.ActionsSyncInfo, CountActiveActionSets = 1, ActiveActionSets = &active };
        var synced = OpenXrException.Check(XrNative.xrSyncActions(session, &sync), "xrSyncActions");
        for (var hand = 0; hand < 2; hand++)
        {
            hands[hand] = synced == XrResult.SessionNotFocused ? XrHandState.None : ReadHand(session, baseSpace, time, hand);
        }
    }

    /// <summary>A short haptic pulse on one hand (a UI press); failures are ignored (haptics are optional).</summary>
    public void Pulse(ulong session, int hand)
    {
        var info = GetInfo(XrActionId.Haptic, hand);
        var vibration = new XrHapticVibration { Type = XrStructureType.HapticVibration, Duration = HapticNanoseconds, Frequency = XrConstants.FrequencyUnspecified, Amplitude = HapticAmplitude };
        _ = XrNative.xrApplyHapticFeedback(session, &info, &vibration);
    }

    /// <summary>Destroys the action spaces of the current session (before the session is destroyed).</summary>
    public void Detach()
    {
        for (var hand = 0; hand < 2; hand++)
        {
            DestroySpace(ref _gripSpaces[hand]);
            DestroySpace(ref _aimSpaces[hand]);
        }
    }

    public void Dispose()
    {
        Detach();
        if (_actionSet != 0)
        {
            _ = XrNative.xrDestroyActionSet(_actionSet);
            _actionSet = 0;
        }
    }

    private static void DestroySpace(ref ulong space)
    {
        if (space != 0)
        {
            _ = XrNative.xrDestroySpace(space);
            space = 0;
        }
    }

    private static XrActionType TypeOf(XrActionId id) => id switch
    {
        XrActionId.Select or XrActionId.Menu => XrActionType.BooleanInput,
        XrActionId.Squeeze => XrActionType.FloatInput,
        XrActionId.Thumbstick => XrActionType.Vector2fInput,
        XrActionId.GripPose or XrActionId.AimPose => XrActionType.PoseInput,
        XrActionId.Haptic => XrActionType.VibrationOutput,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, null),
    };

    private static string NameOf(XrActionId id) => id switch
    {
        XrActionId.GripPose => "grip_pose",
        XrActionId.AimPose => "aim_pose",
        _ => id.ToString().ToLowerInvariant(),
    };

    private ulong CreateAction(XrActionId id)
    {
        var info = new XrActionCreateInfo { Type = XrStructureType.ActionCreateInfo, ActionType = TypeOf(id), CountSubactionPaths = 2 };
        XrText.Write(NameOf(id), info.ActionName, XrConstants.MaxActionNameSize);
        XrText.Write(id.ToString(), info.LocalizedActionName, XrConstants.MaxLocalizedNameSize);
        ulong action;
        fixed (ulong* hands = _hands)
        {
            info.SubactionPaths = hands;
            OpenXrException.Check(XrNative.xrCreateAction(_actionSet, &info, &action), $"xrCreateAction({NameOf(id)})");
        }

        return action;
    }

    private XrResult Suggest(XrInstance instance, string profile, IReadOnlyList<(XrActionId Action, string Path)> bindings)
    {
        var suggested = new XrActionSuggestedBinding[bindings.Count];
        for (var i = 0; i < bindings.Count; i++)
        {
            suggested[i] = new XrActionSuggestedBinding { Action = _actions[(int)bindings[i].Action], Binding = instance.Path(bindings[i].Path) };
        }

        fixed (XrActionSuggestedBinding* pointer = suggested)
        {
            var info = new XrInteractionProfileSuggestedBinding
            {
                Type = XrStructureType.InteractionProfileSuggestedBinding,
                InteractionProfile = instance.Path(profile),
                CountSuggestedBindings = (uint)suggested.Length,
                SuggestedBindings = pointer,
            };
            return XrNative.xrSuggestInteractionProfileBindings(instance.Handle, &info);
        }
    }

    private ulong CreateSpace(ulong session, XrActionId id, int hand)
    {
        var info = new XrActionSpaceCreateInfo { Type = XrStructureType.ActionSpaceCreateInfo, Action = _actions[(int)id], SubactionPath = _hands[hand], PoseInActionSpace = XrPosef.Identity };
        ulong space;
        OpenXrException.Check(XrNative.xrCreateActionSpace(session, &info, &space), "xrCreateActionSpace");
        return space;
    }

    private XrActionStateGetInfo GetInfo(XrActionId id, int hand) =>
        new() { Type = id == XrActionId.Haptic ? XrStructureType.HapticActionInfo : XrStructureType.ActionStateGetInfo, Action = _actions[(int)id], SubactionPath = _hands[hand] };

    private XrHandState ReadHand(ulong session, ulong baseSpace, long time, int hand)
    {
        var info = GetInfo(XrActionId.Select, hand);
        var select = new XrActionStateBoolean { Type = XrStructureType.ActionStateBoolean };
        OpenXrException.Check(XrNative.xrGetActionStateBoolean(session, &info, &select), "xrGetActionStateBoolean(select)");
        info = GetInfo(XrActionId.Menu, hand);
        var menu = new XrActionStateBoolean { Type = XrStructureType.ActionStateBoolean };
        OpenXrException.Check(XrNative.xrGetActionStateBoolean(session, &info, &menu), "xrGetActionStateBoolean(menu)");
        info = GetInfo(XrActionId.Squeeze, hand);
        var squeeze = new XrActionStateFloat { Type = XrStructureType.ActionStateFloat };
        OpenXrException.Check(XrNative.xrGetActionStateFloat(session, &info, &squeeze), "xrGetActionStateFloat(squeeze)");
        info = GetInfo(XrActionId.Thumbstick, hand);
        var stick = new XrActionStateVector2f { Type = XrStructureType.ActionStateVector2f };
        OpenXrException.Check(XrNative.xrGetActionStateVector2f(session, &info, &stick), "xrGetActionStateVector2f(thumbstick)");
        var gripTracked = Locate(_gripSpaces[hand], baseSpace, time, out var grip);
        var aimTracked = Locate(_aimSpaces[hand], baseSpace, time, out var aim);
        return new XrHandState(
            gripTracked && aimTracked, grip, aim,
            select.IsActive != 0 && select.CurrentState != 0,
            squeeze.IsActive != 0 ? squeeze.CurrentState : 0f,
            menu.IsActive != 0 && menu.CurrentState != 0,
            stick.IsActive != 0 ? stick.CurrentState.ToVector2() : Vector2.Zero);
    }

    private static bool Locate(ulong space, ulong baseSpace, long time, out XrPose pose)
    {
        var location = new XrSpaceLocation { Type = XrStructureType.SpaceLocation };
        pose = XrPose.Identity;
        if (!XrNative.xrLocateSpace(space, baseSpace, time, &location).Succeeded())
        {
            return false;
        }

        pose = XrPose.From(location.Pose);
        const ulong Valid = XrConstants.SpaceLocationOrientationValid | XrConstants.SpaceLocationPositionValid;
        return (location.LocationFlags & Valid) == Valid;
    }
}
