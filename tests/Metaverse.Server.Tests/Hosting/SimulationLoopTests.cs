using System.Diagnostics;
using Metaverse.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Metaverse.Server.Tests.Hosting;

/// <summary>How the fixed-step loop recovers when its thread is held up (here by work posted to it).</summary>
public sealed class SimulationLoopTests
{
    private const double TickHz = 30;

    [Fact]
    public async Task A_loop_held_up_for_a_few_ticks_runs_every_missed_tick_and_skips_none()
    {
        await using var server = await RunningServer.StartAsync();
        // 7.5 ticks: more than a loop that gives up after five catch-up ticks in a row would run.
        var (ran, skipped, expected) = await HoldUp(server, TimeSpan.FromMilliseconds(250));

        Assert.Equal(0, skipped);
        Assert.InRange(ran, expected - 3, expected + 3);
    }

    [Fact]
    public async Task A_loop_held_up_for_far_longer_skips_the_ticks_it_cannot_catch_up_and_counts_each()
    {
        await using var server = await RunningServer.StartAsync();
        var (ran, skipped, expected) = await HoldUp(server, TimeSpan.FromMilliseconds(900));

        Assert.InRange(skipped, 16, 30);
        Assert.InRange(ran + skipped, expected - 3, expected + 3);
    }

    /// <summary>Ticks the default room ran and ticks skipped around a stall of the simulation thread, and the ticks the wall clock asked for.</summary>
    private static async Task<(long Ran, long Skipped, long Expected)> HoldUp(RunningServer server, TimeSpan stall)
    {
        var loop = server.App.Services.GetRequiredService<SimulationLoop>();
        var skippedBefore = await Published(loop);
        var clock = Stopwatch.StartNew();
        var before = await loop.InvokeAsync(rooms => rooms.Default.Tick);
        await loop.InvokeAsync(rooms =>
        {
            Thread.Sleep(stall);
            return 0;
        });
        await Task.Delay(800);
        var after = await loop.InvokeAsync(rooms => rooms.Default.Tick);
        var expected = (long)Math.Round(clock.Elapsed.TotalSeconds * TickHz);
        return (after - before, await Published(loop) - skippedBefore, expected);
    }

    /// <summary>Ticks skipped so far, once the loop has published a snapshot taken after this call.</summary>
    private static async Task<long> Published(SimulationLoop loop)
    {
        var since = DateTimeOffset.UtcNow;
        while (loop.Snapshot.TakenUtc <= since)
        {
            await Task.Delay(20);
        }

        return loop.Snapshot.LateTicksSkipped;
    }
}
