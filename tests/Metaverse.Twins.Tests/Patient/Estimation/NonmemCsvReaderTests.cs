using Metaverse.Twins.Patient.Estimation;
using Metaverse.Twins.Patient.Pk;

namespace Metaverse.Twins.Tests.Patient.Estimation;

public class NonmemCsvReaderTests
{
    [Fact]
    public void Theoph_has_12_subjects_132_levels_and_one_oral_dose_each()
    {
        var data = TheophData.Load();

        Assert.Equal(12, data.Subjects.Count);
        Assert.Equal(132, data.ObservationCount);
        Assert.All(data.Subjects, s => Assert.Equal(Route.Oral, Assert.Single(s.Doses.Doses).Route));
        Assert.Equal(4.02, data.Subjects[0].Doses.Doses[0].AmountMg);
        Assert.Equal(79.6, data.Subjects[0].Covariates["wt"]);
    }

    [Fact]
    public void Lower_case_headers_and_missing_optional_columns_take_nonmem_defaults()
    {
        var result = NonmemCsvReader.Parse("id,time,amt,dv\n1,0,100,.\n1,1,0,2.5\n1,2,0,1.5\n");

        var subject = Assert.Single(result.Dataset!.Subjects);
        Assert.Equal(new Dose(0, 100, Route.Oral), Assert.Single(subject.Doses.Doses));
        Assert.Equal([1.0, 2.0], subject.TimesH);
    }

    [Fact]
    public void Cmt_2_with_rate_is_an_infusion_and_mdv_1_levels_are_skipped()
    {
        var result = NonmemCsvReader.Parse("ID,TIME,DV,AMT,EVID,MDV,CMT,RATE\n7,0,.,100,1,1,2,50\n7,1,3,0,0,1,2,0\n7,3,2,0,0,0,2,0\n");

        var subject = Assert.Single(result.Dataset!.Subjects);
        Assert.Equal(new Dose(0, 100, Route.IvInfusion, 2), subject.Doses.Doses[0]);
        Assert.Equal([3.0], subject.TimesH);
    }

    [Fact]
    public void Missing_required_columns_are_all_listed()
    {
        var result = NonmemCsvReader.Parse("ID,AMT\n1,100\n");

        var error = Assert.Single(result.Errors);
        Assert.Contains("TIME, DV", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void A_bad_number_names_line_and_column()
    {
        var result = NonmemCsvReader.Parse("ID,TIME,DV\n1,0,1\n1,abc,2\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal("line 3, column TIME", error.Field);
    }

    [Fact]
    public void A_dose_without_a_time_is_reported()
    {
        var result = NonmemCsvReader.Parse("ID,TIME,DV,AMT,EVID\n1,.,.,100,1\n1,1,2,0,0\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal("line 2, column TIME", error.Field);
        Assert.Contains("dose without a time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_going_backwards_within_a_subject_is_reported_with_its_line()
    {
        var result = NonmemCsvReader.Parse("ID,TIME,DV,AMT\n1,0,.,100\n1,2,3,0\n1,1,4,0\n");

        Assert.Equal("line 4, column TIME", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Wrong_field_count_and_unsupported_evid_are_each_reported()
    {
        var result = NonmemCsvReader.Parse("ID,TIME,DV,EVID\n1,0,1\n1,1,2,4\n");

        Assert.Equal(["line 2", "line 3, column EVID"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_subject_split_in_two_blocks_is_reported()
    {
        var result = NonmemCsvReader.Parse("ID,TIME,DV\n1,0,1\n2,0,1\n1,1,1\n");

        Assert.Equal("line 4, column ID", Assert.Single(result.Errors).Field);
    }
}
