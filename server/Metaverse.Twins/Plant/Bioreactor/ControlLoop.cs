namespace Metaverse.Twins.Plant.Bioreactor;

/// <summary>
/// One control loop: a probe (Gaussian noise, optional stuck/drift fault), a setpoint, a PID and a
/// deviation alarm raised when the reading is more than <see cref="AlarmBand"/> from the setpoint.
/// Runs once per controller sample; the output is held between samples (zero-order hold).
/// </summary>
internal sealed class ControlLoop(string name, PidController pid, double noise, double alarmBand, double defaultDriftPerHour)
{
    public string Name => name;

    public PidController Pid => pid;

    public double Setpoint { get; set; }

    public double Measured { get; private set; }

    public double AlarmBand => alarmBand;

    public bool Alarm => Math.Abs(Measured - Setpoint) > alarmBand;

    public double DefaultDriftPerHour => defaultDriftPerHour;

    public ProbeFault Fault { get; private set; }

    /// <summary>Drift rate of a drifting probe, unit per hour.</summary>
    public double DriftPerHour { get; private set; }

    /// <summary>Reading error accumulated by a drifting probe, or the frozen reading of a stuck one.</summary>
    public double FaultValue { get; private set; }

    /// <summary>Back to a healthy probe reading exactly <paramref name="setpoint"/>, which becomes the setpoint.</summary>
    public void Reset(double setpoint)
    {
        (Setpoint, Measured) = (setpoint, setpoint);
        SetFault(ProbeFault.None, 0);
    }

    public void SetFault(ProbeFault fault, double driftPerHour)
    {
        (Fault, DriftPerHour) = (fault, driftPerHour);
        FaultValue = fault == ProbeFault.Stuck ? Measured : 0;
    }

    /// <summary>Reads the probe (<paramref name="gaussian"/> is a standard normal draw) and updates the PID.</summary>
    public double Sample(double trueValue, double gaussian, double dtSeconds)
    {
        if (Fault == ProbeFault.Drift)
        {
            FaultValue += DriftPerHour * dtSeconds / 3600;
        }

        Measured = Fault == ProbeFault.Stuck ? FaultValue : trueValue + FaultValue + (noise * gaussian);
        return pid.Update(Setpoint, Measured, dtSeconds);
    }

    public double[] State => [Setpoint, Measured, (double)Fault, DriftPerHour, FaultValue, .. pid.State];

    public void Restore(double[] state)
    {
        (Setpoint, Measured, Fault, DriftPerHour, FaultValue) = (state[0], state[1], (ProbeFault)(int)state[2], state[3], state[4]);
        pid.Restore(state[5..]);
    }
}
