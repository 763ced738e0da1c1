using Metaverse.Twins.Patient.Estimation;

namespace Metaverse.Twins.Tests.Patient.Estimation;

/// <summary>The two Theoph population fits, computed once per test class (xunit class fixture).</summary>
public sealed class TheophFits
{
    public TheophFits()
    {
        Data = TheophData.Load();
        KaCl = PopulationFitter.Fit(Data, new PopulationFitOptions([OralOneCompartment.Ka, OralOneCompartment.Cl])).Fit!;
        Full = PopulationFitter.Fit(Data, new PopulationFitOptions([OralOneCompartment.Ke, OralOneCompartment.Ka, OralOneCompartment.Cl], FullOmega: true)).Fit!;
    }

    public NonmemDataset Data { get; }

    /// <summary>Diagonal Ω on (lKa, lCl), as nlme's fm2Theo.nlme (pdDiag(lKa + lCl ~ 1)).</summary>
    public PopulationFitResult KaCl { get; }

    /// <summary>General 3 × 3 Ω on (lKe, lKa, lCl), as nlme's fm1Theo.nlme.</summary>
    public PopulationFitResult Full { get; }
}
