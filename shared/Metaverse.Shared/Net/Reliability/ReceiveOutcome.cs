namespace Metaverse.Shared.Net.Reliability;

/// <summary>What a receive stream did with one incoming message.</summary>
internal enum ReceiveOutcome
{
    Delivered,
    Buffered,
    Duplicate,

    /// <summary>Outside the window or inconsistent with earlier fragments: the sender broke the protocol.</summary>
    Invalid,

    /// <summary>Would exceed the connection's receive budget: the sender broke the protocol.</summary>
    OverBudget,
}
