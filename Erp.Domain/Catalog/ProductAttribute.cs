using Erp.Domain.Common;

namespace Erp.Domain.Catalog;

/// <summary>A variant axis such as Size or Colour, with its values in display order.</summary>
public sealed class ProductAttribute : TenantEntity
{
    private readonly List<AttributeValue> _values = [];

    private ProductAttribute() { }

    public ProductAttribute(string name, IEnumerable<string> values)
    {
        Rename(name);
        SetValues(values);
    }

    public string Name { get; private set; } = "";
    public IReadOnlyList<AttributeValue> Values => _values;

    public void Rename(string name) => Name = Text.Required(name, 100, "Name");

    /// <summary>Keeps existing values that are still listed (so their ids stay), adds new ones, drops the rest.</summary>
    public void SetValues(IEnumerable<string> values)
    {
        var wanted = values.Select(v => Text.Required(v, 50, "Value")).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        _values.RemoveAll(v => !wanted.Contains(v.Value, StringComparer.OrdinalIgnoreCase));
        for (var i = 0; i < wanted.Count; i++)
        {
            var existing = _values.FirstOrDefault(v => string.Equals(v.Value, wanted[i], StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                _values.Add(new AttributeValue(Id, wanted[i], i));
            }
            else
            {
                existing.Reorder(i);
            }
        }
    }
}

public sealed class AttributeValue : CatalogLine
{
    private AttributeValue() { }

    internal AttributeValue(Guid attributeId, string value, int sortOrder)
    {
        AttributeId = attributeId;
        Value = value;
        SortOrder = sortOrder;
    }

    public Guid AttributeId { get; private set; }
    public string Value { get; private set; } = "";
    public int SortOrder { get; private set; }

    internal void Reorder(int sortOrder) => SortOrder = sortOrder;
}
