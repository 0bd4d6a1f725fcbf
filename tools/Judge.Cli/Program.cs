using Grpc.Core;
using Grpc.Net.Client;
using Judge.Cli;

var address = Environment.GetEnvironmentVariable("JUDGE_API") ?? "http://127.0.0.1:50051";
using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 << 20 });
var commands = new Commands(channel, Console.Out);
try
{
    return await commands.RunAsync(args);
}
catch (RpcException e)
{
    Console.Error.WriteLine($"{e.StatusCode}: {e.Status.Detail}");
    return 1;
}
