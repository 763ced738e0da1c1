namespace Metaverse.Server.Demo;

/// <summary>Settings of the transport demo; ranges are enforced by <see cref="TransportDemoCommand"/>.</summary>
internal sealed record TransportDemoOptions(int Clients, int Seconds, double Loss, int LatencyMs, int JitterMs, int Seed);
