using System.Text.Json;
using Judge.Domain.Functions;

namespace Judge.UnitTests;

/// <summary>
/// What adding a language takes (docs/languages.md): its entry in Judge.Worker/languages.json, its image under
/// sandbox-images/, and its conformance programs. These tests hold every entry of the table to that, so a new entry
/// that lacks a part fails here, in the fast tier, before any image is built.
/// </summary>
public class LanguageTableTests
{
    /// <summary>The behaviours every language must have a program for (tests/Judge.IntegrationTests/Conformance/README.md).</summary>
    private static readonly string[] Behaviours = ["sum", "wrong", "loop", "memory", "crash", "exit3", "syntax", "echo", "fastio"];

    private static readonly string Root = RepositoryRoot.Find();

    private static IEnumerable<TestCaseData> Entries()
    {
        using var table = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "Judge.Worker", "languages.json")));
        foreach (var entry in table.RootElement.GetProperty("Languages").EnumerateObject())
        {
            var family = entry.Value.TryGetProperty("Family", out var f) ? f.GetString()! : entry.Name;
            var image = entry.Value.GetProperty("Image").GetString()!;
            var harness = entry.Value.TryGetProperty("Function", out var function) ? function.GetProperty("Harness").GetString() : null;
            yield return new TestCaseData(entry.Name, family, image, harness).SetName($"The {entry.Name} entry has every part");
        }
    }

    [TestCaseSource(nameof(Entries))]
    public void An_entry_has_its_image_and_its_conformance_programs_and_its_function_support(string id, string family, string image, string? harness)
    {
        var programs = Path.Combine(Root, "tests", "Judge.IntegrationTests", "Conformance", family);
        Assert.Multiple(() =>
        {
            Assert.That(image, Does.StartWith("judge/sandbox-"), "images are named judge/sandbox-<folder>");
            Assert.That(File.Exists(Path.Combine(Root, "sandbox-images", image["judge/sandbox-".Length..], "Dockerfile")), Is.True,
                $"sandbox-images/ has no folder with a Dockerfile for {image} (sandbox-images/build builds every image the table names)");
            foreach (var behaviour in Behaviours)
            {
                Assert.That(Directory.Exists(programs) && Directory.GetFiles(programs, behaviour + ".*").Length == 1, Is.True,
                    $"Conformance/{family}/ has no single '{behaviour}' program for {id}");
            }
            if (harness is not null)
            {
                Assert.That(File.Exists(Path.Combine(Root, "Judge.Worker", harness)), Is.True, $"{id}'s harness template {harness} is missing");
                Assert.That(FunctionLanguages.Load().TryGet(family, out _), Is.True,
                    $"function-languages.json has no spelling for the family '{family}' of {id}");
            }
        });
    }
}
