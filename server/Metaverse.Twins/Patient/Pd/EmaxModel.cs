namespace Metaverse.Twins.Patient.Pd;

/// <summary>
/// Direct (sigmoid) Emax model: E = E0 + Emax·Cⁿ/(EC50ⁿ + Cⁿ), with <see cref="E0"/> and
/// <see cref="Emax"/> in effect units, <see cref="Ec50MgPerL"/> in mg/L and Hill coefficient
/// <see cref="Hill"/> n &gt; 0 (n = 1: the ordinary Emax model). At C = EC50 the drug effect is Emax/2.
/// </summary>
public readonly record struct EmaxModel(double E0, double Emax, double Ec50MgPerL, double Hill = 1)
{
    public double Effect(double concMgPerL)
    {
        if (concMgPerL <= 0)
        {
            return E0;
        }

        var ratio = Hill == 1 ? concMgPerL / Ec50MgPerL : Math.Pow(concMgPerL / Ec50MgPerL, Hill);
        return E0 + (Emax * ratio / (1 + ratio));
    }
}
