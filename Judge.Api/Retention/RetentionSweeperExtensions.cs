using Judge.Api.Retention;

namespace Judge.Api;

public static class RetentionSweeperExtensions
{
    /// <summary>
    /// The background sweep that removes unreferenced problem versions (<see cref="RetentionSweeper"/>). The "Retention"
    /// options and the sweep itself are registered with the storage (AddJudgeStorage).
    /// </summary>
    public static IServiceCollection AddRetentionSweeper(this IServiceCollection services) =>
        services.AddHostedService<RetentionSweeper>();
}
