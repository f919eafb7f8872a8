namespace Erp.Domain.Platform;

/// <summary>Tree rules shared by organizations and locations.</summary>
public static class Hierarchy
{
    /// <summary>
    /// True when putting <paramref name="id"/> under <paramref name="newParentId"/> would make a loop, i.e. the new
    /// parent is the node itself or one of its descendants. <paramref name="parents"/> maps every node to its parent.
    /// </summary>
    public static bool WouldCreateCycle(Guid id, Guid? newParentId, IReadOnlyDictionary<Guid, Guid?> parents)
    {
        var seen = new HashSet<Guid>();
        for (var current = newParentId; current is { } node; current = parents.GetValueOrDefault(node))
        {
            if (node == id || !seen.Add(node))
            {
                return true;
            }
        }

        return false;
    }
}
