namespace Metaverse.Twins.Plant.Lyophilization;

/// <summary>
/// Shelf temperature and chamber pressure as functions of time (s): the shelf ramps linearly from the
/// temperature it had when the segment began to the setpoint and holds; the pressure sits at its
/// setpoint. Faults replace them: a shelf heater runaway ramps the shelf to a fault temperature, a lost
/// pressure control lets the chamber rise first-order toward a leak pressure.
/// </summary>
internal sealed class ShelfRecipe
{
    /// <summary>Time constant of the pressure rise after the pressure control is lost, s.</summary>
    public const double PressureLeakTimeConstant = 600;

    /// <summary>Start time (s) and temperature (°C) of the current ramp segment, its setpoint (°C) and rate (°C/min).</summary>
    public double SegmentStart { get; private set; }

    public double SegmentStartTemperature { get; private set; }

    public double ShelfSetpoint { get; private set; }

    public double RampPerMinute { get; private set; }

    public double PressureSetpoint { get; set; }

    public bool ShelfFault { get; private set; }

    public double ShelfFaultTarget { get; private set; }

    public bool PressureFault { get; private set; }

    public double PressureFaultStart { get; private set; }

    public double PressureFaultStartValue { get; private set; }

    public double PressureFaultTarget { get; private set; }

    /// <summary>Starts a ramp at <paramref name="now"/> from the shelf's current temperature.</summary>
    public void Ramp(double now, double setpoint, double rampPerMinute)
    {
        (SegmentStartTemperature, SegmentStart) = (Shelf(now), now);
        (ShelfSetpoint, RampPerMinute, ShelfFault) = (setpoint, rampPerMinute, false);
    }

    /// <summary>Restarts the recipe: shelf at <paramref name="initial"/>, ramping to the setpoint.</summary>
    public void Reset(double now, double initial, double setpoint, double rampPerMinute, double pressure)
    {
        (SegmentStart, SegmentStartTemperature, ShelfSetpoint, RampPerMinute) = (now, initial, setpoint, rampPerMinute);
        (PressureSetpoint, ShelfFault, PressureFault) = (pressure, false, false);
    }

    /// <summary>The shelf heater runs away: ramps at 1 °C/min toward <paramref name="target"/> °C.</summary>
    public void FailShelf(double now, double target)
    {
        var (setpoint, ramp) = (ShelfSetpoint, RampPerMinute);
        Ramp(now, target, 1);
        (ShelfFault, ShelfFaultTarget, ShelfSetpoint, RampPerMinute) = (true, target, setpoint, ramp);
    }

    public void FailPressure(double now, double leakPressure) =>
        (PressureFault, PressureFaultStart, PressureFaultStartValue, PressureFaultTarget) = (true, now, Pressure(now), leakPressure);

    /// <summary>Control regained: the shelf ramps back to the setpoint, the pressure returns to its setpoint.</summary>
    public void Clear(double now)
    {
        if (ShelfFault)
        {
            Ramp(now, ShelfSetpoint, RampPerMinute);
        }

        PressureFault = false;
    }

    /// <summary>Shelf temperature, °C, at <paramref name="time"/> s.</summary>
    public double Shelf(double time)
    {
        var (target, rate) = ShelfFault ? (ShelfFaultTarget, 1.0) : (ShelfSetpoint, RampPerMinute);
        var travelled = rate * Math.Max(0, time - SegmentStart) / 60;
        return target >= SegmentStartTemperature
            ? Math.Min(target, SegmentStartTemperature + travelled)
            : Math.Max(target, SegmentStartTemperature - travelled);
    }

    /// <summary>Chamber pressure, Torr, at <paramref name="time"/> s.</summary>
    public double Pressure(double time) => PressureFault
        ? PressureFaultTarget + ((PressureFaultStartValue - PressureFaultTarget) * Math.Exp(-Math.Max(0, time - PressureFaultStart) / PressureLeakTimeConstant))
        : PressureSetpoint;

    public double[] State =>
    [
        SegmentStart, SegmentStartTemperature, ShelfSetpoint, RampPerMinute, PressureSetpoint, ShelfFault ? 1 : 0,
        ShelfFaultTarget, PressureFault ? 1 : 0, PressureFaultStart, PressureFaultStartValue, PressureFaultTarget,
    ];

    public void Restore(double[] s)
    {
        (SegmentStart, SegmentStartTemperature, ShelfSetpoint, RampPerMinute, PressureSetpoint) = (s[0], s[1], s[2], s[3], s[4]);
        (ShelfFault, ShelfFaultTarget, PressureFault) = (s[5] != 0, s[6], s[7] != 0);
        (PressureFaultStart, PressureFaultStartValue, PressureFaultTarget) = (s[8], s[9], s[10]);
    }
}
