using Erp.Domain.Common;
using MudBlazor;

namespace Erp.Web.Infrastructure.Grids;

/// <summary>One page of a list, with the total the grid's pager needs.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total);

public static class ServerGrid
{
    /// <summary>The service's sort key for the grid's first sort column (null when the column has none), and its direction.</summary>
    public static (string? Key, bool Descending) SortKey<T>(this GridState<T> state, IReadOnlyDictionary<string, string> keys)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        return (sort is not null && keys.TryGetValue(sort.SortBy, out var key) ? key : null, sort?.Descending ?? false);
    }

    /// <summary>The rows for a server-loaded MudDataGrid; a refused query shows its message over an empty grid.</summary>
    public static GridData<T> ToGridData<T>(this Result<Paged<T>> result, ISnackbar snackbar)
    {
        if (!result.IsSuccess)
        {
            snackbar.Add(result.Error!.Message, Severity.Error);
            return new GridData<T> { Items = [], TotalItems = 0 };
        }

        return new GridData<T> { Items = result.Value.Items, TotalItems = result.Value.Total };
    }
}
