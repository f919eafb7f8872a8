using ClosedXML.Excel;
using Erp.Web.Infrastructure.Exports;
using Microsoft.Extensions.Options;

namespace Erp.Tests.Web.Infrastructure.Exports;

public class ExcelExporterTests
{
    private sealed record Line(string Code, decimal Amount, int Quantity, DateTimeOffset At, bool Open);

    private static readonly IReadOnlyList<ExcelColumn<Line>> Columns =
    [
        new("Code", l => l.Code),
        new("Amount", l => l.Amount, ExcelFormat.Number),
        new("Quantity", l => l.Quantity, ExcelFormat.WholeNumber),
        new("At", l => l.At, ExcelFormat.DateTime),
        new("Open", l => l.Open, ExcelFormat.Boolean),
    ];

    private static readonly DateTimeOffset Start = new(2026, 1, 31, 8, 30, 0, TimeSpan.FromHours(2));

    private static Line LineAt(int i) => new(i == 0 ? "00123" : $"L{i:D6}", 1234.5678m + i, i, Start.AddMinutes(i), i % 2 == 0);

    [Fact]
    public async Task WriteStreaming_ManyRows_ProducesAWorkbookThatReadsBack()
    {
        const int count = 30_000;
        using var output = new MemoryStream();

        await ExcelExporter.WriteStreamingAsync(output, "Lines", Columns, Rows(count));

        using var workbook = new XLWorkbook(new MemoryStream(output.ToArray()));
        var sheet = workbook.Worksheet("Lines");
        Assert.Equal(count + 1, sheet.LastRowUsed().RowNumber());
        AssertHeaderAndRows(sheet, [0, 1, count - 1]);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal(1, sheet.SheetView.SplitRow);
    }

    [Fact]
    public async Task WriteFormatted_SmallExport_HasBoldFrozenHeaderFormatsAndExactValues()
    {
        using var output = new MemoryStream();

        var exporter = new ExcelExporter(Options.Create(new ExportOptions { StreamingThreshold = 100 }));
        await exporter.WriteAsync(output, "Lines", Columns, Rows(50));

        using var workbook = new XLWorkbook(new MemoryStream(output.ToArray()));
        var sheet = workbook.Worksheet("Lines");
        Assert.Equal(51, sheet.LastRowUsed().RowNumber());
        AssertHeaderAndRows(sheet, [0, 1, 49]);
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("#,##0.00", sheet.Cell(2, 2).Style.NumberFormat.Format);
        Assert.Equal(18, sheet.Column(1).Width);
    }

    [Fact]
    public async Task Write_AboveThreshold_StreamsEveryRowInOrder()
    {
        using var output = new MemoryStream();

        var exporter = new ExcelExporter(Options.Create(new ExportOptions { StreamingThreshold = 100 }));
        await exporter.WriteAsync(output, "Lines", Columns, Rows(250));

        using var workbook = new XLWorkbook(new MemoryStream(output.ToArray()));
        var sheet = workbook.Worksheet("Lines");
        Assert.Equal(251, sheet.LastRowUsed().RowNumber());
        AssertHeaderAndRows(sheet, [0, 99, 100, 101, 249]);
    }

    private static void AssertHeaderAndRows(IXLWorksheet sheet, int[] indexes)
    {
        Assert.Equal(["Code", "Amount", "Quantity", "At", "Open"], sheet.Row(1).Cells(1, 5).Select(c => c.GetString()));
        foreach (var i in indexes)
        {
            var expected = LineAt(i);
            var row = sheet.Row(i + 2);
            Assert.Equal(XLDataType.Text, row.Cell(1).DataType);
            Assert.Equal(expected.Code, row.Cell(1).GetString());
            Assert.Equal(expected.Amount, row.Cell(2).GetValue<decimal>());
            Assert.Equal(expected.Quantity, row.Cell(3).GetValue<int>());
            Assert.Equal(expected.At.UtcDateTime, row.Cell(4).GetDateTime(), TimeSpan.FromSeconds(1));
            Assert.Equal(expected.Open, row.Cell(5).GetBoolean());
        }
    }

    private static async IAsyncEnumerable<Line> Rows(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return LineAt(i);
        }

        await Task.CompletedTask;
    }
}
