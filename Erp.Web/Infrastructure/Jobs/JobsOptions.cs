namespace Erp.Web.Infrastructure.Jobs;

/// <summary>The <c>Jobs</c> configuration section.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Unset means on, except in the Testing environment, where a test switches jobs on explicitly.</summary>
    public bool? Enabled { get; set; }

    public int WorkerCount { get; set; } = 2;

    /// <summary>Cron (UTC) of the nightly audit chain verification.</summary>
    public string VerifyAuditChainsCron { get; set; } = "30 2 * * *";

    /// <summary>Cron (UTC) of the low-stock scan: hourly at minute 5.</summary>
    public string LowStockCron { get; set; } = "5 * * * *";

    /// <summary>Cron (UTC) of the replenishment proposals: daily at 05:30.</summary>
    public string ReplenishmentCron { get; set; } = "30 5 * * *";
}
