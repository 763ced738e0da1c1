using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>XrEventDataBuffer: 16 header bytes plus 4000 bytes the event is written into (4016 in all).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrEventDataBuffer
{
    public XrStructureType Type;
    public void* Next;
    public fixed byte Varying[XrConstants.EventDataVaryingSize];
}

/// <summary>XrEventDataSessionStateChanged.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrEventDataSessionStateChanged
{
    public XrStructureType Type;
    public void* Next;
    public ulong Session;
    public XrSessionState State;
    public long Time;
}
