using Google.Protobuf;
using Judge.Api.Sessions;
using Judge.Contracts.V1;

namespace Judge.UnitTests;

/// <summary>What a candidate sees of a submission: everything of a sample or custom test, a hidden test's verdict and coarse figures only.</summary>
public class CandidateViewTests
{
    private static TestResult Hidden() => new()
    {
        Index = 3,
        Group = "big",
        Verdict = Verdict.RuntimeError,
        Points = 0,
        ScoreFraction = 0,
        CpuTimeMs = 137,
        WallTimeMs = 1201,
        PeakMemoryKib = 70_000,
        ExitCode = 65,
        Signal = 11,
        Output = ByteString.CopyFromUtf8("secret"),
        ErrorOutput = ByteString.CopyFromUtf8("stderr"),
        CheckerMessage = "expected 42",
        ExpectedOutput = ByteString.CopyFromUtf8("42"),
        ReturnValue = ByteString.CopyFromUtf8("[1]"),
        OutputTruncated = true,
    };

    [Test]
    public void A_hidden_test_keeps_its_verdict_and_points_shows_cpu_and_memory_rounded_up_and_no_wall_time()
    {
        var shown = CandidateView.Of(Hidden());

        Assert.That(shown, Is.EqualTo(new TestResult
        {
            Index = 3,
            Group = "big",
            Verdict = Verdict.RuntimeError,
            CpuTimeMs = 200,
            PeakMemoryKib = 81_920,
        }));
    }

    [TestCase(0u, 0u)]
    [TestCase(1u, 100u)]
    [TestCase(100u, 100u)]
    [TestCase(101u, 200u)]
    public void Hidden_times_are_shown_in_steps_of_100_ms(uint measured, uint shown)
    {
        var test = Hidden();
        test.CpuTimeMs = measured;
        Assert.That(CandidateView.Of(test).CpuTimeMs, Is.EqualTo(shown));
    }

    [Test]
    public void Sample_and_custom_tests_are_shown_whole()
    {
        var sample = Hidden();
        sample.Sample = true;
        var custom = Hidden();
        custom.Custom = true;

        Assert.Multiple(() =>
        {
            Assert.That(CandidateView.Of(sample), Is.EqualTo(sample));
            Assert.That(CandidateView.Of(custom), Is.EqualTo(custom));
        });
    }

    [Test]
    public void A_submission_still_being_judged_shows_its_samples_and_no_hidden_test_polling_would_time_them()
    {
        var sample = Hidden();
        sample.Sample = true;
        sample.Index = 0;
        var running = new Submission { Id = "s", Status = SubmissionStatus.Running, Tests = { sample, Hidden() } };

        var shown = CandidateView.Of(running);

        Assert.Multiple(() =>
        {
            Assert.That(shown.Tests.Select(t => t.Index), Is.EqualTo(new uint[] { 0 }));
            Assert.That(running.Tests, Has.Count.EqualTo(2), "the stored state is not changed");
        });
    }

    [Test]
    public void A_submission_and_its_final_event_carry_the_reduced_hidden_tests_a_hidden_tests_event_is_withheld_and_the_stored_state_is_unchanged()
    {
        var submission = new Submission { Id = "s", Status = SubmissionStatus.Finished, Tests = { Hidden() } };
        var sample = Hidden();
        sample.Sample = true;

        var shown = CandidateView.Of(submission);
        var final = CandidateView.Of(new SubmissionEvent { Final = submission });
        var hidden = CandidateView.Of(new SubmissionEvent { Test = Hidden() });
        var visible = CandidateView.Of(new SubmissionEvent { Test = sample });

        Assert.Multiple(() =>
        {
            Assert.That(shown.Tests.Single().ExitCode, Is.Zero);
            Assert.That(final!.Final.Tests.Single().Signal, Is.Zero);
            Assert.That(hidden, Is.Null, "its arrival time would be its wall time");
            Assert.That(visible!.Test, Is.EqualTo(sample));
            Assert.That(submission.Tests.Single().ExitCode, Is.EqualTo(65), "the stored state is not changed");
        });
    }

    [Test]
    public void An_internal_errors_message_is_replaced_and_other_messages_are_kept()
    {
        var failed = CandidateView.Of(new Submission { Verdict = Verdict.InternalError, Message = "checker.cpp:3: error: 'answer' quoted" });
        var changed = CandidateView.Of(new Submission { Verdict = Verdict.RuntimeError, Message = "test 2: the program changed or removed its own compiled files; judging stopped" });

        Assert.Multiple(() =>
        {
            Assert.That(failed.Message, Is.EqualTo(CandidateView.InternalErrorMessage));
            Assert.That(changed.Message, Does.StartWith("test 2: the program changed"));
        });
    }
}
