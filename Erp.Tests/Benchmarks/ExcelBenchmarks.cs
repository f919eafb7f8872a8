using System.Diagnostics;
using ClosedXML.Excel;
using Erp.Web.Features.Platform.Users;
using Erp.Web.Infrastructure.Exports;
using Xunit.Abstractions;

namespace Erp.Tests.Benchmarks;

/// <summary>Time and peak memory of a 100,000-row export, streaming (OpenXmlWriter) and formatted (ClosedXML).</summary>
[Trait("Category", "Benchmark")]
[Collection(BenchmarkReport.Collection)]
public class ExcelBenchmarks(ITestOutputHelper output)
{
    private const int Rows = 100_000;

    [BenchmarkFact]
    public async Task Streaming_100000Rows()
    {
        var (seconds, peakMb, file) = await MeasureAsync(stream =>
            ExcelExporter.WriteStreamingAsync(stream, "Users", UserDownloadEndpoints.Columns, UserRows()));
        Report($"streaming (OpenXmlWriter) {Rows:N0} rows x {UserDownloadEndpoints.Columns.Count} columns: {seconds:F2} s, peak managed +{peakMb:F0} MB, file {file / 1024} KB");
    }

    [BenchmarkFact]
    public async Task ClosedXml_100000Rows()
    {
        var (seconds, peakMb, file) = await MeasureAsync(async stream =>
        {
            var rows = new List<UserRow>(Rows);
            await foreach (var row in UserRows())
            {
                rows.Add(row);
            }

            ExcelExporter.WriteFormatted(stream, "Users", UserDownloadEndpoints.Columns, rows);
        });
        Report($"formatted (ClosedXML) {Rows:N0} rows x {UserDownloadEndpoints.Columns.Count} columns: {seconds:F2} s, peak managed +{peakMb:F0} MB, file {file / 1024} KB");
    }

    private static async Task<(double Seconds, double PeakMb, long Bytes)> MeasureAsync(Func<Stream, Task> write)
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        try
        {
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            var peak = baseline;
            using var stop = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(false));
                    await Task.Delay(5);
                }
            });
            var watch = Stopwatch.StartNew();
            await using (var stream = File.Create(path))
            {
                await write(stream);
            }

            watch.Stop();
            await stop.CancelAsync();
            await sampler;
            using (var check = new XLWorkbook(path))
            {
                Assert.Equal(Rows + 1, check.Worksheet(1).LastRowUsed().RowNumber());
            }

            return (watch.Elapsed.TotalSeconds, (peak - baseline) / 1024.0 / 1024.0, new FileInfo(path).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async IAsyncEnumerable<UserRow> UserRows()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Rows; i++)
        {
            yield return new UserRow($"u{i}", $"Member number {i}", $"member{i}@bench.test", ["Cashier", "Employee"], i % 7 != 0,
                start.AddMinutes(i));
        }

        await Task.CompletedTask;
    }

    private void Report(string line) => BenchmarkReport.Write(output, "excel", line);
}
