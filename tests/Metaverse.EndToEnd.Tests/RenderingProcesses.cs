namespace Metaverse.EndToEnd.Tests;

/// <summary>
/// The tests that run client processes rendering with llvmpipe (desktop screenshots, headset sessions) take turns:
/// each saturates the CPU, and scripted frame numbers assume the client is not starved by another renderer.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RenderingProcesses
{
    public const string Name = "rendering client processes";
}
