using System.CommandLine;
using Metaverse.Server.Cli;

namespace Metaverse.Server.Tests.Storage;

public sealed class AuditVerifyCommandTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Intact_log_prints_ok_with_the_record_count_and_exits_0()
    {
        await _db.AppendAsync(12);

        var (exit, output, _) = Run("audit", "verify", "--db", _db.Path);

        Assert.Equal(0, exit);
        Assert.Equal("ok: 12 records", output.Trim());
    }

    [Fact]
    public async Task Tampered_log_prints_where_it_breaks_and_exits_1()
    {
        await _db.AppendAsync(12);
        _db.Tamper("UPDATE audit SET actor = 'mallory' WHERE seq = 5;");

        var (exit, output, _) = Run("audit", "verify", "--db", _db.Path);

        Assert.Equal(1, exit);
        Assert.Equal("broken at record 5: hash mismatch", output.Trim());
    }

    [Fact]
    public void Missing_file_is_an_error_naming_the_file_and_exits_2()
    {
        var (exit, output, error) = Run("audit", "verify", "--db", _db.Path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Assert.Contains(_db.Path, error, StringComparison.Ordinal);
        Assert.False(File.Exists(_db.Path), "verify must not create the file");
    }

    [Fact]
    public void Append_stress_is_hidden_and_acknowledges_every_record()
    {
        var (exit, output, _) = Run("audit", "append-stress", "--db", _db.Path, "--count", "50");
        var (_, help, _) = Run("audit", "--help");

        Assert.Equal(0, exit);
        var acks = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"ACK {i}"), acks.OrderBy(a => a.Length).ThenBy(a => a, StringComparer.Ordinal));
        Assert.Contains("verify", help, StringComparison.Ordinal);
        Assert.DoesNotContain("append-stress", help, StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { AuditCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
