namespace Metaverse.Shared.Replication;

/// <summary>
/// How <see cref="AvatarSnapshotCodec.Encode(AvatarSnapshot, AvatarSnapshot?, Span{byte}, AvatarDeltaCache?, IAvatarSnapshotHistory?, AvatarPredictionOptions)"/>
/// predicts avatars (both choices are written in the payload, so the decoder needs neither).
/// </summary>
/// <param name="ReceiverHoldsRecent">
/// The receiver is known to hold the two snapshots before the baseline (it acknowledged them): avatars are predicted
/// from their poses there, one tick apart, instead of from each avatar's own chain. Ignored when the sender's history
/// lacks them.
/// </param>
/// <param name="LinesOnly">
/// Predict straight lines only, never curves: fewer candidate references per delta and fewer distinct deltas to
/// encode, for a sender short of CPU.
/// </param>
public readonly record struct AvatarPredictionOptions(bool ReceiverHoldsRecent = false, bool LinesOnly = false);
