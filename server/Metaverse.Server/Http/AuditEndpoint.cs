using Metaverse.Server.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Metaverse.Server.Http;

/// <summary><c>GET /api/audit?actor=&amp;room=&amp;action=&amp;from=&amp;to=&amp;limit=&amp;offset=</c>: audit records in sequence order.</summary>
internal static class AuditEndpoint
{
    public static void Map(IEndpointRouteBuilder app, AuditReader reader) =>
        app.MapGet("/api/audit", (HttpRequest http) =>
        {
            var (filter, errors) = AuditQuery.Parse(http.Query);
            return filter is null
                ? Results.ValidationProblem(errors, title: "Invalid audit query")
                : Results.Ok(reader.Query(filter));
        });
}
