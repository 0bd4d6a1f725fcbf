namespace Judge.UnitTests;

/// <summary>The checkout the tests run from: the first directory above the test binaries that holds Judge.sln.</summary>
internal static class RepositoryRoot
{
    /// <exception cref="InvalidOperationException">The tests do not run inside a checkout.</exception>
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Judge.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("no Judge.sln above the test directory");
    }
}
