using Metaverse.Server.Storage;

namespace Metaverse.Server.Tests.Storage;

public sealed class AuditRecordValidationTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Empty_reason_fails_naming_reason_and_writes_nothing()
    {
        await using var writer = _db.OpenWriter();

        var result = await writer.AppendAuditAsync(TempDatabase.Sample(1) with { Reason = "" }).WaitAsync(TempDatabase.Deadline);

        Assert.False(result.Succeeded);
        Assert.Equal("reason", result.Field);
        Assert.Contains("reason", result.Error, StringComparison.Ordinal);
        Assert.Equal(0L, _db.Scalar("SELECT count(*) FROM audit;"));
    }

    [Theory]
    [InlineData("actor")]
    [InlineData("action")]
    public void Empty_required_field_fails_naming_it(string field)
    {
        var record = field == "actor" ? TempDatabase.Sample(1) with { Actor = "" } : TempDatabase.Sample(1) with { Action = "" };

        Assert.Equal(field, record.Validate()?.Field);
    }

    [Fact]
    public async Task Oversized_field_fails_naming_the_field()
    {
        await using var writer = _db.OpenWriter();
        var tooLong = new string('x', FieldRules.MaxLength + 1);

        var result = await writer.AppendAuditAsync(TempDatabase.Sample(1) with { NewValue = tooLong }).WaitAsync(TempDatabase.Deadline);

        Assert.False(result.Succeeded);
        Assert.Equal("new_value", result.Field);
        Assert.Contains("4096", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_of_exactly_the_limit_and_null_optional_fields_are_valid()
    {
        var atLimit = new string('x', FieldRules.MaxLength);

        Assert.Null(new AuditRecord(atLimit, null, null, "act", null, null, null, atLimit).Validate());
    }
}
