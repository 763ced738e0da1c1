namespace Metaverse.EndToEnd.Tests;

/// <summary>
/// The tests that saturate the CPU take turns: client processes rendering with llvmpipe (desktop screenshots, headset
/// sessions, whose scripted frame numbers assume the client is not starved) and the 50-bot room.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RenderingProcesses
{
    public const string Name = "rendering client processes";
}
