using System.CommandLine;
using Metaverse.ClientXr.Desktop;

namespace Metaverse.ClientXr.Xr;

/// <summary>The flags only the headset mode reads: <c>--xr-frames</c>, <c>--xr-turn</c>, <c>--xr-snap-degrees</c>.</summary>
internal sealed class XrFlags
{
    private readonly Option<int> _frames = ClientCommand.Ranged("--xr-frames", "Headset mode: stop after this many submitted frames (0 = until the session ends; for tests)", 0, 0, 1_000_000);
    private readonly Option<string> _turn = new("--xr-turn") { Description = "Headset mode: thumbstick turning, snap (default, comfortable) or smooth", DefaultValueFactory = _ => "snap" };
    private readonly Option<int> _snapDegrees = ClientCommand.Ranged("--xr-snap-degrees", "Headset mode: degrees per snap turn", 30, 10, 90);

    public XrFlags()
    {
        _turn.Validators.Add(r => ClientCommand.OneOf(r, r.GetValueOrDefault<string>(), "snap", "smooth"));
    }

    public void AddTo(Command command)
    {
        command.Options.Add(_frames);
        command.Options.Add(_turn);
        command.Options.Add(_snapDegrees);
    }

    public XrOptions Read(ParseResult parse, DesktopOptions desktop) =>
        new(desktop, parse.GetValue(_frames), parse.GetValue(_turn) == "smooth" ? TurnMode.Smooth : TurnMode.Snap, parse.GetValue(_snapDegrees));
}
