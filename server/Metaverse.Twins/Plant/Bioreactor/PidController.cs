namespace Metaverse.Twins.Plant.Bioreactor;

/// <summary>
/// A discrete PID in ideal form, u = Kc·(e + ∫e/Ti + Td·dPV/dt), derivative on the measurement with a
/// first-order filter (Td/10), output clamped to [<see cref="Min"/>, <see cref="Max"/>] and conditional
/// integration against windup. Times in seconds. The whole state is four doubles (see <see cref="State"/>).
/// </summary>
internal sealed class PidController(double gain, double integralTime, double derivativeTime, double min, double max)
{
    private double _integral;
    private double _previousMeasurement = double.NaN;
    private double _derivative;

    public double Min => min;

    public double Max => max;

    /// <summary>The last output, in actuator units (held between samples).</summary>
    public double Output { get; private set; }

    /// <summary>Integral, previous measurement, filtered derivative, output: for snapshots.</summary>
    public double[] State => [_integral, _previousMeasurement, _derivative, Output];

    public void Restore(double[] state) =>
        (_integral, _previousMeasurement, _derivative, Output) = (state[0], state[1], state[2], state[3]);

    /// <summary>Starts bumpless at <paramref name="output"/>: the integral is set so that zero error holds that output.</summary>
    public void Prime(double output)
    {
        _integral = output * integralTime / gain;
        Output = output;
    }

    /// <summary>One sample <paramref name="dt"/> seconds after the last; returns the new output.</summary>
    public double Update(double setpoint, double measurement, double dt)
    {
        var error = setpoint - measurement;
        if (double.IsNaN(_previousMeasurement) || dt <= 0)
        {
            _previousMeasurement = measurement;
        }

        var filter = derivativeTime / 10;
        var rawDerivative = dt > 0 ? -(measurement - _previousMeasurement) / dt : 0;
        _derivative = filter > 0 ? _derivative + (dt / (filter + dt) * (rawDerivative - _derivative)) : 0;
        _previousMeasurement = measurement;
        var candidate = _integral + (error * dt);
        var unclamped = gain * (error + (candidate / integralTime) + (derivativeTime * _derivative));
        var output = Math.Clamp(unclamped, min, max);
        if (output == unclamped || Math.Sign(error) != Math.Sign(unclamped - output))
        {
            _integral = candidate;
        }

        Output = output;
        return output;
    }
}
