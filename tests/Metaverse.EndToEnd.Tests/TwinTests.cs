using Metaverse.Client;
using Metaverse.Shared.Messages;

namespace Metaverse.EndToEnd.Tests;

/// <summary>The default room's twins through the whole stack: real server, real clients, real SQLite audit.</summary>
public sealed class TwinTests
{
    [Fact]
    public async Task An_operators_stop_command_reaches_the_line_and_every_client_sees_it()
    {
        await using var server = await ServerFixture.Start();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var login = new LoginClient(http, server.Api);
        using var operatorClient = await Clients.Joined(login, server, "olga", "operator");
        using var student = await Clients.Joined(login, server, "sam");
        Clients.Pump([operatorClient, student], () => Running(student) == 1, "the student to see the running line");

        operatorClient.SendCommand(new Command { RequestId = "stop-1", TwinId = "cdc-line-1", Action = "stop", Reason = "drill: line stop" });
        Clients.Pump([operatorClient, student], () => Running(student) == 0, "the student to see the line stopped");

        Assert.True(operatorClient.CommandResults["stop-1"].Ok, operatorClient.CommandResults["stop-1"].Message);
        Assert.True(student.Twins.ChannelsWithValues >= student.Twins.Catalog!.Twins[0].Channels.Count - 1);
    }

    [Fact]
    public async Task A_clinician_creates_a_patient_doses_it_and_the_concentration_replicates()
    {
        await using var server = await ServerFixture.Start();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var login = new LoginClient(http, server.Api);
        using var clinician = await Clients.Joined(login, server, "cleo", "clinician");
        var create = new Command { RequestId = "p-1", Action = "twin.create", Reason = "teaching case", Arguments = { ["kind"] = "patient", ["weight"] = "82", ["age"] = "61", ["sex"] = "female", ["serum_creatinine"] = "1.1" } };
        clinician.SendCommand(create);
        Clients.Pump([clinician], () => clinician.Twins.TryGet("patient-1", "plasma.concentration", out var c) && c == 0, "the new patient's channels");

        clinician.SendCommand(new Command { RequestId = "d-1", TwinId = "patient-1", Action = "dose", Reason = "loading dose", Arguments = { ["amount_mg"] = "500", ["route"] = "iv-bolus" } });
        Clients.Pump([clinician], () => clinician.Twins.TryGet("patient-1", "plasma.concentration", out var c) && c > 0, "a plasma concentration after the dose");

        Assert.True(clinician.CommandResults["d-1"].Ok, clinician.CommandResults["d-1"].Message);
    }

    private static float Running(SessionClient client) =>
        client.Twins.TryGet("cdc-line-1", "line.running", out var running) ? running : float.NaN;
}
