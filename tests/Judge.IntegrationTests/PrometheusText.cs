using System.Globalization;
using System.Text.RegularExpressions;

namespace Judge.IntegrationTests;

/// <summary>A scrape in the Prometheus text format, as samples: metric name, labels, value.</summary>
public sealed partial class PrometheusText
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    private PrometheusText(IReadOnlyList<Sample> samples, string text)
    {
        Samples = samples;
        Text = text;
    }

    public IReadOnlyList<Sample> Samples { get; }

    /// <summary>The scrape as served, for failure messages.</summary>
    public string Text { get; }

    public IEnumerable<string> Names => Samples.Select(s => s.Name).Distinct();

    /// <summary>Samples of <paramref name="name"/> whose labels include every pair of <paramref name="labels"/> ("key=value").</summary>
    public IEnumerable<Sample> Find(string name, params string[] labels) =>
        Samples.Where(s => s.Name == name && labels.All(pair =>
        {
            var (key, value) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            return s.Labels.TryGetValue(key, out var actual) && actual == value;
        }));

    /// <summary>The sum over <see cref="Find"/>'s samples (0 when none).</summary>
    public double Sum(string name, params string[] labels) => Find(name, labels).Sum(s => s.Value);

    public static PrometheusText Parse(string text)
    {
        var samples = new List<Sample>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var match = SampleLine().Match(line);
            if (!match.Success)
            {
                throw new FormatException($"not a sample line: {line}");
            }
            var labels = LabelPair().Matches(match.Groups["labels"].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            var value = match.Groups["value"].Value switch
            {
                "+Inf" => double.PositiveInfinity,
                "-Inf" => double.NegativeInfinity,
                var number => double.Parse(number, CultureInfo.InvariantCulture),
            };
            samples.Add(new Sample(match.Groups["name"].Value, labels, value));
        }
        return new PrometheusText(samples, text);
    }

    /// <summary>GET <paramref name="url"/> (a /metrics endpoint) and parse it.</summary>
    public static async Task<PrometheusText> ScrapeAsync(HttpClient http, string url) =>
        Parse(await http.GetStringAsync(url));

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)(\s+\d+)?$")]
    private static partial Regex SampleLine();

    [GeneratedRegex(@"(\w+)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LabelPair();
}
