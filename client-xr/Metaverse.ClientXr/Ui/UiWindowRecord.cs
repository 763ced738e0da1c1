namespace Metaverse.ClientXr.Ui;

/// <summary>A window's geometry from the frame it was last drawn, to find which window a ray meets first next frame.</summary>
internal sealed class UiWindowRecord(int id)
{
    public int Id { get; } = id;

    public string Title { get; set; } = string.Empty;

    public UiPanel Panel { get; set; }

    /// <summary>Drawn in the frame in progress; windows not drawn by <see cref="WorldUi.End"/> are forgotten.</summary>
    public bool Seen { get; set; }
}
