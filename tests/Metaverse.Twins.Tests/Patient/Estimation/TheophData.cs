using Metaverse.Twins.Patient.Estimation;

namespace Metaverse.Twins.Tests.Patient.Estimation;

/// <summary>The Theoph data in NONMEM format (AMT in mg/kg, as nlme's Theoph Dose), found from the test binary upward.</summary>
internal static class TheophData
{
    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "tests", "Metaverse.Twins.Tests", "Patient", "Estimation", "data", "theoph_nonmem.csv");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("theoph_nonmem.csv not found above " + AppContext.BaseDirectory);
        }
    }

    public static NonmemDataset Load() => NonmemCsvReader.ReadFile(Path).Dataset ?? throw new InvalidOperationException("Theoph data did not parse");
}
