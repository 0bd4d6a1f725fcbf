using System.Text.RegularExpressions;
using Google.Protobuf;
using Judge.Contracts.V1;
using Judge.Testbed;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Judge.BrowserTests;

/// <summary>
/// The candidate's IDE in Debian's Chromium against the real API, worker, Redis and Docker sandboxes: sessions made by
/// the pipeline's Assessments service, opened from their ide_url, with code typed into Monaco and run and submitted
/// through gRPC-Web. Each test has a session of its own (fresh rate limits) and a browser context of its own (fresh
/// localStorage).
/// </summary>
[NonParallelizable]
public class IdeTests
{
    /// <summary>Judging a compiled language on a loaded two-core machine can take a while.</summary>
    private const float JudgeTimeoutMs = 120_000;

    private IdeServer _server = null!;
    private Chromium _chromium = null!;
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _pageErrors = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // One RUN per session per 2 minutes: each test runs at most once, except the ones that are meant to be refused.
        // SUBMITs are not spaced: a test that submits several times waits for each verdict anyway.
        _server = await IdeServer.StartAsync(new Dictionary<string, string?>
        {
            ["Assessments:RunInterval"] = "00:02:00",
            ["Assessments:SubmitInterval"] = "00:00:00",
        });
        _chromium = await Chromium.LaunchAsync();
        await _server.PutExampleAsync("two-sum");
        await _server.PutExampleAsync("sum");
        await _server.PutExampleAsync("guess");
        await _server.PutProblemAsync("hostile-statement", "Hostile statement",
            "# Hostile statement\n\n<script>window.__pwned = 'script';</script>\n\n" +
            "<img src=\"x\" onerror=\"window.__pwned = 'img'\">\n\n[a link](javascript:window.__pwned='link')\n\nThe end.\n");
        await _server.PutProblemAsync("math-statement", "Math statement",
            "# Math statement\n\nGiven $n$ integers with $1 \\le n \\le 10^5$, print their sum\n\n$$S = \\sum_{i=1}^{n} a_i$$\n\n" +
            "A ticket costs between $5 and $10. Pairs $a_i$ and $b_j$ with $\\{i, j\\}$ distinct.\n");
        SetDefaultExpectTimeout(15_000);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [TearDown]
    public async Task CloseContextsAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
        _contexts.Clear();
        var errors = _pageErrors.ToList();
        _pageErrors.Clear();
        Assert.That(errors, Is.Empty, "uncaught errors in the page");
    }

    private async Task<IPage> OpenAsync(string url)
    {
        var context = await _chromium.NewContextAsync();
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => _pageErrors.Add(error);
        // The page must work under its own content security policy: any violation fails the test.
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                _pageErrors.Add(message.Text);
            }
        };
        await page.GotoAsync(url);
        await Expect(page.Locator("body[data-ready=true]")).ToBeAttachedAsync();
        return page;
    }

    private static ILocator Editor(IPage page) => page.Locator("#editor .view-lines");

    /// <summary>A correct two-sum in Python, as a candidate writes it.</summary>
    private const string PythonTwoSum = """
        def two_sum(nums, target):
            seen = {}
            for i, x in enumerate(nums):
                if target - x in seen:
                    return [seen[target - x], i]
                seen[x] = i

        """;

    /// <summary>
    /// Replaces the editor's text the way a candidate pasting code does: through the clipboard and Ctrl+V (typed
    /// text would get Monaco's auto-indent on every new line, which changes Python's meaning).
    /// </summary>
    private static async Task SetCodeAsync(IPage page, string code)
    {
        await page.EvaluateAsync("text => navigator.clipboard.writeText(text)", code);
        await page.Locator("#editor .monaco-editor").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.PressAsync("Control+V");
    }

    private static async Task RunOnCustomInputAsync(IPage page, string input)
    {
        await page.GetByTestId("tab-input").ClickAsync();
        await page.GetByTestId("use-custom").CheckAsync();
        await page.GetByTestId("custom-input").FillAsync(input);
        await page.GetByTestId("run").ClickAsync();
    }

    /// <summary>Waits, polling, until <paramref name="condition"/> holds (state outside the page, e.g. the server's).</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int timeoutMs = 30_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"not within {timeoutMs} ms: {what}");
            }
            await Task.Delay(200);
        }
    }

    private static Task ExpectVerdictAsync(IPage page, string verdict) =>
        Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", verdict, new() { Timeout = JudgeTimeoutMs });

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name) });
        TestContext.AddTestAttachment(Path.Combine(directory, name));
        // JUDGE_IDE_SCREENSHOT=docs/ide.png refreshes the README's picture.
        if (name == "ide.png" && Environment.GetEnvironmentVariable("JUDGE_IDE_SCREENSHOT") is { Length: > 0 } target)
        {
            await page.ScreenshotAsync(new() { Path = Path.IsPathRooted(target) ? target : Path.Combine(Repository.Root, target) });
        }
    }

    [Test]
    public async Task A_candidate_solves_two_sum_in_python_runs_custom_input_with_ctrl_enter_and_submits_to_accepted()
    {
        var session = await _server.CreateSessionAsync(["two-sum", "sum"], ["python", "cpp"]);
        var page = await OpenAsync(session.IdeUrl);

        await Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("Two Sum");
        await Expect(page.GetByTestId("problem-tab")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("time-left")).ToHaveTextAsync(new Regex(@"^(29|30):\d\d$"));
        await Expect(page.GetByTestId("statement")).ToContainTextAsync("return the indices of the two numbers");
        await Expect(page.GetByTestId("sample").First).ToContainTextAsync("nums = [2,7,11,15]");

        await page.GetByTestId("language").SelectOptionAsync("python");
        await Expect(Editor(page)).ToContainTextAsync("def two_sum", new() { Timeout = 5000 });
        await Expect(page.GetByTestId("time-limit")).ToHaveTextAsync("Time 3 s"); // 1 s times Python's 3

        await SetCodeAsync(page, """
            import sys
            from typing import List


            def two_sum(nums: List[int], target: int) -> List[int]:
                print("looking for", target)
                print("debug: called", file=sys.stderr)
                seen = {}
                for i, x in enumerate(nums):
                    if target - x in seen:
                        return [seen[target - x], i]
                    seen[x] = i
                return []

            """);
        await page.Keyboard.TypeAsync("# typed key by key");
        await page.GetByTestId("tab-input").ClickAsync();
        await page.GetByTestId("use-custom").CheckAsync();
        await page.GetByTestId("custom-input").FillAsync("[3,2,4]\n6\n");
        await page.Locator("#editor .monaco-editor").ClickAsync();
        await page.Keyboard.PressAsync("Control+Enter");

        await ExpectVerdictAsync(page, "ACCEPTED");
        var result = page.GetByTestId("test-result");
        await Expect(result).ToHaveAttributeAsync("data-verdict", "ACCEPTED");
        await Expect(result.GetByTestId("return-value")).ToHaveTextAsync(new Regex(@"^\[\s*1\s*,\s*2\s*\]$"));
        await Expect(result.GetByTestId("expected")).ToHaveTextAsync(new Regex(@"^\[\s*1\s*,\s*2\s*\]\s*$"));
        await Expect(result.GetByTestId("stdout")).ToContainTextAsync("looking for 6");
        await Expect(result.GetByTestId("stderr")).ToContainTextAsync("debug: called");

        await page.GetByTestId("submit").ClickAsync();
        await Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", "PENDING");
        await ExpectVerdictAsync(page, "ACCEPTED");
        await Expect(page.GetByTestId("score")).ToHaveTextAsync(new Regex(@"^Score (\d+) / \1$"));
        await Expect(page.GetByTestId("test-chip").First).ToHaveAttributeAsync("data-verdict", "ACCEPTED");
        // The examples are marked as such among the tests.
        await Expect(page.Locator("[data-testid=test-chip][data-sample=true]")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("tab-score")).ToHaveTextAsync(new Regex(@"^(\d+)/\1$"));
        // The end's time of day, with its date when that is another day (a run just before midnight ends tomorrow).
        await Expect(page.GetByTestId("ends-at")).ToHaveTextAsync(new Regex(@"^until (\w{3} \d{1,2}, \d{4}, )?\d{1,2}:\d{2}"));
        await Expect(page.Locator("#announce")).ToHaveTextAsync(new Regex(@"^Submission finished: Accepted, score (\d+) of \1\.$"));
        await ScreenshotAsync(page, "ide.png");
    }

    [Test]
    public async Task Editing_is_recorded_with_notice_and_the_reviewer_replays_it_to_the_judged_source_at_the_submit()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        await Expect(page.GetByTestId("recording-notice")).ToContainTextAsync("Your editing is recorded for the reviewer");
        await Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("A+B");
        await Expect(Editor(page)).ToContainTextAsync("input");

        // Typed, then the rest pasted, the window left and regained, then a SUBMIT.
        const string typed = "a, b = ";
        const string pasted = "map(int, input().split())\nprint(a + b)\n";
        await page.Locator("#editor .monaco-editor").ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync(typed);
        await page.EvaluateAsync("text => navigator.clipboard.writeText(text)", pasted);
        await page.Keyboard.PressAsync("Control+V");
        await Expect(Editor(page)).ToContainTextAsync("print(a + b)");
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('blur'))");
        await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 50))");
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('focus'))");
        await page.GetByTestId("submit").ClickAsync();
        await ExpectVerdictAsync(page, "ACCEPTED");

        var timeline = await _server.Assessments.GetSessionTimelineAsync(new GetSessionTimelineRequest { SessionId = session.Id });
        var submit = timeline.Submissions.Single();
        long Ms(Google.Protobuf.WellKnownTypes.Timestamp t) => t.ToDateTimeOffset().ToUnixTimeMilliseconds();
        var paste = timeline.Events.Single(e => e.KindCase == ActivityEvent.KindOneofCase.Paste);
        var blur = timeline.Events.First(e => e.KindCase == ActivityEvent.KindOneofCase.Focus && !e.Focus);
        Assert.Multiple(() =>
        {
            Assert.That(submit.Source.ToStringUtf8(), Is.EqualTo(typed + pasted));
            Assert.That((paste.Paste.Length, paste.Paste.Text), Is.EqualTo(((uint)pasted.Length, pasted)));
        });

        var link = await _server.Assessments.CreateReviewerLinkAsync(new CreateReviewerLinkRequest { SessionId = session.Id });
        var replay = await OpenAsync(link.Url);
        await Expect(replay.GetByTestId("review-status")).ToHaveAttributeAsync("data-state", "ready");
        await Expect(replay.Locator($"[data-testid=marker][data-kind=paste][data-at='{Ms(paste.At)}']")).ToHaveCountAsync(1);
        await Expect(replay.Locator($"[data-testid=marker][data-kind=focus][data-at='{Ms(blur.At)}']")).ToHaveCountAsync(1);
        var submitMarker = replay.Locator($"[data-testid=marker][data-kind=submit][data-at='{Ms(submit.At)}']");
        await Expect(submitMarker).ToHaveAttributeAsync("data-verdict", "ACCEPTED");
        Assert.That(new Uri(replay.Url).Fragment, Is.Empty, "the token leaves the address bar");

        // Just before the paste only the typed part is there; at the SUBMIT marker, the judged source byte for byte.
        await replay.GetByTestId("replay-slider").EvaluateAsync("(el, v) => { el.value = v; el.dispatchEvent(new Event('input')); }", (Ms(paste.At) - 1).ToString());
        Assert.That(await replay.GetByTestId("replay-source").TextContentAsync(), Is.EqualTo(typed));
        await submitMarker.ClickAsync();
        await Expect(replay.GetByTestId("replay-slider")).ToHaveValueAsync(Ms(submit.At).ToString());
        Assert.That(System.Text.Encoding.UTF8.GetBytes((await replay.GetByTestId("replay-source").TextContentAsync())!), Is.EqualTo(submit.Source.ToByteArray()));
        await Expect(replay.Locator("#replay-code .view-lines")).ToContainTextAsync("print(a + b)");
        await Expect(replay.GetByTestId("signals-row")).ToContainTextAsync("sum");
        await ScreenshotAsync(replay, "review.png");
    }

    [Test]
    public async Task A_stdin_program_in_cpp_starts_from_the_template_runs_on_custom_input_and_is_accepted()
    {
        var session = await _server.CreateSessionAsync(["two-sum", "sum"], ["python", "cpp"]);
        var page = await OpenAsync(session.IdeUrl);

        await page.Locator("[data-testid=problem-tab][data-problem=sum]").ClickAsync();
        await Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("A+B");
        await page.GetByTestId("language").SelectOptionAsync("cpp");
        await Expect(Editor(page)).ToContainTextAsync("int main()");

        await SetCodeAsync(page, """
            #include <iostream>

            int main() {
                long long a, b;
                std::cin >> a >> b;
                std::cout << a + b << "\n";
            }

            """);
        await RunOnCustomInputAsync(page, "20 22");

        await ExpectVerdictAsync(page, "ACCEPTED");
        var result = page.GetByTestId("test-result");
        await Expect(result.GetByTestId("stdout")).ToHaveTextAsync(new Regex(@"^42\s*$"));
        await Expect(result.GetByTestId("expected")).ToHaveTextAsync(new Regex(@"^42\s*$"));
        await Expect(result.GetByTestId("input")).ToHaveTextAsync("20 22");

        await page.GetByTestId("submit").ClickAsync();
        await ExpectVerdictAsync(page, "ACCEPTED");
        await Expect(page.GetByTestId("score")).ToHaveTextAsync(new Regex(@"^Score (\d+) / \1$"));
    }

    [Test]
    public async Task A_run_on_the_examples_shows_each_example_with_its_expected_value()
    {
        var session = await _server.CreateSessionAsync(["two-sum"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        await SetCodeAsync(page, PythonTwoSum);

        await page.GetByTestId("run").ClickAsync();

        await ExpectVerdictAsync(page, "ACCEPTED");
        var results = page.GetByTestId("test-result");
        await Expect(results).ToHaveCountAsync(2);
        await Expect(results.First.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Sample 1");
        await Expect(results.First.GetByTestId("input")).ToContainTextAsync("[2,7,11,15]");
        await Expect(results.First.GetByTestId("expected")).ToContainTextAsync("[0,1]");
        await Expect(results.Nth(1).GetByTestId("return-value")).ToHaveTextAsync(new Regex(@"^\[\s*1\s*,\s*2\s*\]$"));
        await Expect(results.Nth(1)).ToHaveAttributeAsync("data-verdict", "ACCEPTED");
        await ScreenshotAsync(page, "run-examples.png");
    }

    [Test]
    public async Task Every_languages_template_compiles_and_runs()
    {
        string[] languages = ["cpp", "python", "pypy", "java", "java25", "java17", "go", "javascript", "typescript", "csharp"];
        var session = await _server.CreateSessionAsync(["sum"], languages);
        var page = await OpenAsync(session.IdeUrl);

        foreach (var language in languages)
        {
            await page.GetByTestId("language").SelectOptionAsync(language);
            await Expect(page.GetByTestId("submit")).ToBeEnabledAsync();
            await page.GetByTestId("submit").ClickAsync();
            // A template reads the input and prints nothing: it compiles, runs, and gets the wrong answer.
            await Expect(page.Locator($"[data-testid=verdict][data-language={language}]"))
                .ToHaveAttributeAsync("data-verdict", "WRONG_ANSWER", new() { Timeout = JudgeTimeoutMs });
        }
    }

    [Test]
    public async Task A_compilation_error_names_its_line_and_marks_it_in_the_editor()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["cpp"]);
        var page = await OpenAsync(session.IdeUrl);
        await SetCodeAsync(page, "#include <iostream>\n\nint main() {\n    std::cout << undeclared_name;\n}\n");

        await page.GetByTestId("submit").ClickAsync();

        await ExpectVerdictAsync(page, "COMPILATION_ERROR");
        await Expect(page.GetByTestId("compile-output")).ToContainTextAsync("undeclared_name");
        await Expect(page.Locator("[data-testid=diagnostics] button[data-line='4']").First).ToBeVisibleAsync();
        await Expect(page.Locator("#editor .squiggly-error").First).ToBeAttachedAsync();
        await Expect(page.GetByTestId("score")).ToHaveTextAsync(new Regex(@"^Score 0 / \d+$"));
    }

    [Test]
    public async Task Code_is_kept_per_problem_and_language_across_a_reload()
    {
        var session = await _server.CreateSessionAsync(["two-sum", "sum"], ["python", "cpp"]);
        var page = await OpenAsync(session.IdeUrl);
        await page.GetByTestId("language").SelectOptionAsync("python");
        await SetCodeAsync(page, "# python draft kept_marker_1\n");
        await page.GetByTestId("language").SelectOptionAsync("cpp");
        await Expect(Editor(page)).ToContainTextAsync("twoSum");
        await SetCodeAsync(page, "// cpp draft kept_marker_2\n");
        await page.WaitForTimeoutAsync(500); // the editor saves 300 ms after the last keystroke

        await page.ReloadAsync();
        await Expect(page.Locator("body[data-ready=true]")).ToBeAttachedAsync();

        await Expect(page.GetByTestId("language")).ToHaveValueAsync("cpp");
        await Expect(Editor(page)).ToContainTextAsync("kept_marker_2");
        await page.GetByTestId("language").SelectOptionAsync("python");
        await Expect(Editor(page)).ToContainTextAsync("kept_marker_1");
        await page.Locator("[data-testid=problem-tab][data-problem=sum]").ClickAsync();
        await Expect(Editor(page)).ToContainTextAsync("def main()");
    }

    [Test]
    public async Task An_ended_session_shows_the_ended_message_and_nothing_can_be_run()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        await _server.Assessments.EndSessionAsync(new EndSessionRequest { SessionId = session.Id });

        var page = await OpenAsync(session.IdeUrl);

        var ended = page.GetByTestId("session-ended");
        await Expect(ended).ToBeVisibleAsync();
        await Expect(ended).ToContainTextAsync(new Regex("ended|over|closed", RegexOptions.IgnoreCase));
        await Expect(page.GetByTestId("ended-message")).Not.ToBeEmptyAsync();
        await Expect(page.GetByTestId("run")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("submit")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("time-left")).ToHaveTextAsync("Ended");
    }

    [Test]
    public async Task A_session_ended_while_the_page_is_open_refuses_the_next_run_and_makes_the_editor_read_only()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        await Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("A+B");
        await Expect(page.GetByTestId("run")).ToBeEnabledAsync();

        await _server.Assessments.EndSessionAsync(new EndSessionRequest { SessionId = session.Id });
        await page.GetByTestId("run").ClickAsync();

        await Expect(page.GetByTestId("session-ended")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("ended-message")).Not.ToBeEmptyAsync();
        await Expect(page.GetByTestId("run")).ToBeDisabledAsync();
        await Expect(page.Locator("body[data-ended=true]")).ToBeAttachedAsync();
        // Typing changes nothing in a read-only editor.
        await page.Locator("#editor .monaco-editor").ClickAsync();
        await page.Keyboard.InsertTextAsync("typed_after_the_end");
        await Expect(Editor(page)).Not.ToContainTextAsync("typed_after_the_end");
    }

    [Test]
    public async Task A_session_whose_window_closed_says_when_it_ended()
    {
        // Ended 10 minutes ago: the token still reads the session (Assessments:TokenGrace is 15 minutes).
        var session = await _server.CreateSessionAsync(["sum"], ["python"], minutes: 20, startsAt: DateTimeOffset.UtcNow.AddMinutes(-30));

        var page = await OpenAsync(session.IdeUrl);

        await Expect(page.GetByTestId("session-ended")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("ended-message")).ToHaveTextAsync(new Regex(@"^The assessment ended at .+\.$"));
        await Expect(page.GetByTestId("run")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("time-left")).ToHaveTextAsync("Ended");
    }

    [Test]
    public async Task An_expired_token_shows_the_ended_session_message()
    {
        // Ended an hour ago: past the token's grace, so the server refuses the token itself.
        var session = await _server.CreateSessionAsync(["sum"], ["python"], minutes: 60, startsAt: DateTimeOffset.UtcNow.AddHours(-2));

        var page = await OpenAsync(session.IdeUrl);

        await Expect(page.GetByTestId("session-ended")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("ended-message")).ToContainTextAsync("expired");
        await Expect(page.GetByTestId("run")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("submit")).ToBeDisabledAsync();
    }

    [Test]
    public async Task A_session_that_has_not_started_counts_down_to_its_start_and_runs_nothing()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"], startsAt: DateTimeOffset.UtcNow.AddHours(1));

        var page = await OpenAsync(session.IdeUrl);

        await Expect(page.GetByTestId("time-left")).ToHaveTextAsync(new Regex(@"^starts in (1:00|59):\d\d"));
        await Expect(page.GetByTestId("notice")).ToHaveAttributeAsync("data-kind", "not-started");
        await Expect(page.GetByTestId("statement")).ToContainTextAsync("when the assessment starts");
        await Expect(page.GetByTestId("run")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("session-ended")).ToBeHiddenAsync();
    }

    [Test]
    public async Task A_forged_token_is_refused_with_the_servers_message()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        var forged = session.IdeUrl[..^4] + (session.IdeUrl.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var page = await OpenAsync(forged);

        await Expect(page.GetByTestId("session-ended")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("ended-message")).ToContainTextAsync("token");
        await Expect(page.GetByTestId("run")).ToBeDisabledAsync();
    }

    [Test]
    public async Task A_page_without_a_token_says_so_and_offers_nothing_to_run()
    {
        var page = await OpenAsync(_server.WebAddress.ToString());

        await Expect(page.GetByTestId("session-ended")).ToContainTextAsync("#token=");
        await Expect(page.GetByTestId("run")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("submit")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("connection")).ToBeHiddenAsync();
    }

    [Test]
    public async Task A_statement_with_a_script_is_shown_as_text_and_nothing_in_it_runs()
    {
        var session = await _server.CreateSessionAsync(["hostile-statement"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);

        var statement = page.GetByTestId("statement");
        await Expect(statement).ToContainTextAsync("<script>window.__pwned = 'script';</script>");
        await Expect(statement).ToContainTextAsync("The end.");
        await Expect(statement.Locator("script")).ToHaveCountAsync(0);
        await Expect(statement.Locator("img[onerror]")).ToHaveCountAsync(0);
        await Expect(statement.Locator("a[href^='javascript']")).ToHaveCountAsync(0);
        await page.WaitForTimeoutAsync(300);
        Assert.That(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), Is.True, "a script in the statement ran");
    }

    [Test]
    public async Task Raw_html_slipping_through_the_server_is_cleaned_by_the_page_before_it_is_shown()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        var page = await OpenWithStatementAsync(session.IdeUrl, """
            <h2 id="editor" class="ended">Slipped</h2>
            <p>before<script>window.__pwned = 'script'</script>after</p>
            <img src="x" onerror="window.__pwned = 'img'">
            <a href="javascript:window.__pwned = 'link'">bad link</a> <a href="https://example.org/">good link</a>
            <iframe src="/"></iframe><p onclick="window.__pwned = 'click'">click me</p>
            """);

        var statement = page.GetByTestId("statement");
        await Expect(statement).ToContainTextAsync("Slipped");
        await Expect(statement).ToContainTextAsync("beforeafter");
        await Expect(statement.Locator("script, iframe, [onerror], [onclick], [id], [class]")).ToHaveCountAsync(0);
        await Expect(statement.Locator("a", new() { HasText = "bad link" })).Not.ToHaveAttributeAsync("href", new Regex("."));
        await Expect(statement.Locator("a", new() { HasText = "good link" })).ToHaveAttributeAsync("rel", "noopener noreferrer");
        await statement.GetByText("click me").ClickAsync();
        await page.Locator("#editor .monaco-editor").ClickAsync(); // the page's own #editor is still the editor
        Assert.That(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), Is.True, "slipped HTML ran");
    }

    /// <summary>Opens the IDE with GetProblem's statement_html replaced on its way to the page (a server-side slip).</summary>
    private async Task<IPage> OpenWithStatementAsync(string url, string statementHtml)
    {
        var context = await _chromium.NewContextAsync();
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => _pageErrors.Add(error);
        await page.RouteAsync("**/judge.v1.Candidate/GetProblem", async route =>
        {
            var response = await route.FetchAsync();
            var body = await response.BodyAsync();
            // gRPC-Web: a message frame (flag 0, 4-byte big-endian length) then the trailer frame.
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(body.AsSpan(1, 4));
            var problem = CandidateProblem.Parser.ParseFrom(body, 5, length);
            problem.StatementHtml = statementHtml;
            var message = problem.ToByteArray();
            var frame = new byte[5 + message.Length];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1, 4), message.Length);
            message.CopyTo(frame, 5);
            await route.FulfillAsync(new() { Response = response, BodyBytes = [.. frame, .. body.AsSpan(5 + length)] });
        });
        await page.GotoAsync(url);
        await Expect(page.Locator("body[data-ready=true]")).ToBeAttachedAsync();
        return page;
    }

    [Test]
    public async Task The_page_comes_with_a_content_security_policy_that_stops_an_injected_inline_script()
    {
        var context = await _chromium.NewContextAsync();
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) => violations.Add(message.Text);

        var response = await page.GotoAsync(_server.WebAddress + "#token=x");
        var policy = await response!.HeaderValueAsync("content-security-policy");
        await page.EvaluateAsync("""
            () => {
              const script = document.createElement("script");
              script.textContent = "window.__inline = 1";
              document.body.append(script);
            }
            """);

        var ran = !await page.EvaluateAsync<bool>("() => window.__inline === undefined");

        Assert.Multiple(() =>
        {
            Assert.That(policy, Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'"));
            Assert.That(ran, Is.False, "an inline script ran");
            Assert.That(violations, Has.Some.Contains("Content Security Policy"));
        });
    }

    [Test]
    public async Task A_second_run_within_the_rate_limit_is_refused_with_when_to_retry()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        await SetCodeAsync(page, "a, b = map(int, input().split())\nprint(a + b)\n");
        await RunOnCustomInputAsync(page, "1 1");
        await ExpectVerdictAsync(page, "ACCEPTED");

        await page.GetByTestId("run").ClickAsync();

        var notice = page.GetByTestId("notice");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToHaveAttributeAsync("data-kind", "throttled");
        await Expect(notice).ToContainTextAsync(new Regex(@"try again in \d+ s"));
        await Expect(page.GetByTestId("run")).ToBeDisabledAsync();
        // The console no longer shows the first run's result as if it were this one's.
        await Expect(page.GetByTestId("verdict")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("refusal")).ToContainTextAsync("one RUN per 120 s");
    }

    [Test]
    public async Task A_watch_cut_by_a_lost_connection_reconnects_and_resumes_to_the_verdict()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        var watches = 0;
        // The first watch is cut; the next waits until the test has seen the page say so.
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/judge.v1.Candidate/WatchSubmission", async route =>
        {
            if (Interlocked.Increment(ref watches) == 1)
            {
                await route.AbortAsync("connectionreset");
            }
            else
            {
                await seen.Task.WaitAsync(TimeSpan.FromSeconds(60));
                await route.ContinueAsync();
            }
        });
        await SetCodeAsync(page, "a, b = map(int, input().split())\nprint(a + b)\n");

        await page.GetByTestId("submit").ClickAsync();

        await Expect(page.GetByTestId("notice")).ToHaveAttributeAsync("data-kind", "connection");
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("reconnecting");
        await Expect(page.GetByTestId("connection")).ToHaveAttributeAsync("data-state", "lost");
        seen.SetResult();
        await ExpectVerdictAsync(page, "ACCEPTED");
        await Expect(page.GetByTestId("connection")).ToHaveAttributeAsync("data-state", "ok");
        await Expect(page.GetByTestId("notice")).ToBeHiddenAsync();
        Assert.That(watches, Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public async Task The_token_leaves_the_address_bar_and_a_reload_still_opens_the_session()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        await Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("A+B");

        var address = await page.EvaluateAsync<string>("() => location.href");
        Assert.That(address, Does.Not.Contain("token").And.Not.Contain(session.CandidateToken));

        await page.ReloadAsync();
        await Expect(page.Locator("body[data-ready=true]")).ToBeAttachedAsync();
        await Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("A+B");
        await Expect(page.GetByTestId("run")).ToBeEnabledAsync();
        await Expect(page.GetByTestId("session-ended")).ToBeHiddenAsync();
        Assert.That(await page.EvaluateAsync<string>("() => location.href"), Does.Not.Contain("token"));
    }

    [Test]
    public async Task A_reload_while_a_submission_is_judged_resumes_it_to_its_verdict_score_and_submissions_list()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        // 2 s of sleep on each of the 3 tests: the reload comes while it is judged.
        await SetCodeAsync(page, "import time\ntime.sleep(2)\na, b = map(int, input().split())\nprint(a + b)  # submitted_marker\n");
        await page.GetByTestId("submit").ClickAsync();
        await Expect(page.GetByTestId("verdict")).ToHaveAttributeAsync("data-verdict", "PENDING");

        await page.ReloadAsync();
        await Expect(page.Locator("body[data-ready=true]")).ToBeAttachedAsync();

        await ExpectVerdictAsync(page, "ACCEPTED");
        await Expect(page.GetByTestId("score")).ToHaveTextAsync(new Regex(@"^Score (\d+) / \1$"));
        await Expect(page.GetByTestId("tab-score")).ToHaveTextAsync(new Regex(@"^(\d+)/\1$"));
        await page.GetByTestId("tab-submissions").ClickAsync();
        var entry = page.GetByTestId("submission");
        await Expect(entry).ToHaveCountAsync(1);
        await Expect(entry).ToHaveAttributeAsync("data-verdict", "ACCEPTED");
        await ScreenshotAsync(page, "submissions.png");
        // Its code opens in the editor.
        await SetCodeAsync(page, "# something else\n");
        await Expect(Editor(page)).Not.ToContainTextAsync("submitted_marker");
        await entry.GetByTestId("open-submission").ClickAsync();
        await Expect(Editor(page)).ToContainTextAsync("submitted_marker");
    }

    [Test]
    public async Task Code_saved_on_the_server_comes_back_in_a_fresh_browser()
    {
        var session = await _server.CreateSessionAsync(["two-sum", "sum"], ["python", "cpp"]);
        var page = await OpenAsync(session.IdeUrl);
        await page.Locator("[data-testid=problem-tab][data-problem=sum]").ClickAsync();
        await page.GetByTestId("language").SelectOptionAsync("cpp");
        await Expect(Editor(page)).ToContainTextAsync("int main()");
        await SetCodeAsync(page, "// cpp draft server_marker_1\n");
        var candidate = _server.CandidateFor(session.CandidateToken);
        await EventuallyAsync(async () => (await candidate.ListDraftsAsync(new ListDraftsRequest())).Drafts
            .Any(d => d.ProblemId == "sum" && d.Language == "cpp" && d.Source.ToStringUtf8().Contains("server_marker_1")),
            "the page saves the draft on the server");

        // Another browser: a new context, with nothing in its storage.
        var fresh = await OpenAsync(session.IdeUrl);
        await fresh.Locator("[data-testid=problem-tab][data-problem=sum]").ClickAsync();
        await Expect(fresh.GetByTestId("language")).ToHaveValueAsync("cpp");
        await Expect(Editor(fresh)).ToContainTextAsync("server_marker_1");
    }

    [TestCase(1024, 700)]
    [TestCase(390, 844)]
    public async Task Run_and_submit_are_in_sight_and_clickable_and_the_language_shows_in_full(int width, int height)
    {
        var session = await _server.CreateSessionAsync(["two-sum"], ["python", "cpp"]);
        var page = await OpenAsync(session.IdeUrl);
        await page.SetViewportSizeAsync(width, height);
        await Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("Two Sum");

        var pane = (await page.Locator(".work-pane").BoundingBoxAsync())!;
        foreach (var id in new[] { "run", "submit" })
        {
            var button = page.GetByTestId(id);
            await Expect(button).ToBeEnabledAsync();
            await button.ScrollIntoViewIfNeededAsync();
            await Expect(button).ToBeInViewportAsync(new() { Ratio = 1 });
            var box = (await button.BoundingBoxAsync())!;
            Assert.That(box.X + box.Width, Is.LessThanOrEqualTo(Math.Min(pane.X + pane.Width, width)), $"{id} is cut off on the right");
            await button.ClickAsync(new() { Trial = true }); // visible, stable, and the element that gets the click
        }
        // The chosen language's whole name fits in its picker (with room for the arrow).
        var fits = await page.GetByTestId("language").EvaluateAsync<bool>("""
            select => {
              const style = getComputedStyle(select);
              const context = document.createElement("canvas").getContext("2d");
              context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              const text = context.measureText(select.options[select.selectedIndex].text).width;
              return text + 16 <= select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            }
            """);
        Assert.That(fits, Is.True, "the language picker cuts the language's name");
        await ScreenshotAsync(page, $"ide-{width}x{height}.png");
    }

    [Test]
    public async Task The_divider_between_editor_and_console_is_dragged()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        await page.SetViewportSizeAsync(1024, 700);
        var console = page.Locator("#console");
        var before = (await console.BoundingBoxAsync())!.Height;
        var divider = (await page.GetByTestId("splitter").BoundingBoxAsync())!;

        await page.Mouse.MoveAsync(divider.X + divider.Width / 2, divider.Y + divider.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(divider.X + divider.Width / 2, divider.Y - 100, new() { Steps = 5 });
        await page.Mouse.UpAsync();

        var after = (await console.BoundingBoxAsync())!.Height;
        Assert.That(after, Is.EqualTo(before + 100).Within(8), "the console grows by what the divider moved");
    }

    [Test]
    public async Task The_keyboard_leaves_the_editor_with_ctrl_m_then_tab_as_its_label_says()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        await Expect(Editor(page)).ToContainTextAsync("def main()");
        await Expect(page.Locator("#editor [aria-label*='Ctrl+M']").First).ToBeAttachedAsync();
        await page.Locator("#editor .monaco-editor").ClickAsync();
        await Expect(page.Locator("#editor :focus")).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("Control+M");
        await page.Keyboard.PressAsync("Tab");

        await Expect(page.Locator("#editor :focus")).ToHaveCountAsync(0);
        await Expect(page.Locator(":focus")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("splitter")).ToBeFocusedAsync();
    }

    [Test]
    public async Task Reset_then_undo_brings_the_whole_code_back()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await SetCodeAsync(page, "first_line = 1\nsecond_line = 2  # undo_marker\n");

        await page.GetByTestId("reset").ClickAsync();
        await Expect(Editor(page)).ToContainTextAsync("def main()");
        await Expect(Editor(page)).Not.ToContainTextAsync("undo_marker");
        await page.Keyboard.PressAsync("Control+Z");

        await Expect(Editor(page)).ToContainTextAsync("undo_marker");
        await Expect(Editor(page)).ToContainTextAsync("first_line = 1");
        await Expect(Editor(page)).Not.ToContainTextAsync("def main()");
    }

    [Test]
    public async Task A_refused_run_clears_the_previous_result_and_says_what_is_wrong_with_the_input()
    {
        var session = await _server.CreateSessionAsync(["two-sum"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        await SetCodeAsync(page, PythonTwoSum);
        await page.GetByTestId("run").ClickAsync();
        await ExpectVerdictAsync(page, "ACCEPTED");
        await Expect(page.GetByTestId("test-result")).ToHaveCountAsync(2);

        // The target is not a number: refused before it runs (and before the RUN interval counts).
        await RunOnCustomInputAsync(page, "[2,7,11,15]\nnine");

        var error = page.GetByTestId("input-error");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("Line 2 (target)");
        await Expect(error).Not.ToContainTextAsync("custom_input");
        await Expect(page.GetByTestId("custom-input")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByTestId("test-result")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("verdict")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("refusal")).ToContainTextAsync("test input");
        await ScreenshotAsync(page, "refused-run.png");
    }

    [Test]
    public async Task A_statements_tex_is_rendered_with_katex_and_dollar_amounts_stay_text()
    {
        var session = await _server.CreateSessionAsync(["math-statement"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);

        var statement = page.GetByTestId("statement");
        await Expect(statement.Locator(".katex").First).ToBeVisibleAsync();
        // Markdown's emphasis (_i$ and $b_) and escapes (\{) never reach inside a formula: the server marks math first.
        await Expect(statement.Locator(".katex")).ToHaveCountAsync(6);
        await Expect(statement.Locator("em")).ToHaveCountAsync(0);
        await Expect(statement.Locator(".katex-display")).ToHaveCountAsync(1);
        await Expect(statement.Locator(".katex-error")).ToHaveCountAsync(0);
        await Expect(statement).Not.ToContainTextAsync("$1 \\le");
        await Expect(statement).ToContainTextAsync("between $5 and $10");
        // KaTeX's font comes with the page, under its content security policy.
        var loaded = await page.EvaluateAsync<int>("async () => (await document.fonts.load('16px KaTeX_Main')).length");
        Assert.That(loaded, Is.GreaterThan(0), "KaTeX_Main did not load");
        await ScreenshotAsync(page, "math.png");
    }

    [Test]
    public async Task The_page_follows_a_dark_system_theme_and_the_font_size_can_be_changed()
    {
        var session = await _server.CreateSessionAsync(["sum"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        await Expect(page.Locator("#editor .monaco-editor.vs")).ToBeAttachedAsync();

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });

        await Expect(page.Locator("#editor .monaco-editor.vs-dark")).ToBeAttachedAsync();
        await Expect(page.Locator("body")).ToHaveCSSAsync("background-color", "rgb(17, 19, 24)");
        await page.GetByTestId("font-size").SelectOptionAsync("20");
        await Expect(page.Locator("#editor .view-lines")).ToHaveCSSAsync("font-size", "20px");
        await ScreenshotAsync(page, "dark.png");
    }

    [TestCase(ColorScheme.Light)]
    [TestCase(ColorScheme.Dark)]
    public async Task Axe_core_finds_no_contrast_or_labelling_failures_in_either_theme(ColorScheme scheme)
    {
        var session = await _server.CreateSessionAsync(["two-sum", "sum"], ["python", "cpp"]);
        var page = await OpenAsync(session.IdeUrl);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        // axe-core from the IDE's npm packages, evaluated through the driver (not a script tag the page's policy would stop).
        await page.EvaluateAsync(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "ide", "node_modules", "axe-core", "axe.min.js")) + ";0");

        var violations = await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { runOnly: ['color-contrast', 'label', 'button-name', 'aria-allowed-attr', 'aria-valid-attr-value'] }))
              .violations.flatMap(v => v.nodes.map(n => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary}`))
            """);

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public async Task A_second_invitation_link_opened_in_the_same_tab_switches_to_its_session()
    {
        var first = await _server.CreateSessionAsync(["sum"], ["python"]);
        var second = await _server.CreateSessionAsync(["two-sum"], ["python"]);
        var page = await OpenAsync(first.IdeUrl);
        await Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("A+B");

        // Only the fragment changes, as when the candidate pastes the second link into the address bar.
        await page.EvaluateAsync("token => { location.hash = 'token=' + token; }", second.CandidateToken);

        await Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("Two Sum");
        await Expect(page.GetByTestId("problem-tab")).ToHaveCountAsync(1);
        await Expect(page).Not.ToHaveURLAsync(new Regex("token"));
    }

    /// <summary>The ten language ids, the flush each interactive template does, and the flush the notice names.</summary>
    private static readonly (string Language, string Template, string Notice)[] InteractiveLanguages =
    [
        ("cpp", "<< endl;", "std::fflush(stdout)"),
        ("python", "flush=True", "print(..., flush=True)"),
        ("pypy", "flush=True", "print(..., flush=True)"),
        ("java", "System.out.flush();", "System.out.flush();"),
        ("java17", "System.out.flush();", "System.out.flush();"),
        ("java25", "System.out.flush();", "System.out.flush();"),
        ("go", "out.Flush()", "bufio.Writer"),
        ("javascript", "process.stdout.write(", "process.stdout.write(...)"),
        ("typescript", "process.stdout.write(", "process.stdout.write(...)"),
        ("csharp", "Console.Out.Flush();", "Console.Out.Flush()"),
    ];

    [Test]
    public async Task An_interactive_problem_says_how_to_flush_starts_from_an_interactive_template_and_offers_no_custom_input()
    {
        var session = await _server.CreateSessionAsync(["guess", "sum"], InteractiveLanguages.Select(l => l.Language).ToArray());
        var page = await OpenAsync(session.IdeUrl);
        await Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("Guess the number");

        var notice = page.GetByTestId("interactive-notice");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("Interactive: your program talks to the judge's interactor. Flush your output after each line you print.");
        foreach (var (language, template, flush) in InteractiveLanguages)
        {
            await page.GetByTestId("language").SelectOptionAsync(language);
            await Expect(notice.Locator("code").First).ToBeVisibleAsync();
            await Expect(notice).ToContainTextAsync(flush);
            await Expect(Editor(page)).ToContainTextAsync(template);
        }
        // The samples' inputs are the interactor's: none is offered as custom input, and the input box is replaced by why.
        await Expect(page.GetByTestId("sample")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("use-sample")).ToHaveCountAsync(0);
        await page.GetByTestId("tab-input").ClickAsync();
        await Expect(page.GetByTestId("no-custom-input")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("no-custom-input")).ToContainTextAsync("interactive");
        await Expect(page.GetByTestId("custom-input")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("use-custom")).ToBeHiddenAsync();
        await ScreenshotAsync(page, "interactive.png");

        // A stdin/stdout problem in the same session: no notice, its own template, and the input box back.
        await page.Locator("[data-testid=problem-tab][data-problem=sum]").ClickAsync();
        await Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("A+B");
        await page.GetByTestId("language").SelectOptionAsync("python");
        await Expect(notice).ToBeHiddenAsync();
        await Expect(Editor(page)).ToContainTextAsync("def main()");
        await Expect(Editor(page)).Not.ToContainTextAsync("flush=True");
        await page.GetByTestId("tab-input").ClickAsync();
        await Expect(page.GetByTestId("no-custom-input")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("custom-input")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("use-custom")).ToBeEnabledAsync();
    }

    [Test]
    public async Task Every_languages_interactive_template_compiles_flushes_its_query_and_is_judged_by_the_interactor()
    {
        var languages = InteractiveLanguages.Select(l => l.Language).ToArray();
        var session = await _server.CreateSessionAsync(["guess"], languages);
        var page = await OpenAsync(session.IdeUrl);

        foreach (var language in languages)
        {
            await page.GetByTestId("language").SelectOptionAsync(language);
            await Expect(page.GetByTestId("submit")).ToBeEnabledAsync();
            await page.GetByTestId("submit").ClickAsync();
            // A template asks "? 1" and ends: the interactor answers it and then says the program ended before guessing
            // (a query left unflushed, or a program still waiting for input, would be TIME_LIMIT_EXCEEDED).
            await Expect(page.Locator($"[data-testid=verdict][data-language={language}]"))
                .ToHaveAttributeAsync("data-verdict", "WRONG_ANSWER", new() { Timeout = JudgeTimeoutMs });
        }
    }

    [Test]
    public async Task A_run_on_an_interactive_problem_shows_each_samples_exchange_with_the_interactor()
    {
        var session = await _server.CreateSessionAsync(["guess"], ["python"]);
        var page = await OpenAsync(session.IdeUrl);
        await Expect(page.GetByTestId("problem-title")).ToHaveTextAsync("Guess the number");
        // The worker records each sample's exchange (binary search: n = 10, x = 7, then n = 5, x = 5). On its way to the
        // page the second sample's is marked truncated, as a long exchange's would be, to see how that is shown.
        string[] exchanges =
        [
            "< 10\n> ? 5\n< >\n> ? 8\n< <\n> ? 6\n< >\n> ? 7\n< =\n",
            "< 5\n> ? 3\n< >\n> ? 4\n< >\n> ? 5\n< =\n",
        ];
        // A sample's test index is its place among all the tests (examples/guess lists its samples last).
        var samples = (await _server.Problems.GetProblemAsync(new GetProblemRequest { Id = "guess" })).Samples.Select(s => (int)s.Index).ToList();
        Assert.That(samples, Has.Count.EqualTo(2));
        var recorded = new string?[2];
        await page.RouteAsync("**/judge.v1.Candidate/WatchSubmission", async route =>
        {
            var response = await route.FetchAsync();
            var body = RewriteEvents(await response.BodyAsync(), change =>
            {
                var tests = change.EventCase switch
                {
                    SubmissionEvent.EventOneofCase.Test => new List<TestResult> { change.Test },
                    SubmissionEvent.EventOneofCase.Final => change.Final.Tests.ToList(),
                    _ => [],
                };
                foreach (var test in tests.Where(t => t.Sample && samples.Contains((int)t.Index)))
                {
                    var sample = samples.IndexOf((int)test.Index);
                    recorded[sample] = test.Transcript;
                    test.TranscriptTruncated = sample == 1;
                }
            });
            await route.FulfillAsync(new() { Response = response, BodyBytes = body });
        });
        await SetCodeAsync(page, await File.ReadAllTextAsync(Path.Combine(Repository.Root, "examples", "guess", "solutions", "solution.py")));

        await page.GetByTestId("run").ClickAsync();

        await ExpectVerdictAsync(page, "ACCEPTED");
        var results = page.GetByTestId("test-result");
        await Expect(results).ToHaveCountAsync(2);
        var first = results.First.GetByTestId("transcript");
        await Expect(first).ToHaveTextAsync(exchanges[0].TrimEnd('\n'));
        await Expect(first.Locator(".received")).ToHaveCountAsync(5);
        await Expect(first).ToHaveAttributeAsync("data-truncated", "false");
        await Expect(first).ToHaveCSSAsync("font-family", new Regex("mono", RegexOptions.IgnoreCase));
        await Expect(results.Nth(1).GetByTestId("transcript")).ToHaveTextAsync(exchanges[1].TrimEnd('\n') + "\n(truncated)");
        await Expect(results.First.GetByTestId("input")).ToHaveTextAsync(new Regex(@"^10 7\s*$"));
        // The program's stdout is the exchange, and an interactive sample has no expected output to show.
        await Expect(page.Locator("[data-testid=test-result] [data-testid=stdout]")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=test-result] [data-testid=expected]")).ToHaveCountAsync(0);
        Assert.That(recorded, Is.EqualTo(exchanges), "the exchanges as the worker recorded them");
        await ScreenshotAsync(page, "interactive-run.png");
    }

    /// <summary>
    /// A gRPC-Web response of SubmissionEvents (frames: a flag byte, a 4-byte big-endian length, the message; a trailer
    /// frame has the flag 0x80) with each event changed by <paramref name="change"/>.
    /// </summary>
    private static byte[] RewriteEvents(byte[] body, Action<SubmissionEvent> change)
    {
        var output = new List<byte>();
        for (var at = 0; at < body.Length;)
        {
            var flag = body[at];
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(body.AsSpan(at + 1, 4));
            var frame = body.AsSpan(at, 5 + length);
            at += 5 + length;
            if ((flag & 0x80) != 0)
            {
                output.AddRange(frame);
                continue;
            }
            var message = SubmissionEvent.Parser.ParseFrom(frame[5..]);
            change(message);
            var bytes = message.ToByteArray();
            var header = new byte[5];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(1, 4), bytes.Length);
            output.AddRange(header);
            output.AddRange(bytes);
        }
        return [.. output];
    }
}
