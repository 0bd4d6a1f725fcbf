using Microsoft.Playwright;

namespace Judge.BrowserTests;

/// <summary>
/// Debian's Chromium (package chromium; ./judge test installs it) driven by Playwright: Playwright's own browser
/// download is never used. JUDGE_CHROMIUM names another executable.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("JUDGE_CHROMIUM") ?? "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <exception cref="InvalidOperationException">No Chromium at <see cref="ExecutablePath"/>.</exception>
    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"no Chromium at {ExecutablePath}: apt-get install chromium (./judge test does)");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Root needs --no-sandbox; the rest keeps Chromium from calling out on a machine without a network.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>A fresh context (its own localStorage) with a desktop-sized window and the clipboard (for pasting code).</summary>
    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
            Permissions = ["clipboard-read", "clipboard-write"],
        });

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
