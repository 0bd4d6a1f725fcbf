using Google.Protobuf.WellKnownTypes;
using Judge.Contracts.V1;
using Judge.Domain.Functions;
using Judge.Similarity;
using Judge.Similarity.Comparison;
using Judge.Similarity.Fingerprints;
using Judge.Similarity.Parsing;
using Judge.Storage;
using Judge.Storage.Records;
using Judge.Worker.Options;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Integrity;

/// <summary>
/// Fingerprints each session's SUBMIT from the similarity queue, in the background of judging (its own loop, one entry
/// at a time, never on a judging path): store its print, compare it through its group's index with the SUBMITs of other
/// candidates indexed before it, and store the pairs at or above <see cref="SimilarityIndexerOptions.StoreThreshold"/>
/// for both sides. An entry is acknowledged only once all of that is stored; one left by a worker that died is taken
/// over after <see cref="SimilarityIndexerOptions.ClaimAfter"/>, and doing it again changes nothing.
/// </summary>
public sealed class SimilarityIndexer(
    SimilarityStore store,
    SubmissionStore submissions,
    SessionStore sessions,
    ProblemStore problems,
    LanguageRegistry languages,
    FunctionLanguages functionLanguages,
    SimilarityGroups groups,
    IOptions<SimilarityIndexerOptions> options,
    IOptions<WorkerOptions> worker,
    IOptions<RetentionOptions> retention,
    ILogger<SimilarityIndexer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }
        Fingerprinter fingerprinter;
        try
        {
            fingerprinter = new Fingerprinter(new TreeSitterLibrary(settings.Library),
                new SimilarityParameters(settings.K, settings.Window).Validated());
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            logger.LogError(e, "Similarity indexing is off: the parser {Library} did not load (build it with Judge.Similarity/Native/build)", settings.Library);
            return;
        }
        await store.EnsureGroupAsync(stoppingToken);
        var stubs = new StubPrints();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var entries = await store.TakeAsync(worker.Value.Name, 10, settings.ClaimAfter, stoppingToken);
                foreach (var entry in entries)
                {
                    if (entry.Deliveries > settings.MaxDeliveries)
                    {
                        // Handed out that often, it may be what stops its indexers (a program that crashes the parser):
                        // given up rather than passed on to the next worker.
                        logger.LogError("Similarity: {SubmissionId} was taken {Deliveries} times without being indexed; given up",
                            entry.SubmissionId, entry.Deliveries);
                    }
                    else
                    {
                        await IndexAsync(entry, fingerprinter, stubs, stoppingToken);
                    }
                    await store.DoneAsync(entry.EntryId, stoppingToken);
                }
                if (entries.Count == 0)
                {
                    await Task.Delay(settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Redis away (after the resilience pipeline's retries) or a bug: the entry stays pending and is taken
                // over after ClaimAfter; judging is unaffected.
                logger.LogError(e, "Similarity indexing failed; retrying");
                await Task.Delay(settings.PollInterval, stoppingToken);
            }
        }
    }

    private async Task IndexAsync(SimilarityStore.QueueEntry entry, Fingerprinter fingerprinter, StubPrints stubs, CancellationToken cancellationToken)
    {
        var submission = await submissions.FindEntryAsync(entry.SubmissionId, cancellationToken);
        var session = await sessions.FindAsync(entry.SessionId, cancellationToken);
        if (submission is null || session is null)
        {
            logger.LogInformation("Similarity: {SubmissionId} or its session {SessionId} expired before it was indexed", entry.SubmissionId, entry.SessionId);
            return;
        }
        var job = submission.Job;
        var language = await languages.FindAsync(job.Language, cancellationToken);
        var family = language is null || language.Family.Length == 0 ? job.Language : language.Family;
        if (!TreeSitterLibrary.Families.Contains(family))
        {
            logger.LogInformation("Similarity: no grammar for {Language}; {SubmissionId} is not indexed", job.Language, job.SubmissionId);
            return;
        }
        var key = (job.ProblemId, job.ProblemVersion, family);
        if (!stubs.TryGetValue(key, out var stub))
        {
            stub = fingerprinter.Stub(family, await StubAsync(job, family, cancellationToken));
            stubs.Add(key, stub);
        }
        ProgramPrint fingerprints;
        try
        {
            fingerprints = fingerprinter.Print(family, job.Source.Span, stub);
        }
        catch (UnparsableProgramException e)
        {
            logger.LogWarning("Similarity: {SubmissionId} is not indexed: {Reason}", job.SubmissionId, e.Message);
            return;
        }
        var print = new StoredPrint
        {
            SubmissionId = job.SubmissionId,
            SessionId = entry.SessionId,
            CandidateRef = session.Session.CandidateRef,
            Owner = session.Session.CreatedBy,
            ProblemId = job.ProblemId,
            Language = job.Language,
            Family = family,
            CreatedAt = job.CreatedAt,
        };
        foreach (var fingerprint in fingerprints.Fingerprints)
        {
            print.Hashes.Add(fingerprint.Hash);
            print.FirstLines.Add((uint)fingerprint.FirstLine);
            print.LastLines.Add((uint)fingerprint.LastLine);
        }
        var keep = retention.Value.Submissions;
        var place = await store.AddPrintAsync(print, keep, cancellationToken);
        var index = await groups.BeforeAsync(print, place, cancellationToken);
        var settings = options.Value;
        var closest = index.Closest(fingerprints, settings.StoreThreshold, settings.MaxPairsPerSubmission,
            other => other.CandidateRef != print.CandidateRef && other.SessionId != print.SessionId);
        foreach (var (other, otherPrint, similarity) in closest)
        {
            var pair = new StoredPair
            {
                A = other.SubmissionId,
                B = print.SubmissionId,
                Similarity = Math.Round(similarity, 4),
                SideA = Side(other),
                SideB = Side(print),
            };
            pair.Ranges.Add(PairComparer.Ranges(otherPrint, fingerprints).Select(r => new MatchedRange
            {
                FirstLine = (uint)r.FirstLine,
                LastLine = (uint)r.LastLine,
                OtherFirstLine = (uint)r.OtherFirstLine,
                OtherLastLine = (uint)r.OtherLastLine,
            }));
            await store.AddPairAsync(print.Owner, print.ProblemId, pair, keep, cancellationToken);
        }
        groups.Added(print, place, fingerprints);
        logger.LogDebug("Similarity: indexed {SubmissionId} ({Family}, {Fingerprints} fingerprints) at {Place}; {Pairs} pairs",
            job.SubmissionId, family, fingerprints.Hashes.Length, place, closest.Count);
    }

    /// <summary>A print without its fingerprints, as a pair keeps it.</summary>
    private static StoredPrint Side(StoredPrint print)
    {
        var side = print.Clone();
        side.Hashes.Clear();
        side.FirstLines.Clear();
        side.LastLines.Clear();
        return side;
    }

    /// <summary>The stub the candidate was shown: a function-style problem's, in the submission's family; else none.</summary>
    private async Task<string?> StubAsync(SubmissionJob job, string family, CancellationToken cancellationToken)
    {
        var problem = await problems.FindAsync(job.ProblemId, job.ProblemVersion, cancellationToken);
        if (problem?.Header.Signature is not { } signature)
        {
            return null;
        }
        return functionLanguages.StubFor(family, FunctionSignature.From(signature));
    }

    /// <summary>
    /// The stubs' prints by (problem, version, family): a session's SUBMITs share a few problems, so each stub is read
    /// and parsed once, not per SUBMIT. Bounded: emptied when full (a version's print never changes).
    /// </summary>
    private sealed class StubPrints
    {
        private const int MaxPrints = 512;
        private readonly Dictionary<(string Problem, ulong Version, string Family), StubPrint> _prints = [];

        public bool TryGetValue((string Problem, ulong Version, string Family) key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StubPrint? print) =>
            _prints.TryGetValue(key, out print);

        public void Add((string Problem, ulong Version, string Family) key, StubPrint print)
        {
            if (_prints.Count >= MaxPrints)
            {
                _prints.Clear();
            }
            _prints[key] = print;
        }
    }
}
