using Erp.Domain.Common;

namespace Erp.Domain.Platform;

/// <summary>A business unit of a tenant; organizations form a tree.</summary>
public sealed class Organization : TenantEntity
{
    private Organization() { }

    public Organization(string name, string code, string baseCurrency, Guid? parentId = null)
    {
        Update(name, code, baseCurrency, null, null, null, null, null);
        ParentId = parentId;
    }

    public string Name { get; private set; } = "";
    public string Code { get; private set; } = "";
    public Guid? ParentId { get; private set; }
    public string BaseCurrency { get; private set; } = "USD";
    public string? LegalName { get; private set; }
    public string? TaxId { get; private set; }
    public string? Address { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }

    /// <summary>Places the organization under <paramref name="parentId"/>; the caller has checked that no cycle results.</summary>
    public void MoveUnder(Guid? parentId)
    {
        if (parentId == Id)
        {
            throw new DomainException(OrganizationErrors.ParentCycle);
        }

        ParentId = parentId;
    }

    public void Update(string name, string code, string baseCurrency, string? legalName, string? taxId,
        string? address, string? email, string? phone)
    {
        Name = Text.Required(name, 200, "Name");
        Code = Text.Required(code, 20, "Code").ToUpperInvariant();
        BaseCurrency = Currency.Normalize(baseCurrency);
        LegalName = Text.Optional(legalName, 200, "Legal name");
        TaxId = Text.Optional(taxId, 50, "Tax id");
        Address = Text.Optional(address, 500, "Address");
        Email = Text.Optional(email, 200, "Email");
        Phone = Text.Optional(phone, 50, "Phone");
    }
}
