using System.Text;
using System.Text.Json;
using Metaverse.Server.Cli.Output;
using Metaverse.Server.Hosting;
using Metaverse.Server.Rooms;
using Metaverse.Server.Twins;
using Metaverse.Twins.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Metaverse.Server.Http;

/// <summary>
/// The twins of a room over HTTP: their state and commands, the recent history of their channels for
/// charts, and what-if runs. Reads happen on the simulation thread (<see cref="SimulationLoop.InvokeAsync"/>);
/// a what-if forks the live twin there and runs both forks on the thread pool, so the live twin never waits.
/// </summary>
internal static class TwinEndpoints
{
    /// <summary>What-if runs at once; more get 429 (each can take seconds of CPU).</summary>
    private static readonly SemaphoreSlim WhatIfSlots = new(ConcurrentWhatIfs);

    public static void Map(IEndpointRouteBuilder app, SimulationLoop simulation)
    {
        app.MapGet("/api/rooms/{room}/twins", async (string room) =>
        {
            var views = await simulation.InvokeAsync(rooms => FindRoom(rooms, room)?.Twins.All.Select(TwinView.Of).ToList());
            return views is null ? NoRoom(room) : Results.Json(views, JsonOptions);
        });
        app.MapGet("/api/rooms/{room}/twins/{id}/history", async (string room, string id) =>
        {
            var history = await simulation.InvokeAsync(rooms => FindTwin(rooms, room, id) is { } twin ? History(twin) : null);
            return history is null ? NoTwin(room, id) : Json(json => TrajectoryWriter.WriteSeries(json, history));
        });
        app.MapPost("/api/rooms/{room}/twins/{id}/what-if", async (string room, string id, HttpRequest http) =>
        {
            var (request, problem) = await ReadBody(http);
            return request is null ? problem! : await WhatIf(simulation, room, id, request);
        });
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private const int MaxBodyBytes = 64 * 1024;
    private const int ConcurrentWhatIfs = 2;

    private static async Task<(WhatIfRequest? Request, IResult? Problem)> ReadBody(HttpRequest http)
    {
        if (http.ContentLength > MaxBodyBytes)
        {
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"must be at most {MaxBodyBytes} bytes"] }));
        }

        try
        {
            var request = await JsonSerializer.DeserializeAsync<WhatIfRequest>(http.Body, JsonOptions, http.HttpContext.RequestAborted);
            return request is null
                ? (null, Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["a JSON object is required"] }))
                : (request, null);
        }
        catch (JsonException error)
        {
            var field = string.IsNullOrEmpty(error.Path) || error.Path == "$" ? "body" : error.Path.TrimStart('$', '.');
            return (null, Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"not valid JSON for this field: {error.Message}"] }, title: "Invalid what-if request"));
        }
    }

    private static async Task<IResult> WhatIf(SimulationLoop simulation, string room, string id, WhatIfRequest request)
    {
        var (duration, interval, events, errors) = request.Validate();
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Invalid what-if request");
        }

        if (!await WhatIfSlots.WaitAsync(0))
        {
            return Results.Problem($"at most {ConcurrentWhatIfs} what-if runs at once; retry shortly", statusCode: StatusCodes.Status429TooManyRequests);
        }

        try
        {
            var forks = await simulation.InvokeAsync(rooms => FindTwin(rooms, room, id) is { } twin ? (twin.Twin.Fork(), twin.Twin.Fork()) : default);
            if (forks.Item1 is null)
            {
                return NoTwin(room, id);
            }

            var baseline = Task.Run(() => TwinRunner.Run(forks.Item1, duration, interval));
            var changed = Task.Run(() => TwinRunner.Run(forks.Item2, duration, interval, events));
            var (asIs, (whatIf, error)) = (await baseline, await changed);
            return error is not null
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["commands"] = [$"{error.Field}: {error.Message}; accepted: {error.AcceptedRange}"] }, title: "A what-if command was refused")
                : Json(json =>
                {
                    json.WriteStartObject("baseline");
                    TrajectoryWriter.WriteSeries(json, asIs.Trajectory);
                    json.WriteEndObject();
                    json.WriteStartObject("what_if");
                    TrajectoryWriter.WriteSeries(json, whatIf);
                    json.WriteEndObject();
                });
        }
        finally
        {
            WhatIfSlots.Release();
        }
    }

    private static Trajectory History(HostedTwin twin)
    {
        var trajectory = new Trajectory(twin.Channels.Skip(1).ToList());
        foreach (var row in twin.History.Rows())
        {
            trajectory.Add(row[0], row.AsSpan(1));
        }

        return trajectory;
    }

    private static Room? FindRoom(RoomRegistry rooms, string name) =>
        rooms.All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    private static HostedTwin? FindTwin(RoomRegistry rooms, string room, string id) => FindRoom(rooms, room)?.Twins.Find(id);

    private static IResult NoRoom(string room) => Results.Problem($"no room named '{room}'", statusCode: StatusCodes.Status404NotFound);

    private static IResult NoTwin(string room, string id) => Results.Problem($"no twin '{id}' in room '{room}'", statusCode: StatusCodes.Status404NotFound);

    private static IResult Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        return Results.Text(Encoding.UTF8.GetString(buffer.ToArray()), "application/json");
    }
}
