namespace Metaverse.Shared.Net;

/// <summary>Outcome of <see cref="NetPeer.Send"/>. Anything but <see cref="Queued"/> means nothing was queued.</summary>
public enum SendResult
{
    /// <summary>The message is queued and goes out on the next poll or flush.</summary>
    Queued,

    /// <summary>The peer is not connected (still connecting, or disconnected).</summary>
    NotConnected,

    /// <summary>The message exceeds the size allowed for its delivery method (see <see cref="NetPeer.MaxMessageBytes"/>).</summary>
    TooLarge,

    /// <summary>The channel is not below <see cref="NetConfig.ChannelCount"/>, or the method is not a defined value.</summary>
    InvalidChannel,

    /// <summary>The channel already holds <see cref="NetConfig.MaxQueuedPacketsPerChannel"/> packets; try again after it drains.</summary>
    QueueFull,
}
