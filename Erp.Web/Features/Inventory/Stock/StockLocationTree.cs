using Erp.Data;
using Erp.Domain.Platform;
using Microsoft.EntityFrameworkCore;

namespace Erp.Web.Features.Inventory.Stock;

/// <summary>
/// The tenant's locations as a tree (deleted ones included: old movements may point at them), for the stock views:
/// paths, sub-locations, the warehouse or shop a location belongs to, and the in-transit locations. Locations are few,
/// so the tree is loaded once per query and walked in memory.
/// </summary>
public sealed class StockLocationTree
{
    public const string InTransitLabel = "In transit";

    private readonly Dictionary<Guid, Node> _nodes;
    private readonly Dictionary<Guid, string> _organizations;

    private StockLocationTree(IEnumerable<Node> nodes, Dictionary<Guid, string> organizations)
    {
        _nodes = nodes.ToDictionary(n => n.Id);
        _organizations = organizations;
    }

    public static async Task<StockLocationTree> LoadAsync(ErpDbContext db, CancellationToken ct)
    {
        var nodes = await db.Locations.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .Select(l => new Node(l.Id, l.ParentId, l.OrganizationId, l.Name, l.Code, l.Kind, l.IsDeleted))
            .ToListAsync(ct);
        var organizations = await db.Organizations.AsNoTracking().IgnoreQueryFilters([ErpDbContext.SoftDeleteFilter])
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return new StockLocationTree(nodes, organizations);
    }

    public bool MultipleOrganizations => _nodes.Values.Select(n => n.OrganizationId).Distinct().Skip(1).Any();

    public bool Contains(Guid id) => _nodes.ContainsKey(id);

    public bool IsTransit(Guid id) => _nodes.TryGetValue(id, out var node) && node.Kind == LocationKind.Transit;

    public Guid? OrganizationOf(Guid id) => _nodes.TryGetValue(id, out var node) ? node.OrganizationId : null;

    public string OrganizationName(Guid organizationId) => _organizations.GetValueOrDefault(organizationId, "");

    /// <summary>"Main warehouse / Zone A / Bin 1"; an in-transit location reads "In transit" (with its organization when there are several).</summary>
    public string PathOf(Guid id)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            return "";
        }

        if (node.Kind == LocationKind.Transit)
        {
            return MultipleOrganizations ? $"{InTransitLabel} · {OrganizationName(node.OrganizationId)}" : InTransitLabel;
        }

        var parts = new List<string>();
        for (var current = node; current is not null; current = current.ParentId is { } p ? _nodes.GetValueOrDefault(p) : null)
        {
            parts.Insert(0, current.Name);
            if (parts.Count > 20)
            {
                break; // a broken (cyclic) tree must not hang a report
            }
        }

        return string.Join(" / ", parts);
    }

    /// <summary>The location and everything below it.</summary>
    public IReadOnlyList<Guid> WithDescendants(Guid id)
    {
        var children = _nodes.Values.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value, n => n.Id);
        var result = new List<Guid>();
        var seen = new HashSet<Guid>();
        var pending = new Stack<Guid>([id]);
        while (pending.TryPop(out var current))
        {
            if (seen.Add(current))
            {
                result.Add(current);
                foreach (var child in children[current])
                {
                    pending.Push(child);
                }
            }
        }

        return result;
    }

    /// <summary>The top of the location's branch: its warehouse or shop (or the in-transit location itself).</summary>
    public Guid RootOf(Guid id)
    {
        var current = id;
        for (var steps = 0; steps < 50 && _nodes.TryGetValue(current, out var node) && node.ParentId is { } parent
                            && _nodes.ContainsKey(parent); steps++)
        {
            current = parent;
        }

        return current;
    }

    /// <summary>Every live location (in-transit ones included), per organization in tree order, for filters.</summary>
    public IReadOnlyList<StockLocationFilterOption> FilterOptions()
    {
        var live = _nodes.Values.Where(n => !n.IsDeleted).ToList();
        var ordered = Platform.Organizations.TreeOrder.Flatten(live, n => n.Id, n => n.ParentId, n => n.Name);
        return ordered
            .OrderBy(x => OrganizationName(x.Item.OrganizationId), StringComparer.CurrentCulture)
            .ThenBy(x => x.Item.Kind == LocationKind.Transit)
            .Select(x => new StockLocationFilterOption(x.Item.Id, PathOf(x.Item.Id), x.Item.Code,
                x.Item.Kind == LocationKind.Transit ? 0 : x.Depth, x.Item.Kind == LocationKind.Transit))
            .ToList();
    }

    private sealed record Node(Guid Id, Guid? ParentId, Guid OrganizationId, string Name, string Code, LocationKind Kind, bool IsDeleted);
}

/// <summary>A location offered by the stock views' location filter.</summary>
public sealed record StockLocationFilterOption(Guid Id, string Path, string Code, int Depth, bool IsTransit);
