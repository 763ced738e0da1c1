using System.Diagnostics;
using System.Numerics;
using Metaverse.Client;
using Metaverse.Shared.Replication;

namespace Metaverse.EndToEnd.Tests;

/// <summary>Real session clients for the end-to-end tests: log in, join, and pump them while they stand and sway.</summary>
internal static class Clients
{
    public static async Task<SessionClient> Joined(LoginClient login, ServerFixture server, string name, string role = LoginClient.StudentRole)
    {
        var token = await login.LoginAsync(name, role);
        var client = new SessionClient(name, server.Udp, token.Credentials);
        Pump([client], () => client.State == SessionState.Joined, $"{name} to join");
        return client;
    }

    /// <summary>Polls the clients, each sending a pose every 33 ms, until the condition holds.</summary>
    public static void Pump(SessionClient[] clients, Func<bool> condition, string what, double seconds = 10)
    {
        var clock = Stopwatch.StartNew();
        var nextPose = TimeSpan.Zero;
        while (!condition())
        {
            Assert.True(clock.Elapsed.TotalSeconds < seconds, $"timed out after {seconds} s waiting for {what}");
            if (clock.Elapsed >= nextPose)
            {
                nextPose += TimeSpan.FromMilliseconds(33);
                foreach (var client in clients.Where(c => c.State == SessionState.Joined))
                {
                    client.SendPose(Standing(client.Name, clock.Elapsed.TotalSeconds));
                }
            }

            foreach (var client in clients)
            {
                client.Poll(TimeSpan.FromMilliseconds(1));
            }
        }
    }

    private static AvatarPose Standing(string name, double seconds)
    {
        var head = new Vector3(name.Length, 1.7f, (float)Math.Sin(seconds));
        return new AvatarPose(head, Quaternion.Identity, head + new Vector3(-0.3f, -0.5f, 0), Quaternion.Identity, head + new Vector3(0.3f, -0.5f, 0), Quaternion.Identity);
    }

    /// <summary>
    /// Runs <paramref name="action"/> while <paramref name="client"/> keeps sending poses (30 a second, at <paramref name="pose"/>
    /// or standing at the origin) and polling, so the server does not time it out while another process works.
    /// </summary>
    public static async Task<T> KeptAlive<T>(SessionClient client, Func<Task<T>> action, AvatarPose? pose = null)
    {
        using var stop = new CancellationTokenSource();
        var standing = pose ?? new AvatarPose(new Vector3(0, 1.7f, 0), Quaternion.Identity, new Vector3(-0.3f, 1, 0), Quaternion.Identity, new Vector3(0.3f, 1, 0), Quaternion.Identity);
        var pump = Task.Run(
            async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    client.SendPose(standing);
                    client.Poll(TimeSpan.FromMilliseconds(1));
                    await Task.Delay(33, CancellationToken.None);
                }
            },
            CancellationToken.None);
        try
        {
            return await action();
        }
        finally
        {
            await stop.CancelAsync();
            await pump;
        }
    }
}
