using Metaverse.Twins.Core;

namespace Metaverse.Twins.Patient.Pk;

/// <summary>A dosing history or plan: any doses, kept sorted by time (h). Immutable.</summary>
public sealed class DosingRecord
{
    private readonly Dose[] _doses;

    private DosingRecord(Dose[] doses) => _doses = doses;

    public IReadOnlyList<Dose> Doses => _doses;

    public ReadOnlySpan<Dose> Span => _doses;

    /// <summary>The record, or the error naming the first bad dose (time ≥ 0, amount ≥ 0, infusion duration &gt; 0).</summary>
    public static (DosingRecord? Record, TwinError? Error) Create(IEnumerable<Dose> doses)
    {
        ArgumentNullException.ThrowIfNull(doses);
        var sorted = doses.OrderBy(d => d.TimeH).ToArray();
        foreach (var dose in sorted)
        {
            if (!double.IsFinite(dose.TimeH) || dose.TimeH < 0)
            {
                return (null, new TwinError("time_h", "≥ 0 h", $"dose time {dose.TimeH} h is not valid"));
            }

            if (!double.IsFinite(dose.AmountMg) || dose.AmountMg < 0)
            {
                return (null, new TwinError("amount_mg", "≥ 0 mg", $"dose amount {dose.AmountMg} mg is not valid"));
            }

            if (dose.Route == Route.IvInfusion && !(dose.InfusionH > 0 && double.IsFinite(dose.InfusionH)))
            {
                return (null, new TwinError("infusion_h", "> 0 h", $"an infusion needs a positive duration, got {dose.InfusionH} h"));
            }
        }

        return (new DosingRecord(sorted), null);
    }

    /// <summary>Like <see cref="Create"/> but throws on bad doses (for code that built them itself).</summary>
    public static DosingRecord Of(params Dose[] doses)
    {
        var (record, error) = Create(doses);
        return record ?? throw new ArgumentException(error!.ToString(), nameof(doses));
    }

    /// <summary><paramref name="count"/> equal doses every <paramref name="intervalH"/> h from <paramref name="startH"/>.</summary>
    public static DosingRecord Repeated(double amountMg, Route route, double intervalH, int count, double infusionH = 0, double startH = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return Of([.. Enumerable.Range(0, count).Select(i => new Dose(startH + (i * intervalH), amountMg, route, infusionH))]);
    }
}
