using System.Text;
using Judge.Contracts.V1;
using Judge.Worker.Checking;
using Judge.Worker.Sandbox;

namespace Judge.UnitTests;

/// <summary>How a program checker's run becomes a verdict: exit codes and text as testlib writes them.</summary>
public class TestlibResultTests
{
    private static CheckResult Interpret(RunStatus status, int exitCode, string stderr, string stdout = "", int signal = 0) =>
        TestlibResult.Interpret(new ExecResult
        {
            Status = status,
            ExitCode = exitCode,
            Signal = signal,
            Stderr = Encoding.UTF8.GetBytes(stderr),
            Stdout = Encoding.UTF8.GetBytes(stdout),
        }, "the checker check.cpp", TimeSpan.FromSeconds(10), 256);

    [TestCase(RunStatus.Ok, 0, "ok 3 numbers\n", Verdict.Accepted, 1.0, "3 numbers", TestName = "Testlib: 0 is accepted, message after 'ok'")]
    [TestCase(RunStatus.Ok, 0, "", Verdict.Accepted, 1.0, "", TestName = "Testlib: 0 without a word")]
    [TestCase(RunStatus.Ok, 0, "okay", Verdict.Accepted, 1.0, "okay", TestName = "Testlib: 'ok' only as a whole word")]
    [TestCase(RunStatus.NonZeroExit, 1, "wrong answer 1st numbers differ - expected: '3', found: '4'\n", Verdict.WrongAnswer, 0.0,
        "1st numbers differ - expected: '3', found: '4'", TestName = "Testlib: 1 is a wrong answer")]
    [TestCase(RunStatus.NonZeroExit, 2, "wrong output format Expected integer, but \"x\" found", Verdict.WrongAnswer, 0.0,
        "Expected integer, but \"x\" found", TestName = "Testlib: 2, a presentation error, is a wrong answer with its message")]
    [TestCase(RunStatus.NonZeroExit, 2, "presentation error extra spaces", Verdict.WrongAnswer, 0.0, "extra spaces", TestName = "Testlib: 2 in older words")]
    [TestCase(RunStatus.NonZeroExit, 7, "points 0.25 one of four", Verdict.Partial, 0.25, "one of four", TestName = "Testlib: 7 is partial with the points as the fraction")]
    [TestCase(RunStatus.NonZeroExit, 7, "points 0.5", Verdict.Partial, 0.5, "", TestName = "Testlib: 7 without a message")]
    [TestCase(RunStatus.NonZeroExit, 7, "points 1 all", Verdict.Accepted, 1.0, "all", TestName = "Testlib: points 1 is accepted")]
    [TestCase(RunStatus.NonZeroExit, 7, "points 0 none", Verdict.WrongAnswer, 0.0, "none", TestName = "Testlib: points 0 is a wrong answer")]
    [TestCase(RunStatus.NonZeroExit, 1, "", Verdict.WrongAnswer, 0.0, "found 4", "found 4", TestName = "Testlib: stdout when stderr is blank")]
    public void Testlib_verdicts(RunStatus status, int exitCode, string stderr, Verdict verdict, double fraction, string message, string stdout = "")
    {
        var result = Interpret(status, exitCode, stderr, stdout);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(verdict));
            Assert.That(result.Fraction, Is.EqualTo(fraction));
            Assert.That(result.Message, Is.EqualTo(message));
            Assert.That(result.Failure, Is.Null);
        });
    }

    [TestCase(RunStatus.NonZeroExit, 3, "FAIL answer file is broken", 0,
        "the checker check.cpp failed (exit code 3)", "the checker check.cpp failed (exit code 3): answer file is broken", TestName = "Testlib: 3 is a checker failure")]
    [TestCase(RunStatus.NonZeroExit, 4, "wrong output format Extra information", 0,
        "the checker check.cpp exited with code 4, which is no testlib verdict", null, TestName = "Testlib: another exit code is a checker failure")]
    [TestCase(RunStatus.NonZeroExit, 7, "points 1.5 too many", 0,
        "the checker check.cpp gave points '1.5'; a fraction of the test's points within 0..1 is expected", null, TestName = "Testlib: points above 1")]
    [TestCase(RunStatus.NonZeroExit, 7, "points -0.5", 0,
        "the checker check.cpp gave points '-0.5'; a fraction of the test's points within 0..1 is expected", null, TestName = "Testlib: negative points")]
    [TestCase(RunStatus.NonZeroExit, 7, "points NaN", 0,
        "the checker check.cpp gave points 'NaN'; a fraction of the test's points within 0..1 is expected", null, TestName = "Testlib: points not a number")]
    [TestCase(RunStatus.NonZeroExit, 7, "ok", 0,
        "the checker check.cpp exited with code 7 but its output does not start with \"points X\"", null, TestName = "Testlib: 7 without points")]
    [TestCase(RunStatus.Signaled, -1, "", 11, "the checker check.cpp was killed by signal 11", null, TestName = "Testlib: a crash")]
    [TestCase(RunStatus.CpuTimeLimit, -1, "", 9, "the checker check.cpp exceeded its time limit of 10 s", null, TestName = "Testlib: too slow")]
    [TestCase(RunStatus.WallTimeLimit, -1, "", 9, "the checker check.cpp exceeded its time limit of 10 s", null, TestName = "Testlib: blocked")]
    [TestCase(RunStatus.MemoryLimit, -1, "", 9, "the checker check.cpp exceeded its memory limit of 256 MiB", null, TestName = "Testlib: too much memory")]
    [TestCase(RunStatus.OutputLimit, -1, "", 9, "the checker check.cpp wrote more than its output limit", null, TestName = "Testlib: too much output")]
    public void Testlib_checker_failures_name_the_checker(RunStatus status, int exitCode, string stderr, int signal, string failure, string? message)
    {
        var result = Interpret(status, exitCode, stderr, signal: signal);
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.InternalError));
            Assert.That(result.Fraction, Is.Zero);
            Assert.That(result.Failure, Is.EqualTo(failure), "the summary names the checker and holds no test data");
            Assert.That(result.Message, Is.EqualTo(message ?? (stderr.Length == 0 ? failure : $"{failure}: {stderr}")));
        });
    }

    [Test]
    public void A_long_message_is_capped()
    {
        var result = Interpret(RunStatus.NonZeroExit, 1, "wrong answer " + new string('x', 10_000));
        Assert.That(result.Message, Has.Length.LessThanOrEqualTo(TestlibResult.MaxMessageChars + 3));
    }
}
