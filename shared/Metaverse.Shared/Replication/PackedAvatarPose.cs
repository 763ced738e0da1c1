namespace Metaverse.Shared.Replication;

/// <summary>
/// A pose intent's <c>packed_pose</c>: one full pose of <see cref="AvatarDeltaCodec"/> on its quantizer's grid
/// (about 28 bytes), so a client sends its own pose as compactly as the server relays it.
/// </summary>
public static class PackedAvatarPose
{
    /// <summary>
    /// Packs <paramref name="pose"/>, or returns null when it cannot be packed faithfully: a position that is
    /// not finite or lies outside the quantizer's bounds, or a rotation that is not finite or has no length.
    /// </summary>
    public static byte[]? TryPack(in AvatarPose pose, AvatarDeltaCodec codec)
    {
        ArgumentNullException.ThrowIfNull(codec);
        if (!IsOnGrid(pose, codec.Quantizer))
        {
            return null;
        }

        Span<byte> buffer = stackalloc byte[(codec.MaxFullBits + 7) / 8];
        var writer = new BitWriter(buffer);
        codec.WriteFull(ref writer, pose.Quantize(codec.Quantizer));
        return writer.Written.ToArray();
    }

    /// <summary>Reads exactly one full pose; false when the payload is truncated, off the grid or has bytes left over.</summary>
    public static bool TryUnpack(ReadOnlySpan<byte> packed, AvatarDeltaCodec codec, out QuantizedAvatarPose pose)
    {
        ArgumentNullException.ThrowIfNull(codec);
        var reader = new BitReader(packed);
        return codec.TryReadFull(ref reader, out pose) && reader.IsAtPaddedEnd();
    }

    private static bool IsOnGrid(in AvatarPose pose, PositionQuantizer quantizer) =>
        Inside(pose.HeadPosition, quantizer) && Inside(pose.LeftHandPosition, quantizer) && Inside(pose.RightHandPosition, quantizer)
        && Usable(pose.HeadRotation) && Usable(pose.LeftHandRotation) && Usable(pose.RightHandRotation);

    private static bool Inside(System.Numerics.Vector3 position, PositionQuantizer quantizer) =>
        float.IsFinite(position.X + position.Y + position.Z) && System.Numerics.Vector3.Clamp(position, quantizer.Min, quantizer.Max) == position;

    private static bool Usable(System.Numerics.Quaternion rotation)
    {
        var length = rotation.Length();
        return float.IsFinite(length) && length > 1e-3f;
    }
}
