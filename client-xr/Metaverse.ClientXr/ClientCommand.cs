using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net;
using Metaverse.Client;
using Metaverse.ClientXr.Desktop;
using Metaverse.ClientXr.Xr;

namespace Metaverse.ClientXr;

/// <summary><c>metaverse-client</c>: flags, their ranges, and the mode dispatch. Usage errors exit with 2.</summary>
internal static class ClientCommand
{
    public const int UsageError = 2;
    public const int MaxNameLength = 28;

    public static int Run(string[] args)
    {
        var root = Create();
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }

            Console.Error.WriteLine("See metaverse-client --help.");
            return UsageError;
        }

        return parse.Invoke();
    }

    public static RootCommand Create()
    {
        var mode = new Option<string>("--mode") { Description = "headless (bots, no graphics), desktop (a window), xr (an OpenXR headset; exit code 4 naming the reason when none works) or auto (the headset when an OpenXR runtime is present, else the desktop)", DefaultValueFactory = _ => "auto" };
        mode.Validators.Add(r => OneOf(r, r.GetValueOrDefault<string>(), "headless", "desktop", "xr", "auto"));
        var server = new Option<string>("--server") { Description = "UDP address of the server, host:port", DefaultValueFactory = _ => "127.0.0.1:7777" };
        server.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string>();
            if (!TrySplitHostPort(text, out _, out _, out var error))
            {
                r.AddError($"--server: {error}");
            }
        });
        var api = new Option<string>("--api") { Description = "Base URL of the server's HTTP API (login)", DefaultValueFactory = _ => "http://127.0.0.1:8080" };
        api.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string>();
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                r.AddError($"--api must be an absolute http:// or https:// URL, got '{text}'");
            }
        });
        var name = new Option<string>("--name") { Description = $"Display name, 1–{MaxNameLength} letters, digits, '-', '_' or '.' (default: guest on the desktop, bot for bots; with several bots, bot i is NAME-i)" };
        name.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string>() ?? "bot";
            if (text.Length is 0 or > MaxNameLength || !text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                r.AddError($"--name must be 1–{MaxNameLength} letters, digits, '-', '_' or '.', got '{text}'");
            }
        });
        var bots = Ranged("--bots", "Bots to run, each with its own connection", 1, 1, 500);
        var duration = Ranged("--duration", "Seconds the bots walk and chat (after joining)", 10, 1, 3600);
        var report = new Option<string>("--report") { Description = "Final report: table (for people) or json (one object on stdout)", DefaultValueFactory = _ => "table" };
        report.Validators.Add(r => OneOf(r, r.GetValueOrDefault<string>(), "table", "json"));
        var loss = new Option<double>("--loss") { Description = "Simulated loss of what each bot sends, 0–0.5", DefaultValueFactory = _ => 0 };
        loss.Validators.Add(r => CheckRange(r, r.GetValueOrDefault<double>(), 0, 0.5));
        var latency = Ranged("--latency-ms", "Simulated one-way latency of what each bot sends, ms", 0, 0, 2000);
        var walkCentre = new Option<string>("--walk-centre") { Description = "Where the bots walk, \"x,z\" in metres (e.g. 40,0 for the patient room)", DefaultValueFactory = _ => "0,0" };
        walkCentre.Validators.Add(r =>
        {
            if (!TryParseFloats(r.GetValueOrDefault<string>(), 2, out _))
            {
                r.AddError($"--walk-centre must be two numbers \"x,z\" in metres, got '{r.GetValueOrDefault<string>()}'");
            }
        });
        var walkExtent = new Option<double>("--walk-extent") { Description = $"Half-width of the bots' walk, metres, 0.5–{BotPath.Extent}", DefaultValueFactory = _ => BotPath.Extent };
        walkExtent.Validators.Add(r => CheckRange(r, r.GetValueOrDefault<double>(), 0.5, BotPath.Extent));

        var desktop = new DesktopFlags();
        var root = new RootCommand("Metaverse client. Desktop mode opens a window on the shared world (plant hall, patient room, molecule lab). Headless mode runs bots that log in, join the default room, walk and chat, and reports what they saw; exit code 0 when every bot connected and no chat line went missing.")
        {
            mode, server, api, name, bots, duration, report, loss, latency, walkCentre, walkExtent,
        };
        desktop.AddTo(root);
        var xr = new XrFlags();
        xr.AddTo(root);
        root.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = parse.GetValue(mode)!;
            TrySplitHostPort(parse.GetValue(server), out var host, out var port, out _);
            IPEndPoint endPoint;
            try
            {
                endPoint = await Resolve(host!, port, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is System.Net.Sockets.SocketException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"error: --server: cannot resolve '{host}': {e.Message}").ConfigureAwait(false);
                return UsageError;
            }

            if (chosen is "desktop" or "auto" or "xr")
            {
                var desktopOptions = desktop.Read(parse, endPoint, new Uri(parse.GetValue(api)!), parse.GetValue(name) ?? "guest", parse.GetValue(report) == "json");
                return chosen == "desktop" ? DesktopRun.Run(desktopOptions, cancellationToken) : RunHeadset(xr.Read(parse, desktopOptions), fallBack: chosen == "auto", cancellationToken);
            }

            TryParseFloats(parse.GetValue(walkCentre), 2, out var centre);
            var options = new HeadlessOptions(
                endPoint, new Uri(parse.GetValue(api)!), parse.GetValue(name) ?? "bot", parse.GetValue(bots), parse.GetValue(duration),
                parse.GetValue(report) == "json", parse.GetValue(loss), parse.GetValue(latency),
                new System.Numerics.Vector3(centre[0], 0, centre[1]), (float)parse.GetValue(walkExtent));
            return await HeadlessRun.RunAsync(options, cancellationToken).ConfigureAwait(false);
        });
        return root;
    }

    /// <summary>The headset mode; an OpenXR failure before the first frame falls back to the desktop (auto) or exits 4 naming it (xr).</summary>
    private static int RunHeadset(XrOptions options, bool fallBack, CancellationToken cancellationToken)
    {
        var result = XrRun.Run(options, cancellationToken);
        if (result.FallbackReason is not { } reason)
        {
            return result.ExitCode;
        }

        if (!fallBack)
        {
            Console.Error.WriteLine($"error: --mode xr: {reason}");
            return result.ExitCode;
        }

        Console.Error.WriteLine($"metaverse-client: no headset ({reason}); starting the desktop mode");
        return DesktopRun.Run(options.Desktop, cancellationToken);
    }

    /// <summary>"host:port" or "[v6]:port"; port 1–65535.</summary>
    internal static bool TrySplitHostPort(string? text, out string? host, out int port, out string error)
    {
        host = null;
        port = 0;
        error = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "expected host:port, got nothing";
            return false;
        }

        if (IPEndPoint.TryParse(text, out var literal))
        {
            host = literal.Address.ToString();
            port = literal.Port;
        }
        else
        {
            var colon = text.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out port))
            {
                error = $"expected host:port (e.g. 127.0.0.1:7777 or [::1]:7777), got '{text}'";
                return false;
            }

            host = text[..colon].Trim('[', ']');
        }

        if (port is < 1 or > 65_535)
        {
            error = $"expected host:port with a port in 1–65535, got '{text}'";
            return false;
        }

        return true;
    }

    /// <summary>Exactly <paramref name="count"/> comma-separated finite invariant-culture numbers.</summary>
    internal static bool TryParseFloats(string? text, int count, out float[] values)
    {
        var parts = (text ?? string.Empty).Split(',');
        values = new float[count];
        if (parts.Length != count)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (!float.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !float.IsFinite(values[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<IPEndPoint> Resolve(string host, int port, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var address))
        {
            return new IPEndPoint(address, port);
        }

        var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var chosen = addresses.FirstOrDefault(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("no address found");
        return new IPEndPoint(chosen, port);
    }

    internal static Option<int> Ranged(string name, string description, int defaultValue, int min, int max)
    {
        var option = new Option<int>(name) { Description = $"{description}, {min}–{max}", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r => CheckRange(r, r.GetValueOrDefault<int>(), min, max));
        return option;
    }

    internal static void OneOf(OptionResult result, string? value, params string[] accepted)
    {
        if (!accepted.Contains(value, StringComparer.Ordinal))
        {
            result.AddError($"{result.Option.Name} must be one of {string.Join(", ", accepted)}, got '{value}'");
        }
    }

    internal static void CheckRange(OptionResult result, double value, double min, double max)
    {
        if (!(value >= min && value <= max))
        {
            result.AddError($"{result.Option.Name} must be in {min.ToString(CultureInfo.InvariantCulture)}–{max.ToString(CultureInfo.InvariantCulture)}, got {value.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
