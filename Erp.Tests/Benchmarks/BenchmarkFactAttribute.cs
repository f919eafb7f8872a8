namespace Erp.Tests.Benchmarks;

/// <summary>
/// A benchmark, not a test: skipped in the normal run, executed by <c>./build/bench.sh</c> (which sets ERP_BENCH=1).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ERP_BENCH") != "1")
        {
            Skip = "Benchmark: run with ./build/bench.sh";
        }
    }
}
