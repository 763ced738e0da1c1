using System.ComponentModel;
using System.Diagnostics;

namespace Metaverse.ClientXr.Tests.OpenXr;

/// <summary>
/// The OpenXR test runtime (tests/openxr-test-runtime, C) compiled once per test run into a temporary folder with the
/// machine's C compiler: the runtime library, its manifest (point <c>XR_RUNTIME_JSON</c> at <see cref="ManifestPath"/>)
/// and the C driver that exercises it through the system loader. Thread-safe; the first caller pays for the compile.
/// </summary>
internal sealed class TestRuntimeBuild
{
    /// <summary>Debian packages the compile needs: the compiler, the OpenXR headers and loader, the GL/GLX/X11 headers.</summary>
    public const string DebianPackages = "gcc libopenxr-dev libgl-dev";

    private static readonly Lazy<TestRuntimeBuild> SharedBuild = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    private TestRuntimeBuild(string directory)
    {
        Directory = directory;
    }

    /// <summary>The build of this test run; throws with the missing package named when the machine cannot compile it.</summary>
    public static TestRuntimeBuild Shared => SharedBuild.Value;

    /// <summary>The temporary folder holding the build; deleted when the test process exits.</summary>
    public string Directory { get; }

    public string LibraryPath => Path.Combine(Directory, "libmetaverse_test_runtime.so");

    public string ManifestPath => Path.Combine(Directory, "metaverse_test_runtime.json");

    public string DriverPath => Path.Combine(Directory, "openxr-test-driver");

    /// <summary>tests/openxr-test-runtime in the repository above the test binaries.</summary>
    public static string SourceDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Metaverse.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(
                directory?.FullName ?? throw new InvalidOperationException("Metaverse.sln not found above the test binaries"),
                "tests",
                "openxr-test-runtime");
        }
    }

    private static TestRuntimeBuild Compile()
    {
        RequireHeader("/usr/include/openxr/openxr.h", "libopenxr-dev");
        RequireHeader("/usr/include/GL/glx.h", "libgl-dev");
        var directory = System.IO.Directory.CreateTempSubdirectory("metaverse-openxr-runtime-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(directory, recursive: true);
        var build = new TestRuntimeBuild(directory);
        var sources = System.IO.Directory.GetFiles(SourceDirectory, "*.c").Where(path => Path.GetFileName(path) != "driver.c").Order();
        RunCompiler([
            "-shared", "-fPIC", "-O1", "-std=c11", "-D_DEFAULT_SOURCE", "-fvisibility=hidden", "-Wl,-z,nodelete", "-Wl,-Bsymbolic",
            "-o", build.LibraryPath, .. sources, "-lGL", "-lm"]);
        RunCompiler(["-O1", "-std=c11", "-D_DEFAULT_SOURCE", "-o", build.DriverPath, Path.Combine(SourceDirectory, "driver.c"),
            "-lopenxr_loader", "-lGL", "-lX11", "-lm"]);
        var template = File.ReadAllText(Path.Combine(SourceDirectory, "manifest.template.json"));
        File.WriteAllText(build.ManifestPath, template.Replace("@LIBRARY_PATH@", build.LibraryPath, StringComparison.Ordinal));
        return build;
    }

    private static void RequireHeader(string path, string package)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"the OpenXR test runtime needs {path}: install the Debian package {package} (all of: {DebianPackages})");
        }
    }

    private static void RunCompiler(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("cc") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException($"the OpenXR test runtime is built with the C compiler `cc`, which is missing ({error.Message}): install the Debian package gcc (all of: {DebianPackages})", error);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"cc {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {errors}{output.Result} (packages needed: {DebianPackages})");
            }
        }
    }
}
