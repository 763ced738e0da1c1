namespace Metaverse.Shared.Replication;

/// <summary>
/// What an avatar's prediction is made from, beside its baseline pose: the pose it moved from, the ticks
/// between that pose and the baseline's, and the ticks from the baseline's to the snapshot being encoded
/// (see <see cref="AvatarDeltaCodec.Predict"/>).
/// </summary>
public readonly record struct AvatarMotion(QuantizedAvatarPose Previous, int TicksBetween, int TicksAhead);
