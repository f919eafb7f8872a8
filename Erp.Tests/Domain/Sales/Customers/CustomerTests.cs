using Erp.Domain.Common;
using Erp.Domain.Platform.Documents;
using Erp.Domain.Sales.Customers;

namespace Erp.Tests.Domain.Sales.Customers;

public class CustomerTests
{
    private static CustomerFields Fields(string name = "Acme Ltd") => new(CustomerKind.Company, name, "usd");

    [Fact]
    public void CustomerCodeDefault_FormatsAsCustAndSixDigits_AndNeverRestartsYearly()
    {
        var defaults = DocumentTypes.DefaultsOf(DocumentTypes.Customer);
        var format = DocumentNumberFormat.Parse(defaults.Format).Value;

        Assert.Equal("CUST-000123", format.Format(defaults.Prefix, new DateOnly(2026, 5, 1), 123));
        Assert.False(defaults.ResetsYearly);
    }

    [Fact]
    public void New_NormalizesCodeCurrencyAndTaxId_AndIsActive()
    {
        var customer = new Customer("cust-000001", Fields() with { TaxId = " gb 123.456-78 " });

        Assert.Equal("CUST-000001", customer.Code);
        Assert.Equal("USD", customer.CurrencyCode);
        Assert.Equal("GB12345678", customer.TaxId);
        Assert.Equal(CustomerStatus.Active, customer.Status);
        Assert.True(customer.EnsureCanOrder().IsSuccess);
    }

    [Fact]
    public void Block_WithoutReason_IsRefusedAndChangesNothing()
    {
        var customer = new Customer("C1", Fields());

        var ex = Assert.Throws<DomainException>(() => customer.Block("  "));

        Assert.Equal(CustomerErrors.BlockReasonRequired, ex.Error);
        Assert.Equal(CustomerStatus.Active, customer.Status);
    }

    [Fact]
    public void Blocked_CannotOrder_NamingTheReason_UntilUnblocked()
    {
        var customer = new Customer("C1", Fields());

        customer.Block("Unpaid invoices");
        var refused = customer.EnsureCanOrder();
        customer.Unblock();

        Assert.Equal("sales.customer_blocked", refused.Error!.Code);
        Assert.Contains("Unpaid invoices", refused.Error.Message, StringComparison.Ordinal);
        Assert.True(customer.EnsureCanOrder().IsSuccess);
        Assert.Null(customer.BlockReason);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("a@b")]
    [InlineData("a b@c.com")]
    public void InvalidEmail_IsRefused(string email)
    {
        var ex = Assert.Throws<DomainException>(() => new Customer("C1", Fields() with { Email = email }));

        Assert.Equal(CustomerErrors.InvalidEmail, ex.Error);
    }

    [Fact]
    public void NegativeCreditLimit_IsRefused_NullMeansNoLimit()
    {
        var ex = Assert.Throws<DomainException>(() => new Customer("C1", Fields() with { CreditLimit = -1m }));

        Assert.Equal(CustomerErrors.NegativeCreditLimit, ex.Error);
        Assert.Null(new Customer("C2", Fields()).CreditLimit);
    }

    [Fact]
    public void TaxExempt_NeedsTheExemptionReference()
    {
        var ex = Assert.Throws<DomainException>(() => new Customer("C1", Fields() with { TaxExempt = true }));

        Assert.Equal(CustomerErrors.ExemptionReferenceRequired, ex.Error);
        Assert.Equal("EX-1", new Customer("C2", Fields() with { TaxExempt = true, TaxExemptionReference = "EX-1" }).TaxExemptionReference);
    }

    [Fact]
    public void OpeningBalance_NeedsItsDate()
    {
        var ex = Assert.Throws<DomainException>(() => new Customer("C1", Fields() with { OpeningBalance = 100m }));

        Assert.Equal(CustomerErrors.OpeningBalanceDateRequired, ex.Error);
    }

    [Fact]
    public void Address_WithLinesButNoCountry_IsRefused_AndShippingFollowsBillingWhenSame()
    {
        var ex = Assert.Throws<DomainException>(() => new Customer("C1", Fields() with { Billing = new Address("1 Main St", null, null, null, null, null) }));
        var billing = new Address("1 Main St", null, "Austin", "73301", "TX", "us");
        var customer = new Customer("C2", Fields() with { Billing = billing, ShippingSameAsBilling = true });

        Assert.Equal(CustomerErrors.CountryRequired, ex.Error);
        Assert.Equal("US", customer.Billing.CountryCode);
        Assert.Equal(customer.Billing, customer.Shipping);
    }

    [Fact]
    public void Tags_AreTrimmedLowerCasedAndDistinct()
    {
        var customer = new Customer("C1", Fields() with { Tags = [" VIP ", "vip", "Export", ""] });

        Assert.Equal(["vip", "export"], customer.TagList);
        Assert.Equal("|vip|export|", customer.Tags);
    }

    [Fact]
    public void Contacts_FirstBecomesPrimary_AndTwoPrimariesAreRefused()
    {
        var customer = new Customer("C1", Fields());

        customer.SetContacts([new ContactFields(null, "Ann", "Buyer", null, null, false), new ContactFields(null, "Bob", null, null, null, false)]);
        var ex = Assert.Throws<DomainException>(() => customer.SetContacts([
            new ContactFields(null, "Ann", null, null, null, true), new ContactFields(null, "Bob", null, null, null, true)]));

        Assert.True(customer.Contacts.Single(c => c.Name == "Ann").IsPrimary);
        Assert.False(customer.Contacts.Single(c => c.Name == "Bob").IsPrimary);
        Assert.Equal(CustomerErrors.OnePrimaryContact, ex.Error);
    }
}
