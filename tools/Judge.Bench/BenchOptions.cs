namespace Judge.Bench;

/// <summary>What to measure and how much of it; parsed from the command line.</summary>
internal sealed record BenchOptions
{
    public static readonly string[] AllSections = ["overhead", "latency", "throughput", "compile", "cpu", "datapath", "functions", "parallel", "interactive", "similarity"];

    /// <summary>Operations drills, run only when named with --only: worker processes scaled and killed; a retention soak.</summary>
    public static readonly string[] Drills = ["scaling", "soak"];

    public IReadOnlyList<string> Sections { get; init; } = AllSections;

    /// <summary>Empty: every language in the table.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public int OverheadTests { get; init; } = 200;
    public int OverheadSubmissions { get; init; } = 3;
    public int ExecRuns { get; init; } = 200;
    public int DockerRuns { get; init; } = 50;
    public int LatencyRuns { get; init; } = 15;
    public int LatencyTests { get; init; } = 20;
    public int ThroughputSubmissions { get; init; } = 40;
    public IReadOnlyList<int> Workers { get; init; } = [1, 2, 4];
    public int WorkerConcurrency { get; init; } = 1;
    public int Compiles { get; init; } = 10;
    public int CpuRuns { get; init; } = 20;
    public double CpuSeconds { get; init; } = 1;

    /// <summary>Tests of the data-path problem.</summary>
    public int DataPathTests { get; init; } = 8;

    /// <summary>Input of each data-path test, MiB (the expected output is about half).</summary>
    public int DataPathMiB { get; init; } = 12;

    /// <summary>Timed rounds of the data-path section; the table reports their median.</summary>
    public int DataPathRuns { get; init; } = 3;
    public string Output { get; init; } = "bench-results.json";

    /// <summary>Timed submissions per language and solution in the functions section, median reported.</summary>
    public int FunctionRuns { get; init; } = 3;

    /// <summary>Query/answer round trips of the interactive section.</summary>
    public int InteractiveRoundTrips { get; init; } = 100_000;

    /// <summary>Tests of the A+B problem in the parallel section.</summary>
    public int ParallelSumTests { get; init; } = 200;

    /// <summary>Tests of the CPU-bound problem in the parallel section.</summary>
    public int ParallelBurnTests { get; init; } = 20;

    /// <summary>CPU time each test of the CPU-bound problem aims at, ms.</summary>
    public int ParallelTestMs { get; init; } = 100;

    /// <summary>Timed submissions per problem and setting in the parallel section, median reported.</summary>
    public int ParallelRuns { get; init; } = 5;

    /// <summary>Worker processes per burst of the scaling drill (then a burst with 3, one of them killed).</summary>
    public IReadOnlyList<int> ScalingWorkers { get; init; } = [1, 2, 3];

    /// <summary>Submissions per burst of the scaling drill.</summary>
    public int ScalingSubmissions { get; init; } = 60;

    /// <summary>Submissions of the retention soak.</summary>
    public int SoakSubmissions { get; init; } = 5000;

    /// <summary>How long the soak's finished submissions are kept (Retention:Submissions) before Redis is measured again.</summary>
    public TimeSpan SoakRetention { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The similarity corpus; null: tools/similarity-corpus.</summary>
    public string? SimilarityCorpus { get; init; }

    /// <summary>Submissions of one problem indexed before the similarity section times a query.</summary>
    public int SimilarityIndexSize { get; init; } = 10_000;

    /// <summary>The detector's parameters; null: its defaults (Judge.Similarity.SimilarityParameters).</summary>
    public int? SimilarityK { get; init; }
    public int? SimilarityWindow { get; init; }
    public double? SimilarityThreshold { get; init; }

    /// <summary>The native parser built by Judge.Similarity/Native/build.</summary>
    public string TreeSitterLibrary { get; init; } = "/var/lib/judge/tree-sitter/current/libjudge-tree-sitter.so";

    public bool Runs(string section) => Sections.Contains(section);

    public const string Usage = """
        usage: ./judge bench [LANGUAGE...] [--only SECTION,...] [sizes]

        sections (default: all): overhead, latency, throughput, compile, cpu, datapath, functions, parallel, interactive, similarity
        drills (only with --only; LANGUAGE picks the language, python if none):
          scaling   bursts judged by 1, 2, 3 worker processes, then 3 with one killed mid-burst; queue gauges sampled
          soak      SUBMITs with a short retention: Redis's memory and keys before, at the peak, after expiry
          --only overhead,latency     run only these sections
          --languages cpp,python      same as listing languages (default: all)
        sizes:
          --overhead-tests N          tests of the C++ A+B problem in the overhead section (200)
          --overhead-submissions N    timed submissions of that problem through the worker (3)
          --exec-runs N               docker exec per test, runs (200)
          --docker-runs N             docker run per test, runs (50)
          --latency-runs N            submissions per language and mode (15)
          --latency-tests N           tests of the SUBMIT problem (20; RUN judges its 1 sample)
          --throughput N              submissions per worker configuration (40)
          --workers 1,2,4             worker hosts per throughput configuration
          --worker-concurrency N      submissions each worker host judges at once (1)
          --compiles N                compiles per language, each in a fresh sandbox (10)
          --cpu-runs N                runs of the CPU burner, alone and with the other core busy (20)
          --cpu-seconds S             CPU time the burner aims at (1)
          --datapath-tests N          tests of the data-path problem (8)
          --datapath-mib N            input MiB per data-path test; the output is about half (12)
          --datapath-runs N           timed rounds of the data path, median reported (3)
          --function-runs N           timed submissions per language and solution in functions, median reported (3)
          --interactive-round-trips N query/answer round trips in interactive (100000)
          --parallel-sum-tests N      tests of the A+B problem in parallel (200)
          --parallel-burn-tests N     tests of the CPU-bound problem in parallel (20)
          --parallel-test-ms N        CPU time each CPU-bound test aims at, ms (100)
          --parallel-runs N           timed submissions per problem and ParallelTests setting, median reported (5)
          --scaling-workers 1,2,3     worker processes per burst of the scaling drill
          --scaling N                 submissions per burst of the scaling drill (60)
          --soak N                    submissions of the soak (5000)
          --soak-retention S          seconds the soak's finished submissions are kept (30)
          --similarity-corpus DIR     the similarity corpus (tools/similarity-corpus; its README gives the layout)
          --similarity-index N        submissions of one problem indexed before a query is timed (10000)
          --similarity-k N            k-gram length, tokens; --similarity-window N: winnowing window; --similarity-threshold X
          --tree-sitter FILE          the native parser (/var/lib/judge/tree-sitter/current/libjudge-tree-sitter.so)
          --output FILE               JSON results (bench-results.json)
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var languages = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                languages.Add(arg);
                continue;
            }
            var equals = arg.IndexOf('=');
            var name = equals < 0 ? arg : arg[..equals];
            string Value() => equals >= 0 ? arg[(equals + 1)..]
                : i + 1 < args.Count ? args[++i]
                : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--only" => options with { Sections = ParseSections(Value()) },
                "--similarity-corpus" => options with { SimilarityCorpus = Value() },
                "--similarity-k" => options with { SimilarityK = Positive(name, Value()) },
                "--similarity-window" => options with { SimilarityWindow = Positive(name, Value()) },
                "--similarity-threshold" => options with { SimilarityThreshold = double.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--similarity-index" => options with { SimilarityIndexSize = Positive(name, Value()) },
                "--tree-sitter" => options with { TreeSitterLibrary = Value() },
                "--languages" => options with { Languages = List(Value()) },
                "--overhead-tests" => options with { OverheadTests = Positive(name, Value()) },
                "--overhead-submissions" => options with { OverheadSubmissions = Positive(name, Value()) },
                "--exec-runs" => options with { ExecRuns = Positive(name, Value()) },
                "--docker-runs" => options with { DockerRuns = Positive(name, Value()) },
                "--latency-runs" => options with { LatencyRuns = Positive(name, Value()) },
                "--latency-tests" => options with { LatencyTests = Positive(name, Value()) },
                "--throughput" => options with { ThroughputSubmissions = Positive(name, Value()) },
                "--workers" => options with { Workers = List(Value()).Select(w => Positive(name, w)).ToArray() },
                "--worker-concurrency" => options with { WorkerConcurrency = Positive(name, Value()) },
                "--compiles" => options with { Compiles = Positive(name, Value()) },
                "--cpu-runs" => options with { CpuRuns = Positive(name, Value()) },
                "--cpu-seconds" => options with { CpuSeconds = double.Parse(Value(), System.Globalization.CultureInfo.InvariantCulture) },
                "--datapath-tests" => options with { DataPathTests = Positive(name, Value()) },
                "--datapath-mib" => options with { DataPathMiB = Positive(name, Value()) },
                "--datapath-runs" => options with { DataPathRuns = Positive(name, Value()) },
                "--function-runs" => options with { FunctionRuns = Positive(name, Value()) },
                "--interactive-round-trips" => options with { InteractiveRoundTrips = Positive(name, Value()) },
                "--parallel-sum-tests" => options with { ParallelSumTests = Positive(name, Value()) },
                "--parallel-burn-tests" => options with { ParallelBurnTests = Positive(name, Value()) },
                "--parallel-test-ms" => options with { ParallelTestMs = Positive(name, Value()) },
                "--parallel-runs" => options with { ParallelRuns = Positive(name, Value()) },
                "--scaling-workers" => options with { ScalingWorkers = List(Value()).Select(w => Positive(name, w)).ToArray() },
                "--scaling" => options with { ScalingSubmissions = Positive(name, Value()) },
                "--soak" => options with { SoakSubmissions = Positive(name, Value()) },
                "--soak-retention" => options with { SoakRetention = TimeSpan.FromSeconds(Positive(name, Value())) },
                "--output" => options with { Output = Value() },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }
        return languages.Count > 0 ? options with { Languages = options.Languages.Concat(languages).ToArray() } : options;
    }

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string[] ParseSections(string value)
    {
        var sections = List(value);
        var unknown = sections.Except(AllSections).Except(Drills).ToArray();
        return unknown.Length == 0 ? sections : throw new ArgumentException($"unknown section(s): {string.Join(", ", unknown)}");
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, out var n) && n > 0 ? n : throw new ArgumentException($"{name} wants a positive whole number, not '{value}'");
}
