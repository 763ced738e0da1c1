using System.Net.Sockets;
using LiteNetLib;
using LiteNetLib.Layers;

namespace Metaverse.Shared.Net;

/// <summary>LiteNetLib's manager with its IPv4 socket in reach, for the idle wait and the simulator's held datagrams.</summary>
internal sealed class ManualNetManager(LiteNetLib.INetEventListener listener, PacketLayerBase? layer) : NetManager(listener, layer)
{
    public Socket? Socket => _udpSocketv4;
}
