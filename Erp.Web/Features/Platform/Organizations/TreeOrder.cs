namespace Erp.Web.Features.Platform.Organizations;

/// <summary>Puts a parent/child list into depth-first order with depths; orphans (parent hidden) become roots.</summary>
public static class TreeOrder
{
    public static List<(T Item, int Depth)> Flatten<T>(IReadOnlyList<T> items, Func<T, Guid> id, Func<T, Guid?> parent,
        Func<T, string> sortKey)
    {
        var ids = items.Select(id).ToHashSet();
        var children = items.ToLookup(i => parent(i) is { } p && ids.Contains(p) ? p : (Guid?)null);
        var result = new List<(T, int)>(items.Count);
        void Walk(Guid? node, int depth)
        {
            foreach (var child in children[node].OrderBy(sortKey, StringComparer.CurrentCultureIgnoreCase))
            {
                result.Add((child, depth));
                Walk(id(child), depth + 1);
            }
        }

        Walk(null, 0);
        return result;
    }
}
