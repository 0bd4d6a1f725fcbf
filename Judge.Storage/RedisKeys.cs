using Judge.Contracts.V1;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Judge.Storage.Records;

namespace Judge.Storage;

/// <summary>Every Redis key and channel name Judge uses, in one place.</summary>
public sealed class RedisKeys(IOptions<RedisOptions> options)
{
    private readonly string _prefix = options.Value.KeyPrefix;

    /// <summary>The job stream that workers read through one consumer group.</summary>
    public RedisKey Jobs => _prefix + "jobs";

    /// <summary>Jobs that failed every attempt, kept for operators to inspect.</summary>
    public RedisKey DeadLetters => _prefix + "jobs:dead";

    /// <summary>The job one take of a worker got, kept a while so that a retried take returns it again.</summary>
    public RedisKey JobTaken(string token) => $"{_prefix}jobs:taken:{token}";

    /// <summary>Published after every enqueue so idle workers wake at once instead of polling.</summary>
    public RedisChannel JobsNotify => RedisChannel.Literal(_prefix + "jobs:notify");

    /// <summary>Every language a worker has served, by id: a hash of Language messages.</summary>
    public RedisKey Languages => _prefix + "languages";

    /// <summary>Base of a language's live workers' key (a sorted set: worker name, scored by expiry in ms); the id follows.</summary>
    public string LanguageWorkersBase => _prefix + "languages:workers:";

    public RedisKey LanguageWorkers(string languageId) => LanguageWorkersBase + languageId;

    public RedisKey Submission(string id) => SubmissionBase + id;

    public RedisKey SubmissionEvents(string id) => $"{_prefix}submission:{id}:events";

    public RedisChannel SubmissionChannel(string id) => RedisChannel.Literal($"{_prefix}submission:{id}");

    /// <summary>An idempotency key, scoped to the caller that sent it (owner names contain no ':').</summary>
    public RedisKey Idempotency(string owner, string key) => $"{_prefix}idempotency:{owner}:{key}";

    public RedisKey ProblemCurrentVersion(string problemId) => $"{_prefix}problem:{problemId}:current";

    public RedisKey ProblemVersionCounter(string problemId) => $"{_prefix}problem:{problemId}:versions";

    /// <summary>Base of a version's keys; the commit script appends the version number to it.</summary>
    public string ProblemVersionBase(string problemId) => $"{_prefix}problem:{problemId}:v";

    public RedisKey ProblemVersion(string problemId, uint version) => ProblemVersionBase(problemId) + version;

    /// <summary>Exists while a version is committed but not yet current (its solutions are being checked).</summary>
    public RedisKey ProblemVersionPending(string problemId, uint version) => ProblemVersion(problemId, version).Append(PendingSuffix);

    /// <summary>Appended to a version's key by the commit script to mark it pending.</summary>
    public const string PendingSuffix = ":pending";

    /// <summary>The version an upload became, kept a while so that a retried commit finds it.</summary>
    public RedisKey UploadCommit(string problemId, string uploadId) => $"{_prefix}problem:{problemId}:upload:{uploadId}";

    public static string TestDataSuffix(int index, TestDataPart part) =>
        $":t{index}:{(part == TestDataPart.Input ? "in" : "out")}";

    public RedisKey TestData(string problemId, uint version, int index, TestDataPart part) =>
        ProblemVersion(problemId, version).Append(TestDataSuffix(index, part));

    /// <summary>An assessment session: a hash of its StoredSession ("session") and, once ended early, when ("ended_at_ms").</summary>
    public RedisKey Session(string id) => $"{_prefix}session:{id}";

    /// <summary>A session's submissions, scored by creation time (ms since the epoch).</summary>
    public RedisKey SessionSubmissions(string id) => $"{_prefix}session:{id}:submissions";

    /// <summary>Exists while a session may not RUN again (one RUN per interval).</summary>
    public RedisKey SessionRunGate(string id) => $"{_prefix}session:{id}:run-gate";

    /// <summary>Exists while a session may not SUBMIT again (one SUBMIT per interval).</summary>
    public RedisKey SessionSubmitGate(string id) => $"{_prefix}session:{id}:submit-gate";

    /// <summary>Exists while a session may not save a draft again (one save per interval).</summary>
    public RedisKey SessionDraftGate(string id) => $"{_prefix}session:{id}:draft-gate";

    /// <summary>A session's submissions not yet known to be final: a set of ids, pruned when one is found final or gone.</summary>
    public RedisKey SessionInFlight(string id) => $"{_prefix}session:{id}:in-flight";

    /// <summary>A session's drafts: a hash of "{problem id}/{language}" to a Draft message.</summary>
    public RedisKey SessionDrafts(string id) => $"{_prefix}session:{id}:drafts";

    /// <summary>
    /// A session's recorded editing activity, oldest first: a list of "{at, ms since the epoch}:{ActivityEvent}" entries
    /// (the time on the server's clock, outside the message).
    /// </summary>
    public RedisKey SessionActivity(string id) => $"{_prefix}session:{id}:activity";

    /// <summary>The length (UTF-16 code units) of each editor's text as the recorded activity leaves it: a hash of "{problem id}/{language}" to a number.</summary>
    public RedisKey SessionEditorLengths(string id) => $"{_prefix}session:{id}:editor-lengths";

    /// <summary>A session's extensions, oldest first: a list of SessionExtension messages.</summary>
    public RedisKey SessionExtensions(string id) => $"{_prefix}session:{id}:extensions";

    /// <summary>The sessions one API key created: a sorted set of session ids scored by start (ms since the epoch).</summary>
    public RedisKey SessionsByCreator(string creator) => $"{_prefix}sessions:by-creator:{creator}";

    /// <summary>The sessions one API key created for one candidate, scored as <see cref="SessionsByCreator"/>.</summary>
    public RedisKey SessionsByCandidate(string creator, string candidateRef) => $"{_prefix}sessions:by-creator:{creator}:ref:{candidateRef}";

    /// <summary>A submission's hash key without its id, for scripts that look up ids they hold (the in-flight set).</summary>
    public string SubmissionBase => $"{_prefix}submission:";

    /// <summary>
    /// A problem's versions pinned by assessment sessions: a sorted set of version numbers, each scored by when its last pin
    /// ends (ms since the epoch). A version is not removed while pinned.
    /// </summary>
    public RedisKey ProblemPins(string problemId) => $"{_prefix}problem:{problemId}:pins";

    /// <summary>A problem's versions that the retention sweep found unreferenced: a hash of version number to since when (ms since the epoch).</summary>
    public RedisKey ProblemUnreferenced(string problemId) => $"{_prefix}problem:{problemId}:unreferenced";

    /// <summary>A SCAN pattern over keys under the prefix, e.g. "submission:*".</summary>
    public string Pattern(string tail) => _prefix + tail;

    /// <summary>A key's name without the prefix.</summary>
    public string Unprefixed(string key) => key[_prefix.Length..];

    /// <summary>Held for a while by the API replica that runs the retention sweep, so that replicas take turns.</summary>
    public RedisKey RetentionSweepLock => _prefix + "retention:sweep";

    /// <summary>Set once what was stored before retention existed has been given its expiry (see RetentionBackfill).</summary>
    public RedisKey RetentionBackfilled => _prefix + "retention:backfilled";

    /// <summary>SUBMITs of sessions waiting to be fingerprinted: a stream read by the workers' indexers as one consumer group.</summary>
    public RedisKey SimilarityQueue => _prefix + "similarity:queue";

    /// <summary>A SUBMIT's fingerprints (StoredPrint), expiring with the submission.</summary>
    public RedisKey SimilarityPrint(string submissionId) => $"{_prefix}similarity:print:{submissionId}";

    /// <summary>The SUBMITs of one key's sessions indexed for a problem and language family: a list of ids in indexing order.</summary>
    public RedisKey SimilarityGroup(string owner, string problemId, string family) => $"{_prefix}similarity:group:{owner}:{problemId}:{family}";

    /// <summary>One key's pairs of a problem: a sorted set of "a b" (ids) scored by similarity.</summary>
    public RedisKey SimilarityPairs(string owner, string problemId) => $"{_prefix}similarity:pairs:{owner}:{problemId}";

    /// <summary>One key's pairs of a problem with their matched lines: a hash of "a b" to StoredPair.</summary>
    public RedisKey SimilarityPairDetails(string owner, string problemId) => $"{_prefix}similarity:pair-details:{owner}:{problemId}";

    /// <summary>How many SUBMITs of each problem one key's sessions have had indexed: a hash of problem id to count.</summary>
    public RedisKey SimilarityIndexed(string owner) => $"{_prefix}similarity:indexed:{owner}";

    /// <summary>A SUBMIT's stored pairs: a sorted set of the other submission's id scored by similarity.</summary>
    public RedisKey SimilarityNear(string submissionId) => $"{_prefix}similarity:near:{submissionId}";

    public RedisKey Staging(string uploadId, int index, TestDataPart part) =>
        $"{_prefix}staging:{uploadId}{TestDataSuffix(index, part)}";
}
