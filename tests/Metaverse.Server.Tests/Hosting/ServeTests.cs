using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Metaverse.Server.Hosting;
using Metaverse.Server.Rooms;
using Metaverse.Server.Sessions;
using Metaverse.Server.Tests.Sessions;
using Metaverse.Shared.Messages;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Security;

namespace Metaverse.Server.Tests.Hosting;

/// <summary>The running server in-process: real Kestrel, real UDP socket, ports chosen by the OS.</summary>
public sealed class ServeTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Health_answers_ok_and_the_default_room_exists()
    {
        var health = await _server.Http.GetAsync(new Uri("/health", UriKind.Relative));
        var rooms = await _server.Http.GetFromJsonAsync<List<RoomSummary>>(new Uri("/api/rooms", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"status\":\"ok\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RoomRegistry.DefaultRoomName, Assert.Single(rooms!).Name);
    }

    [Fact]
    public async Task Datagrams_dropped_before_the_transport_are_counted_by_reason_in_metrics()
    {
        var simulation = (SimulationLoop)_server.App.Services.GetService(typeof(SimulationLoop))!;
        using var stranger = new System.Net.Sockets.UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        await stranger.SendAsync(new byte[] { 0x42 }, simulation.UdpEndPoint);
        await stranger.SendAsync(new byte[] { 0x11, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x11, 0x12 }, simulation.UdpEndPoint);
        await stranger.SendAsync(new byte[] { 0x00, 0x01, 0x00 }, simulation.UdpEndPoint);

        var clock = Stopwatch.StartNew();
        string metrics;
        do
        {
            Assert.True(clock.Elapsed < Deadline, "the drops did not reach /metrics");
            await Task.Delay(50);
            metrics = await _server.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        }
        while (!metrics.Contains("metaverse_udp_datagrams_dropped_total{reason=\"unsealed\"} 1\n", StringComparison.Ordinal));

        Assert.Contains("metaverse_udp_datagrams_dropped_total{reason=\"malformed\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("metaverse_udp_datagrams_dropped_total{reason=\"unknown_sender\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("metaverse_udp_datagrams_dropped_total{reason=\"bad_seal\"} 0\n", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connected_client_shows_in_metrics_and_in_its_room_and_the_rooms_tick()
    {
        var simulation = (SimulationLoop)_server.App.Services.GetService(typeof(SimulationLoop))!;
        var listener = new ClientEvents();
        using var client = NetHost.Start(new NetConfig(), listener, new IPEndPoint(IPAddress.Loopback, 0));
        var credentials = await LoginAsync("ada");
        var peer = client.Connect(simulation.UdpEndPoint, credentials.Token.Span, credentials.Keys);
        await PollUntil(client, () => peer.State == PeerState.Connected, "connect");
        peer.Send(SessionCodec.Serialize(new Hello { ProtocolVersion = SessionHost.ProtocolVersion, ClientName = "ada" }), DeliveryMethod.ReliableOrdered);
        peer.Send(SessionCodec.Serialize(new JoinRoom { RoomId = RoomRegistry.DefaultRoomName }), DeliveryMethod.ReliableOrdered);

        await PollUntil(client, () => simulation.Snapshot.Connections == 1 && simulation.Snapshot.Rooms[0].Clients == 1, "the connection and the join to be published");
        var metrics = await _server.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        var firstTick = simulation.Snapshot.Rooms[0].Tick;
        await PollUntil(client, () => simulation.Snapshot.Rooms[0].Tick >= firstTick + 15, "the room to tick");

        Assert.Equal(PeerState.Connected, peer.State);
        Assert.Contains("metaverse_connections 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("metaverse_room_clients{room=\"default\"} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("metaverse_tick_duration_seconds{quantile=\"0.99\"}", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_the_server_tells_connected_clients_it_shut_down()
    {
        var simulation = (SimulationLoop)_server.App.Services.GetService(typeof(SimulationLoop))!;
        var listener = new ClientEvents();
        using var client = NetHost.Start(new NetConfig(), listener, new IPEndPoint(IPAddress.Loopback, 0));
        var credentials = await LoginAsync("grace");
        client.Connect(simulation.UdpEndPoint, credentials.Token.Span, credentials.Keys);
        await PollUntil(client, () => listener.Connected, "connect");

        await _server.App.StopAsync();
        await PollUntil(client, () => listener.Disconnect is not null, "the shutdown notice");

        Assert.Equal(DisconnectReason.HostShutdown, listener.Disconnect!.Value.Reason);
    }

    [Theory]
    [InlineData("TickHz", "5", "TickHz: 5 is outside 10–60")]
    [InlineData("UdpPort", "70000", "UdpPort: 70000 is outside 0–65535")]
    [InlineData("Bind", "not-an-ip", "Bind: 'not-an-ip' is not an IP address")]
    [InlineData("SnapshotBytesPerSecond", "1000", "SnapshotBytesPerSecond: 1000 is outside 2000–10000000")]
    public void Invalid_settings_are_refused_naming_the_setting_and_its_range(string key, string value, string expected)
    {
        var error = Assert.Throws<OptionsException>(() => ServerApp.Build(new Dictionary<string, string?> { [$"Metaverse:{key}"] = value }));

        Assert.Contains(expected, error.Errors);
    }

    [Fact]
    public void An_environment_variable_overrides_appsettings()
    {
        Environment.SetEnvironmentVariable("Metaverse__TickHz", "61");
        try
        {
            var error = Assert.Throws<OptionsException>(() => ServerApp.Build(new Dictionary<string, string?>()));

            Assert.Contains("TickHz: 61 is outside 10–60", error.Errors);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Metaverse__TickHz", null);
        }
    }

    [Fact]
    public async Task Login_returns_a_token_that_opens_one_connection_and_a_missing_or_altered_token_gets_no_answer()
    {
        var simulation = (SimulationLoop)_server.App.Services.GetService(typeof(SimulationLoop))!;
        var credentials = await LoginAsync("alan");
        var altered = credentials.Token.ToArray();
        altered[12] ^= 1;

        var accepted = await ConnectAsync(simulation, credentials);
        var again = await ConnectAsync(simulation, credentials);
        var missing = await ConnectAsync(simulation, credentials with { Token = Array.Empty<byte>() });
        var forged = await ConnectAsync(simulation, credentials with { Token = altered });

        Assert.Null(accepted);
        Assert.Equal(DisconnectReason.ConnectionRejected, again!.Value.Reason);
        Assert.Equal("this connect token was already used: log in again for a new one", again.Value.Message);
        Assert.Equal(DisconnectReason.ConnectionFailed, missing!.Value.Reason);
        Assert.Equal(DisconnectReason.ConnectionFailed, forged!.Value.Reason);
    }

    [Theory]
    [InlineData("{\"name\": \"ada\", \"role\": ", "body", "not valid JSON")]
    [InlineData("[1, 2]", "body", "must be a JSON object")]
    [InlineData("{\"role\": \"operator\"}", "name", "must be 1–32")]
    [InlineData("{\"name\": \"ada\", \"role\": \"pilot\"}", "role", "must be one of: operator, engineer")]
    public async Task Bad_login_bodies_get_400_with_a_problem_naming_the_field(string body, string field, string message)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await _server.Http.PostAsync(new Uri("/api/login", UriKind.Relative), content);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    private Task<ConnectCredentials> LoginAsync(string name) => TestLogin.CredentialsAsync(_server.Http, name);

    /// <summary>Connects with the given credentials (giving up after 1 s without an answer); null when accepted, else why it was refused.</summary>
    private static async Task<DisconnectInfo?> ConnectAsync(SimulationLoop simulation, ConnectCredentials credentials)
    {
        var listener = new ClientEvents();
        using var client = NetHost.Start(new NetConfig { ConnectTimeout = TimeSpan.FromSeconds(1), ConnectRetryInterval = TimeSpan.FromMilliseconds(200) }, listener, new IPEndPoint(IPAddress.Loopback, 0));
        client.Connect(simulation.UdpEndPoint, credentials.Token.Span, credentials.Keys);
        await PollUntil(client, () => listener.Connected || listener.Disconnect is not null, "an answer to the connect request");
        return listener.Connected ? null : listener.Disconnect;
    }

    private static async Task PollUntil(NetHost client, Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Deadline, $"timed out waiting for {what}");
            client.Poll(TimeSpan.FromMilliseconds(1));
            await Task.Delay(1);
        }
    }

    private sealed class ClientEvents : INetEventListener
    {
        public bool Connected { get; private set; }

        public DisconnectInfo? Disconnect { get; private set; }

        public void OnConnectionRequest(ConnectionRequest request)
        {
        }

        public void OnPeerConnected(NetPeer peer) => Connected = true;

        public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info) => Disconnect = info;

        public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
        {
        }
    }
}
