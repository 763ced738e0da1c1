using Metaverse.Shared.Net;

namespace Metaverse.Shared.Tests.Net;

/// <summary>Records every event of a host, copying message bytes so they outlive the callback.</summary>
internal sealed class RecordingListener : INetEventListener
{
    /// <summary>The refusal for a request whose token opened, or null to accept (the default).</summary>
    public Func<ConnectionRequest, string?> Decide { get; set; } = _ => null;

    /// <summary>Requests heard, including those whose token did not open (which get no answer).</summary>
    public List<ConnectionRequest> Requests { get; } = [];

    public List<NetPeer> Connected { get; } = [];

    public List<(NetPeer Peer, DisconnectInfo Info)> Disconnected { get; } = [];

    public List<ReceivedMessage> Messages { get; } = [];

    public Action<NetPeer, ReadOnlySpan<byte>, DeliveryMethod, byte>? OnMessageReceived { get; set; }

    public void OnConnectionRequest(ConnectionRequest request)
    {
        Requests.Add(request);
        if (TestKeyAuthority.Open(request.Data.Span) is not { } keys)
        {
            return;
        }

        var refusal = Decide(request);
        if (refusal is null)
        {
            request.Accept(keys);
        }
        else
        {
            request.Reject(refusal, keys);
        }
    }

    public void OnPeerConnected(NetPeer peer) => Connected.Add(peer);

    public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info) => Disconnected.Add((peer, info));

    public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
    {
        Messages.Add(new ReceivedMessage(peer.Id, message.ToArray(), method, channel));
        OnMessageReceived?.Invoke(peer, message, method, channel);
    }

    /// <summary>At each <see cref="OnPollDelivered"/>: how many messages had been received by then.</summary>
    public List<int> MessagesAtPollEnds { get; } = [];

    public Action? OnPollEnd { get; set; }

    public void OnPollDelivered()
    {
        MessagesAtPollEnds.Add(Messages.Count);
        OnPollEnd?.Invoke();
    }

    public IEnumerable<ReceivedMessage> On(DeliveryMethod method, byte channel = 0) =>
        Messages.Where(m => m.Method == method && m.Channel == channel);
}

internal sealed record ReceivedMessage(int PeerId, byte[] Payload, DeliveryMethod Method, byte Channel)
{
    /// <summary>The first four bytes as a little-endian number (how the tests number their messages).</summary>
    public int Number => BitConverter.ToInt32(Payload, 0);
}
