namespace Metaverse.ClientXr.Ui;

/// <summary>
/// One widget's pointer state this frame. <see cref="Pressed"/>: a pointer was captured by the widget now;
/// <see cref="Held"/>: a pointer is captured (including the release frame); <see cref="Released"/>: it let go now;
/// <see cref="Clicked"/>: it let go while still over the widget; <see cref="Pointer"/>: the capturing pointer.
/// </summary>
internal record struct UiInteraction(bool Hovered, bool Pressed, bool Held, bool Released, bool Clicked, UiPointerState? Pointer);
