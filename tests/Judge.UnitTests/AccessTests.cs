using System.Security.Cryptography;
using System.Text;
using Judge.Api.Access;
using Microsoft.Extensions.Options;

namespace Judge.UnitTests;

public class AccessTests
{
    private static string Sha256(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static AccessOptions Options(params ApiKeyOptions[] keys) => new() { Keys = [.. keys] };

    private static ApiKeyOptions Key(string name, string key, params string[] roles) =>
        new() { Name = name, Sha256 = Sha256(key), Roles = [.. roles] };

    [Test]
    public void A_key_is_found_by_its_hash_and_brings_its_name_and_roles()
    {
        var registry = new ApiKeyRegistry(Microsoft.Extensions.Options.Options.Create(Options(
            Key("pipeline", "secret-1", Roles.Submitter),
            Key("admin", "secret-2", Roles.ProblemAdmin, Roles.Submitter))));
        Assert.Multiple(() =>
        {
            Assert.That(registry.Authenticate("secret-1")!.Name, Is.EqualTo("pipeline"));
            Assert.That(registry.Authenticate("secret-2")!.Roles, Is.EquivalentTo(new[] { Roles.ProblemAdmin, Roles.Submitter }));
            Assert.That(registry.Authenticate("secret-3"), Is.Null);
            Assert.That(registry.Authenticate("secret-1 "), Is.Null);
            Assert.That(registry.Authenticate(""), Is.Null);
        });
    }

    [Test]
    public void A_hash_in_upper_or_lower_case_hex_is_accepted()
    {
        var key = Key("pipeline", "secret", Roles.Submitter);
        key.Sha256 = key.Sha256.ToLowerInvariant();
        var registry = new ApiKeyRegistry(Microsoft.Extensions.Options.Options.Create(Options(key)));
        Assert.That(registry.Authenticate("secret"), Is.Not.Null);
    }

    public static IEnumerable<TestCaseData> BadOptions()
    {
        yield return new TestCaseData(Options(), "configure at least one API key").SetName("no keys");
        yield return new TestCaseData(Options(Key("a:b", "k", Roles.Submitter)), "Name must be").SetName("name with a colon");
        yield return new TestCaseData(Options(new ApiKeyOptions { Name = "a", Sha256 = "judge-dev-key", Roles = [Roles.Submitter] }), "Sha256 must be the 64 hex digits").SetName("a plain key instead of a hash");
        yield return new TestCaseData(Options(Key("a", "k")), "Roles must list").SetName("no roles");
        yield return new TestCaseData(Options(Key("a", "k", "root")), "Roles must list").SetName("unknown role");
        yield return new TestCaseData(Options(Key("a", "k", Roles.Submitter), Key("a", "l", Roles.Submitter)), "the name 'a' is used by more than one key").SetName("duplicate name");
        yield return new TestCaseData(Options(Key("a", "k", Roles.Submitter), Key("b", "k", Roles.Submitter)), "have the same hash").SetName("duplicate key");
    }

    [TestCaseSource(nameof(BadOptions))]
    public void Bad_key_configuration_fails_at_start(AccessOptions options, string message)
    {
        var result = new AccessOptionsValidator().Validate(null, options);
        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain(message));
    }

    [Test]
    public void Good_key_configuration_passes() =>
        Assert.That(new AccessOptionsValidator().Validate(null, Options(Key("a", "k", Roles.Submitter, Roles.ProblemAdmin))), Is.EqualTo(ValidateOptionsResult.Success));
}
