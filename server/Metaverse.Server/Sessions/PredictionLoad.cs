namespace Metaverse.Server.Sessions;

/// <summary>
/// Chooses, tick by tick, between curve and straight-line prediction of avatars (see
/// <see cref="Metaverse.Shared.Replication.AvatarPredictionOptions"/>) by how much of the tick period composing the
/// snapshots took, smoothed over about ten ticks: lines from half the period, curves again below a third. Curves save
/// about a byte per avatar update but cost more CPU per delta; a server that spends half its tick composing needs the
/// rest for the network, where late acknowledgements make every delta older and larger. Simulation thread only.
/// </summary>
internal sealed class PredictionLoad(int tickHz)
{
    public const double LinesFromShare = 0.5;
    public const double CurvesBelowShare = 1.0 / 3;
    private const double Smoothing = 0.1;
    private readonly double _periodMicros = 1e6 / tickHz;
    private double _share;

    /// <summary>True while composing is too slow for curves.</summary>
    public bool LinesOnly { get; private set; }

    /// <summary>Ticks whose snapshots were predicted with lines only, since start.</summary>
    public long LinesOnlyTicks { get; private set; }

    /// <summary>One tick's snapshots took <paramref name="composeMicros"/>; decides the next tick's prediction.</summary>
    public void Add(double composeMicros)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(composeMicros);
        LinesOnlyTicks += LinesOnly ? 1 : 0;
        _share += Smoothing * ((composeMicros / _periodMicros) - _share);
        LinesOnly = LinesOnly ? _share >= CurvesBelowShare : _share >= LinesFromShare;
    }
}
