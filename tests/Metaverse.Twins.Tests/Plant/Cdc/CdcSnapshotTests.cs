using System.Text;
using Metaverse.Twins.Core;
using Metaverse.Twins.Plant.Cdc;

namespace Metaverse.Twins.Tests.Plant.Cdc;

public class CdcSnapshotTests
{
    private static CdcLine Eventful()
    {
        var line = CdcTestLines.Create(31);
        line.Step(1234.5);
        CdcTestLines.Run(line, TwinCommand.Of("fault", ("kind", "nir_drift")));
        CdcTestLines.Run(line, TwinCommand.Of("refill", ("feeder", "lubricant")));
        line.Step(0.25);
        return line;
    }

    private static void Continue(CdcLine twin)
    {
        for (var i = 0; i < 300; i++)
        {
            twin.Step(1.0 / 30);
        }

        twin.Step(3600);
    }

    [Fact]
    public void Restore_continues_bit_for_bit()
    {
        var original = Eventful();
        var snapshot = original.Snapshot();
        var restored = CdcLine.CreateDefault(999);

        Assert.Null(restored.Restore(snapshot));
        Continue(original);
        Continue(restored);

        Assert.Equal(CdcTestLines.Read(original), CdcTestLines.Read(restored));
        Assert.Equal(original.Snapshot().Utf8Json, restored.Snapshot().Utf8Json);
    }

    [Fact]
    public void A_fork_runs_ahead_without_disturbing_the_original()
    {
        var original = Eventful();
        var before = original.Snapshot().Utf8Json;

        var fork = original.Fork();
        Assert.Null(fork.Execute(TwinCommand.Of("setpoint", ("name", "press.turret_speed"), ("value", "80"))));
        fork.Step(8 * 3600);

        Assert.Equal(before, original.Snapshot().Utf8Json);
        Assert.True(fork.TimeSeconds > original.TimeSeconds);
    }

    [Fact]
    public void Bad_snapshots_are_refused_and_leave_the_line_unchanged()
    {
        var line = Eventful();
        var before = line.Snapshot().Utf8Json;
        var good = line.Snapshot();

        Assert.Equal("kind", line.Restore(good with { Kind = "bioreactor" })?.Field);
        Assert.Equal("formatVersion", line.Restore(good with { FormatVersion = 99 })?.Field);
        Assert.Equal("snapshot", line.Restore(good with { Utf8Json = Encoding.UTF8.GetBytes("{\"Parameters\": [1, 2]") })?.Field);
        Assert.Equal("snapshot", line.Restore(good with { Utf8Json = Encoding.UTF8.GetBytes("{\"Parameters\": [1, 2]}") })?.Field);
        Assert.Equal(before, line.Snapshot().Utf8Json);
    }

    [Fact]
    public void Same_seed_same_run_other_seed_other_noise()
    {
        var a = CdcTestLines.Create(41);
        var b = CdcTestLines.Create(41);
        var c = CdcTestLines.Create(42);
        a.Step(600);
        b.Step(600);
        c.Step(600);

        Assert.Equal(CdcTestLines.Read(a), CdcTestLines.Read(b));
        Assert.NotEqual(CdcTestLines.Read(a), CdcTestLines.Read(c));
    }
}
