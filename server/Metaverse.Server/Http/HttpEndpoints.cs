using Metaverse.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Metaverse.Server.Http;

/// <summary>The HTTP API. Handlers read the simulation's published snapshot and never touch its state.</summary>
internal static class HttpEndpoints
{
    public static void Map(IEndpointRouteBuilder app, SimulationLoop simulation)
    {
        app.MapGet("/health", () =>
        {
            var s = simulation.Snapshot;
            var fresh = DateTimeOffset.UtcNow - s.TakenUtc < TimeSpan.FromSeconds(5);
            return fresh
                ? Results.Ok(new { status = "ok", connections = s.Connections, rooms = s.Rooms.Count })
                : Results.Json(new { status = "stalled", lastSnapshotUtc = s.TakenUtc }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        app.MapGet("/metrics", () => Results.Text(PrometheusText.Render(simulation.Snapshot), PrometheusText.ContentType));
        app.MapGet("/api/rooms", () => Results.Ok(simulation.Snapshot.Rooms));
    }
}
