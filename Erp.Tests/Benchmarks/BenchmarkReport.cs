using System.Globalization;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>Benchmark figures go to the test output and to one file that <c>./build/bench.sh</c> prints at the end.</summary>
public static class BenchmarkReport
{
    /// <summary>Benchmarks share one collection so they never run at the same time and skew each other.</summary>
    public const string Collection = "Benchmarks (one at a time)";

    public static string FilePath { get; } = Path.Combine(Path.GetTempPath(), "erp-benchmarks.txt");

    public static void Write(ITestOutputHelper output, string area, string line)
    {
        output.WriteLine(line);
        File.AppendAllText(FilePath,
            string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:u} {area}: {line}{Environment.NewLine}"));
    }
}
