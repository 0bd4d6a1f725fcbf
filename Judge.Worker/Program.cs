using Judge.Worker;

var builder = Host.CreateApplicationBuilder(args);
builder.AddJudgeWorker();

var host = builder.Build();
await host.RunAsync();
