using Erp.Domain.Common;

namespace Erp.Domain.Sales.Customers;

/// <summary>A person to talk to at the customer. Owned by the customer: replaced with the customer's edit, audited.</summary>
public sealed class CustomerContact : Entity, ITenantOwned, IAudited
{
    private CustomerContact() { }

    internal CustomerContact(Guid customerId, ContactFields fields)
    {
        CustomerId = customerId;
        Update(fields);
    }

    public Guid TenantId { get; private set; }
    public Guid CustomerId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Role { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public bool IsPrimary { get; private set; }

    internal void Update(ContactFields fields)
    {
        if (string.IsNullOrWhiteSpace(fields.Name))
        {
            throw new DomainException(CustomerErrors.ContactNameRequired);
        }

        Name = Text.Required(fields.Name, 200, "Contact name");
        Role = Text.Optional(fields.Role, 100, "Contact role");
        Email = EmailAddress.Optional(fields.Email);
        Phone = Text.Optional(fields.Phone, 50, "Contact phone");
        IsPrimary = fields.IsPrimary;
    }
}

/// <summary>A contact as entered; <see cref="Id"/> is null for a new one.</summary>
public sealed record ContactFields(Guid? Id, string Name, string? Role, string? Email, string? Phone, bool IsPrimary);
