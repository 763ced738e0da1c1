using System.Net.Http.Json;
using Metaverse.Shared.Net.Security;

namespace Metaverse.Server.Tests.Sessions;

/// <summary><c>POST /api/login</c> for tests: the connect token and session keys of the answer.</summary>
internal static class TestLogin
{
    public static async Task<ConnectCredentials> CredentialsAsync(HttpClient http, string name, string role = "operator")
    {
        var response = await http.PostAsJsonAsync(new Uri("/api/login", UriKind.Relative), new { name, role });
        response.EnsureSuccessStatusCode();
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return new ConnectCredentials(
            Convert.FromBase64String(body.GetProperty("token").GetString()!),
            new SessionKeys(Convert.FromBase64String(body.GetProperty("clientToServerKey").GetString()!), Convert.FromBase64String(body.GetProperty("serverToClientKey").GetString()!)));
    }
}
