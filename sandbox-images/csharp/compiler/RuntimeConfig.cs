using System.Text.Json;

namespace Judge.Csc;

/// <summary>Writes PROGRAM.runtimeconfig.json, which tells the dotnet host which framework runs PROGRAM.dll.</summary>
internal static class RuntimeConfig
{
    public static void Write(string path)
    {
        var version = Environment.Version;
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartObject("runtimeOptions");
        json.WriteString("tfm", $"net{version.Major}.{version.Minor}");
        json.WriteStartObject("framework");
        json.WriteString("name", "Microsoft.NETCore.App");
        json.WriteString("version", version.ToString(3));
        json.WriteEndObject();
        json.WriteStartObject("configProperties");
        // No background GC thread: one CPU, a pids limit, and a short-lived program.
        json.WriteBoolean("System.GC.Concurrent", false);
        json.WriteBoolean("System.Globalization.Invariant", true);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
