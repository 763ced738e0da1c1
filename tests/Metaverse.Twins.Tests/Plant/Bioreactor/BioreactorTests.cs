using Metaverse.Twins.Core;
using P = Metaverse.Twins.Plant.Bioreactor.BioreactorParameters;
using Reactor = Metaverse.Twins.Plant.Bioreactor.Bioreactor;
using S = Metaverse.Twins.Plant.Bioreactor.CultureState;

namespace Metaverse.Twins.Tests.Plant.Bioreactor;

public class BioreactorTests
{
    private const double Day = 86400;

    [Fact]
    public void Glucose_consumed_equals_cells_formed_over_the_yield_plus_maintenance()
    {
        var (twin, p) = RunWithBolus();
        var y = twin.State;

        var consumed = (p[P.InitialGlc] * p[P.InitialVolume]) + y[S.GlucoseFed] - (y[S.Glucose] * y[S.Volume]);
        var cellsFormed = S.CellsPerLitre * ((y[S.Total] * y[S.Volume]) - (p[P.InitialCells] * p[P.InitialVolume]));
        var expected = (cellsFormed / p[P.YieldXGlc]) + (p[P.MaintenanceGlc] * S.CellsPerLitre * y[S.GlucoseMaintenanceIntegral]);

        Assert.Equal(1, consumed / expected, 1e-6);
        Assert.True(consumed > 10_000, $"a real balance moves tens of mol of glucose, got {consumed} mmol");
    }

    [Fact]
    public void Glutamine_consumed_and_ammonia_formed_follow_the_yields_degradation_and_removal()
    {
        var (twin, p) = RunWithBolus();
        var y = twin.State;

        var growthAndMaintenance = (S.CellsPerLitre * ((y[S.Total] * y[S.Volume]) - (p[P.InitialCells] * p[P.InitialVolume])) / p[P.YieldXGln])
            + (p[P.A1] * S.CellsPerLitre * y[S.GlutamineMaintenanceIntegral]);
        var degraded = p[P.GlnDegradation] * y[S.GlutamineVolumeIntegral];
        var consumed = (p[P.InitialGln] * p[P.InitialVolume]) + y[S.GlutamineFed] - (y[S.Glutamine] * y[S.Volume]);
        var ammonia = (y[S.Ammonia] * y[S.Volume]) - (p[P.InitialAmm] * p[P.InitialVolume]);
        var expectedAmmonia = (p[P.YieldAmmGln] * growthAndMaintenance) + degraded - (p[P.AmmRemoval] * S.CellsPerLitre * y[S.AmmoniaRemovalIntegral]);

        Assert.Equal(1, consumed / (growthAndMaintenance + degraded), 1e-6);
        Assert.Equal(1, ammonia / expectedAmmonia, 1e-6);
    }

    [Fact]
    public void Two_solver_tolerances_agree_on_the_fourteen_day_batch()
    {
        var (loose, tight) = (new Reactor(P.Defaults(), 5, 1e-5), new Reactor(P.Defaults(), 5, 1e-9));

        loose.Step(14 * Day);
        tight.Step(14 * Day);

        foreach (var index in new[] { S.Viable, S.Glucose, S.Glutamine, S.Lactate, S.Ammonia, S.Titer })
        {
            Assert.Equal(1, loose.State[index] / tight.State[index], 1e-3);
        }
    }

    [Fact]
    public void Default_batch_grows_plateaus_and_declines()
    {
        var twin = Reactor.CreateDefault(1);
        var (trajectory, _) = TwinRunner.Run(twin, 14 * Day, Day / 4);
        var viable = trajectory.Column("cells.viable");
        var peak = Array.IndexOf(viable, viable.Max());
        var titer = trajectory.Column("titer");

        Assert.InRange(peak / 4.0, 7, 12);
        Assert.True(viable[peak] > 6 * viable[0], "exponential growth first");
        Assert.True(viable[^1] < 0.85 * viable[peak], "decline after the peak");
        Assert.True(titer.Zip(titer.Skip(1)).All(p => p.Second >= p.First), "titer never falls");
        Assert.InRange(titer[^1], 1000, 3000);
    }

    [Fact]
    public void Snapshot_restore_continues_bitwise_equal()
    {
        var twin = Reactor.CreateDefault(9);
        twin.Step(3.3 * Day);
        twin.Execute(TwinCommand.Of("fault", ("type", "probe"), ("probe", "ph"), ("mode", "drift")));
        var copy = Reactor.CreateDefault(1);
        Assert.Null(copy.Restore(twin.Snapshot()));
        var fork = twin.Fork();

        foreach (var t in new ITwin[] { twin, copy, fork })
        {
            for (var i = 0; i < 500; i++)
            {
                t.Step(333.3);
            }
        }

        Assert.Equal(Read(twin), Read(copy));
        Assert.Equal(Read(twin), Read(fork));
    }

    [Fact]
    public void Stepping_at_server_tick_does_not_allocate()
    {
        var twin = Reactor.CreateDefault(1);
        var values = new double[twin.Channels.Count];
        twin.Step(100);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 300; i++)
        {
            twin.Step(1.0 / 30 * 10_000);
            twin.ReadChannels(values);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("setpoint", "loop", "ph", "value", "8.5", "value")]
    [InlineData("setpoint", "loop", "pressure", "value", "1", "loop")]
    [InlineData("feed", "volume_L", "900", "x", "0", "volume_L")]
    [InlineData("feed", "rate_L_per_h", "-1", "x", "0", "rate_L_per_h")]
    [InlineData("fault", "type", "probe", "probe", "ph", "mode")]
    [InlineData("fault", "type", "flood", "x", "0", "type")]
    public void Prepare_refuses_bad_input_naming_the_field_and_changes_nothing(string action, string k1, string v1, string k2, string v2, string field)
    {
        var twin = Reactor.CreateDefault(1);
        var before = twin.Snapshot().Utf8Json;

        var preparation = twin.Prepare(TwinCommand.Of(action, (k1, v1), (k2, v2)));

        Assert.False(preparation.Succeeded);
        Assert.Equal(field, preparation.Error!.Field);
        Assert.Equal(before, twin.Snapshot().Utf8Json);
    }

    [Fact]
    public void Contamination_drops_ph_and_oxygen_and_kills_the_culture()
    {
        var twin = Reactor.CreateDefault(1);
        twin.Step(4 * Day);
        var viable = twin.State[S.Viable];

        Assert.Null(twin.Execute(TwinCommand.Of("fault", ("type", "contamination"))));
        twin.Step(2 * Day);

        Assert.True(twin.State[S.DissolvedOxygen] < 10, $"DO {twin.State[S.DissolvedOxygen]}");
        Assert.True(twin.State[S.Ph] < 6.8, $"pH {twin.State[S.Ph]}");
        Assert.True(twin.State[S.Viable] < viable, "viable cells fall");
    }

    [Fact]
    public void A_stuck_ph_probe_hides_the_true_ph_drifting_away()
    {
        var twin = Reactor.CreateDefault(1);
        twin.Step(2 * Day);
        Assert.Null(twin.Execute(TwinCommand.Of("fault", ("type", "probe"), ("probe", "do"), ("mode", "drift"), ("rate", "10"))));
        twin.Step(Day / 2);
        var values = new double[twin.Channels.Count];
        twin.ReadChannels(values);
        var (pv, truth) = (values[25], values[26]);

        Assert.Equal(40, pv, 2.0);
        Assert.True(truth < 40 - 30, $"the controller chases the drift: true DO {truth}");
    }

    [Fact]
    public void A_bolus_feed_dilutes_cells_and_adds_glucose()
    {
        var twin = Reactor.CreateDefault(1);
        twin.Step(Day);
        var (xv, glc, v) = (twin.State[S.Viable], twin.State[S.Glucose], twin.State[S.Volume]);

        Assert.Null(twin.Execute(TwinCommand.Of("feed", ("volume_L", "100"))));

        Assert.Equal(v + 100, twin.State[S.Volume], 1e-9);
        Assert.Equal(xv * v / (v + 100), twin.State[S.Viable], 1e-12);
        Assert.Equal(((glc * v) + (300 * 100)) / (v + 100), twin.State[S.Glucose], 1e-9);
    }

    [Fact]
    public void Harvest_stops_the_culture()
    {
        var twin = Reactor.CreateDefault(1);
        twin.Step(5 * Day);
        Assert.Null(twin.Execute(TwinCommand.Of("harvest")));
        var titer = twin.State[S.Titer];

        twin.Step(Day);

        Assert.Equal(titer, twin.State[S.Titer]);
        Assert.NotNull(twin.Prepare(TwinCommand.Of("harvest")).Error);
    }

    private static (Reactor Twin, double[] Parameters) RunWithBolus()
    {
        var p = P.Defaults();
        var twin = new Reactor(p, 3);
        twin.Step(2 * Day);
        twin.Execute(TwinCommand.Of("feed", ("volume_L", "40")));
        twin.Step(10 * Day);
        return (twin, p);
    }

    private static double[] Read(ITwin twin)
    {
        var values = new double[twin.Channels.Count];
        twin.ReadChannels(values);
        return [twin.TimeSeconds, .. values];
    }
}
