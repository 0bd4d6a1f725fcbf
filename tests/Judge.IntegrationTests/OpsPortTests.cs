using System.Net;
using System.Security.Cryptography;
using Judge.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Judge.IntegrationTests;

/// <summary>
/// With an ops endpoint configured, the port a request arrives on decides what it reaches: /metrics and /healthz only
/// on the ops port, whatever Host header is sent, and nothing else there.
/// </summary>
[NonParallelizable]
public class OpsPortTests
{
    [Test]
    public async Task Metrics_and_health_answer_on_the_ops_port_only_and_the_ops_port_serves_nothing_else()
    {
        using var ops = new OpsEndpoint();
        using var web = new OpsEndpoint();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = JudgeHarness.RedisAddress,
            ["Redis:KeyPrefix"] = $"judgetest:{Guid.NewGuid():N}:",
            ["Access:Keys:0:Name"] = "submitter",
            ["Access:Keys:0:Sha256"] = Convert.ToHexStringLower(SHA256.HashData("ops-test-key"u8)),
            ["Access:Keys:0:Roles:0"] = "submitter",
            ["Assessments:SigningKey"] = JudgeHarness.SigningKey,
            ["Kestrel:Endpoints:Web:Url"] = web.Url,
            ["Kestrel:Endpoints:Web:Protocols"] = "Http1",
            ["Kestrel:Endpoints:Ops:Url"] = ops.Url,
            ["Kestrel:Endpoints:Ops:Protocols"] = "Http1",
        });
        builder.AddJudgeApi();
        await using var api = builder.Build();
        api.MapJudgeApi();
        await api.StartAsync();
        using var http = new HttpClient();

        async Task<HttpStatusCode> GetAsync(string url, string? host = null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (host is not null)
            {
                request.Headers.Host = host;
            }
            using var response = await http.SendAsync(request);
            return response.StatusCode;
        }

        var results = new Dictionary<string, HttpStatusCode>
        {
            ["ops /metrics"] = await GetAsync(ops.Url + "/metrics"),
            ["ops /healthz/ready"] = await GetAsync(ops.Url + "/healthz/ready"),
            ["ops /healthz/live"] = await GetAsync(ops.Url + "/healthz/live"),
            ["ops / (the IDE)"] = await GetAsync(ops.Url + "/"),
            ["web /metrics"] = await GetAsync(web.Url + "/metrics"),
            ["web /healthz/ready"] = await GetAsync(web.Url + "/healthz/ready"),
            ["web /metrics, Host of the ops port"] = await GetAsync(web.Url + "/metrics", $"127.0.0.1:{ops.Port}"),
            ["web /healthz/live, Host of the ops port"] = await GetAsync(web.Url + "/healthz/live", $"anything:{ops.Port}"),
        };
        await api.StopAsync();

        Assert.That(results, Is.EqualTo(new Dictionary<string, HttpStatusCode>
        {
            ["ops /metrics"] = HttpStatusCode.OK,
            ["ops /healthz/ready"] = HttpStatusCode.OK,
            ["ops /healthz/live"] = HttpStatusCode.OK,
            ["ops / (the IDE)"] = HttpStatusCode.NotFound,
            ["web /metrics"] = HttpStatusCode.NotFound,
            ["web /healthz/ready"] = HttpStatusCode.NotFound,
            ["web /metrics, Host of the ops port"] = HttpStatusCode.NotFound,
            ["web /healthz/live, Host of the ops port"] = HttpStatusCode.NotFound,
        }));
    }
}
