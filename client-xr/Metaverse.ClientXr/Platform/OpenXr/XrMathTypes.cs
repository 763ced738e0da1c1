using System.Numerics;
using System.Runtime.InteropServices;

namespace Metaverse.ClientXr.Platform.OpenXr;

/// <summary>XrVector2f.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct XrVector2f
{
    public float X;
    public float Y;

    public readonly Vector2 ToVector2() => new(X, Y);
}

/// <summary>XrVector3f (metres in poses).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct XrVector3f
{
    public float X;
    public float Y;
    public float Z;

    public readonly Vector3 ToVector3() => new(X, Y, Z);
}

/// <summary>XrQuaternionf: x, y, z, w as System.Numerics.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct XrQuaternionf
{
    public float X;
    public float Y;
    public float Z;
    public float W;

    public readonly Quaternion ToQuaternion() => new(X, Y, Z, W);
}

/// <summary>XrPosef: orientation first, then position (28 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct XrPosef
{
    public XrQuaternionf Orientation;
    public XrVector3f Position;

    /// <summary>The identity pose (w = 1).</summary>
    public static XrPosef Identity => new() { Orientation = new XrQuaternionf { W = 1f } };
}

/// <summary>XrFovf: the angles (radians) of the four frustum planes; left and down are usually negative.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct XrFovf
{
    public float AngleLeft;
    public float AngleRight;
    public float AngleUp;
    public float AngleDown;
}

/// <summary>XrRect2Di: offset x, y then extent width, height (pixels).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct XrRect2Di
{
    public int X;
    public int Y;
    public int Width;
    public int Height;
}
