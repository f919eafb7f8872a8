using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Erp.Web.Features.Inventory.Valuation;

public sealed partial class ValuationPage
{
    private IReadOnlyList<ValuationOrganization> _organizations = [];
    private ValuationReport? _report;
    private Guid? _organization;
    private DateOnly? _asOf;
    private ValuationGrouping _groupBy;

    [Inject] private ValuationQueries Queries { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private ValuationQuery CurrentQuery => new(_organization, _asOf, _groupBy);

    protected override async Task OnInitializedAsync()
    {
        _organizations = await Queries.OrganizationsAsync();
        _organization = _organizations.Count > 0 ? _organizations[0].Id : null;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var report = await Queries.GetAsync(CurrentQuery);
        if (report.IsSuccess)
        {
            _report = report.Value;
        }
        else
        {
            Snackbar.Add(report.Error!.Message, Severity.Error);
        }
    }

    private Task OnOrganizationChanged(Guid? value)
    {
        _organization = value;
        return LoadAsync();
    }

    private Task OnAsOfChanged(DateTime? value)
    {
        _asOf = value is { } d ? DateOnly.FromDateTime(d) : null;
        return LoadAsync();
    }

    private Task OnGroupByChanged(ValuationGrouping value)
    {
        _groupBy = value;
        return LoadAsync();
    }

    private void DownloadExcel() => Navigation.NavigateTo(ValuationDownloadEndpoints.ExcelUrl(CurrentQuery), forceLoad: true);

    private void DownloadPdf() => Navigation.NavigateTo(ValuationDownloadEndpoints.PdfUrl(CurrentQuery), forceLoad: true);

    private static DateTime? ToDate(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);
}
