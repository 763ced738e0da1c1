namespace Metaverse.Shared.Replication;

/// <summary>
/// What an avatar's prediction is made from, beside its baseline pose: the pose it moved from, the ticks
/// between that pose and the baseline's, and the ticks from the baseline's to the snapshot being encoded
/// (see <see cref="AvatarDeltaCodec.Predict"/>); and, when the receiver also holds the pose before
/// <see cref="Previous"/>, that pose and the ticks from it to <see cref="Previous"/>, for the curve
/// (see <see cref="AvatarDeltaCodec.PredictCurve"/>). <see cref="TicksBeforePrevious"/> is 0 when there is no such pose.
/// </summary>
public readonly record struct AvatarMotion(
    QuantizedAvatarPose Previous,
    int TicksBetween,
    int TicksAhead,
    QuantizedAvatarPose Older = default,
    int TicksBeforePrevious = 0)
{
    /// <summary>True when <see cref="Older"/> is known, so the motion's curve can be extrapolated.</summary>
    public bool HasCurve => TicksBeforePrevious > 0;
}
