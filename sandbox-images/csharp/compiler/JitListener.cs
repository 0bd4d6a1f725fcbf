using System.Diagnostics.Tracing;

namespace Judge.Csc;

internal sealed class JitListener : EventListener
{
    public static readonly List<string> Methods = [];
    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10);
        }
    }
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName == "MethodJittingStarted_V1" && e.Payload is { } p)
        {
            lock (Methods) Methods.Add($"{p[4]}::{p[5]}");
        }
    }
}
