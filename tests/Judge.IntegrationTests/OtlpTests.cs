using System.Collections.Concurrent;
using Judge.Contracts.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Judge.IntegrationTests;

/// <summary>
/// With OTEL_EXPORTER_OTLP_ENDPOINT set, a worker process pushes its metrics and spans over OTLP (HTTP/protobuf here):
/// a listener on 127.0.0.1 in place of a collector records what arrives.
/// </summary>
[NonParallelizable]
public class OtlpTests
{
    [Test]
    public async Task A_worker_exports_metrics_and_spans_over_otlp_when_an_endpoint_is_configured()
    {
        var received = new ConcurrentBag<(string Path, string? ContentType, long Bytes)>();
        var collector = WebApplication.CreateSlimBuilder();
        collector.WebHost.UseUrls("http://127.0.0.1:0");
        collector.Logging.ClearProviders();
        await using var app = collector.Build();
        app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Add((context.Request.Path, context.Request.ContentType, body.Length));
            return Results.Ok();
        });
        await app.StartAsync();
        var endpoint = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        await using var judge = await JudgeHarness.StartAsync(workers: 0);
        using var ops = new OpsEndpoint();
        await using var worker = judge.StartWorkerProcess(new Dictionary<string, string?>(ops.Settings)
        {
            ["Worker:Languages:0"] = "python",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
        await ops.WaitForAsync("/healthz/ready", 200, TimeSpan.FromMinutes(2));
        await judge.Problems.PutAsync("otlp", [ProblemTest.Text("1 2\n", "3\n")]);
        var final = await judge.Judge.JudgeAsync("otlp", "python", Programs.Get("python", "sum"));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!(received.Any(r => r.Path == "/v1/metrics") && received.Any(r => r.Path == "/v1/traces")) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        Assert.Multiple(() =>
        {
            Assert.That(final.Verdict, Is.EqualTo(Verdict.Accepted));
            Assert.That(received.Where(r => r.Path == "/v1/metrics"), Is.Not.Empty, "metrics pushed");
            Assert.That(received.Where(r => r.Path == "/v1/traces"), Is.Not.Empty, "the judgment's spans pushed");
            Assert.That(received.Select(r => r.ContentType).Distinct(), Is.EqualTo(new[] { "application/x-protobuf" }));
            Assert.That(received.All(r => r.Bytes > 0), Is.True);
        });
    }
}
