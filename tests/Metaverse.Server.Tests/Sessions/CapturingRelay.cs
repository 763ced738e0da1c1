using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Metaverse.Server.Tests.Sessions;

/// <summary>
/// A loopback UDP relay on a thread of its own between one client and the server, recording every datagram both
/// ways, as a capture of the loopback interface would (the server runs on its own thread, so the relay cannot be
/// pumped by the test).
/// </summary>
internal sealed class CapturingRelay : IDisposable
{
    private readonly Socket _front = Bound();
    private readonly Socket _back = Bound();
    private readonly IPEndPoint _server;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private EndPoint? _client;

    public CapturingRelay(IPEndPoint server)
    {
        _server = server;
        EndPoint = (IPEndPoint)_front.LocalEndPoint!;
        _thread = new Thread(Run) { IsBackground = true, Name = "capturing relay" };
        _thread.Start();
    }

    /// <summary>Where the client connects instead of the server.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Every datagram relayed, both ways, in the order relayed.</summary>
    public ConcurrentQueue<byte[]> Captured { get; } = new();

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _front.Dispose();
        _back.Dispose();
        _stop.Dispose();
    }

    private static Socket Bound()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }

    private void Run()
    {
        var buffer = new byte[64 * 1024];
        while (!_stop.IsCancellationRequested)
        {
            if (_front.Poll(1000, SelectMode.SelectRead))
            {
                EndPoint from = new IPEndPoint(IPAddress.Any, 0);
                var length = _front.ReceiveFrom(buffer, ref from);
                _client = from;
                Relay(_back, buffer.AsSpan(0, length), _server);
            }

            while (_back.Available > 0 && _client is { } client)
            {
                EndPoint from = new IPEndPoint(IPAddress.Any, 0);
                var length = _back.ReceiveFrom(buffer, ref from);
                Relay(_front, buffer.AsSpan(0, length), client);
            }
        }
    }

    private void Relay(Socket through, ReadOnlySpan<byte> datagram, EndPoint to)
    {
        Captured.Enqueue(datagram.ToArray());
        through.SendTo(datagram, SocketFlags.None, to);
    }
}
