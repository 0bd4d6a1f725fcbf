using System.Globalization;
using Google.Protobuf;
using Judge.Api.Validation;
using Judge.Contracts.V1;
using Judge.Storage;
using Judge.Storage.Records;
using Microsoft.Extensions.Options;

namespace Judge.Api.Similarity;

/// <summary>
/// Similarity as the pipeline reads it (docs/similarity.md): a SUBMIT's closest matches for the session report, and a
/// problem's pairs and clusters for Assessments.GetSimilarity. A key reads only pairs of its own sessions' SUBMITs (the
/// indexer never pairs across keys); a pair whose submission has expired (created more than Retention:Submissions ago,
/// or its print gone) is left out.
/// </summary>
public sealed class SimilarityReader(SimilarityStore store, SubmissionStore submissions, ProblemStore problems, LanguageRegistry languages,
    IOptions<SimilarityReportOptions> options, IOptions<RetentionOptions> retention, TimeProvider clock)
{
    /// <summary>Pairs read to form clusters, at most.</summary>
    private const int ClusterPairs = 10_000;

    /// <summary>A SUBMIT's closest matches at or above the report threshold, most similar first, its side as "this".</summary>
    public async Task<IReadOnlyList<SimilarityMatch>> MatchesAsync(string owner, string problemId, string submissionId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var near = await store.NearAsync(submissionId, settings.ReportThreshold, settings.MatchesPerSubmission, cancellationToken);
        var pairs = await store.PairsWithAsync(owner, problemId, submissionId, near.Select(n => n.Other).ToList(), cancellationToken);
        var sides = await SidesAsync(pairs, cancellationToken);
        var matches = new List<SimilarityMatch>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            var other = pair.A == submissionId ? sides[i].B : sides[i].A;
            if (other is null || other.Owner != owner)
            {
                continue;
            }
            var match = new SimilarityMatch
            {
                SubmissionId = submissionId,
                OtherSubmissionId = other.SubmissionId,
                OtherSessionId = other.SessionId,
                OtherCandidateRef = other.CandidateRef,
                OtherLanguage = other.Language,
                Similarity = pair.Similarity,
                OtherCreatedAt = other.CreatedAt,
            };
            match.Ranges.Add(pair.A == submissionId ? pair.Ranges : pair.Ranges.Select(Swapped));
            matches.Add(match);
        }
        return matches.OrderByDescending(m => m.Similarity).ToList();
    }

    /// <summary>Assessments.GetSimilarity for <paramref name="owner"/>.</summary>
    /// <exception cref="Grpc.Core.RpcException">INVALID_ARGUMENT naming the field; NOT_FOUND (the problem).</exception>
    public async Task<SimilarityReport> ReportAsync(string owner, GetSimilarityRequest request, CancellationToken cancellationToken)
    {
        if (request.ProblemId.Length == 0)
        {
            throw Invalid.Argument("problem_id is required");
        }
        if (request.MinSimilarity is < 0 or > 1 || double.IsNaN(request.MinSimilarity))
        {
            throw Invalid.Argument($"min_similarity must be within 0..1, not {request.MinSimilarity.ToString(CultureInfo.InvariantCulture)}");
        }
        if (request.PageSize > 100)
        {
            throw Invalid.Argument($"page_size must be at most 100, not {request.PageSize}");
        }
        long skip = 0;
        if (request.PageToken.Length > 0 && (!long.TryParse(request.PageToken, NumberStyles.None, CultureInfo.InvariantCulture, out skip) || skip > int.MaxValue))
        {
            throw Invalid.Argument("page_token is not a next_page_token that GetSimilarity returned");
        }
        if (await problems.FindAsync(request.ProblemId, 0, cancellationToken) is null)
        {
            throw Invalid.NotFound($"problem_id: problem '{request.ProblemId}' does not exist");
        }
        string? family = null;
        if (request.Language.Length > 0)
        {
            var language = await languages.FindAsync(request.Language, cancellationToken)
                ?? throw Invalid.Argument($"language: '{request.Language}' is not a served language id");
            family = language.Family.Length > 0 ? language.Family : language.Id;
        }
        var minimum = request.MinSimilarity > 0 ? request.MinSimilarity : options.Value.ReportThreshold;
        var size = request.PageSize == 0 ? 20 : (int)request.PageSize;
        var report = new SimilarityReport
        {
            ProblemId = request.ProblemId,
            MinSimilarity = minimum,
            Indexed = (uint)await store.IndexedAsync(owner, request.ProblemId, cancellationToken),
            Pending = (uint)await store.PendingAsync(cancellationToken),
        };
        IReadOnlyList<StoredPair> page;
        if (request.SubmissionId.Length > 0)
        {
            var near = await store.NearAsync(request.SubmissionId, minimum, ClusterPairs, cancellationToken);
            page = (await store.PairsWithAsync(owner, request.ProblemId, request.SubmissionId,
                near.Skip((int)skip).Take(size + 1).Select(n => n.Other).ToList(), cancellationToken)).OrderByDescending(p => p.Similarity).ToList();
        }
        else
        {
            page = await store.PairsAsync(owner, request.ProblemId, minimum, skip, size + 1, cancellationToken);
        }
        var more = page.Count > size;
        var shown = page.Take(size).ToList();
        var sides = await SidesAsync(shown, cancellationToken);
        for (var i = 0; i < shown.Count; i++)
        {
            if (await PairViewAsync(owner, shown[i], sides[i], family, request.WithSources, cancellationToken) is { } view)
            {
                report.Pairs.Add(view);
            }
        }
        report.NextPageToken = more ? (skip + size).ToString(CultureInfo.InvariantCulture) : "";
        if (skip == 0 && request.SubmissionId.Length == 0)
        {
            report.Clusters.Add(await ClustersAsync(owner, request.ProblemId, minimum, family, cancellationToken));
        }
        return report;
    }

    /// <summary>
    /// Each pair's two sides (prints without fingerprints): as the pair stores them, or for pairs stored before sides
    /// were, the prints, read in one MGET; null for a side whose print has expired.
    /// </summary>
    private async Task<IReadOnlyList<(StoredPrint? A, StoredPrint? B)>> SidesAsync(IReadOnlyList<StoredPair> pairs, CancellationToken cancellationToken)
    {
        var missing = pairs.Where(p => p.SideA is null || p.SideB is null).SelectMany(p => new[] { p.A, p.B }).Distinct().ToList();
        var read = missing.Zip(await store.PrintsAsync(missing, cancellationToken)).ToDictionary(x => x.First, x => x.Second);
        var expired = clock.GetUtcNow() - retention.Value.Submissions;
        StoredPrint? Kept(StoredPrint? side) => side is not null && side.CreatedAt.ToDateTimeOffset() > expired ? side : null;
        return pairs.Select(p => p.SideA is not null && p.SideB is not null ? (Kept(p.SideA), Kept(p.SideB)) : (Kept(read[p.A]), Kept(read[p.B]))).ToList();
    }

    private async Task<SimilarityPair?> PairViewAsync(string owner, StoredPair pair, (StoredPrint? A, StoredPrint? B) sides, string? family, bool withSources, CancellationToken cancellationToken)
    {
        if (sides.A is not { } a || sides.B is not { } b || a.Owner != owner || b.Owner != owner || family is not null && a.Family != family)
        {
            return null;
        }
        var view = new SimilarityPair { A = await SideAsync(a, withSources, cancellationToken), B = await SideAsync(b, withSources, cancellationToken), Similarity = pair.Similarity };
        view.Ranges.Add(pair.Ranges);
        return view;
    }

    private async Task<SimilarSubmission> SideAsync(StoredPrint print, bool withSource, CancellationToken cancellationToken)
    {
        var side = new SimilarSubmission
        {
            SubmissionId = print.SubmissionId,
            SessionId = print.SessionId,
            CandidateRef = print.CandidateRef,
            Language = print.Language,
            CreatedAt = print.CreatedAt,
        };
        if (withSource && await submissions.FindJobAsync(print.SubmissionId, cancellationToken) is { } job)
        {
            side.Source = job.Source;
        }
        return side;
    }

    /// <summary>Sessions joined by pairs at or above <paramref name="minimum"/> (union-find), largest first.</summary>
    private async Task<IEnumerable<SimilarityCluster>> ClustersAsync(string owner, string problemId, double minimum, string? family, CancellationToken cancellationToken)
    {
        var pairs = await store.PairsAsync(owner, problemId, minimum, 0, ClusterPairs, cancellationToken);
        var parent = new Dictionary<string, string>();
        var candidates = new Dictionary<string, string>();
        var best = new Dictionary<string, double>();
        string Root(string session)
        {
            while (parent[session] != session)
            {
                session = parent[session] = parent[parent[session]];
            }
            return session;
        }
        var sides = await SidesAsync(pairs, cancellationToken);
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            if (sides[i].A is not { } a || sides[i].B is not { } b || family is not null && a.Family != family)
            {
                continue;
            }
            foreach (var print in new[] { a, b })
            {
                parent.TryAdd(print.SessionId, print.SessionId);
                candidates[print.SessionId] = print.CandidateRef;
            }
            var (ra, rb) = (Root(a.SessionId), Root(b.SessionId));
            var top = Math.Max(pair.Similarity, Math.Max(best.GetValueOrDefault(ra), best.GetValueOrDefault(rb)));
            parent[ra] = rb;
            best[rb] = top;
        }
        return parent.Keys.GroupBy(Root).Select(g => new SimilarityCluster
            {
                SessionIds = { g.Order(StringComparer.Ordinal) },
                CandidateRefs = { g.Select(s => candidates[s]).Distinct().Order(StringComparer.Ordinal) },
                MaxSimilarity = best.GetValueOrDefault(g.Key),
            })
            .Where(c => c.SessionIds.Count > 1)
            .OrderByDescending(c => c.SessionIds.Count).ThenByDescending(c => c.MaxSimilarity);
    }

    private static MatchedRange Swapped(MatchedRange range) => new()
    {
        FirstLine = range.OtherFirstLine,
        LastLine = range.OtherLastLine,
        OtherFirstLine = range.FirstLine,
        OtherLastLine = range.LastLine,
    };
}
