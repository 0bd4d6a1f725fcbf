namespace Judge.Testbed;

/// <summary>Where this repository is checked out (the directory holding Judge.sln).</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Judge.sln not found above " + AppContext.BaseDirectory);
    }
}
