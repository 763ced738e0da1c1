using System.Globalization;

namespace Metaverse.Benchmarks.Room;

/// <summary>Values read from the server's <c>/metrics</c> text, by full series name (labels included).</summary>
internal sealed class PrometheusSample(IReadOnlyDictionary<string, double> values)
{
    public static async Task<PrometheusSample> ReadAsync(HttpClient http, Uri api)
    {
        var text = await http.GetStringAsync(new Uri(api, "/metrics"));
        var values = new Dictionary<string, double>();
        foreach (var line in text.Split('\n'))
        {
            var space = line.LastIndexOf(' ');
            if (line.StartsWith('#') || space <= 0)
            {
                continue;
            }

            values[line[..space]] = double.Parse(line[(space + 1)..], CultureInfo.InvariantCulture);
        }

        return new PrometheusSample(values);
    }

    public double this[string series] => values.TryGetValue(series, out var value) ? value : throw new KeyNotFoundException($"/metrics has no series '{series}'");
}
