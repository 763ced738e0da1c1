using System.Text.Json;
using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Trial;

/// <summary>
/// A virtual trial played back in a room: the cohort is simulated once (deterministic for the spec's
/// seed) and, as the twin's clock runs, each arm publishes its VPC band at the current time (5th, 50th,
/// 95th percentile, mg/L) beside its per-arm summaries (probability of target attainment, fraction over
/// the toxicity threshold, median Cmax). Time is simulated seconds since the first dose of every arm;
/// past the sampling end the bands hold their last value. Not thread-safe.
/// </summary>
public sealed class TrialTwin : ITwin
{
    public const string TwinKind = "trial";
    private const int FormatVersion = 1;
    private const int ChannelsPerArm = 8;
    private readonly string _specJson;
    private readonly TrialResult _result;
    private readonly IReadOnlyList<ChannelSpec> _channels;
    private readonly double[] _medianCmax;

    private TrialTwin(string specJson, TrialResult result, double timeSeconds)
    {
        (_specJson, _result, TimeSeconds) = (specJson, result, timeSeconds);
        _channels = [.. result.Arms.SelectMany((arm, i) => ArmChannels(i + 1, arm.Name))];
        _medianCmax = [.. result.Arms.Select(arm => arm.MedianCmaxMgPerL)];
    }

    public string Kind => TwinKind;

    public double TimeSeconds { get; private set; }

    public IReadOnlyList<ParameterSpec> Parameters => [];

    public IReadOnlyList<ChannelSpec> Channels => _channels;

    public IReadOnlyList<CommandSpec> Commands => [];

    public TrialResult Result => _result;

    /// <summary>Parses, validates and simulates the spec (a trial spec as in docs/models/pkpd.md); the error names the field.</summary>
    public static (TrialTwin? Twin, TwinError? Error) Create(string specJson)
    {
        var (spec, error) = TrialSpec.Parse(specJson ?? string.Empty);
        return spec is null ? (null, error) : (new TrialTwin(specJson!, TrialSimulator.Run(spec), 0), null);
    }

    /// <summary>A trial twin rebuilt from its snapshot alone: the spec it carries is simulated again, then the clock restored.</summary>
    public static (ITwin? Twin, TwinError? Error) FromSnapshot(TwinSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        TrialTwinState? state;
        try
        {
            state = JsonSerializer.Deserialize<TrialTwinState>(snapshot.Utf8Json);
        }
        catch (JsonException e)
        {
            return (null, new TwinError("snapshot", "a trial twin state", e.Message));
        }

        var (twin, error) = Create(state?.Spec ?? string.Empty);
        return twin is null ? (null, error) : twin.Restore(snapshot) is { } restoreError ? (null, restoreError) : (twin, null);
    }

    public void Step(double dtSeconds)
    {
        if (!(dtSeconds >= 0) || double.IsPositiveInfinity(dtSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(dtSeconds), dtSeconds, "a step is a finite number of seconds ≥ 0");
        }

        TimeSeconds += dtSeconds;
    }

    public void ReadChannels(Span<double> values)
    {
        var hours = TimeSeconds / 3600;
        for (var a = 0; a < _result.Arms.Count; a++)
        {
            var arm = _result.Arms[a];
            var v = values.Slice(a * ChannelsPerArm, ChannelsPerArm);
            v[0] = At(arm.TimesH, arm.P05MgPerL, hours);
            v[1] = At(arm.TimesH, arm.P50MgPerL, hours);
            v[2] = At(arm.TimesH, arm.P95MgPerL, hours);
            v[3] = 100 * arm.PtaBoth;
            v[4] = 100 * arm.PtaAucOverMic;
            v[5] = 100 * arm.PtaTimeAboveMic;
            v[6] = 100 * arm.FractionToxic;
            v[7] = _medianCmax[a];
        }
    }

    public Preparation Prepare(TwinCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new TwinError("action", "time-scale (a trial twin plays its cohort back)", $"unknown action '{command.Action}'");
    }

    public TwinSnapshot Snapshot() =>
        new(TwinKind, FormatVersion, JsonSerializer.SerializeToUtf8Bytes(new TrialTwinState(_specJson, TimeSeconds)));

    /// <summary>Only the clock can change, so a snapshot of the same spec restores it; another spec is refused.</summary>
    public TwinError? Restore(TwinSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Kind != TwinKind || snapshot.FormatVersion != FormatVersion)
        {
            return new TwinError("snapshot", $"{TwinKind} version {FormatVersion}", $"a {snapshot.Kind} version {snapshot.FormatVersion} snapshot");
        }

        TrialTwinState? state;
        try
        {
            state = JsonSerializer.Deserialize<TrialTwinState>(snapshot.Utf8Json);
        }
        catch (JsonException e)
        {
            return new TwinError("snapshot", "a trial twin state", e.Message);
        }

        if (state is null || state.Spec != _specJson || !(state.TimeSeconds >= 0))
        {
            return new TwinError("snapshot", "a state of this trial", "the snapshot is of another trial or corrupt");
        }

        TimeSeconds = state.TimeSeconds;
        return null;
    }

    public ITwin Fork() => new TrialTwin(_specJson, _result, TimeSeconds);

    private static IEnumerable<ChannelSpec> ArmChannels(int arm, string name) =>
    [
        new($"arm{arm}.p05", "mg/L", $"{name}: 5th percentile of concentration now", 0.01),
        new($"arm{arm}.p50", "mg/L", $"{name}: median concentration now", 0.01),
        new($"arm{arm}.p95", "mg/L", $"{name}: 95th percentile of concentration now", 0.01),
        new($"arm{arm}.pta", "%", $"{name}: probability of attaining both targets"),
        new($"arm{arm}.pta_auc", "%", $"{name}: probability of AUC/MIC at target"),
        new($"arm{arm}.pta_time", "%", $"{name}: probability of %T>MIC at target"),
        new($"arm{arm}.toxic", "%", $"{name}: fraction with Cmax over the toxicity threshold"),
        new($"arm{arm}.median_cmax", "mg/L", $"{name}: median Cmax over the metrics window"),
    ];

    /// <summary>Linear interpolation on the sampling grid, held at its ends.</summary>
    private static double At(double[] times, double[] values, double t)
    {
        if (t <= times[0])
        {
            return values[0];
        }

        var i = Array.BinarySearch(times, t);
        if (i >= 0)
        {
            return values[i];
        }

        i = ~i;
        if (i >= times.Length)
        {
            return values[^1];
        }

        var f = (t - times[i - 1]) / (times[i] - times[i - 1]);
        return values[i - 1] + (f * (values[i] - values[i - 1]));
    }

    private sealed record TrialTwinState(string Spec, double TimeSeconds);
}
