using System.Buffers.Binary;
using Metaverse.Shared.Net;

namespace Metaverse.Server.Demo;

/// <summary>
/// One demo participant. Messages carry (sender number, sequence number); chat from each sender must
/// arrive complete and in order, which this client checks as it receives.
/// </summary>
internal sealed class DemoClient(int number) : INetEventListener
{
    public const byte PoseChannel = 1;
    public const byte ChatChannel = 0;
    private readonly Dictionary<int, int> _nextChatFrom = [];

    public int Number => number;

    public NetPeer? Server { get; set; }

    public int ChatsSent { get; private set; }

    public long ChatsReceived { get; private set; }

    public long ChatsOutOfOrder { get; private set; }

    public long PosesReceived { get; private set; }

    public string? Failure { get; private set; }

    /// <summary>Chat numbers expected from each other sender (0 until something arrives).</summary>
    public long ChatsMissingFrom(IEnumerable<DemoClient> everyone) =>
        everyone.Where(c => c != this).Sum(c => c.ChatsSent - _nextChatFrom.GetValueOrDefault(c.Number));

    public void SendPose(int tick) => Server?.Send(Encode(tick), DeliveryMethod.Sequenced, PoseChannel);

    public void SendChat()
    {
        if (Server?.Send(Encode(ChatsSent), DeliveryMethod.ReliableOrdered, ChatChannel) == SendResult.Queued)
        {
            ChatsSent++;
        }
    }

    public void OnConnectionRequest(ConnectionRequest request) => request.Reject("clients do not accept connections");

    public void OnPeerConnected(NetPeer peer) => Server = peer;

    public void OnPeerDisconnected(NetPeer peer, DisconnectInfo info) => Failure ??= $"disconnected: {info.Reason} {info.Message}";

    public void OnMessage(NetPeer peer, ReadOnlySpan<byte> message, DeliveryMethod method, byte channel)
    {
        var sender = BinaryPrimitives.ReadInt32LittleEndian(message);
        var sequence = BinaryPrimitives.ReadInt32LittleEndian(message[4..]);
        if (channel == PoseChannel)
        {
            PosesReceived++;
            return;
        }

        ChatsReceived++;
        var expected = _nextChatFrom.GetValueOrDefault(sender);
        ChatsOutOfOrder += sequence == expected ? 0 : 1;
        _nextChatFrom[sender] = sequence + 1;
    }

    private byte[] Encode(int sequence)
    {
        var payload = new byte[24];
        BinaryPrimitives.WriteInt32LittleEndian(payload, number);
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(4), sequence);
        return payload;
    }
}
