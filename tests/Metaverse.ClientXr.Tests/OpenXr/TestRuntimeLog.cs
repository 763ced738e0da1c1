namespace Metaverse.ClientXr.Tests.OpenXr;

/// <summary>One line of the test runtime's log.txt: a kind, then key=value fields (a <c>reason=</c> field runs to the end).</summary>
internal sealed record TestRuntimeLogEntry(string Kind, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string key] => Fields.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"{Kind} line has no {key}=");

    public long Frame => long.Parse(this["frame"], System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The test runtime's log.txt (format in tests/openxr-test-runtime/README.md).</summary>
internal sealed class TestRuntimeLog(IReadOnlyList<TestRuntimeLogEntry> entries)
{
    public IReadOnlyList<TestRuntimeLogEntry> Entries { get; } = entries;

    /// <summary>Session states in the order the runtime entered them: IDLE, READY, SYNCHRONIZED, VISIBLE, FOCUSED, ….</summary>
    public IReadOnlyList<string> States => [.. Of("state").Select(entry => entry["state"])];

    public IReadOnlyList<TestRuntimeLogEntry> EndFrames => Of("endframe");

    public IReadOnlyList<TestRuntimeLogEntry> Haptics => Of("haptic");

    public IReadOnlyList<TestRuntimeLogEntry> Errors => Of("error");

    public IReadOnlyList<TestRuntimeLogEntry> Of(string kind) => [.. Entries.Where(entry => entry.Kind == kind)];

    public static TestRuntimeLog Parse(IEnumerable<string> lines) => new([.. lines.Where(line => line.Length > 0).Select(ParseLine)]);

    private static TestRuntimeLogEntry ParseLine(string line)
    {
        var kind = line.Split(' ', 2)[0];
        var fields = new Dictionary<string, string>();
        var rest = line.Length > kind.Length ? line[(kind.Length + 1)..] : "";
        while (rest.Length > 0)
        {
            var reasonStart = rest.StartsWith("reason=", StringComparison.Ordinal);
            var end = reasonStart ? rest.Length : rest.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? space : rest.Length;
            var token = rest[..end];
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            fields[equals >= 0 ? token[..equals] : token] = equals >= 0 ? token[(equals + 1)..] : "";
            rest = end < rest.Length ? rest[(end + 1)..] : "";
        }

        return new TestRuntimeLogEntry(kind, fields);
    }
}
