using Erp.Domain.Common;

namespace Erp.Domain.Catalog;

/// <summary>A product category; categories form a tree.</summary>
public sealed class Category : TenantEntity
{
    private Category() { }

    public Category(string name, Guid? parentId = null)
    {
        Rename(name);
        ParentId = parentId;
    }

    public string Name { get; private set; } = "";
    public Guid? ParentId { get; private set; }

    public void Rename(string name) => Name = Text.Required(name, 100, "Name");

    /// <summary>The caller has checked that no cycle results.</summary>
    public void MoveUnder(Guid? parentId)
    {
        if (parentId == Id)
        {
            throw new DomainException(CatalogErrors.CategoryCycle);
        }

        ParentId = parentId;
    }
}

public sealed class Brand : TenantEntity
{
    private Brand() { }

    public Brand(string name) => Rename(name);

    public string Name { get; private set; } = "";

    public void Rename(string name) => Name = Text.Required(name, 100, "Name");
}
