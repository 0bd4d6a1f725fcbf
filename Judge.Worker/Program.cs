using Judge.Worker;
using Microsoft.Extensions.Configuration.Memory;

var builder = WebApplication.CreateBuilder(args);
// GET /metrics and /healthz/* on 127.0.0.1:9465 unless configuration says otherwise (Kestrel__Endpoints__Ops__Url).
// Here and not in appsettings.json, which test hosts share: only the worker process listens by default.
builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
{
    InitialData = new Dictionary<string, string?>
    {
        ["Kestrel:Endpoints:Ops:Url"] = "http://127.0.0.1:9465",
        ["Kestrel:Endpoints:Ops:Protocols"] = "Http1",
    },
});
builder.AddJudgeWorker();

var app = builder.Build();
app.MapJudgeWorker();
await app.RunAsync();
