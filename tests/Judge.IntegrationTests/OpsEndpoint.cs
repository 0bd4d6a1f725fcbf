using System.Net;
using System.Net.Sockets;

namespace Judge.IntegrationTests;

/// <summary>A worker process's ops port (GET /metrics, /healthz/*) on 127.0.0.1, and calls to it.</summary>
public sealed class OpsEndpoint : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public OpsEndpoint()
    {
        // A port free now; the worker binds it a moment later.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>Settings that put a worker's ops endpoint on this port.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Kestrel:Endpoints:Ops:Url"] = Url };

    public Task<PrometheusText> ScrapeAsync() => PrometheusText.ScrapeAsync(_http, Url + "/metrics");

    /// <summary>The status code and body of GET <paramref name="path"/>; 0 and the error while nothing listens.</summary>
    public async Task<(int Status, string Body)> GetAsync(string path)
    {
        try
        {
            using var response = await _http.GetAsync(Url + path);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException e)
        {
            return (0, e.Message);
        }
    }

    /// <summary>Polls GET <paramref name="path"/> until it answers <paramref name="status"/>; fails after <paramref name="timeout"/> with the last answer.</summary>
    public async Task<string> WaitForAsync(string path, int status, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var (actual, body) = await GetAsync(path);
            if (actual == status)
            {
                return body;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"GET {path} answered {actual} ({body}), not {status}, for {timeout.TotalSeconds:0} s");
            }
            await Task.Delay(250);
        }
    }

    public void Dispose() => _http.Dispose();
}
