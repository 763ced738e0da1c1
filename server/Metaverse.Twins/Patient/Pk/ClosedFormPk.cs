namespace Metaverse.Twins.Patient.Pk;

/// <summary>
/// Exact solutions of the linear 1-/2-compartment model for any dosing record by superposition of
/// single-dose responses. A dose given at time t counts at t; an oral dose enters the depot at
/// its time plus the lag. Immutable and thread-safe.
/// </summary>
public sealed class ClosedFormPk : IPkPredictor
{
    private readonly MicroConstants _m;

    public ClosedFormPk(PkParameters parameters)
    {
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        _m = MicroConstants.From(parameters);
    }

    public PkParameters Parameters { get; }

    public MicroConstants Constants => _m;

    /// <summary>Amounts (mg) in depot, central and peripheral compartment at <paramref name="timeH"/> h.</summary>
    public Amounts AmountsAt(DosingRecord record, double timeH)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sum = default(Amounts);
        foreach (var dose in record.Span)
        {
            sum += Response(dose, timeH);
        }

        return sum;
    }

    /// <summary>Central concentration (mg/L) at <paramref name="timeH"/> h.</summary>
    public double ConcentrationAt(DosingRecord record, double timeH) => AmountsAt(record, timeH).CentralMg / Parameters.V1L;

    public void Predict(DosingRecord record, ReadOnlySpan<double> timesH, Span<double> concMgPerL)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concMgPerL.Length, timesH.Length, nameof(concMgPerL));
        for (var i = 0; i < timesH.Length; i++)
        {
            concMgPerL[i] = ConcentrationAt(record, timesH[i]);
        }
    }

    /// <summary>Drug that has entered the circulation by <paramref name="timeH"/> (bolus, F × oral absorbed into the depot, infused so far), mg.</summary>
    public double InputMg(DosingRecord record, double timeH)
    {
        ArgumentNullException.ThrowIfNull(record);
        var input = 0.0;
        foreach (var dose in record.Span)
        {
            var tau = timeH - dose.TimeH - (dose.Route == Route.Oral ? Parameters.LagH : 0);
            if (tau >= 0)
            {
                input += dose.Route switch
                {
                    Route.Oral => Parameters.Bioavailability * dose.AmountMg,
                    Route.IvInfusion => dose.RateMgPerH * Math.Min(tau, dose.InfusionH),
                    _ => dose.AmountMg,
                };
            }
        }

        return input;
    }

    /// <summary>Amount eliminated by <paramref name="timeH"/> (mg) = input − amount in the body and depot (mass balance).</summary>
    public double EliminatedMg(DosingRecord record, double timeH) => InputMg(record, timeH) - AmountsAt(record, timeH).TotalMg;

    /// <summary>AUC from 0 to <paramref name="timeH"/> (mg·h/L) = eliminated / CL, since elimination rate = CL × C.</summary>
    public double CumulativeAuc(DosingRecord record, double timeH) => EliminatedMg(record, timeH) / Parameters.ClLPerH;

    private Amounts Response(in Dose dose, double timeH)
    {
        var tau = timeH - dose.TimeH;
        switch (dose.Route)
        {
            case Route.IvBolus when tau >= 0:
                return UnitResponses.Free(_m, dose.AmountMg, 0, tau);
            case Route.IvInfusion when tau >= 0:
                return UnitResponses.Infusion(_m, dose.RateMgPerH, dose.InfusionH, tau);
            case Route.Oral when tau - Parameters.LagH >= 0:
                return UnitResponses.Oral(_m, Parameters.Bioavailability * dose.AmountMg, tau - Parameters.LagH);
            default:
                return default;
        }
    }
}
