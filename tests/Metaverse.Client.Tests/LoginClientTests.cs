namespace Metaverse.Client.Tests;

public class LoginClientTests
{
    private static readonly Uri Url = new("http://127.0.0.1:8080/api/login");

    [Fact]
    public void Reads_token_keys_and_udp_port()
    {
        var up = Convert.ToBase64String(Enumerable.Repeat((byte)1, 32).ToArray());
        var down = Convert.ToBase64String(Enumerable.Repeat((byte)2, 32).ToArray());
        var result = LoginClient.Parse($$"""{"token":"AQID","clientToServerKey":"{{up}}","serverToClientKey":"{{down}}","name":"ann","role":"student","udpPort":7777}""", 200, Url);

        Assert.Equal([1, 2, 3], result.Credentials.Token.ToArray());
        Assert.All(result.Credentials.Keys.ClientToServer, b => Assert.Equal(1, b));
        Assert.All(result.Credentials.Keys.ServerToClient, b => Assert.Equal(2, b));
        Assert.Equal(7777, result.UdpPort);
        Assert.Equal("ann", result.Name);
    }

    [Fact]
    public void A_body_without_token_is_an_error_naming_what_is_missing()
    {
        var e = Assert.Throws<LoginException>(() => LoginClient.Parse("""{"udpPort":7777}""", 200, Url));
        Assert.Contains("token", e.Message, StringComparison.Ordinal);
        Assert.Equal(200, e.StatusCode);
    }

    [Fact]
    public void The_cipher_the_server_chose_comes_with_the_keys_and_one_this_client_does_not_run_is_an_error()
    {
        var key = Convert.ToBase64String(new byte[32]);
        var chacha = LoginClient.Parse($$"""{"token":"AQID","clientToServerKey":"{{key}}","serverToClientKey":"{{key}}","cipher":"chacha20-poly1305","udpPort":7777}""", 200, Url);
        var older = LoginClient.Parse($$"""{"token":"AQID","clientToServerKey":"{{key}}","serverToClientKey":"{{key}}","udpPort":7777}""", 200, Url);
        var unknown = Assert.Throws<LoginException>(() => LoginClient.Parse($$"""{"token":"AQID","clientToServerKey":"{{key}}","serverToClientKey":"{{key}}","cipher":"rot13","udpPort":7777}""", 200, Url));

        Assert.Equal(Metaverse.Shared.Net.Security.SealCipher.ChaCha20Poly1305, chacha.Credentials.Keys.Cipher);
        Assert.Equal(Metaverse.Shared.Net.Security.SealCipher.ChaCha20Poly1305, older.Credentials.Keys.Cipher);
        Assert.Contains("\"rot13\", which this client does not run", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_of_the_wrong_length_is_an_error()
    {
        var e = Assert.Throws<LoginException>(() => LoginClient.Parse("""{"token":"AQID","clientToServerKey":"AQID","serverToClientKey":"AQID","udpPort":7777}""", 200, Url));
        Assert.Contains("32 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_details_are_summarised_with_their_field_errors()
    {
        var text = LoginClient.Describe("""{"title":"Invalid login request","status":400,"errors":{"name":["must be 1–32 letters"],"role":["must be one of: student"]}}""");

        Assert.Contains("Invalid login request", text, StringComparison.Ordinal);
        Assert.Contains("name: must be 1–32 letters", text, StringComparison.Ordinal);
        Assert.Contains("role: must be one of: student", text, StringComparison.Ordinal);
        Assert.Equal("not json", LoginClient.Describe("not json"));
    }

    [Fact]
    public void The_api_path_prefix_is_kept()
    {
        using var http = new HttpClient();
        Assert.Equal("http://host/prefix/", new LoginClient(http, new Uri("http://host/prefix")).ApiBase.ToString());
        Assert.Equal("http://host:8080/", new LoginClient(http, new Uri("http://host:8080")).ApiBase.ToString());
    }
}
