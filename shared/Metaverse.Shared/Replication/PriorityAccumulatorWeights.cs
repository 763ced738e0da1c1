namespace Metaverse.Shared.Replication;

/// <summary>
/// How an entity's per-tick priority is made from its base priority (what kind of entity it is), its
/// distance to the client's viewpoint (closer is higher) and whether its state changed since the
/// client last received it (changed is higher):
/// <c>priority = basePriority × clamp(ReferenceDistance / distance, MinimumDistanceFactor, 1) × (changed ? ChangedBoost : 1)</c>.
/// </summary>
/// <remarks>
/// The distance factor never drops below <see cref="MinimumDistanceFactor"/>, so a far, idle entity still
/// accumulates and is still sent; <see cref="PriorityRatio"/> gives the spread between the highest and the
/// lowest possible priority, which sets the starvation bound of <see cref="ReplicationScheduler"/>.
/// </remarks>
public sealed record PriorityAccumulatorWeights
{
    /// <summary>Within this distance (metres) the distance factor is 1; beyond it the factor falls as 1/distance.</summary>
    public float ReferenceDistance
    {
        get;
        init => field = value is > 0 and < float.PositiveInfinity
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ReferenceDistance), value, "ReferenceDistance must be a finite number of metres > 0.");
    } = 2f;

    /// <summary>Floor of the distance factor, in (0, 1].</summary>
    public float MinimumDistanceFactor
    {
        get;
        init => field = value is > 0 and <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MinimumDistanceFactor), value, "MinimumDistanceFactor must be in (0, 1].");
    } = 0.05f;

    /// <summary>Multiplier for an entity whose state changed, in [1, 1000].</summary>
    public float ChangedBoost
    {
        get;
        init => field = value is >= 1 and <= 1000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ChangedBoost), value, "ChangedBoost must be in [1, 1000].");
    } = 4f;

    /// <summary>The distance factor in [<see cref="MinimumDistanceFactor"/>, 1]; a NaN distance counts as far away.</summary>
    public float DistanceFactor(float distance)
    {
        if (distance <= ReferenceDistance)
        {
            return 1f;
        }

        var factor = ReferenceDistance / distance;
        return factor >= MinimumDistanceFactor ? factor : MinimumDistanceFactor;
    }

    /// <summary>The per-tick priority of one entity.</summary>
    public float Evaluate(float basePriority, float distance, bool changed) =>
        basePriority * DistanceFactor(distance) * (changed ? ChangedBoost : 1f);

    /// <summary>
    /// Highest over lowest priority <see cref="Evaluate"/> can return when base priorities lie in
    /// [<paramref name="minimumBasePriority"/>, <paramref name="maximumBasePriority"/>]: the R of
    /// <see cref="ReplicationScheduler.StarvationBoundTicks"/>.
    /// </summary>
    public double PriorityRatio(float minimumBasePriority, float maximumBasePriority)
    {
        if (!(minimumBasePriority > 0) || !(maximumBasePriority >= minimumBasePriority))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumBasePriority), "Base priorities must satisfy 0 < minimum <= maximum.");
        }

        return (double)maximumBasePriority * ChangedBoost / ((double)minimumBasePriority * MinimumDistanceFactor);
    }
}
