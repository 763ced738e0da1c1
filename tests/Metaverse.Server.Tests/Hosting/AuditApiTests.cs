using System.Net;
using System.Text.Json;
using Metaverse.Server.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Metaverse.Server.Tests.Hosting;

/// <summary><c>GET /api/audit</c> and the users table, on a running server with a real database file.</summary>
public sealed class AuditApiTests : IAsyncLifetime
{
    private RunningServer _server = null!;


    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Audit_records_are_listed_and_filtered_by_actor_action_and_time()
    {
        var storage = _server.App.Services.GetRequiredService<StorageWriter>();
        await storage.AppendAuditAsync(Record("ada", "setpoint.change"));
        await storage.AppendAuditAsync(Record("alan", "setpoint.change"));
        await storage.AppendAuditAsync(Record("ada", "maintenance"));

        var all = await Query("/api/audit");
        var ada = await Query("/api/audit?actor=ada");
        var adaMaintenance = await Query("/api/audit?actor=ada&action=maintenance");
        var future = await Query("/api/audit?from=2999-01-01T00:00:00Z");
        var paged = await Query("/api/audit?limit=1&offset=1");

        Assert.Equal(3, all.GetArrayLength());
        Assert.Equal(2, ada.GetArrayLength());
        Assert.Equal("maintenance", adaMaintenance[0].GetProperty("action").GetString());
        Assert.Equal(0, future.GetArrayLength());
        Assert.Equal("alan", paged[0].GetProperty("actor").GetString());
    }

    [Theory]
    [InlineData("limit=0", "limit", "must be a whole number in 1–10000")]
    [InlineData("offset=-1", "offset", "must be a whole number in 0–")]
    [InlineData("from=yesterday", "from", "must be an ISO-8601 time")]
    public async Task Bad_audit_query_parameters_get_400_naming_the_parameter(string query, string parameter, string message)
    {
        var response = await _server.Http.GetAsync(new Uri($"/api/audit?{query}", UriKind.Relative));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, problem.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_records_the_user_in_the_database()
    {
        using var content = new StringContent("{\"name\": \"rosalind\", \"role\": \"researcher\"}", System.Text.Encoding.UTF8, "application/json");
        (await _server.Http.PostAsync(new Uri("/api/login", UriKind.Relative), content)).EnsureSuccessStatusCode();

        using var connection = new SqliteConnection($"Data Source={_server.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT role FROM users WHERE name = 'rosalind'";
        Assert.Equal("researcher", command.ExecuteScalar());
    }

    private static AuditRecord Record(string actor, string action) =>
        new(actor, "operator", "default", action, "line.api_feeder", "10", "12", "test");

    private async Task<JsonElement> Query(string path)
    {
        var response = await _server.Http.GetAsync(new Uri(path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
