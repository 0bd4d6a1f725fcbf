using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

/// <summary>
/// Hidden test data never leaves the server: programs that echo their input, crash with it in the
/// message or print it and then time out are judged, and neither any response or event (read as
/// raw bytes) nor any log line of the API and the worker, at any level, holds a hidden marker.
/// </summary>
[NonParallelizable]
public class HiddenDataTests
{
    private readonly string _sampleMarker = $"SAMPLEIN{Guid.NewGuid():N}";
    private readonly string _hiddenInput = $"HIDDENIN{Guid.NewGuid():N}";
    private readonly string _hiddenOutput = $"HIDDENOUT{Guid.NewGuid():N}";
    private readonly List<(string What, IMessage Message)> _responses = [];
    private readonly List<string> _errors = [];
    private JudgeHarness _judge = null!;

    private static readonly Dictionary<string, string> Sources = new()
    {
        ["echo"] = "import sys\ndata = sys.stdin.read()\nprint(data)\nprint(data, file=sys.stderr)\n",
        ["raise"] = "import sys\nraise RuntimeError('the input was: ' + sys.stdin.read())\n",
        ["exit"] = "import sys\nsys.stderr.write(sys.stdin.read())\nsys.exit(3)\n",
        ["print-then-spin"] = "import sys\nprint(sys.stdin.read(), flush=True)\nwhile True:\n    pass\n",
    };

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync(workers: 1, captureLogs: true);
        var put = await _judge.Problems.PutAsync("secret",
        [
            ProblemTest.Text(_sampleMarker + "\n", "sample-answer\n", sample: true),
            ProblemTest.Text(_hiddenInput + "\n", _hiddenOutput + "\n"),
            ProblemTest.Text("x " + _hiddenInput + " y\n", "x " + _hiddenOutput + " y\n"),
        ]);
        _responses.Add(("PutProblem", put));
        _responses.Add(("GetProblem", await _judge.Problems.GetProblemAsync(new GetProblemRequest { Id = "secret" })));
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    [TestCase("echo", Verdict.WrongAnswer)]
    [TestCase("raise", Verdict.RuntimeError)]
    [TestCase("exit", Verdict.RuntimeError)]
    [TestCase("print-then-spin", Verdict.TimeLimitExceeded)]
    public async Task A_program_that_leaks_its_input_shows_samples_only(string behaviour, Verdict verdict)
    {
        var submitted = await _judge.Judge.SubmitAsync(SubmissionCalls.Request("secret", "python", Sources[behaviour]));
        _responses.Add(($"{behaviour}: Submit", submitted));
        var events = await _judge.Judge.WatchToEndAsync(submitted.SubmissionId);
        _responses.AddRange(events.Select(e => ($"{behaviour}: event {e.EventCase}", (IMessage)e)));
        var final = await _judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = submitted.SubmissionId });
        _responses.Add(($"{behaviour}: GetSubmission", final));
        // An error answer about this problem must not carry its data either.
        var refused = Assert.ThrowsAsync<RpcException>(async () =>
            await _judge.Judge.SubmitAsync(SubmissionCalls.Request("secret", "nonexistent", Sources[behaviour])));
        _errors.Add($"{refused!.StatusCode} {refused.Status.Detail} {refused.Trailers}");

        Assert.Multiple(() =>
        {
            Assert.That(final.Verdict, Is.EqualTo(verdict));
            // The sample is shown by design, which also shows the program did print its input.
            var sample = final.Tests.Single(t => t.Index == 0);
            Assert.That(sample.Output.ToStringUtf8() + sample.ErrorOutput.ToStringUtf8(), Does.Contain(_sampleMarker));
            AssertNoHiddenData();
        });
    }

    [Test]
    public void The_log_capture_sees_the_api_and_the_worker()
    {
        var logs = _judge.Logs!.Lines;
        Assert.That(logs, Has.Some.Contains("Judge.Api.Uploads.ProblemUploader"));
        Assert.That(logs, Has.Some.Contains("Judge.Worker."));
        AssertNoHiddenData();
    }

    private void AssertNoHiddenData()
    {
        foreach (var marker in new[] { _hiddenInput, _hiddenOutput })
        {
            var bytes = Encoding.UTF8.GetBytes(marker);
            foreach (var (what, message) in _responses)
            {
                Assert.That(message.ToByteArray().AsSpan().IndexOf(bytes), Is.EqualTo(-1), $"{what} holds a hidden marker");
                Assert.That(message.ToString(), Does.Not.Contain(marker), $"{what} holds a hidden marker");
            }
            Assert.That(_errors, Has.None.Contains(marker), "an error message holds a hidden marker");
            var leaking = _judge.Logs!.Lines.Where(l => l.Contains(marker, StringComparison.Ordinal)).ToList();
            Assert.That(leaking, Is.Empty, "log lines hold a hidden marker");
        }
    }
}
