using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Net.Client;
using Judge.Api;
using Judge.Contracts.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Judge.IntegrationTests;

/// <summary>
/// TLS comes from configuration alone, as the README says: a Kestrel endpoint with a PEM certificate
/// and key. The API then answers over TLS, and a plain-text client gets nowhere.
/// </summary>
[NonParallelizable]
public class TlsTests
{
    [Test]
    public async Task An_endpoint_with_a_certificate_in_configuration_serves_the_api_over_tls_only()
    {
        var directory = Directory.CreateTempSubdirectory("judge-tls-");
        try
        {
            using var certificate = SelfSignedCertificate();
            var certificatePath = Path.Combine(directory.FullName, "tls.crt");
            var keyPath = Path.Combine(directory.FullName, "tls.key");
            await File.WriteAllTextAsync(certificatePath, certificate.ExportCertificatePem());
            await File.WriteAllTextAsync(keyPath, certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
            var port = FreePort();

            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Redis:Configuration"] = JudgeHarness.RedisAddress,
                ["Redis:KeyPrefix"] = $"judgetest:{Guid.NewGuid():N}:",
                ["Access:Keys:0:Name"] = "submitter",
                ["Access:Keys:0:Sha256"] = Convert.ToHexStringLower(SHA256.HashData("tls-test-key"u8)),
                ["Access:Keys:0:Roles:0"] = "submitter",
                ["Assessments:SigningKey"] = JudgeHarness.SigningKey,
                ["Kestrel:Endpoints:Grpc:Url"] = $"https://127.0.0.1:{port}",
                ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
                ["Kestrel:Endpoints:Grpc:Certificate:Path"] = certificatePath,
                ["Kestrel:Endpoints:Grpc:Certificate:KeyPath"] = keyPath,
            });
            builder.AddJudgeApi();
            await using var api = builder.Build();
            api.MapJudgeApi();
            await api.StartAsync();

            using var tls = GrpcChannel.ForAddress($"https://127.0.0.1:{port}", new GrpcChannelOptions
            {
                HttpHandler = new SocketsHttpHandler
                {
                    SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented?.GetCertHashString() == certificate.GetCertHashString() },
                },
            });
            var headers = new Metadata { { "x-api-key", "tls-test-key" } };
            var languages = await new Contracts.V1.Judge.JudgeClient(tls).ListLanguagesAsync(new ListLanguagesRequest(), headers);

            using var plain = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
            var refused = Assert.ThrowsAsync<RpcException>(async () =>
                await new Contracts.V1.Judge.JudgeClient(plain).ListLanguagesAsync(new ListLanguagesRequest(), headers));
            Assert.Multiple(() =>
            {
                Assert.That(languages, Is.Not.Null, "the call over TLS was answered");
                Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.Unavailable).Or.EqualTo(StatusCode.Internal), "plain text gets no answer");
            });
            await api.StopAsync();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
