using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Simulation;

namespace Metaverse.Client;

/// <summary>Settings of a <see cref="BotSwarm"/> run.</summary>
public sealed record BotSwarmOptions
{
    /// <summary>The server's UDP address.</summary>
    public required IPEndPoint Server { get; init; }

    /// <summary>Base address of the HTTP API for <c>POST /api/login</c>; required: without it no bot can connect (every session is sealed with keys from the sign-in).</summary>
    public Uri? Api { get; init; }

    /// <summary>Bot name; with more than one bot, bot i (from 1) is "{Name}-{i}".</summary>
    public string Name { get; init; } = "bot";

    public int Bots { get; init; } = 1;

    /// <summary>How long the bots send poses and chat, after all have joined (or <see cref="ConnectTimeout"/>).</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public double PoseRateHz { get; init; } = 30;

    /// <summary>Each bot sends one chat line "{name} #{n}" this often.</summary>
    public TimeSpan ChatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the bots may take to log in, connect and join before the run starts without the missing ones.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>After the run, how long to wait at most for every chat line to reach every other bot.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public string RoomId { get; init; } = "default";

    /// <summary>Where the bots walk: centre (metres, y ignored) and half-width (≤ <see cref="BotPath.Extent"/>).</summary>
    public Vector3 WalkCentre { get; init; }

    public float WalkExtent { get; init; } = BotPath.Extent;

    /// <summary>Impairs what each bot sends; bot i uses <c>Seed + i</c>. None when null.</summary>
    public NetworkConditions? Conditions { get; init; }

    /// <summary>Transport settings of each bot; the default when null.</summary>
    public NetConfig? NetConfig { get; init; }

    /// <summary>
    /// The first part of the walk left out of the snapshot and byte rates, while the server is still absorbing the
    /// joins (full snapshots, rosters); none when the walk is not longer than twice this.
    /// </summary>
    public TimeSpan RateWarmUp { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Decoded snapshots each bot keeps as baselines.</summary>
    public int SnapshotStoreCapacity { get; init; } = SnapshotStore.DefaultCapacity;
}

/// <summary>
/// What a running swarm reports once a second and at each phase change. <c>Phase</c>: "connecting", "running",
/// "draining" or "done"; <c>Connected</c>: bots in the room now; <c>AvatarsSeenMin</c>: fewest avatars any of them has
/// seen; <c>ChatDelivered</c> of <c>ChatExpected</c>: lines received from the other joined bots, of every line
/// sent times the other joined bots.
/// </summary>
public sealed record SwarmProgress(
    TimeSpan Elapsed,
    string Phase,
    int Bots,
    int Connected,
    int AvatarsSeenMin,
    long ChatDelivered,
    long ChatExpected);

/// <summary>
/// K bots in one thread, each with its own <see cref="SessionClient"/> (its own socket): they log in, join the
/// room, walk a <see cref="BotPath"/> sending poses at <see cref="BotSwarmOptions.PoseRateHz"/>, and send one
/// numbered chat line per <see cref="BotSwarmOptions.ChatInterval"/>. Afterwards they keep polling (and
/// walking) until every bot holds every line the others sent, or the drain timeout.
/// </summary>
public sealed class BotSwarm
{
    private const int LoginConcurrency = 16;
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan DrainCheckInterval = TimeSpan.FromMilliseconds(50);

    private readonly BotSwarmOptions _options;

    public BotSwarm(BotSwarmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Server);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Bots, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.PoseRateHz, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.ChatInterval, TimeSpan.Zero);
        _options = options;
    }

    public BotSwarmOptions Options => _options;

    /// <summary>Name of bot <paramref name="index"/> (from 0) of <paramref name="count"/>.</summary>
    public static string BotName(string name, int index, int count) => count == 1 ? name : $"{name}-{index + 1}";

    /// <summary>
    /// Logs every bot in (when <see cref="BotSwarmOptions.Api"/> is set, through <paramref name="http"/> or a
    /// client of its own), then runs <see cref="Run"/> on a dedicated thread.
    /// </summary>
    public async Task<SwarmReport> RunAsync(Action<SwarmProgress>? progress = null, HttpClient? http = null, CancellationToken cancellationToken = default)
    {
        var tokens = new LoginResult?[_options.Bots];
        var errors = new string?[_options.Bots];
        if (_options.Api is not null)
        {
            using var ownClient = http is null ? new HttpClient { Timeout = _options.ConnectTimeout } : null;
            var login = new LoginClient(http ?? ownClient!, _options.Api);
            using var gate = new SemaphoreSlim(LoginConcurrency);
            await Task.WhenAll(Enumerable.Range(0, _options.Bots).Select(async i =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    tokens[i] = await login.LoginAsync(BotName(_options.Name, i, _options.Bots), LoginClient.StudentRole, cancellationToken).ConfigureAwait(false);
                }
                catch (LoginException e)
                {
                    errors[i] = e.Message;
                }
                finally
                {
                    gate.Release();
                }
            })).ConfigureAwait(false);
        }
        else
        {
            Array.Fill(errors, "no API address to sign in at (every session needs a connect token and keys)");
        }

        return await Task.Factory.StartNew(
            () => Run(tokens, errors, progress, cancellationToken),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the swarm on the calling thread with sign-ins already made: bot i connects with
    /// <paramref name="tokens"/>[i]; a null token (with <paramref name="loginErrors"/>[i] saying why) leaves bot i
    /// out, reported as not connected. Cancellation ends the run early and still returns a report.
    /// </summary>
    public SwarmReport Run(IReadOnlyList<LoginResult?> tokens, IReadOnlyList<string?>? loginErrors = null, Action<SwarmProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count != _options.Bots)
        {
            throw new ArgumentException($"expected {_options.Bots} tokens, got {tokens.Count}", nameof(tokens));
        }

        var run = new RunState(_options, progress, cancellationToken);
        try
        {
            run.Start(tokens, loginErrors);
            if (run.Connect())
            {
                run.Walk();
                run.Drain();
            }

            return run.Report();
        }
        finally
        {
            run.Close();
        }
    }

    /// <summary>The state of one run, for the loop's phases.</summary>
    private sealed class RunState(BotSwarmOptions options, Action<SwarmProgress>? progress, CancellationToken cancellation)
    {
        private readonly Bot[] _bots = new Bot[options.Bots];
        private readonly long _started = Stopwatch.GetTimestamp();
        private TimeSpan _nextProgress;
        private string _phase = "connecting";
        private long _walkStarted;
        private long _ratesFrom;
        private long _walkEnded;
        private double _walkSeconds;
        private double _drainSeconds;

        private TimeSpan Elapsed => Stopwatch.GetElapsedTime(_started);

        public void Start(IReadOnlyList<LoginResult?> tokens, IReadOnlyList<string?>? loginErrors)
        {
            for (var i = 0; i < _bots.Length; i++)
            {
                var name = BotName(options.Name, i, options.Bots);
                var bot = _bots[i] = new Bot(name, new BotPath(i + 1, options.WalkCentre, options.WalkExtent));
                if (tokens[i] is not { } login)
                {
                    bot.Error = loginErrors?[i] ?? "no login token";
                    continue;
                }

                try
                {
                    bot.Client = new SessionClient(name, options.Server, login.Credentials, new SessionClientOptions
                    {
                        Refresher = options.Api is { } api
                            ? new SessionRefresher(ct => LoginClient.SignInAsync(api, name, LoginClient.StudentRole, ct), login.ExpiresUtc, TimeProvider.System)
                            : null,
                        RoomId = options.RoomId,
                        NetConfig = options.NetConfig,
                        Conditions = options.Conditions is null ? null : options.Conditions with { Seed = options.Conditions.Seed + i },
                        SnapshotStoreCapacity = options.SnapshotStoreCapacity,
                    });
                }
                catch (Exception e) when (e is SocketException or ArgumentException)
                {
                    bot.Error = $"could not start: {e.Message}";
                }
            }
        }

        /// <summary>Polls until every started bot has joined or failed, or the connect timeout; false when none joined.</summary>
        public bool Connect()
        {
            var deadline = Elapsed + options.ConnectTimeout;
            while (!cancellation.IsCancellationRequested && Elapsed < deadline
                && _bots.Any(b => b.Client is { State: not SessionState.Joined and not SessionState.Disconnected }))
            {
                PollAll();
                Report(force: false);
            }

            foreach (var bot in _bots)
            {
                if (bot.Client is { State: SessionState.Joined })
                {
                    bot.Joined = true;
                }
                else if (bot.Error is null)
                {
                    bot.Error = bot.Client?.Failure ?? $"not joined within {options.ConnectTimeout.TotalSeconds:0.#} s (state {bot.Client?.State})";
                }
            }

            Report(force: true);
            return _bots.Any(b => b.Joined);
        }

        /// <summary>Poses at the pose rate, chat at the chat interval (staggered between bots), for the duration.</summary>
        public void Walk()
        {
            _phase = "running";
            _walkStarted = Stopwatch.GetTimestamp();
            var posePeriod = 1.0 / options.PoseRateHz;
            var chatPeriod = options.ChatInterval.TotalSeconds;
            var active = _bots.Where(b => b.Joined).ToArray();
            var warmUp = options.Duration > 2 * options.RateWarmUp ? options.RateWarmUp.TotalSeconds : 0;

            for (var i = 0; i < active.Length; i++)
            {
                active[i].NextChat = chatPeriod * i / active.Length;
            }

            var duration = options.Duration.TotalSeconds;
            while (!cancellation.IsCancellationRequested)
            {
                var now = Stopwatch.GetTimestamp();
                var t = Stopwatch.GetElapsedTime(_walkStarted, now).TotalSeconds;
                if (t >= duration)
                {
                    break;
                }

                if (_ratesFrom == 0 && t >= warmUp)
                {
                    StartRates(active);
                }

                foreach (var bot in active)
                {
                    SendPoseIfDue(bot, now, t, posePeriod);
                    if (t >= bot.NextChat && bot.Client!.State == SessionState.Joined
                        && bot.Client.SendChat($"{bot.Name} #{bot.Client.ChatSent + 1}") == SendResult.Queued)
                    {
                        bot.NextChat += chatPeriod;
                    }
                }

                PollAll();
                Report(force: false);
            }

            _walkSeconds = Stopwatch.GetElapsedTime(_walkStarted).TotalSeconds;
        }

        /// <summary>Keeps polling (bots keep walking) until every joined bot holds every line the others sent, or the drain timeout.</summary>
        public void Drain()
        {
            _phase = "draining";
            Report(force: true);
            var drainStarted = Stopwatch.GetTimestamp();
            var posePeriod = 1.0 / options.PoseRateHz;
            var nextCheck = TimeSpan.Zero;
            while (!cancellation.IsCancellationRequested && Stopwatch.GetElapsedTime(drainStarted) < options.DrainTimeout)
            {
                var sinceDrain = Stopwatch.GetElapsedTime(drainStarted);
                if (sinceDrain >= nextCheck)
                {
                    nextCheck = sinceDrain + DrainCheckInterval;
                    if (ExpectedChat() - DeliveredChat() == 0)
                    {
                        break;
                    }
                }

                var now = Stopwatch.GetTimestamp();
                var t = Stopwatch.GetElapsedTime(_walkStarted, now).TotalSeconds;
                foreach (var bot in _bots)
                {
                    if (bot.Joined)
                    {
                        SendPoseIfDue(bot, now, t, posePeriod);
                    }
                }

                PollAll();
                Report(force: false);
            }

            _drainSeconds = Stopwatch.GetElapsedTime(drainStarted).TotalSeconds;
            _walkEnded = Stopwatch.GetTimestamp();
            foreach (var bot in _bots)
            {
                if (bot.AtRatesStart is not null)
                {
                    bot.AtRatesEnd = Counters.Of(bot.Client!);
                }
            }

            _phase = "done";
            Report(force: true);
        }

        public SwarmReport Report()
        {
            var senders = _bots.Where(b => b.Joined).ToArray();
            var reports = new List<BotReport>(_bots.Length);
            var seen = new HashSet<uint>();
            foreach (var bot in _bots)
            {
                if (bot.Client is not { } client)
                {
                    reports.Add(new BotReport(bot.Name, false, bot.Error, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
                    continue;
                }

                seen.UnionWith(client.AvatarsSeen);
                var stats = WithWalkRates(client.GetStats(), bot);
                var missing = bot.Joined
                    ? senders.Where(s => s != bot).Sum(s => client.Chat.MissingFrom(s.Client!.ClientId, s.Client.ChatSent))
                    : 0;
                var error = bot.Error ?? (client.State == SessionState.Joined ? null : client.Failure ?? $"left the room (state {client.State})");
                reports.Add(new BotReport(
                    bot.Name, bot.Joined && error is null, error, stats.AvatarsSeen, client.Twins.ChannelsWithValues, stats.SnapshotsPerSecond, stats.InterpolationDelayMs,
                    stats.RttMs, stats.BytesInPerSecond, stats.BytesOutPerSecond, stats.ChatSent, stats.ChatReceived, missing, stats.ChatOutOfOrder));
            }

            return new SwarmReport(reports, SwarmReport.Sum(reports, seen.Count, _walkSeconds, _drainSeconds));
        }

        private void StartRates(Bot[] active)
        {
            _ratesFrom = Stopwatch.GetTimestamp();
            foreach (var bot in active)
            {
                bot.AtRatesStart = Counters.Of(bot.Client!);
            }
        }

        /// <summary>
        /// The rates over the walk (after <see cref="BotSwarmOptions.RateWarmUp"/>) and the drain, where the load is steady, instead of since the bot joined (which
        /// would mix in the wait for the others to join): snapshots decoded and transport bytes per second.
        /// </summary>
        private SessionStats WithWalkRates(SessionStats stats, Bot bot)
        {
            var seconds = _ratesFrom == 0 || _walkEnded == 0 ? 0 : Stopwatch.GetElapsedTime(_ratesFrom, _walkEnded).TotalSeconds;
            if (bot.AtRatesStart is not { } start || bot.AtRatesEnd is not { } end || seconds <= 0)
            {
                return stats;
            }

            return stats with
            {
                SnapshotsPerSecond = (end.SnapshotsDecoded - start.SnapshotsDecoded) / seconds,
                BytesInPerSecond = (end.BytesIn - start.BytesIn) / seconds,
                BytesOutPerSecond = (end.BytesOut - start.BytesOut) / seconds,
            };
        }

        public void Close()
        {
            foreach (var bot in _bots)
            {
                bot?.Client?.Close("bot run finished");
            }

            foreach (var bot in _bots)
            {
                bot?.Client?.Dispose();
            }
        }

        /// <summary>Sends the pose of walk time <paramref name="t"/> (s), sampled at <paramref name="now"/> (a Stopwatch timestamp), when due.</summary>
        private static void SendPoseIfDue(Bot bot, long now, double t, double posePeriod)
        {
            if (t < bot.NextPose)
            {
                return;
            }

            bot.Client!.SendPose(bot.Path.PoseAt(t), now);
            // Catch up by skipping, never by bursting, when the loop fell behind.
            bot.NextPose = Math.Max(bot.NextPose + posePeriod, t - posePeriod);
        }

        private void PollAll()
        {
            // One short wait on the first live host paces the loop; the rest only drain what is waiting.
            var waited = false;
            foreach (var bot in _bots)
            {
                if (bot.Client is not { } client)
                {
                    continue;
                }

                client.Poll(waited ? TimeSpan.Zero : TimeSpan.FromMilliseconds(1));
                waited = true;
            }

            if (!waited)
            {
                Thread.Sleep(1);
            }
        }

        private long ExpectedChat()
        {
            var joined = _bots.Where(b => b.Joined).ToArray();
            var sent = joined.Sum(b => b.Client!.ChatSent);
            // Each line goes to every other joined bot.
            return joined.Sum(b => sent - b.Client!.ChatSent);
        }

        private long DeliveredChat()
        {
            var joined = _bots.Where(b => b.Joined).ToArray();
            long delivered = 0;
            foreach (var receiver in joined)
            {
                foreach (var sender in joined)
                {
                    if (sender != receiver)
                    {
                        delivered += sender.Client!.ChatSent - receiver.Client!.Chat.MissingFrom(sender.Client.ClientId, sender.Client.ChatSent);
                    }
                }
            }

            return delivered;
        }

        private void Report(bool force)
        {
            if (progress is null || (!force && Elapsed < _nextProgress))
            {
                return;
            }

            _nextProgress = Elapsed + ProgressInterval;
            var joined = _bots.Where(b => b.Client is { State: SessionState.Joined }).ToArray();
            progress(new SwarmProgress(
                Elapsed,
                _phase,
                _bots.Length,
                joined.Length,
                joined.Length == 0 ? 0 : joined.Min(b => b.Client!.AvatarsSeen.Count),
                _phase == "connecting" ? 0 : DeliveredChat(),
                _phase == "connecting" ? 0 : ExpectedChat()));
        }
    }

    private sealed class Bot(string name, BotPath path)
    {
        public string Name => name;

        public BotPath Path => path;

        public SessionClient? Client { get; set; }

        /// <summary>Joined by the end of the connect phase: takes part in the run.</summary>
        public bool Joined { get; set; }

        public string? Error { get; set; }

        public double NextPose { get; set; }

        public double NextChat { get; set; }

        /// <summary>The bot's counters when the rates' window opened and when the drain ended; null for a bot that did not join.</summary>
        public Counters? AtRatesStart { get; set; }

        public Counters? AtRatesEnd { get; set; }
    }
}

/// <summary>A bot's cumulative counters at one moment, for rates over a window.</summary>
internal readonly record struct Counters(long SnapshotsDecoded, long BytesIn, long BytesOut)
{
    public static Counters Of(SessionClient client) =>
        new(client.SnapshotsDecoded, client.Peer.Statistics.BytesReceived, client.Peer.Statistics.BytesSent);
}
