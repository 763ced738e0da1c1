using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>XrActionSetCreateInfo.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionSetCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public fixed byte ActionSetName[XrConstants.MaxActionSetNameSize];
    public fixed byte LocalizedActionSetName[XrConstants.MaxLocalizedNameSize];
    public uint Priority;
}

/// <summary>XrActionCreateInfo.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public fixed byte ActionName[XrConstants.MaxActionNameSize];
    public XrActionType ActionType;
    public uint CountSubactionPaths;
    public ulong* SubactionPaths;
    public fixed byte LocalizedActionName[XrConstants.MaxLocalizedNameSize];
}

/// <summary>XrActionSuggestedBinding.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct XrActionSuggestedBinding
{
    public ulong Action;
    public ulong Binding;
}

/// <summary>XrInteractionProfileSuggestedBinding.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrInteractionProfileSuggestedBinding
{
    public XrStructureType Type;
    public void* Next;
    public ulong InteractionProfile;
    public uint CountSuggestedBindings;
    public XrActionSuggestedBinding* SuggestedBindings;
}

/// <summary>XrSessionActionSetsAttachInfo.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSessionActionSetsAttachInfo
{
    public XrStructureType Type;
    public void* Next;
    public uint CountActionSets;
    public ulong* ActionSets;
}

/// <summary>XrActiveActionSet.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct XrActiveActionSet
{
    public ulong ActionSet;
    public ulong SubactionPath;
}

/// <summary>XrActionsSyncInfo.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionsSyncInfo
{
    public XrStructureType Type;
    public void* Next;
    public uint CountActiveActionSets;
    public XrActiveActionSet* ActiveActionSets;
}

/// <summary>XrActionStateGetInfo (also the layout of XrHapticActionInfo).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionStateGetInfo
{
    public XrStructureType Type;
    public void* Next;
    public ulong Action;
    public ulong SubactionPath;
}

/// <summary>XrActionStateBoolean.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionStateBoolean
{
    public XrStructureType Type;
    public void* Next;
    public uint CurrentState;
    public uint ChangedSinceLastSync;
    public long LastChangeTime;
    public uint IsActive;
}

/// <summary>XrActionStateFloat.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionStateFloat
{
    public XrStructureType Type;
    public void* Next;
    public float CurrentState;
    public uint ChangedSinceLastSync;
    public long LastChangeTime;
    public uint IsActive;
}

/// <summary>XrActionStateVector2f.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionStateVector2f
{
    public XrStructureType Type;
    public void* Next;
    public XrVector2f CurrentState;
    public uint ChangedSinceLastSync;
    public long LastChangeTime;
    public uint IsActive;
}

/// <summary>XrActionStatePose.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionStatePose
{
    public XrStructureType Type;
    public void* Next;
    public uint IsActive;
}

/// <summary>XrActionSpaceCreateInfo.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionSpaceCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public ulong Action;
    public ulong SubactionPath;
    public XrPosef PoseInActionSpace;
}

/// <summary>XrHapticVibration: <see cref="Duration"/> in nanoseconds, <see cref="Frequency"/> in Hz, <see cref="Amplitude"/> 0–1.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrHapticVibration
{
    public XrStructureType Type;
    public void* Next;
    public long Duration;
    public float Frequency;
    public float Amplitude;
}
