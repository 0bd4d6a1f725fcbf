using Judge.Api;

var builder = WebApplication.CreateBuilder(args);
builder.AddJudgeApi();

var app = builder.Build();
app.MapJudgeApi();
app.Run();

/// <summary>Visible to the in-process test host.</summary>
public partial class Program;
