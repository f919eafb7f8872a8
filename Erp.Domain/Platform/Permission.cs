namespace Erp.Domain.Platform;

/// <summary>A <c>Module.Action</c> permission and the built-in roles that hold it.</summary>
public sealed record Permission(string Name, string Description, IReadOnlyList<string> DefaultRoles)
{
    public string Module => Name[..Name.IndexOf('.', StringComparison.Ordinal)];
}
