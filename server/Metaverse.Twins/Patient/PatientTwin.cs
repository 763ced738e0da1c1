using System.Globalization;
using Metaverse.Twins.Core;
using Metaverse.Twins.Numerics;
using Metaverse.Twins.Patient.Cohort;
using Metaverse.Twins.Patient.Oncology;
using Metaverse.Twins.Patient.Organs;
using Metaverse.Twins.Patient.Pd;
using Metaverse.Twins.Patient.Pk;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Patient;

/// <summary>
/// One virtual patient (pseudonymous id, covariates, individual PK/PD parameters): doses change the
/// drug in the body, integrated by Dormand–Prince in hours between dose events; channels publish
/// plasma concentration, effect, occupancy, biomarker and amounts; the same doses drive a PBPK organ
/// model (per-organ concentrations) and the Simeoni tumour model (tumour weight), integrated together
/// (<see cref="PatientBodySystem"/>). Time in the twin is seconds.
/// Step allocates nothing; a snapshot restores bitwise-exact continuation.
/// </summary>
public sealed partial class PatientTwin : ITwin
{
    public const int FormatVersion = 2;
    private const double RelativeTolerance = 1e-8;
    private const double AbsoluteTolerance = 1e-10;
    private readonly DormandPrince45 _solver = new(PatientBodySystem.Size, RelativeTolerance, AbsoluteTolerance);
    private readonly double[] _y = new double[PatientBodySystem.Size];
    private readonly List<PendingDose> _pending = new(64);
    private readonly List<RunningInfusion> _infusions = new(16);
    private PatientBodySystem _system;
    private EmaxModel _effect;
    private double _kdMgPerL;
    private ResidualError _residual;
    private TwinRandom _random;
    private double _timeH;
    private double _stepH;
    private double _totalDoseMg;
    private double _lastLevel = double.NaN;
    private string _regimen = "none";

    private PatientTwin(string id, PatientCovariates covariates, PkParameters pk, PatientModel model, TwinRandom random)
    {
        (PseudonymousId, Covariates, _random) = (id, covariates, random);
        (_effect, _kdMgPerL, _residual) = (model.Effect, model.KdMgPerL, model.Residual);
        var organs = new PbpkSystem(PatientPbpk.For(covariates, pk, model.Covariates, model.Organs));
        _system = new PatientBodySystem(new PkPdSystem(pk, model.Biomarker), organs, model.Tumour);
        _y[PkPdSystem.Response] = model.Biomarker.Baseline;
        SimeoniModel.Initialise(model.Tumour, _y.AsSpan(PatientBodySystem.TumourOffset, SimeoniModel.Size));
    }

    public string Kind => "patient";

    /// <summary>A pseudonym chosen by the caller; never a real name or record number.</summary>
    public string PseudonymousId { get; private set; }

    public PatientCovariates Covariates { get; private set; }

    /// <summary>The individual PK parameters (after covariates and IIV).</summary>
    public PkParameters Pk => _system.PkPd.Pk;

    /// <summary>The individual PBPK parameters (consistent with <see cref="Pk"/>: same clearance and oral bioavailability).</summary>
    public PbpkParameters Organs => _system.Organs.Parameters;

    /// <summary>The tumour growth parameters.</summary>
    public SimeoniParameters Tumour => _system.Tumour;

    public double TimeSeconds { get; private set; }

    public IReadOnlyList<ParameterSpec> Parameters => PatientTwinSpecs.Parameters;

    public IReadOnlyList<ChannelSpec> Channels => PatientTwinSpecs.Channels;

    public IReadOnlyList<CommandSpec> Commands => PatientTwinSpecs.Commands;

    /// <summary>
    /// A patient with the given covariates: the model's population parameters adjusted by the covariate
    /// model and one IIV draw from <paramref name="seed"/> (<see cref="PatientModel.Default"/> when null).
    /// </summary>
    public static (PatientTwin? Twin, TwinError? Error) Create(PatientCovariates covariates, string pseudonymousId, ulong seed, PatientModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(covariates);
        model ??= PatientModel.Default;
        var error = covariates.Validate() ?? (string.IsNullOrWhiteSpace(pseudonymousId) || pseudonymousId.Length > 64
            ? new TwinError("pseudonymous_id", "1–64 characters", "a pseudonymous id is required") : null);
        if (error is not null)
        {
            return (null, error);
        }

        var random = new TwinRandom(seed);
        var pk = model.Iiv.Sample(model.Covariates.Apply(model.Population, covariates), random);
        return (new PatientTwin(pseudonymousId, covariates, pk, model, random), null);
    }

    /// <summary>A virtual adult sampled from the cohort model with the default drug, id "virtual-{seed}".</summary>
    public static PatientTwin CreateDefault(ulong seed)
    {
        var covariates = new CohortSampler(new TwinRandom(seed ^ 0x5EED_C0_40A7UL)).Next();
        return Create(covariates, string.Create(CultureInfo.InvariantCulture, $"virtual-{seed}"), seed).Twin!;
    }

    public void ReadChannels(Span<double> values)
    {
        var conc = _y[PkPdSystem.Central] / _system.PkPd.V1L;
        values[0] = conc;
        values[1] = _effect.Effect(conc);
        values[2] = 100 * ReceptorOccupancy.Fraction(conc, _kdMgPerL);
        values[3] = _y[PkPdSystem.Response];
        values[4] = _y[PkPdSystem.Central] + _y[PkPdSystem.Peripheral];
        values[5] = _y[PkPdSystem.Depot];
        values[6] = _y[PkPdSystem.Peripheral];
        values[7] = _y[PkPdSystem.Eliminated];
        values[8] = _y[PkPdSystem.Auc];
        values[9] = _system.InfusionMgPerH;
        values[10] = _totalDoseMg;
        values[11] = _lastLevel;
        values[12] = _system.PkPd.Pk.ClLPerH;
        values[13] = Covariates.CreatinineClearanceMlPerMin;
        ReadOrgans(values[PatientTwinSpecs.FirstOrganChannel..]);
    }

    public void Step(double dtSeconds)
    {
        if (!(dtSeconds >= 0) || !double.IsFinite(dtSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(dtSeconds), dtSeconds, "a step is finite and ≥ 0 s");
        }

        TimeSeconds += dtSeconds;
        var target = TimeSeconds / 3600;
        while (_timeH < target)
        {
            var next = target;
            if (_pending.Count > 0)
            {
                next = Math.Min(next, _pending[0].TimeH);
            }

            foreach (var infusion in _infusions)
            {
                next = Math.Min(next, infusion.EndH);
            }

            if (next > _timeH)
            {
                _solver.Integrate(ref _system, _timeH, next, _y, ref _stepH);
                _timeH = next;
            }

            ProcessDue();
        }
    }

    public ITwin Fork()
    {
        var fork = new PatientTwin(PseudonymousId, Covariates, Pk, PatientModel.Default, new TwinRandom(1));
        var error = fork.Restore(Snapshot());
        return error is null ? fork : throw new InvalidOperationException($"a fork could not restore its own snapshot: {error}");
    }

    /// <summary>Gives the doses due by now and ends finished infusions; recomputes the infusion rate.</summary>
    private void ProcessDue()
    {
        while (_pending.Count > 0 && _pending[0].TimeH <= _timeH)
        {
            var dose = _pending[0];
            _pending.RemoveAt(0);
            _totalDoseMg += dose.AmountMg;
            PbpkDose.Give(_y.AsSpan(PatientBodySystem.OrgansOffset, PbpkSystem.Size), dose.Route, dose.AmountMg);
            switch (dose.Route)
            {
                case Route.IvBolus:
                    _y[PkPdSystem.Central] += dose.AmountMg;
                    break;
                case Route.Oral:
                    _y[PkPdSystem.Depot] += _system.PkPd.Pk.Bioavailability * dose.AmountMg;
                    break;
                default:
                    _infusions.Add(new RunningInfusion(_timeH + dose.InfusionH, dose.AmountMg / dose.InfusionH));
                    break;
            }
        }

        var rate = 0.0;
        for (var i = _infusions.Count - 1; i >= 0; i--)
        {
            if (_infusions[i].EndH <= _timeH)
            {
                _infusions.RemoveAt(i);
            }
            else
            {
                rate += _infusions[i].RateMgPerH;
            }
        }

        _system.InfusionMgPerH = rate;
    }

    private void Schedule(PendingDose dose)
    {
        var index = 0;
        while (index < _pending.Count && _pending[index].TimeH <= dose.TimeH)
        {
            index++;
        }

        _pending.Insert(index, dose);
    }
}
