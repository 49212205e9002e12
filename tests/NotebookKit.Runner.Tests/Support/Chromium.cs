using PuppeteerSharp;

namespace NotebookKit.Runner.Tests.Support;

/// <summary>
/// Debian's Chromium (the package <c>chromium</c>, which <c>.ci/run</c> installs), headless, driven through
/// PuppeteerSharp; PuppeteerSharp is never asked to fetch a browser of its own. Without the package a test that
/// needs it fails, saying what to install.
/// </summary>
public static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser"];

    /// <summary>Starts a headless Chromium with a fresh profile in <paramref name="profile"/>, quiet on the network.</summary>
    public static Task<IBrowser> LaunchAsync(string profile) => Puppeteer.LaunchAsync(new LaunchOptions
    {
        ExecutablePath = Executable(),
        Headless = true,
        UserDataDir = profile,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    private static string Executable()
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return path.SelectMany(folder => Names.Select(name => Path.Combine(folder, name))).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"Chromium is not installed (looked for {string.Join(", ", Names)} on PATH). The rendered-page tests need it: "
                + "apt-get install chromium (Debian's package; .ci/run installs it).");
    }
}
