using Metaverse.Twins.Numerics;

namespace Metaverse.Twins.Patient.Organs;

/// <summary>
/// The minimal whole-body PBPK model as ODEs (time h, amounts mg). Blood concentrations C = A/V; a
/// perfusion-limited tissue T with volume V_T, flow Q_T and partition Kp_T releases venous blood at
/// C_vT = C_T·B:P/Kp_T, so (amount form) A_T' = Q_T·(C_in − C_vT). Lung: in = venous blood at the cardiac
/// output CO; arterial pool: A_art' = CO·(C_vLung − C_art); heart, kidney, muscle, fat, tumour, rest, gut
/// (+ oral absorption): in = arterial; liver: Q_ha·C_art + Q_gut·C_vGut in, (Q_ha + Q_gut)·C_vLiver out,
/// minus fu·CLint·C_liver/Kp_liver (well-stirred); kidney minus fu·factor·GFR·C_kidney/Kp_kidney; venous
/// pool: Σ outflows of the systemic tissues except gut + infusion − CO·C_ven. Oral depot: A_d' = −ka·A_d,
/// Fa·ka·A_d into the gut tissue, (1 − Fa)·ka·A_d to <see cref="Unabsorbed"/>. Every term leaves one state
/// and enters another, so the sum of all states changes only by the infusion (mass balance).
/// </summary>
public struct PbpkSystem : IOdeSystem
{
    public const int Size = 15;
    public const int Depot = 0;
    public const int Venous = 1;
    public const int Arterial = 2;

    /// <summary>Index of the first tissue; tissue t is at FirstTissue + (int)t.</summary>
    public const int FirstTissue = 3;
    public const int EliminatedHepatic = FirstTissue + TissueNames.Count;
    public const int EliminatedRenal = EliminatedHepatic + 1;
    public const int Unabsorbed = EliminatedRenal + 1;

    private readonly double[] _flow;
    private readonly double[] _out;
    private readonly double _cardiacOutput;
    private readonly double _hepaticElimination;
    private readonly double _renalElimination;
    private readonly double _ka;
    private readonly double _fa;

    public PbpkSystem(PbpkParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var error = parameters.Validate();
        if (error is not null)
        {
            throw new ArgumentException(error.ToString(), nameof(parameters));
        }

        Parameters = parameters;
        var body = parameters.Body;
        var drug = parameters.Drug;
        _flow = [.. body.FlowsLPerH];
        _out = new double[TissueNames.Count];
        for (var i = 0; i < TissueNames.Count; i++)
        {
            var q = i == (int)Tissue.Liver ? body.LiverBloodFlowLPerH : body.FlowsLPerH[i];
            _out[i] = q * drug.BloodPlasmaRatio / (drug.Kp[i] * body.VolumesL[i]);
        }

        _cardiacOutput = body.CardiacOutputLPerH;
        (VenousL, ArterialL, BloodPlasmaRatio) = (body.VenousBloodL, body.ArterialBloodL, drug.BloodPlasmaRatio);
        _hepaticElimination = parameters.HepaticUnboundClearanceLPerH / (drug.Kp[(int)Tissue.Liver] * body.VolumesL[(int)Tissue.Liver]);
        _renalElimination = parameters.RenalUnboundClearanceLPerH / (drug.Kp[(int)Tissue.Kidney] * body.VolumesL[(int)Tissue.Kidney]);
        (_ka, _fa) = (parameters.KaPerH, parameters.FractionAbsorbed);
    }

    public PbpkParameters Parameters { get; }

    public double VenousL { get; }

    public double ArterialL { get; }

    public double BloodPlasmaRatio { get; }

    /// <summary>Sum of running IV infusion rates into venous blood, mg/h.</summary>
    public double InfusionMgPerH { get; set; }

    public readonly int Dimension => Size;

    /// <summary>Venous plasma concentration (mg/L) of state <paramref name="y"/>.</summary>
    public readonly double VenousPlasma(ReadOnlySpan<double> y) => y[Venous] / (VenousL * BloodPlasmaRatio);

    /// <summary>Arterial plasma concentration (mg/L) of state <paramref name="y"/>.</summary>
    public readonly double ArterialPlasma(ReadOnlySpan<double> y) => y[Arterial] / (ArterialL * BloodPlasmaRatio);

    /// <summary>Tissue concentration (mg/L, total drug per tissue volume) of state <paramref name="y"/>.</summary>
    public readonly double TissueConcentration(ReadOnlySpan<double> y, Tissue tissue) =>
        y[FirstTissue + (int)tissue] / Parameters.Body.VolumesL[(int)tissue];

    public readonly void Derivatives(double t, ReadOnlySpan<double> y, Span<double> dydt)
    {
        var tissue = y.Slice(FirstTissue, TissueNames.Count);
        var d = dydt.Slice(FirstTissue, TissueNames.Count);
        var arterial = y[Arterial] / ArterialL;
        var absorbed = _ka * y[Depot];
        var venousIn = InfusionMgPerH;
        for (var i = 0; i < TissueNames.Count; i++)
        {
            var outflow = _out[i] * tissue[i];
            d[i] = (_flow[i] * arterial) - outflow;
            if (i is not ((int)Tissue.Lung or (int)Tissue.Gut))
            {
                venousIn += outflow;
            }
        }

        var lungOut = _out[(int)Tissue.Lung] * tissue[(int)Tissue.Lung];
        var hepatic = _hepaticElimination * tissue[(int)Tissue.Liver];
        var renal = _renalElimination * tissue[(int)Tissue.Kidney];
        d[(int)Tissue.Lung] = (_cardiacOutput / VenousL * y[Venous]) - lungOut;
        d[(int)Tissue.Liver] += (_out[(int)Tissue.Gut] * tissue[(int)Tissue.Gut]) - hepatic;
        d[(int)Tissue.Kidney] -= renal;
        d[(int)Tissue.Gut] += _fa * absorbed;
        dydt[Depot] = -absorbed;
        dydt[Venous] = venousIn - (_cardiacOutput / VenousL * y[Venous]);
        dydt[Arterial] = lungOut - (_cardiacOutput * arterial);
        dydt[EliminatedHepatic] = hepatic;
        dydt[EliminatedRenal] = renal;
        dydt[Unabsorbed] = (1 - _fa) * absorbed;
    }
}
