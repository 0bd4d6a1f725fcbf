using System.Globalization;
using System.Text;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Judge.Bench;

public sealed record InteractiveFigures(string Method, string Cores, int RoundTrips, double MicrosecondsPerRoundTrip, double Ratio, string How);

/// <summary>
/// Query/answer round trips between two small C programs (<see cref="PingPongSource"/>: one writes "?\n" and waits for
/// "!\n", the other answers), through the judge (the program's sandbox and the interactor's, two named pipes between
/// them: <see cref="InteractionPipes"/>, EXEC_PIPED) and through a plain pipe between the same two programs in one
/// container, with both processes on one core and then on any; timed by the asking program itself.
/// </summary>
internal sealed class InteractiveBenchmark(DockerSandboxFactory factory, WarmUpSpecs specs, IOptions<LanguageTable> languages)
{
    private const string Language = "cpp";
    public const double TargetRatio = 1.5;

    public const string PingPongSource = """
        #include <stdio.h>
        #include <stdlib.h>
        #include <string.h>
        #include <sys/wait.h>
        #include <time.h>
        #include <unistd.h>

        static void exchange(int fd, const char *what, int write_it) {
            char buffer[2];
            size_t done = 0;
            while (done < 2) {
                ssize_t n = write_it ? write(fd, what + done, 2 - done) : read(fd, buffer + done, 2 - done);
                if (n <= 0) exit(3);
                done += (size_t)n;
            }
        }

        static void ask(int in, int out, long n) {
            struct timespec start, end;
            clock_gettime(CLOCK_MONOTONIC, &start);
            for (long i = 0; i < n; i++) {
                exchange(out, "?\n", 1);
                exchange(in, NULL, 0);
            }
            clock_gettime(CLOCK_MONOTONIC, &end);
            double us = (end.tv_sec - start.tv_sec) * 1e6 + (end.tv_nsec - start.tv_nsec) / 1e3;
            fprintf(stderr, "%.4f\n", us / n);
        }

        static void answer(int in, int out, long n) {
            for (long i = 0; i < n; i++) {
                exchange(in, NULL, 0);
                exchange(out, "!\n", 1);
            }
        }

        int main(int argc, char **argv) {
            if (argc != 3) return 2;
            long n = atol(argv[2]);
            if (!strcmp(argv[1], "ask")) ask(0, 1, n);
            else if (!strcmp(argv[1], "answer")) answer(0, 1, n);
            else if (!strcmp(argv[1], "pair")) {
                int questions[2], answers[2];
                if (pipe(questions) || pipe(answers)) return 4;
                pid_t pid = fork();
                if (pid == 0) {
                    answer(questions[0], answers[1], n);
                    _exit(0);
                }
                ask(answers[0], questions[1], n);
                int status;
                waitpid(pid, &status, 0);
            } else return 2;
            return 0;
        }
        """;

    public async Task<List<InteractiveFigures>> MeasureAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var language = languages.Value[Language];
        await using var program = await factory.CreateAsync(specs[Language], SandboxRole.Candidate, cancellationToken);
        await using var interactor = await factory.CreateAsync(specs[Language], SandboxRole.Checker, cancellationToken);
        foreach (var sandbox in new[] { program, interactor })
        {
            await sandbox.WriteFileAsync("/w/pingpong.c", Encoding.ASCII.GetBytes(PingPongSource), Convert.ToInt32("644", 8), cancellationToken);
            await BenchRequests.RunOkAsync(sandbox, BenchRequests.Run(language, ["/usr/bin/gcc", "-O2", "-static", "-o", "/w/pingpong", "/w/pingpong.c"], []), cancellationToken);
        }
        var n = options.InteractiveRoundTrips.ToString(CultureInfo.InvariantCulture);
        var rows = new List<InteractiveFigures>();
        var allCores = $"0-{Environment.ProcessorCount - 1}";
        foreach (var cores in new[] { "0", allCores })
        {
            await program.SetCpusAsync(cores, cancellationToken);
            await interactor.SetCpusAsync(cores, cancellationToken);
            Console.Error.WriteLine($"interactive: {n} round trips on cores {cores}, a plain pipe and through the judge");
            var plain = Microseconds(await BenchRequests.RunOkAsync(program, BenchRequests.Run(language, ["/w/pingpong", "pair", n], []), cancellationToken));
            double judged;
            using (var pipes = InteractionPipes.Create(program.HostOutputDirectory, interactor.HostOutputDirectory))
            {
                var answering = BenchRequests.RunOkAsync(interactor, BenchRequests.Run(language, ["/w/pingpong", "answer", n], []) with { Pipe = pipes.ForInteractor }, cancellationToken);
                var asking = BenchRequests.RunOkAsync(program, BenchRequests.Run(language, ["/w/pingpong", "ask", n], []) with { Pipe = pipes.ForProgram }, cancellationToken);
                judged = Microseconds(await asking);
                await answering;
            }
            var on = cores == "0" ? "one core" : $"any of {Environment.ProcessorCount}";
            rows.Add(new InteractiveFigures("plain pipe, one container", on, options.InteractiveRoundTrips, plain, 1, "fork; pipe() both ways"));
            rows.Add(new InteractiveFigures("through the judge", on, options.InteractiveRoundTrips, judged, judged / plain,
                "program's sandbox and interactor's sandbox, two named pipes, EXEC_PIPED on each runner"));
        }
        return rows;
    }

    private static double Microseconds(ExecResult run) =>
        double.Parse(Encoding.ASCII.GetString(run.Stderr).Trim(), CultureInfo.InvariantCulture);

    public static MarkdownTable Table(IReadOnlyList<InteractiveFigures> rows)
    {
        var table = new MarkdownTable("Interactive: query/answer round trips between two C programs, timed by the asking one",
            "method", "cores", "round trips", "µs per round trip", "vs plain pipe", "how", "target");
        foreach (var r in rows)
        {
            var target = r.Method == "through the judge" && r.Cores == "one core" ? Target.AtMost(r.Ratio, TargetRatio, $"<= {TargetRatio:0.0}x") : "";
            table.Row(r.Method, r.Cores, r.RoundTrips, r.MicrosecondsPerRoundTrip, $"{r.Ratio:0.00}x", r.How, target);
        }
        return table;
    }
}
