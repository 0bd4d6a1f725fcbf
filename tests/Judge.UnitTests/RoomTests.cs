using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Judge.UnitTests;

/// <summary>
/// docs/architecture.md draws the rooms (projects, and the folders of the API and the worker) and the one-way arrows
/// between them; these tests read the arrows from the sources and require exactly the drawn ones, with no cycle. A
/// folder uses another when one of its files imports its namespace (<c>using Judge.Worker.Sandbox;</c>) or names a
/// type through it (<c>Sandbox.ExecResult</c>); files at a project's top level (its composition root) may use any folder.
/// </summary>
public partial class RoomTests
{
    private static readonly string Root = RepositoryRoot.Find();

    [Test]
    public void The_projects_reference_each_other_as_the_architecture_draws_them()
    {
        var actual = Directory.GetDirectories(Root, "Judge.*").Select(Path.GetFileName).OfType<string>()
            .Where(name => File.Exists(Path.Combine(Root, name, $"{name}.csproj")))
            .ToDictionary(name => name, name => XDocument.Load(Path.Combine(Root, name, $"{name}.csproj"))
                .Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value)).ToHashSet());
        AssertDrawnAndAcyclic("projects", actual);
    }

    [TestCase("Judge.Worker")]
    [TestCase("Judge.Api")]
    public void The_folders_use_each_other_as_the_architecture_draws_them(string project)
    {
        var directory = Path.Combine(Root, project);
        var folders = Directory.GetDirectories(directory).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("bin" or "obj" or "wwwroot" or "Properties")).ToList();
        var sources = folders.ToDictionary(folder => folder, folder => Directory
            .EnumerateFiles(Path.Combine(directory, folder), "*.cs", SearchOption.AllDirectories)
            // Function-style harness templates are data written into sandboxes, not the worker's code.
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}Harnesses{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList());
        var types = sources.ToDictionary(entry => entry.Key,
            entry => entry.Value.SelectMany(source => TypeDeclaration().Matches(source).Select(m => m.Groups[1].Value)).ToHashSet());
        var actual = folders.ToDictionary(folder => folder, folder => folders
            .Where(other => other != folder && sources[folder].Any(source => Uses(source, project, other, types[other])))
            .ToHashSet());
        AssertDrawnAndAcyclic(project, actual);
    }

    /// <summary>
    /// Whether <paramref name="source"/> imports the folder's namespace or names one of its <paramref name="types"/>
    /// through it; a folder's name alone is no use (the API's Grpc folder is not the Grpc.Core namespace).
    /// </summary>
    private static bool Uses(string source, string project, string folder, HashSet<string> types) =>
        Regex.IsMatch(source, $@"using\s+{Regex.Escape(project)}\.{folder}\s*;")
        || Regex.IsMatch(source, $@"(?<![\w.]){Regex.Escape(project)}\.{folder}\.")
        || (types.Count > 0 && Regex.IsMatch(source, $@"(?<![\w.]){folder}\.({string.Join('|', types)})\b"));

    private static void AssertDrawnAndAcyclic(string room, Dictionary<string, HashSet<string>> actual)
    {
        var drawn = Drawn(room);
        var inCode = Arrows(actual);
        var onPage = Arrows(drawn);
        var undrawn = inCode.Except(onPage).ToList();
        var gone = onPage.Except(inCode).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(undrawn.Concat(gone), Is.Empty,
                $"docs/architecture.md, block 'rooms:{room}', must draw exactly the arrows of the code; " +
                $"in the code but not drawn: [{string.Join("; ", undrawn)}]; drawn but not in the code: [{string.Join("; ", gone)}]");
            Assert.That(Cycle(actual), Is.Null, $"a cycle between the rooms of {room}");
        });
    }

    private static List<string> Arrows(Dictionary<string, HashSet<string>> graph) =>
        graph.SelectMany(entry => entry.Value.Select(to => $"{entry.Key} -> {to}")).Order(StringComparer.Ordinal).ToList();

    /// <summary>The arrows of the fenced block after <c>&lt;!-- rooms:NAME --&gt;</c>: lines "A -> B, C".</summary>
    private static Dictionary<string, HashSet<string>> Drawn(string room)
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "architecture.md"));
        var marker = text.IndexOf($"<!-- rooms:{room} -->", StringComparison.Ordinal);
        Assert.That(marker, Is.GreaterThanOrEqualTo(0), $"docs/architecture.md has no block 'rooms:{room}'");
        var start = text.IndexOf("```", marker, StringComparison.Ordinal);
        var end = text.IndexOf("```", text.IndexOf('\n', start) + 1, StringComparison.Ordinal);
        return text[start..end].Split('\n').Select(line => ArrowLine().Match(line)).Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet());
    }

    /// <summary>One cycle of <paramref name="graph"/> as "A -> B -> A", or null when it has none.</summary>
    private static string? Cycle(Dictionary<string, HashSet<string>> graph)
    {
        var done = new HashSet<string>();
        var path = new List<string>();
        string? Visit(string node)
        {
            if (path.IndexOf(node) is var at and >= 0)
            {
                return string.Join(" -> ", path.Skip(at).Append(node));
            }
            if (!done.Add(node))
            {
                return null;
            }
            path.Add(node);
            foreach (var next in (graph.GetValueOrDefault(node) ?? []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }
            path.RemoveAt(path.Count - 1);
            return null;
        }
        return graph.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(cycle => cycle is not null);
    }

    [GeneratedRegex(@"\b(?:class|record|interface|enum|struct)\s+(\w+)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"^\s*([\w.]+)\s*->\s*(.*)$")]
    private static partial Regex ArrowLine();
}
