using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Tests.Ui;

/// <summary>Every character advances half a line height: widths are predictable in tests.</summary>
internal sealed class FixedAdvanceFont : IFontMetrics
{
    public const float AdvancePerLineHeight = 0.5f;

    public float MeasureWidth(ReadOnlySpan<char> text, float lineHeight) => text.Length * lineHeight * AdvancePerLineHeight;
}
