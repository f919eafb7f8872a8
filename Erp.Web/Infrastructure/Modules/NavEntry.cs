namespace Erp.Web.Infrastructure.Modules;

/// <summary>One item in the side navigation, shown only to users holding <see cref="Permission"/>.</summary>
public sealed record NavEntry(string Group, string Title, string Href, string Icon, string Permission, int Order = 0);

/// <summary>Modules add their entries at start-up; the menu reads them.</summary>
public sealed class NavigationRegistry
{
    private readonly List<NavEntry> _entries = [];

    public IReadOnlyList<NavEntry> Entries => _entries;

    public NavigationRegistry Add(NavEntry entry)
    {
        _entries.Add(entry);
        return this;
    }
}

/// <summary>
/// A dashboard widget: a component shown on the home page to users holding <see cref="Permission"/>; a wide one takes
/// two thirds of a large screen.
/// </summary>
public sealed record DashboardWidget(Type Component, string Permission, int Order = 0, bool Wide = false);

public sealed class DashboardRegistry
{
    private readonly List<DashboardWidget> _widgets = [];

    public IReadOnlyList<DashboardWidget> Widgets => _widgets.OrderBy(w => w.Order).ToList();

    public DashboardRegistry Add(DashboardWidget widget)
    {
        _widgets.Add(widget);
        return this;
    }
}
