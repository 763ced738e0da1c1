namespace Metaverse.ClientXr.Ui;

/// <summary>Drawing layers of a panel, each <see cref="UiStyle.LayerStep"/> nearer the viewer than the one before.</summary>
internal static class UiLayer
{
    public const int Background = 0;
    public const int Frame = 1;
    public const int Fill = 2;
    public const int Text = 3;
}
