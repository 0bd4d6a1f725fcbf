using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Judge.Cli;
using Judge.Cli.Packages;

var address = Environment.GetEnvironmentVariable("JUDGE_API") ?? "http://127.0.0.1:50051";
// The development key that `./judge up` configures; any real deployment has its own keys.
var apiKey = Environment.GetEnvironmentVariable("JUDGE_API_KEY") is { Length: > 0 } key ? key : "judge-dev-key";
using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { MaxReceiveMessageSize = 64 << 20 });
var invoker = channel.Intercept(metadata =>
{
    metadata.Add("x-api-key", apiKey);
    return metadata;
});
var commands = new Commands(invoker, Console.Out);
try
{
    return await commands.RunAsync(args);
}
catch (RpcException e)
{
    Console.Error.WriteLine($"{e.StatusCode}: {e.Status.Detail}" +
        (e.StatusCode == StatusCode.Unavailable ? $" (the API at {address}: is it up? JUDGE_API sets the address)" : ""));
    return 1;
}
catch (PackageException e)
{
    Console.Error.WriteLine($"bad package: {e.Message}");
    return 2;
}
