using Metaverse.Server.Auth;
using Metaverse.Server.Hosting;
using Metaverse.Server.Storage;
using Metaverse.Shared.Net.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Metaverse.Server.Http;

/// <summary><c>POST /api/login</c>: name and role (real credentials come later) → a connect token for the UDP transport and the session's two keys (docs/PROTOCOL.md, "Sealing").</summary>
internal static class LoginEndpoint
{
    private const int MaxBodyBytes = 4096;

    public static void Map(IEndpointRouteBuilder app, TokenService tokens, SimulationLoop simulation, StorageWriter storage) =>
        app.MapPost("/api/login", async (HttpRequest http) =>
        {
            if (http.ContentLength > MaxBodyBytes)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"must be at most {MaxBodyBytes} bytes"] });
            }

            using var reader = new StreamReader(http.Body);
            var (request, errors) = LoginRequest.Parse(await reader.ReadToEndAsync(http.HttpContext.RequestAborted));
            if (request is null)
            {
                return Results.ValidationProblem(errors, title: "Invalid login request");
            }

            var stored = await storage.UpsertUserAsync(request.Name, request.Role, http.HttpContext.RequestAborted);
            if (!stored.Succeeded)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { [stored.Field ?? "name"] = [stored.Error ?? "could not be stored"] });
            }

            var issued = tokens.Issue(request.Name, request.Role, SealCiphers.Choose(request.Ciphers));
            return Results.Ok(new
            {
                token = Convert.ToBase64String(issued.Token),
                clientToServerKey = Convert.ToBase64String(issued.Keys.ClientToServer),
                serverToClientKey = Convert.ToBase64String(issued.Keys.ServerToClient),
                cipher = SealCiphers.Name(issued.Keys.Cipher),
                name = issued.Session.Name,
                role = issued.Session.Role,
                expiresUtc = issued.Session.ExpiresUtc,
                udpPort = simulation.UdpEndPoint.Port,
            });
        });
}
