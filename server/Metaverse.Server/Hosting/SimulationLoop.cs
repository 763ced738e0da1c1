using System.Diagnostics;
using System.Net;
using Metaverse.Server.Auth;
using Metaverse.Server.Rooms;
using Metaverse.Server.Sessions;
using Metaverse.Server.Storage;
using Metaverse.Server.Twins;
using Metaverse.Shared.Net;
using Metaverse.Shared.Net.Simulation;
using Microsoft.Extensions.Logging;

namespace Metaverse.Server.Hosting;

/// <summary>
/// The server's one simulation thread. It owns the transport, the sessions and the rooms: it polls the
/// network, runs every room's fixed-step tick at <see cref="ServerOptions.TickHz"/> followed by each
/// client's snapshot, sends, and publishes a
/// <see cref="ServerSnapshot"/> for other threads. Nothing else touches the transport or the rooms.
/// </summary>
internal sealed partial class SimulationLoop : IDisposable
{
    /// <summary>
    /// Most ticks run back to back before the network is polled again. Two catch up on a backlog (after a storm
    /// of joins) twice as fast as one; the second tick still reads acknowledgements between its chunks of
    /// clients (<see cref="ReadNetworkInTick"/>).
    /// </summary>
    private const int MaxTicksPerPoll = 2;

    /// <summary>
    /// LiteNetLib's update (timers, resends, acks) at most this often from the loop's polls: with hundreds of clients the
    /// loop polls thousands of times a second, and every update visits every connection. Snapshots are flushed after
    /// each tick regardless.
    /// </summary>
    private static readonly TimeSpan TransportUpdateInterval = TimeSpan.FromMilliseconds(2);

    /// <summary>How far behind (ticks) the loop may fall before it gives up on the missed ticks and skips to the present.</summary>
    private const int MaxBacklogTicks = 15;
    private static readonly TimeSpan PublishInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>How often the default room's twins are saved besides on stop (a SIGKILL loses at most this much twin time).</summary>
    private static readonly TimeSpan TwinSaveInterval = TimeSpan.FromSeconds(60);
    private readonly ServerOptions _options;
    private readonly SessionHost _sessions;

    /// <summary>For tests: the server's socket behind the network simulator.</summary>
    private readonly NetworkConditions? _conditions;
    private readonly RoomRegistry _rooms = new();
    private readonly TwinKinds _kinds;
    private readonly StorageWriter _storage;
    private readonly ILogger _logger;
    private bool _stopped;
    private readonly TickDurations _tickDurations = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<Action> _invocations = new();
    private NetHost? _host;
    private Thread? _thread;
    private ServerSnapshot _snapshot = ServerSnapshot.Empty;
    private long _lateTicksSkipped;
    private TimeSpan _readingInTick;
    private readonly Action _readNetworkInTick;

    public SimulationLoop(ServerOptions options, TwinKinds kinds, TokenService tokens, StorageWriter storage, ILogger<SimulationLoop> logger, NetworkConditions? conditions = null)
    {
        _options = options;
        _conditions = conditions;
        _kinds = kinds;
        _sessions = new SessionHost(_rooms, kinds, tokens, storage, options, logger);
        _readNetworkInTick = ReadNetworkInTick;
        (_storage, _logger) = (storage, logger);
        StartDefaultTwins();
        foreach (var problem in TwinPersistence.Restore(_rooms, kinds, TwinStateReader.Load(storage.Path, _rooms.Default.Name), options.TickHz))
        {
            LogTwinNotRestored(problem);
        }
    }

    /// <summary>The bound UDP endpoint; valid after <see cref="Start"/>.</summary>
    public IPEndPoint UdpEndPoint => _host?.LocalEndPoint ?? throw new InvalidOperationException("not started");

    /// <summary>The latest published state. Safe from any thread.</summary>
    public ServerSnapshot Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>Binds the UDP socket (throws SocketException when the port is taken) and starts the thread.</summary>
    public void Start()
    {
        var bind = new IPEndPoint(IPAddress.Parse(_options.Bind), _options.UdpPort);
        _host = NetHost.Start(new NetConfig
        {
            AcceptIncoming = true,
            MaxSessionsPerAddress = _options.MaxSessionsPerAddress,
            UpdateInterval = TransportUpdateInterval,
        }, _sessions, bind, _conditions);
        Publish();
        _thread = new Thread(Run) { Name = "simulation", IsBackground = true };
        _thread.Start();
    }

    /// <summary>Stops the thread (every client is told the server shut down) and saves the twins' state. Idempotent.</summary>
    public void Stop()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _stop.Cancel();
        if (_thread is not null)
        {
            _thread.Join();
            SaveTwins().Wait(TimeSpan.FromSeconds(10));
        }
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
    }

    private void Run()
    {
        var host = _host!;
        var tick = TimeSpan.FromSeconds(1.0 / _options.TickHz);
        var clock = Stopwatch.StartNew();
        var originUs = MonotonicClock.NowMicroseconds;
        var nextTick = tick;
        var nextPublish = PublishInterval;
        var nextSave = TwinSaveInterval;
        while (!_stop.IsCancellationRequested)
        {
            var untilTick = nextTick - clock.Elapsed;
            host.Poll(untilTick > TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : untilTick);
            _sessions.RunCompletions();
            RunInvocations();
            var before = nextTick;
            nextTick = RunDueTicks(clock, originUs, nextTick, tick);
            if (nextTick != before)
            {
                // The tick's snapshots leave now; anything else queued (command results) leaves with the next poll.
                host.Flush();
            }
            if (clock.Elapsed >= nextPublish)
            {
                nextPublish += PublishInterval;
                _sessions.CloseExpiredSessions();
                Publish();
            }

            if (clock.Elapsed >= nextSave)
            {
                nextSave += TwinSaveInterval;
                _ = SaveTwins();
            }
        }

        host.Dispose();
        Publish();
    }

    /// <summary>
    /// Runs the ticks that are due, at most <see cref="MaxTicksPerPoll"/> before returning to the network. A loop
    /// that fell behind catches up tick by tick (every tick's snapshot is sent); only one more than
    /// <see cref="MaxBacklogTicks"/> behind skips the missed ticks, counted in <c>metaverse_ticks_skipped_total</c>,
    /// instead of spiralling.
    /// </summary>
    private TimeSpan RunDueTicks(Stopwatch clock, long originUs, TimeSpan nextTick, TimeSpan tick)
    {
        var behind = (long)((clock.Elapsed - nextTick) / tick);
        if (behind > MaxBacklogTicks)
        {
            _lateTicksSkipped += behind;
            nextTick += tick * behind;
        }

        for (var ran = 0; ran < MaxTicksPerPoll && clock.Elapsed >= nextTick; ran++)
        {
            var started = Stopwatch.GetTimestamp();
            _sessions.BeginTick(originUs + MonotonicClock.ToMicroseconds(nextTick));
            foreach (var room in _rooms.All)
            {
                room.Step(tick.TotalSeconds, _sessions.AvatarPoses);
            }

            _readingInTick = TimeSpan.Zero;
            _sessions.Tick(_readNetworkInTick);
            _tickDurations.Add((long)(Stopwatch.GetElapsedTime(started) - _readingInTick).TotalMicroseconds);
            nextTick += tick;
        }

        return nextTick;
    }

    /// <summary>
    /// Between chunks of a tick's snapshots: sends the snapshots queued so far and reads the network (acknowledgements
    /// come back meanwhile), without the timers of a poll; left out of the tick's duration.
    /// </summary>
    private void ReadNetworkInTick()
    {
        var started = Stopwatch.GetTimestamp();
        _host!.Flush();
        _host.Receive();
        _readingInTick += Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the simulation thread (the only thread that may touch rooms and
    /// twins) and completes with its result; exceptions it throws fault the task.
    /// </summary>
    public Task<T> InvokeAsync<T>(Func<RoomRegistry, T> work)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _invocations.Enqueue(() =>
        {
            try
            {
                completion.SetResult(work(_rooms));
            }
            catch (Exception error)
            {
                completion.SetException(error);
            }
        });
        return completion.Task;
    }

    private void RunInvocations()
    {
        while (_invocations.TryDequeue(out var invocation))
        {
            invocation();
        }
    }

    private void StartDefaultTwins()
    {
        foreach (var name in _options.DefaultTwinKinds())
        {
            var (twin, kind, error) = _kinds.Create(name, _options.TwinSeed, nameof(ServerOptions.DefaultTwins));
            if (error is not null)
            {
                throw new OptionsException([error.ToString()]);
            }

            _rooms.Default.Twins.Add(new HostedTwin($"{name}-1", twin!, kind!, _options.TickHz));
        }
    }

    /// <summary>Snapshots the twins here (simulation thread) and queues the write; a failed write is logged and retried at the next save.</summary>
    private Task SaveTwins()
    {
        var twins = TwinPersistence.Collect(_rooms);
        return twins.Count == 0
            ? Task.CompletedTask
            : _storage.SaveTwinStatesAsync(twins).ContinueWith(
                written =>
                {
                    if (!written.IsCompletedSuccessfully || !written.Result.Succeeded)
                    {
                        LogTwinSaveFailed(written.Exception?.GetBaseException().Message ?? written.Result.ToString());
                    }
                },
                TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "twin not restored, it starts fresh: {Problem}")]
    private partial void LogTwinNotRestored(string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "saving the twins' state failed (retried at the next save): {Reason}")]
    private partial void LogTwinSaveFailed(string reason);

    private void Publish()
    {
        var host = _host!;
        var stats = host.Statistics;
        var (p50, p99, max) = _tickDurations.Percentiles();
        var dropped = Enum.GetValues<DropReason>().ToDictionary(reason => reason, host.DroppedDatagrams);
        Volatile.Write(ref _snapshot, new ServerSnapshot(
            DateTimeOffset.UtcNow, host.ConnectedCount, stats.PacketsReceived, stats.PacketsSent, stats.BytesReceived, stats.BytesSent,
            dropped.Values.Sum(), p50, p99, max, _lateTicksSkipped, _sessions.Snapshots.Sent,
            _sessions.InvalidMessages, _rooms.All.Select(r => r.Summarize()).ToList())
        {
            TickBuckets = _tickDurations.CumulativeBuckets(),
            TickSumMicros = _tickDurations.SumMicros,
            DropsByReason = dropped,
            SuppressedSends = host.Sealing.SuppressedSends,
        });
    }
}
