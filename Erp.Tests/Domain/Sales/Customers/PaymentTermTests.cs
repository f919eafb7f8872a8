using Erp.Domain.Common;
using Erp.Domain.Sales.Customers;

namespace Erp.Tests.Domain.Sales.Customers;

public class PaymentTermTests
{
    private static readonly DateOnly InvoiceDate = new(2026, 1, 31);

    [Theory]
    [InlineData(0, "2026-01-31")]
    [InlineData(15, "2026-02-15")]
    [InlineData(30, "2026-03-02")]
    [InlineData(60, "2026-04-01")]
    public void DueDate_IsTheInvoiceDatePlusTheNetDays(int netDays, string expected)
    {
        var term = new PaymentTerm("Net", netDays);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), term.DueDate(InvoiceDate));
    }

    [Fact]
    public void TwoTenNetThirty_GivesTwoPercentUpToAndIncludingDayTen_AndNothingAfter()
    {
        var term = new PaymentTerm("2/10 Net 30", 30, 2m, 10);

        Assert.Equal(new DateOnly(2026, 2, 10), term.DiscountDeadline(InvoiceDate));
        Assert.Equal(new DateOnly(2026, 3, 2), term.DueDate(InvoiceDate));
        Assert.Equal(20.00m, term.DiscountFor(1000m, InvoiceDate, InvoiceDate));
        Assert.Equal(20.00m, term.DiscountFor(1000m, InvoiceDate, new DateOnly(2026, 2, 10)));
        Assert.Equal(0m, term.DiscountFor(1000m, InvoiceDate, new DateOnly(2026, 2, 11)));
    }

    [Theory]
    [InlineData("100.25", "2.01")]   // 2.005 rounds half away from zero
    [InlineData("0.25", "0.01")]     // 0.005 → 0.01
    [InlineData("0.24", "0.00")]     // 0.0048 → 0.00
    [InlineData("-100.25", "-2.01")] // a credit rounds symmetrically
    public void DiscountFor_RoundsToCentsHalfAwayFromZero(string amount, string expected)
    {
        var term = new PaymentTerm("2/10 Net 30", 30, 2m, 10);
        var ci = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal(decimal.Parse(expected, ci), term.DiscountFor(decimal.Parse(amount, ci), InvoiceDate, InvoiceDate));
    }

    [Fact]
    public void WithoutDiscount_HasNoDeadlineAndNoDiscount()
    {
        var term = new PaymentTerm("Net 30", 30);

        Assert.Null(term.DiscountDeadline(InvoiceDate));
        Assert.Equal(0m, term.DiscountFor(500m, InvoiceDate, InvoiceDate));
        Assert.Equal("Net 30", term.Describe());
        Assert.Equal("Due on receipt", new PaymentTerm("Now", 0).Describe());
        Assert.Equal("2 % within 10 days, net 30", new PaymentTerm("x", 30, 2m, 10).Describe());
    }

    [Theory]
    [InlineData(-1, null, null)]
    [InlineData(3651, null, null)]
    [InlineData(30, 0, 10)]
    [InlineData(30, 100, 10)]
    [InlineData(30, 2, 31)]
    [InlineData(30, 2, null)]
    [InlineData(30, null, 10)]
    public void Invalid_NetDaysOrDiscount_AreRefused(int netDays, int? percent, int? days)
    {
        var ex = Assert.Throws<DomainException>(() => new PaymentTerm("Bad", netDays, percent, days));

        Assert.Equal(CustomerErrors.InvalidPaymentTerm, ex.Error);
    }

    [Fact]
    public void StandardTerms_AreTheFiveOfTheBrief()
    {
        Assert.Equal(["Due on receipt", "Net 15", "Net 30", "Net 60", "2/10 Net 30"], PaymentTerm.Standard.Select(s => s.Name));
        Assert.All(PaymentTerm.Standard, s => Assert.True(PaymentTerm.IsValid(s.NetDays, s.DiscountPercent, s.DiscountDays)));
    }
}
