using System.Text.Json;

namespace Metaverse.Client.Tests;

public class SwarmReportTests
{
    private static readonly string[] BotKeys =
    [
        "name", "connected", "error", "avatarsSeen", "twinChannels", "snapshotsPerSecond", "interpolationDelayMs", "rttMs",
        "bytesInPerSecond", "bytesOutPerSecond", "chatSent", "chatReceived", "chatMissing", "chatOutOfOrder",
    ];

    [Fact]
    public void Json_has_bots_totals_and_ok()
    {
        var bots = new[]
        {
            new BotReport("a-1", true, null, 1, 12, 30.123, 66.6, 1.5, 3000, 5000, 4, 4, 0, 1),
            new BotReport("a-2", false, "connection rejected: bad token", 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0),
        };
        var report = new SwarmReport(bots, SwarmReport.Sum(bots, 2, 10, 0.5));

        using var json = JsonDocument.Parse(report.ToJson());
        var root = json.RootElement;
        Assert.Equal(["bots", "totals", "ok"], root.EnumerateObject().Select(p => p.Name));
        var first = root.GetProperty("bots")[0];
        Assert.Equal(BotKeys, first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("a-1", first.GetProperty("name").GetString());
        Assert.Equal(30.12, first.GetProperty("snapshotsPerSecond").GetDouble());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("error").ValueKind);
        Assert.Equal("connection rejected: bad token", root.GetProperty("bots")[1].GetProperty("error").GetString());

        var totals = root.GetProperty("totals");
        Assert.Equal(2, totals.GetProperty("bots").GetInt32());
        Assert.Equal(1, totals.GetProperty("connected").GetInt32());
        Assert.Equal(2, totals.GetProperty("chatMissing").GetInt64());
        Assert.Equal(4, totals.GetProperty("chatSent").GetInt64());
        Assert.Equal(12, totals.GetProperty("twinChannels").GetInt32());
        Assert.Equal(30.12, totals.GetProperty("snapshotsPerSecond").GetDouble());
        Assert.Equal(8000, totals.GetProperty("bytesOutPerSecond").GetDouble() + totals.GetProperty("bytesInPerSecond").GetDouble());
        foreach (var key in BotKeys.Except(["name", "error"]))
        {
            Assert.True(totals.TryGetProperty(key, out _), key);
        }

        Assert.False(root.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public void Ok_needs_every_bot_connected_and_nothing_missing()
    {
        BotReport Bot(bool connected, long missing) => new("b", connected, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, missing, 0);
        SwarmReport Report(params BotReport[] bots) => new(bots, SwarmReport.Sum(bots, 0, 1, 0));

        Assert.True(Report(Bot(true, 0), Bot(true, 0)).Ok);
        Assert.False(Report(Bot(true, 0), Bot(false, 0)).Ok);
        Assert.False(Report(Bot(true, 1)).Ok);
        Assert.False(Report().Ok);
    }
}
