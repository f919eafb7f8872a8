namespace Erp.Web.Features.Catalog.Reference;

public sealed record CategoryRow(Guid Id, Guid? ParentId, string Name, int Depth, int Products);

public sealed record BrandRow(Guid Id, string Name, int Products);

public sealed record UnitRow(Guid Id, string Code, string Name, Guid? BaseUnitId, string? BaseUnitCode, decimal Factor);

public sealed record AttributeRow(Guid Id, string Name, IReadOnlyList<string> Values);
