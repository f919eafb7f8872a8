namespace Erp.Tests.Benchmarks;

/// <summary>A benchmark: skipped unless ERP_BENCH=1, so the normal test run stays fast and free of timing noise.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ERP_BENCH") != "1")
        {
            Skip = "Benchmark: run with ERP_BENCH=1 dotnet test Erp.Tests --filter Category=Benchmark";
        }
    }
}
