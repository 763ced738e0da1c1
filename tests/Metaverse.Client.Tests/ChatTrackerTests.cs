namespace Metaverse.Client.Tests;

public class ChatTrackerTests
{
    [Fact]
    public void In_order_messages_have_no_gaps()
    {
        var chat = new ChatTracker();
        for (var n = 1; n <= 5; n++)
        {
            chat.Record(7, $"alice #{n}");
        }

        Assert.Equal(5, chat.Received);
        Assert.Equal(5, chat.ReceivedFrom(7));
        Assert.Equal(0, chat.Gaps);
        Assert.Equal(0, chat.OutOfOrder);
        Assert.Equal(0, chat.MissingFrom(7, 5));
    }

    [Fact]
    public void A_gap_is_missing_until_it_arrives_then_it_is_out_of_order()
    {
        var chat = new ChatTracker();
        chat.Record(7, "alice #1");
        chat.Record(7, "alice #2");
        chat.Record(7, "alice #4");
        chat.Record(7, "alice #5");

        Assert.Equal(1, chat.Gaps);
        Assert.Equal(1, chat.MissingFrom(7, 5));
        Assert.Equal(0, chat.OutOfOrder);

        chat.Record(7, "alice #3");

        Assert.Equal(0, chat.Gaps);
        Assert.Equal(0, chat.MissingFrom(7, 5));
        Assert.Equal(1, chat.OutOfOrder);
        Assert.Equal(5, chat.ReceivedFrom(7));
    }

    [Fact]
    public void Duplicates_are_counted_and_not_received_twice()
    {
        var chat = new ChatTracker();
        chat.Record(7, "alice #1");
        chat.Record(7, "alice #1");
        chat.Record(7, "alice #3");
        chat.Record(7, "alice #3");

        Assert.Equal(4, chat.Received);
        Assert.Equal(2, chat.Distinct);
        Assert.Equal(2, chat.Duplicates);
        Assert.Equal(2, chat.ReceivedFrom(7));
        Assert.Equal(1, chat.Gaps);
    }

    [Fact]
    public void Missing_counts_lost_tail_messages_that_gaps_cannot_see()
    {
        var chat = new ChatTracker();
        chat.Record(7, "alice #1");
        chat.Record(7, "alice #2");

        Assert.Equal(0, chat.Gaps);
        Assert.Equal(3, chat.MissingFrom(7, 5));
        Assert.Equal(4, chat.MissingFrom(8, 4));
    }

    [Fact]
    public void Senders_are_tracked_independently()
    {
        var chat = new ChatTracker();
        chat.Record(1, "a #1");
        chat.Record(2, "b #2");
        chat.Record(1, "a #2");
        chat.Record(2, "b #1");

        Assert.Equal(1, chat.OutOfOrder);
        Assert.Equal(0, chat.Gaps);
        Assert.Equal(2, chat.Senders.Count);
        Assert.Equal(2, chat.HighestFrom(2));
    }

    [Fact]
    public void Unnumbered_text_is_received_but_not_tracked()
    {
        var chat = new ChatTracker();
        chat.Record(1, "hello there");
        chat.Record(1, "number #0");
        chat.Record(1, "trailing #12x");

        Assert.Equal(3, chat.Received);
        Assert.Equal(3, chat.Unnumbered);
        Assert.Empty(chat.Senders);
    }

    [Theory]
    [InlineData("bot-3 #17", true, 17)]
    [InlineData("a # b #2", true, 2)]
    [InlineData("#1", true, 1)]
    [InlineData("no number", false, 0)]
    [InlineData("bot #", false, 0)]
    [InlineData("bot #-1", false, 0)]
    public void Parses_the_number_after_the_last_hash(string text, bool ok, long number)
    {
        Assert.Equal(ok, ChatTracker.TryParseNumber(text, out var parsed));
        Assert.Equal(number, ok ? parsed : 0);
    }
}
