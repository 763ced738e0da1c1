using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
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

        // What-if: the same patient with a maintenance regimen added, against the patient as dosed.
        var body = new { duration = "24h", output_interval = "12h", commands = new[] { new { at = "0s", action = "set-regimen", arguments = new Dictionary<string, string> { ["amount_mg"] = "250", ["route"] = "oral", ["interval_h"] = "12", ["doses"] = "2" } } } };
        var response = await http.PostAsJsonAsync(new Uri(server.Api, "/api/rooms/default/twins/patient-1/what-if"), body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        double Dosed(string run) => json.GetProperty(run).GetProperty("channels").GetProperty("dose.total").GetProperty("values")[2].GetDouble();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(500, Dosed("baseline"), 6);
        Assert.Equal(1000, Dosed("what_if"), 6);
    }

    private static float Running(SessionClient client) =>
        client.Twins.TryGet("cdc-line-1", "line.running", out var running) ? running : float.NaN;
}
