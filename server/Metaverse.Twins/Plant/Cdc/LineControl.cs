namespace Metaverse.Twins.Plant.Cdc;

/// <summary>
/// Feedback on the feeder setpoints. API ratio: a PI on the NIR reading trims the API feeder,
/// trim = K_p·(e + ∫e dt/T_i), e = (target − NIR)/target, clamped to ±50 % with conditional
/// integration (anti-windup). Throughput: all feeders are scaled by g = 1 + K_l·(L* − L)/L*
/// (clamped to 0.2–2) to hold the press hopper level L at its setpoint L*, so the blend ratio is kept.
/// </summary>
public sealed class LineControl
{
    public double ApiIntegral { get; set; }

    /// <summary>Relative trim of the API feeder setpoint, 1.</summary>
    public double ApiTrim { get; set; }

    /// <summary>Common scale of all feeder setpoints from the level loop, 1.</summary>
    public double LevelScale { get; set; } = 1;

    /// <summary>Updates the API trim from a new NIR reading taken <paramref name="period"/> s after the last.</summary>
    public void OnNirSample(ReadOnlySpan<double> p, double reading, double period)
    {
        var target = p[CdcParameters.ApiTarget] / 100;
        var error = (target - reading) / target;
        var integral = ApiIntegral + (error * period);
        var trim = p[CdcParameters.ApiGain] * (error + (integral / p[CdcParameters.ApiIntegralTime]));
        if (Math.Abs(trim) <= 0.5)
        {
            ApiIntegral = integral;
        }

        ApiTrim = Math.Clamp(trim, -0.5, 0.5);
    }

    /// <summary>Updates the level scale for a hopper holdup <paramref name="level"/>, kg.</summary>
    public void OnLevel(ReadOnlySpan<double> p, double level)
    {
        var target = p[CdcParameters.HopperTarget];
        LevelScale = Math.Clamp(1 + (p[CdcParameters.LevelGain] * (target - level) / target), 0.2, 2);
    }

    public void Reset() => (ApiIntegral, ApiTrim, LevelScale) = (0, 0, 1);
}
