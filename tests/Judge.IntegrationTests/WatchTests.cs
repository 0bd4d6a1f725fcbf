using Judge.Contracts.V1;

namespace Judge.IntegrationTests;

[NonParallelizable]
public class WatchTests
{
    private JudgeHarness _judge = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _judge = await JudgeHarness.StartAsync();
        await _judge.Problems.PutAsync("watch",
        [
            ProblemTest.Text("1 2\n", "3\n", sample: true),
            ProblemTest.Text("2 2\n", "4\n"),
            ProblemTest.Text("3 2\n", "5\n"),
        ]);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _judge.DisposeAsync();

    private static string Describe(SubmissionEvent e) => e.EventCase switch
    {
        SubmissionEvent.EventOneofCase.Status => $"status {e.Status.Status}",
        SubmissionEvent.EventOneofCase.Test => $"test {e.Test.Index}",
        SubmissionEvent.EventOneofCase.Final => $"final {e.Final.Verdict}",
        _ => "unknown",
    };

    [Test]
    public async Task A_watcher_sees_status_changes_then_each_test_in_order_then_the_final_state()
    {
        var submitted = await _judge.Judge.SubmitAsync(SubmissionCalls.Request("watch", "python", Programs.Get("python", "sum")));
        var events = await _judge.Judge.WatchToEndAsync(submitted.SubmissionId);
        Assert.That(events.Select(Describe), Is.EqualTo(new[]
        {
            "status Queued", "status Compiling", "status Running", "test 0", "test 1", "test 2", "final Accepted",
        }));
        var final = events[^1].Final;
        Assert.Multiple(() =>
        {
            Assert.That(final.Tests, Has.Count.EqualTo(3));
            Assert.That(final.Attempt, Is.EqualTo(1));
            Assert.That(final.FinishedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task A_late_watcher_gets_the_whole_history_and_the_final_state()
    {
        var final = await _judge.Judge.JudgeAsync("watch", "cpp", Programs.Get("cpp", "wrong"));
        var late = await _judge.Judge.WatchToEndAsync(final.Id);
        var stored = await _judge.Judge.GetSubmissionAsync(new GetSubmissionRequest { SubmissionId = final.Id });
        Assert.Multiple(() =>
        {
            Assert.That(late.Select(Describe), Is.EqualTo(new[]
            {
                "status Queued", "status Compiling", "status Running", "test 0", "test 1", "test 2", "final WrongAnswer",
            }));
            Assert.That(late[^1].Final, Is.EqualTo(final));
            Assert.That(stored, Is.EqualTo(final));
        });
    }

    [Test]
    public async Task A_compile_error_ends_the_watch_without_test_events()
    {
        var submitted = await _judge.Judge.SubmitAsync(SubmissionCalls.Request("watch", "cpp", Programs.Get("cpp", "syntax")));
        var events = await _judge.Judge.WatchToEndAsync(submitted.SubmissionId);
        Assert.That(events.Select(Describe), Is.EqualTo(new[] { "status Queued", "status Compiling", "final CompilationError" }));
    }

    [Test]
    public async Task List_languages_shows_the_versions_read_from_the_images()
    {
        var languages = (await _judge.Judge.ListLanguagesAsync(new ListLanguagesRequest())).Languages;
        Assert.That(languages.Select(l => l.Id), Is.EqualTo(new[] { "cpp", "csharp", "go", "java", "java17", "java25", "javascript", "pypy", "python", "typescript" }));
        Assert.Multiple(() =>
        {
            foreach (var language in languages)
            {
                Assert.That(language.Version, Does.Match(@"\d+\.\d+"), $"{language.Id} reports a real version");
                Assert.That(language.DisplayName, Is.Not.Empty);
                Assert.That(language.RunCommand, Is.Not.Empty);
            }
            Assert.That(languages.Single(l => l.Id == "cpp").Version, Does.StartWith("g++"));
            Assert.That(languages.Single(l => l.Id == "python").Version, Does.StartWith("Python 3.13"));
            Assert.That(languages.Single(l => l.Id == "pypy").Version, Does.StartWith("PyPy 7.").And.Contain("Python 3."));
            Assert.That(languages.Single(l => l.Id == "java").Version, Does.StartWith("openjdk 21"));
            Assert.That(languages.Single(l => l.Id == "java25").Version, Does.StartWith("openjdk 25"));
            Assert.That(languages.Single(l => l.Id == "java17").Version, Does.StartWith("openjdk 17"));
            Assert.That(languages.Single(l => l.Id == "go").Version, Does.StartWith("go version go1.27"));
            Assert.That(languages.Single(l => l.Id == "javascript").Version, Does.StartWith("Node.js v24."));
            Assert.That(languages.Single(l => l.Id == "cpp").CompileCommand, Does.Contain("-O2"));
        });
    }
}
