using Metaverse.Client;

namespace Metaverse.EndToEnd.Tests;

/// <summary>The UI's command feedback against the real server: pending, then accepted or refused with the server's reason.</summary>
public sealed class TwinCommandFeedbackTests
{
    [Fact]
    public async Task A_setpoint_out_of_range_is_refused_naming_the_field_and_range_and_a_valid_one_is_accepted()
    {
        await using var server = await ServerFixture.Start();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var trainer = await Clients.Joined(new LoginClient(http, server.Api), server, "tess", "trainer");
        var commands = new TwinCommands(trainer);
        Assert.Null(commands.Feedback("feeder"));

        commands.Send("feeder", "cdc-line-1", "setpoint", "training: too much API", ("name", "feeder.api.setpoint"), ("value", "12"));
        Assert.Equal(CommandOutcome.Pending, commands.Feedback("feeder")!.Value.Outcome);
        Clients.Pump([trainer], () => commands.Feedback("feeder")!.Value.Outcome != CommandOutcome.Pending, "the refusal");
        var refused = commands.Feedback("feeder")!.Value;
        Assert.Equal(CommandOutcome.Rejected, refused.Outcome);
        Assert.Contains("feeder.api.setpoint", refused.Text, StringComparison.Ordinal);
        Assert.Contains("10", refused.Text, StringComparison.Ordinal);

        commands.Send("feeder", "cdc-line-1", "setpoint", "training: back to normal", ("name", "feeder.api.setpoint"), ("value", "2.5"));
        Clients.Pump([trainer], () => commands.Feedback("feeder")!.Value.Outcome == CommandOutcome.Accepted, "the acceptance");
        Clients.Pump([trainer], () => trainer.Twins.TryGet("cdc-line-1", "feeder.api.flow", out var flow) && flow > 2.3, "the API flow to follow the new setpoint");
    }
}
