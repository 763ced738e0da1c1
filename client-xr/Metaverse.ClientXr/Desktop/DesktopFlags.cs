using System.CommandLine;
using System.Net;
using Metaverse.ClientXr.Scenes;

namespace Metaverse.ClientXr.Desktop;

/// <summary>The flags only the desktop mode reads, with their ranges.</summary>
internal sealed class DesktopFlags
{
    public const int MaxAfterFrames = 100_000;

    private readonly Option<string> _role = new("--role") { Description = "Role to log in with (trainer may act on plant and patient twins; student only watches)", DefaultValueFactory = _ => "trainer" };
    private readonly Option<int> _width = ClientCommand.Ranged("--width", "Window width, pixels", 1280, 320, 7680);
    private readonly Option<int> _height = ClientCommand.Ranged("--height", "Window height, pixels", 720, 240, 4320);
    private readonly Option<string> _scene = new("--scene") { Description = "Scene to start in: plant, patient or molecules (Tab cycles)", DefaultValueFactory = _ => "plant" };
    private readonly Option<string?> _camera = new("--camera") { Description = "Start viewpoint \"x,y,z,yaw,pitch\": metres, degrees (yaw 0 looks along −z, positive turns left)" };
    private readonly Option<string?> _screenshot = new("--screenshot") { Description = "Render --after-frames frames, save the last as this PNG file and exit" };
    private readonly Option<int> _afterFrames = ClientCommand.Ranged("--after-frames", "Frames to render before the screenshot", 30, 1, MaxAfterFrames);

    public DesktopFlags()
    {
        _scene.Validators.Add(r => ClientCommand.OneOf(r, r.GetValueOrDefault<string>(), "plant", "patient", "molecules"));
        _camera.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string?>();
            if (text is not null && !ClientCommand.TryParseFloats(text, 5, out _))
            {
                r.AddError($"--camera must be five numbers \"x,y,z,yaw,pitch\" (metres, degrees), got '{text}'");
            }
        });
        _role.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string>() ?? string.Empty;
            if (text.Length is 0 or > 32 || !text.All(char.IsAsciiLetterLower))
            {
                r.AddError($"--role must be 1–32 lower-case letters (e.g. trainer, operator, clinician, student), got '{text}'");
            }
        });
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _role, _width, _height, _scene, _camera, _screenshot, _afterFrames })
        {
            command.Options.Add(option);
        }
    }

    public DesktopOptions Read(ParseResult parse, IPEndPoint server, Uri api, string name, bool json)
    {
        (System.Numerics.Vector3, float, float)? camera = null;
        if (parse.GetValue(_camera) is { } text)
        {
            ClientCommand.TryParseFloats(text, 5, out var v);
            camera = (new(v[0], v[1], v[2]), float.DegreesToRadians(v[3]), float.DegreesToRadians(v[4]));
        }

        var scene = parse.GetValue(_scene) switch
        {
            "patient" => SceneId.Patient,
            "molecules" => SceneId.Molecules,
            _ => SceneId.Plant,
        };
        return new DesktopOptions(
            server, api, name, parse.GetValue(_role)!, parse.GetValue(_width), parse.GetValue(_height), scene, camera,
            parse.GetValue(_screenshot), parse.GetValue(_afterFrames), json);
    }
}
