using System.Diagnostics;
using Erp.Web.Features.Platform.Users;
using Erp.Web.Infrastructure.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>Warm latency and throughput of the full PDF path (Razor → HTML → Chromium) for a one-page document.</summary>
[Trait("Category", "Benchmark")]
[Collection(BenchmarkReport.Collection)]
public class PdfBenchmarks(ITestOutputHelper output)
{
    [BenchmarkFact]
    public async Task OnePageDocument_WarmLatencyAndThroughput()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Pdf:MaxConcurrency"] = "4",
                ["Pdf:RenderTimeoutSeconds"] = "120",
            }).Build())
            .AddErpDocuments()
            .BuildServiceProvider();
        await using (services)
        {
            var report = OnePageReport();
            async Task RenderAsync()
            {
                await using var scope = services.CreateAsyncScope();
                var pdf = await scope.ServiceProvider.GetRequiredService<DocumentService>().RenderPdfAsync<UserAccessReportPdf>(
                    new Dictionary<string, object?> { [nameof(UserAccessReportPdf.Report)] = report },
                    new DocumentInfo("User access report", "Benchmark Ltd"));
                Assert.True(pdf.Length > 1000);
            }

            var cold = Stopwatch.StartNew();
            await RenderAsync();
            Report($"first render (browser launch included): {cold.ElapsedMilliseconds} ms");
            for (var i = 0; i < 3; i++)
            {
                await RenderAsync();
            }

            var latencies = new List<double>();
            for (var i = 0; i < 30; i++)
            {
                var watch = Stopwatch.StartNew();
                await RenderAsync();
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }

            latencies.Sort();
            Report($"warm latency over {latencies.Count}: median {Percentile(latencies, 0.5):F0} ms, p95 {Percentile(latencies, 0.95):F0} ms");

            const int documents = 24;
            foreach (var concurrency in new[] { 1, 2, 4 })
            {
                var watch = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
                {
                    for (var i = 0; i < documents / concurrency; i++)
                    {
                        await RenderAsync();
                    }
                }));
                Report($"throughput at concurrency {concurrency}: {documents / watch.Elapsed.TotalSeconds:F2} docs/s");
            }
        }
    }

    private static UserAccessReport OnePageReport() => new("Benchmark Ltd", "Benchmark Ltd", DateTimeOffset.UtcNow,
        Enumerable.Range(1, 10).Select(i => new UserAccessLine($"Member {i}", $"member{i}@bench.test", true, ["Manager"],
            ["Dashboard.View", "Platform.ViewAudit", "Platform.ViewOrganizations", "Platform.ViewUsers"])).ToList());

    private static double Percentile(List<double> sorted, double p) =>
        sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    private void Report(string line) => BenchmarkReport.Write(output, "pdf", line);
}
