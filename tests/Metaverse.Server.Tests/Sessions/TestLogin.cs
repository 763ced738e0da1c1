using System.Net.Http.Json;
using Metaverse.Shared.Net.Security;

namespace Metaverse.Server.Tests.Sessions;

/// <summary><c>POST /api/login</c> for tests: the connect token and session keys of the answer.</summary>
internal static class TestLogin
{
    /// <param name="http">The server's HTTP client.</param>
    /// <param name="name">Who signs in.</param>
    /// <param name="role">In which role.</param>
    /// <param name="ciphers">The seal ciphers offered; every one this machine runs when null.</param>
    public static async Task<ConnectCredentials> CredentialsAsync(HttpClient http, string name, string role = "operator", IReadOnlyList<SealCipher>? ciphers = null)
    {
        var offered = (ciphers ?? SealCiphers.Supported).Select(SealCiphers.Name).ToArray();
        var response = await http.PostAsJsonAsync(new Uri("/api/login", UriKind.Relative), new { name, role, ciphers = offered });
        response.EnsureSuccessStatusCode();
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return new ConnectCredentials(
            Convert.FromBase64String(body.GetProperty("token").GetString()!),
            new SessionKeys(
                Convert.FromBase64String(body.GetProperty("clientToServerKey").GetString()!),
                Convert.FromBase64String(body.GetProperty("serverToClientKey").GetString()!),
                SealCiphers.TryParse(body.GetProperty("cipher").GetString(), out var cipher) ? cipher : throw new InvalidOperationException("the login chose no known cipher")));
    }
}
