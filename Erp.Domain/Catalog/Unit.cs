using Erp.Domain.Common;

namespace Erp.Domain.Catalog;

/// <summary>
/// A unit of measure. A base unit (Piece, Kg) has no <see cref="BaseUnitId"/>; a derived one (Box of 12) states how
/// many base units it holds. Units convert into each other only through a common base unit.
/// </summary>
public sealed class Unit : TenantEntity
{
    private Unit() { }

    public Unit(string code, string name, Guid? baseUnitId = null, decimal factor = 1m)
    {
        Update(code, name, baseUnitId, factor);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Guid? BaseUnitId { get; private set; }

    /// <summary>Base units in one of this unit; 1 for a base unit.</summary>
    public decimal Factor { get; private set; } = 1m;

    public void Update(string code, string name, Guid? baseUnitId, decimal factor)
    {
        Code = Text.Required(code, 20, "Code");
        Name = Text.Required(name, 100, "Name");
        if (baseUnitId == Id)
        {
            throw new DomainException(CatalogErrors.InvalidFactor);
        }

        if (baseUnitId is not null && factor <= 0)
        {
            throw new DomainException(CatalogErrors.InvalidFactor);
        }

        BaseUnitId = baseUnitId;
        Factor = baseUnitId is null ? 1m : factor;
    }

    /// <summary>The unit everything converts through: itself for a base unit.</summary>
    public Guid RootId => BaseUnitId ?? Id;
}

public static class UnitConversion
{
    /// <summary>Converts <paramref name="quantity"/> of <paramref name="from"/> into <paramref name="to"/> (2 Box of 12 → 24 Piece).</summary>
    public static Result<decimal> Convert(decimal quantity, Unit from, Unit to)
    {
        if (from.Id == to.Id)
        {
            return quantity;
        }

        if (!CanConvert(from, to))
        {
            return CatalogErrors.NotConvertible;
        }

        return quantity * from.Factor / to.Factor;
    }

    public static bool CanConvert(Unit from, Unit to) => from.RootId == to.RootId;
}
