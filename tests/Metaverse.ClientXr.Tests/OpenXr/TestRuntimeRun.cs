using System.Globalization;

namespace Metaverse.ClientXr.Tests.OpenXr;

/// <summary>
/// One run against the test runtime: a temporary folder with the script (<c>METAVERSE_XR_SCRIPT</c>) and the capture
/// folder (<c>METAVERSE_XR_CAPTURE</c>) where the runtime writes log.txt and frame-N-eye-I.ppm.
/// Pass <see cref="Environment"/> to the process that loads OpenXR (the loader reads it at xrCreateInstance).
/// </summary>
internal sealed class TestRuntimeRun : IDisposable
{
    private readonly string _folder;

    /// <param name="script">The script text, one command per line (tests/openxr-test-runtime/README.md).</param>
    public TestRuntimeRun(string script)
    {
        Build = TestRuntimeBuild.Shared;
        _folder = Directory.CreateTempSubdirectory("metaverse-openxr-run-").FullName;
        ScriptPath = Path.Combine(_folder, "script.txt");
        CaptureDirectory = Path.Combine(_folder, "capture");
        Directory.CreateDirectory(CaptureDirectory);
        File.WriteAllText(ScriptPath, script);
    }

    public TestRuntimeBuild Build { get; }

    public string ScriptPath { get; }

    public string CaptureDirectory { get; }

    /// <summary>XR_RUNTIME_JSON, METAVERSE_XR_SCRIPT and METAVERSE_XR_CAPTURE for a child process.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["XR_RUNTIME_JSON"] = Build.ManifestPath,
        ["METAVERSE_XR_SCRIPT"] = ScriptPath,
        ["METAVERSE_XR_CAPTURE"] = CaptureDirectory,
    };

    public TestRuntimeLog ReadLog()
    {
        var path = Path.Combine(CaptureDirectory, "log.txt");
        Assert.True(File.Exists(path), $"the test runtime wrote no {path}: was it loaded (XR_RUNTIME_JSON)?");
        return TestRuntimeLog.Parse(File.ReadAllLines(path));
    }

    /// <summary>The image eye <paramref name="eye"/> (0 left, 1 right) submitted at a frame listed by a <c>capture</c> line.</summary>
    public TestRuntimeImage ReadEye(long frame, int eye) =>
        TestRuntimeImage.Read(Path.Combine(CaptureDirectory, string.Create(CultureInfo.InvariantCulture, $"frame-{frame}-eye-{eye}.ppm")));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
