using System.Net;

namespace Metaverse.Shared.Net;

/// <summary>
/// Compares endpoints by address and port only. LiteNetLib hands its layers either a plain <see cref="IPEndPoint"/>
/// or its peer object (an <see cref="IPEndPoint"/> subclass with a hash code of its own), so a dictionary keyed by
/// endpoint needs a hash that both agree on.
/// </summary>
internal sealed class EndPointComparer : IEqualityComparer<IPEndPoint>
{
    public static EndPointComparer Instance { get; } = new();

    public bool Equals(IPEndPoint? x, IPEndPoint? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Port == y.Port && x.Address.Equals(y.Address));

    public int GetHashCode(IPEndPoint obj) => HashCode.Combine(obj.Address.GetHashCode(), obj.Port);
}
