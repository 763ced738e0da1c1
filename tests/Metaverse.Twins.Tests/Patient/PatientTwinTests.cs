using Metaverse.Twins.Core;
using Metaverse.Twins.Patient;
using Metaverse.Twins.Patient.Pk;
using Metaverse.Twins.Patient.Variability;

namespace Metaverse.Twins.Tests.Patient;

public class PatientTwinTests
{
    [Fact]
    public void Oral_regimen_concentration_matches_the_closed_form_of_the_individual_parameters()
    {
        var twin = PatientTwin.CreateDefault(17);
        Assert.Null(twin.Execute(TwinCommand.Of("set-regimen", ("amount_mg", "400"), ("route", "oral"), ("interval_h", "12"), ("doses", "4"))));

        var (trajectory, error) = TwinRunner.Run(twin, 48 * 3600, 1800);

        Assert.Null(error);
        var exact = new ClosedFormPk(twin.Pk);
        var record = DosingRecord.Repeated(400, Route.Oral, 12, 4);
        var conc = trajectory.Column("plasma.concentration");
        for (var i = 0; i < conc.Length; i++)
        {
            var expected = exact.ConcentrationAt(record, trajectory.TimesSeconds[i] / 3600);
            Assert.True(Math.Abs(conc[i] - expected) <= (1e-6 * expected) + 1e-9, $"t = {trajectory.TimesSeconds[i]} s: {conc[i]} vs {expected}");
        }

        Assert.Equal(1600, trajectory.Column("dose.total")[^1]);
    }

    [Fact]
    public void Snapshot_restore_continues_bitwise_identically()
    {
        var twin = PatientTwin.CreateDefault(3);
        twin.Execute(TwinCommand.Of("set-regimen", ("amount_mg", "250"), ("route", "iv-infusion"), ("infusion_h", "0.5"), ("interval_h", "8"), ("doses", "5")));
        twin.Execute(TwinCommand.Of("dose", ("amount_mg", "100"), ("route", "oral")));
        TwinRunner.Run(twin, 5.3 * 3600, 333);
        twin.Execute(TwinCommand.Of("sample"));
        var snapshot = twin.Snapshot();

        var copy = PatientTwin.CreateDefault(99);
        Assert.Null(copy.Restore(snapshot));
        foreach (var t in new[] { twin, copy })
        {
            TwinRunner.Run(t, 30 * 3600, 1000 / 30.0 * 100);
            t.Execute(TwinCommand.Of("sample"));
        }

        var (a, b) = (new double[twin.Channels.Count], new double[twin.Channels.Count]);
        twin.ReadChannels(a);
        copy.ReadChannels(b);
        Assert.Equal(a, b);
        Assert.Equal(twin.Snapshot().Utf8Json, copy.Snapshot().Utf8Json);
    }

    [Fact]
    public void Bad_commands_name_the_field_and_change_nothing()
    {
        var twin = PatientTwin.CreateDefault(5);
        var before = twin.Snapshot().Utf8Json;

        Assert.Equal("amount_mg", twin.Prepare(TwinCommand.Of("dose", ("amount_mg", "-5"), ("route", "oral"))).Error?.Field);
        Assert.Equal("route", twin.Prepare(TwinCommand.Of("dose", ("amount_mg", "5"), ("route", "nasal"))).Error?.Field);
        Assert.Equal("infusion_h", twin.Prepare(TwinCommand.Of("dose", ("amount_mg", "5"), ("route", "iv-infusion"))).Error?.Field);
        Assert.Equal("doses", twin.Prepare(TwinCommand.Of("set-regimen", ("amount_mg", "5"), ("route", "oral"), ("interval_h", "8"), ("doses", "0"))).Error?.Field);
        var prepared = twin.Prepare(TwinCommand.Of("dose", ("amount_mg", "5"), ("route", "iv-bolus")));
        Assert.True(prepared.Succeeded);
        Assert.Equal(before, twin.Snapshot().Utf8Json);
        Assert.Equal("5 mg iv-bolus", prepared.Change!.NewValue);
    }

    [Fact]
    public void Step_allocates_nothing_in_steady_state_and_a_fork_is_independent()
    {
        var twin = PatientTwin.CreateDefault(8);
        twin.Execute(TwinCommand.Of("set-regimen", ("amount_mg", "100"), ("route", "iv-infusion"), ("infusion_h", "1"), ("interval_h", "6"), ("doses", "100")));
        var values = new double[twin.Channels.Count];
        twin.Step(3600);
        var fork = twin.Fork();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            twin.Step(1000 / 30.0);
            twin.ReadChannels(values);
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.Equal(3600, fork.TimeSeconds);
        Assert.True(twin.TimeSeconds > fork.TimeSeconds);
    }

    [Fact]
    public void Create_refuses_covariates_out_of_range_and_the_biomarker_starts_at_baseline()
    {
        Assert.Equal("weight", PatientTwin.Create(new PatientCovariates(400, 40, Sex.Female, 0.8), "p-1", 1).Error?.Field);
        var (twin, error) = PatientTwin.Create(PatientCovariates.Reference, "p-2", 1);
        Assert.Null(error);
        var values = new double[twin!.Channels.Count];
        twin.ReadChannels(values);
        Assert.Equal(100, values[3], 12);
        Assert.Equal(0, values[0]);
    }
}
