using System.Text;
using Judge.Worker.Sandbox;

namespace Judge.UnitTests;

/// <summary>An interactive sample's exchange as the candidate reads it: lines in the order they ended, capped.</summary>
public class TranscriptTests
{
    private static void Add(Transcript transcript, bool fromProgram, string text) => transcript.Add(fromProgram, Encoding.UTF8.GetBytes(text));

    [Test]
    public void Lines_are_shown_in_the_order_they_ended_whatever_the_chunks()
    {
        var transcript = new Transcript(1000);
        Add(transcript, false, "10\n");
        Add(transcript, true, "? ");
        Add(transcript, true, "5\n? 8");
        Add(transcript, false, ">\n");
        Add(transcript, true, "\n");

        Assert.That((transcript.Text(), transcript.Truncated), Is.EqualTo(("< 10\n> ? 5\n< >\n> ? 8\n", false)));
    }

    [Test]
    public void A_line_left_unfinished_is_shown_as_it_was()
    {
        var transcript = new Transcript(1000);
        Add(transcript, true, "? 1\n? 2");

        Assert.That(transcript.Text(), Is.EqualTo("> ? 1\n> ? 2\n"));
    }

    [Test]
    public void Past_the_limit_the_text_stops_at_a_whole_line_and_says_it_was_truncated()
    {
        var transcript = new Transcript(20);
        Add(transcript, true, "? 1\n? 2\n? 3\n? 4\n? 5\n");
        Add(transcript, true, new string('1', 1 << 20));

        Assert.That((transcript.Text(), transcript.Truncated), Is.EqualTo(("> ? 1\n> ? 2\n> ? 3\n", true)));
    }
}
