using System.Text;
using System.Text.Json;

namespace Metaverse.Client;

/// <summary>
/// One bot's figures at the end of a <see cref="BotSwarm"/> run. <c>Connected</c>: the bot joined its room and
/// stayed connected to the end; <c>Error</c>: why not (login, connect, disconnect), null when it did;
/// <c>ChatMissing</c>: lines the other joined bots sent that this bot never received; <c>TwinChannels</c>: twin
/// channels of the room of which the bot holds a value. The snapshot and byte rates are over the walk (after its
/// first two seconds, <see cref="BotSwarmOptions.RateWarmUp"/>) and the drain: the steady load, not the joins.
/// </summary>
public sealed record BotReport(
    string Name,
    bool Connected,
    string? Error,
    int AvatarsSeen,
    int TwinChannels,
    double SnapshotsPerSecond,
    double InterpolationDelayMs,
    double RttMs,
    double BytesInPerSecond,
    double BytesOutPerSecond,
    long ChatSent,
    long ChatReceived,
    long ChatMissing,
    long ChatOutOfOrder);

/// <summary>
/// Sums (counts, bytes) and means over connected bots (snapshot rate, delay, RTT) of a run; <c>AvatarsSeen</c>
/// is the number of distinct avatars seen by any bot; <c>TwinChannels</c> the fewest twin channels any connected bot holds.
/// </summary>
public sealed record SwarmTotals(
    int Bots,
    int Connected,
    int AvatarsSeen,
    int TwinChannels,
    double SnapshotsPerSecond,
    double InterpolationDelayMs,
    double RttMs,
    double BytesInPerSecond,
    double BytesOutPerSecond,
    long ChatSent,
    long ChatReceived,
    long ChatMissing,
    long ChatOutOfOrder,
    double DurationSeconds,
    double DrainSeconds);

/// <summary>The outcome of a <see cref="BotSwarm"/> run.</summary>
public sealed record SwarmReport(IReadOnlyList<BotReport> Bots, SwarmTotals Totals)
{
    /// <summary>Every bot connected and stayed so, and no chat message is missing.</summary>
    public bool Ok => Bots.Count > 0 && Bots.All(b => b.Connected) && Totals.ChatMissing == 0;

    /// <summary>Totals of <paramref name="bots"/>; <paramref name="avatarsSeen"/> is the distinct count over all of them.</summary>
    public static SwarmTotals Sum(IReadOnlyList<BotReport> bots, int avatarsSeen, double durationSeconds, double drainSeconds)
    {
        ArgumentNullException.ThrowIfNull(bots);
        var connected = bots.Where(b => b.Connected).ToList();
        double Mean(Func<BotReport, double> f) => connected.Count == 0 ? 0 : connected.Average(f);
        return new SwarmTotals(
            bots.Count,
            connected.Count,
            avatarsSeen,
            connected.Count == 0 ? 0 : connected.Min(b => b.TwinChannels),
            Mean(b => b.SnapshotsPerSecond),
            Mean(b => b.InterpolationDelayMs),
            Mean(b => b.RttMs),
            bots.Sum(b => b.BytesInPerSecond),
            bots.Sum(b => b.BytesOutPerSecond),
            bots.Sum(b => b.ChatSent),
            bots.Sum(b => b.ChatReceived),
            bots.Sum(b => b.ChatMissing),
            bots.Sum(b => b.ChatOutOfOrder),
            durationSeconds,
            drainSeconds);
    }

    /// <summary>
    /// One JSON object: <c>{"bots": [{name, connected, error, avatarsSeen, twinChannels, snapshotsPerSecond, interpolationDelayMs,
    /// rttMs, bytesInPerSecond, bytesOutPerSecond, chatSent, chatReceived, chatMissing, chatOutOfOrder}], "totals":
    /// {bots, connected, avatarsSeen, ..., durationSeconds, drainSeconds}, "ok": bool}</c>. Decimals are rounded to 0.01.
    /// </summary>
    public string ToJson(bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            w.WriteStartObject();
            w.WriteStartArray("bots");
            foreach (var b in Bots)
            {
                w.WriteStartObject();
                w.WriteString("name", b.Name);
                w.WriteBoolean("connected", b.Connected);
                if (b.Error is null)
                {
                    w.WriteNull("error");
                }
                else
                {
                    w.WriteString("error", b.Error);
                }

                w.WriteNumber("avatarsSeen", b.AvatarsSeen);
                w.WriteNumber("twinChannels", b.TwinChannels);
                WriteRates(w, b.SnapshotsPerSecond, b.InterpolationDelayMs, b.RttMs, b.BytesInPerSecond, b.BytesOutPerSecond);
                WriteChat(w, b.ChatSent, b.ChatReceived, b.ChatMissing, b.ChatOutOfOrder);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            var t = Totals;
            w.WriteStartObject("totals");
            w.WriteNumber("bots", t.Bots);
            w.WriteNumber("connected", t.Connected);
            w.WriteNumber("avatarsSeen", t.AvatarsSeen);
            w.WriteNumber("twinChannels", t.TwinChannels);
            WriteRates(w, t.SnapshotsPerSecond, t.InterpolationDelayMs, t.RttMs, t.BytesInPerSecond, t.BytesOutPerSecond);
            WriteChat(w, t.ChatSent, t.ChatReceived, t.ChatMissing, t.ChatOutOfOrder);
            w.WriteNumber("durationSeconds", Round(t.DurationSeconds));
            w.WriteNumber("drainSeconds", Round(t.DrainSeconds));
            w.WriteEndObject();
            w.WriteBoolean("ok", Ok);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteRates(Utf8JsonWriter w, double snapshotsPerSecond, double delayMs, double rttMs, double bytesIn, double bytesOut)
    {
        w.WriteNumber("snapshotsPerSecond", Round(snapshotsPerSecond));
        w.WriteNumber("interpolationDelayMs", Round(delayMs));
        w.WriteNumber("rttMs", Round(rttMs));
        w.WriteNumber("bytesInPerSecond", Round(bytesIn));
        w.WriteNumber("bytesOutPerSecond", Round(bytesOut));
    }

    private static void WriteChat(Utf8JsonWriter w, long sent, long received, long missing, long outOfOrder)
    {
        w.WriteNumber("chatSent", sent);
        w.WriteNumber("chatReceived", received);
        w.WriteNumber("chatMissing", missing);
        w.WriteNumber("chatOutOfOrder", outOfOrder);
    }

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 2) : 0;
}
