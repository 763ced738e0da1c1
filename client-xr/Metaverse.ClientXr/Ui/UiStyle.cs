using Metaverse.ClientXr.Rendering;

namespace Metaverse.ClientXr.Ui;

/// <summary>Sizes (metres) and colours of the world-space UI. Immutable; derive variants with <c>with</c>.</summary>
public sealed record UiStyle
{
    public static UiStyle Default { get; } = new();

    /// <summary>Line height of ordinary text.</summary>
    public float TextHeight { get; init; } = 0.025f;

    /// <summary>Line height of small text (chart axis labels).</summary>
    public float SmallTextHeight { get; init; } = 0.018f;

    /// <summary>Height of one widget row (button, toggle, slider, label, text field).</summary>
    public float RowHeight { get; init; } = 0.04f;

    public float TitleBarHeight { get; init; } = 0.045f;

    /// <summary>Gap between the window edge and its content, and inside widgets between frame and text.</summary>
    public float Padding { get; init; } = 0.012f;

    /// <summary>Gap between successive items, horizontally and vertically.</summary>
    public float Spacing { get; init; } = 0.008f;

    public float ChartHeight { get; init; } = 0.16f;

    public float ProgressBarHeight { get; init; } = 0.02f;

    public float SeparatorThickness { get; init; } = 0.002f;

    /// <summary>Offset toward the viewer (along the panel normal) per drawing layer, against z-fighting.</summary>
    public float LayerStep { get; init; } = 0.001f;

    public Rgba WindowBackground { get; init; } = new(0.08f, 0.09f, 0.11f, 0.92f);

    public Rgba TitleBar { get; init; } = new(0.16f, 0.26f, 0.42f);

    public Rgba TitleBarHover { get; init; } = new(0.2f, 0.33f, 0.52f);

    public Rgba Widget { get; init; } = new(0.2f, 0.22f, 0.26f);

    public Rgba WidgetHover { get; init; } = new(0.29f, 0.33f, 0.4f);

    public Rgba WidgetActive { get; init; } = new(0.33f, 0.45f, 0.66f);

    public Rgba Accent { get; init; } = new(0.26f, 0.56f, 0.96f);

    public Rgba Text { get; init; } = new(0.95f, 0.95f, 0.95f);

    public Rgba TextDim { get; init; } = new(0.65f, 0.67f, 0.7f);

    public Rgba ChartBackground { get; init; } = new(0.05f, 0.06f, 0.07f, 0.95f);

    public Rgba ChartAxis { get; init; } = new(0.55f, 0.57f, 0.6f);

    public Rgba ChartLine { get; init; } = new(0.3f, 0.85f, 0.55f);
}
