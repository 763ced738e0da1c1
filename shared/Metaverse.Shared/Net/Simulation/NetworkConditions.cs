namespace Metaverse.Shared.Net.Simulation;

/// <summary>
/// Impairments the simulator applies to each sent datagram. Delay is Latency plus a uniform draw in
/// ±Jitter (never below zero); a reordered datagram gets an extra delay of Latency + Jitter + 1 ms on top.
/// </summary>
public sealed record NetworkConditions
{
    /// <summary>Probability in 0–1 that a datagram is dropped.</summary>
    public double LossRate { get; init; }

    public TimeSpan Latency { get; init; }

    public TimeSpan Jitter { get; init; }

    /// <summary>Probability in 0–1 that a datagram is sent twice (each copy delayed independently).</summary>
    public double DuplicateRate { get; init; }

    /// <summary>Probability in 0–1 that a datagram is held back behind later ones.</summary>
    public double ReorderRate { get; init; }

    /// <summary>Seed of the decision stream: the same seed gives the same decisions for the same sends.</summary>
    public int Seed { get; init; } = 1;

    public static NetworkConditions Perfect { get; } = new();

    /// <summary>Every field outside its accepted range, as messages naming the field; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        CheckProbability(errors, nameof(LossRate), LossRate);
        CheckProbability(errors, nameof(DuplicateRate), DuplicateRate);
        CheckProbability(errors, nameof(ReorderRate), ReorderRate);
        if (Latency < TimeSpan.Zero || Latency > TimeSpan.FromSeconds(10))
        {
            errors.Add($"{nameof(Latency)}: {Latency.TotalMilliseconds} ms is outside 0–10000 ms");
        }

        if (Jitter < TimeSpan.Zero || Jitter > TimeSpan.FromSeconds(10))
        {
            errors.Add($"{nameof(Jitter)}: {Jitter.TotalMilliseconds} ms is outside 0–10000 ms");
        }

        return errors;
    }

    private static void CheckProbability(List<string> errors, string field, double value)
    {
        if (!(value >= 0 && value <= 1))
        {
            errors.Add($"{field}: {value} is outside 0–1");
        }
    }
}
