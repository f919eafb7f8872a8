using Erp.Domain.Platform.Documents;

namespace Erp.Tests.Domain.Platform;

public class DocumentNumberFormatTests
{
    [Theory]
    [InlineData("{prefix}-{yyyy}-{n:6}", "SO", 2026, 3, 123, "SO-2026-000123")]
    [InlineData("{prefix}/{yy}{MM}/{n:4}", "INV", 2026, 3, 7, "INV/2603/0007")]
    [InlineData("{n}", "X", 2026, 1, 42, "42")]
    [InlineData("PO-{n:3}", "", 2026, 1, 12345, "PO-12345")]
    public void Format_WritesTokensAndPadsTheCounter(string pattern, string prefix, int year, int month, long n, string expected)
    {
        var format = DocumentNumberFormat.Parse(pattern);

        Assert.True(format.IsSuccess, format.Error?.Message);
        Assert.Equal(expected, format.Value.Format(prefix, new DateOnly(year, month, 15), n));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{prefix}-{yyyy}")]
    [InlineData("{n}-{n:3}")]
    [InlineData("{prefix}-{dd}-{n}")]
    [InlineData("{n:0}")]
    [InlineData("{n:13}")]
    [InlineData("SO {n}")]
    [InlineData("SO-{n")]
    public void Parse_RefusesInvalidPatterns_WithAPlainMessage(string pattern)
    {
        var format = DocumentNumberFormat.Parse(pattern);

        Assert.False(format.IsSuccess);
        Assert.Equal("documents.number_format", format.Error!.Code);
        Assert.False(string.IsNullOrWhiteSpace(format.Error.Message));
    }

    [Fact]
    public void ContainsYear_IsTrueOnlyWithAYearToken()
    {
        Assert.True(DocumentNumberFormat.Parse("{yy}{n}").Value.ContainsYear);
        Assert.False(DocumentNumberFormat.Parse("{prefix}{MM}{n}").Value.ContainsYear);
    }

    [Fact]
    public void Sequence_ThatResetsYearly_RequiresTheYearInTheFormat()
    {
        var ex = Assert.Throws<Erp.Domain.Common.DomainException>(() =>
            new DocumentSequence(DocumentTypes.SalesOrder, 2026, "SO", "{prefix}-{n:6}", resetsYearly: true));

        Assert.Contains("year", ex.Message, StringComparison.Ordinal);
    }
}
