using Erp.Domain.Common;

namespace Erp.Domain.Sales.Customers;

/// <summary>Customers that share a price list and default payment terms (e.g. Retail, Wholesale).</summary>
public sealed class CustomerGroup : TenantEntity
{
    private CustomerGroup() { }

    public CustomerGroup(string name, Guid? priceListId = null, Guid? defaultPaymentTermId = null) =>
        Update(name, priceListId, defaultPaymentTermId);

    public string Name { get; private set; } = "";
    public Guid? PriceListId { get; private set; }
    public Guid? DefaultPaymentTermId { get; private set; }

    public void Update(string name, Guid? priceListId, Guid? defaultPaymentTermId)
    {
        Name = Text.Required(name, 100, "Name");
        PriceListId = priceListId;
        DefaultPaymentTermId = defaultPaymentTermId;
    }
}
